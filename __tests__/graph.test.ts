import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { ValidationError } from "../constructs/core/errors";
import { USAGE, parseOptions } from "../tools/graph/cli";
import { deriveGraph, deriveSystems, type InfrastructureGraph, type SynthesizedStack } from "../tools/graph/derive";
import { docPictures, DOC_PICTURES, stalePictures } from "../tools/graph/docs";
import { namespaceProblem, toDot, toJson, toMermaid, toRedisCli } from "../tools/graph/formats";
import { edgeKey, pictureDot } from "../tools/graph/picture";
import { parseRedisUrl } from "../tools/graph/redis-store";
import { renderSvg, toSvg } from "../tools/graph/svg";
import { synthesizeStack } from "../tools/graph/synth";
import { estateOutput, runTs } from "./helpers";

const root = join(__dirname, "..");
const fixture: SynthesizedStack = JSON.parse(readFileSync(join(__dirname, "fixtures", "graph", "shared-backend.json"), "utf8"));

/** Seed 000's nodes and edges, as its Redis lines list them. */
const SEED_NODES = [
  { name: "Virtual Network", type: "network" },
  { name: "Redis Cache", type: "cache" },
  { name: "Container Registry", type: "registry" },
  { name: "Container Apps", type: "compute" },
  { name: "Confluent Kafka", type: "messaging" },
  { name: "Log Analytics", type: "monitoring" },
];
const SEED_EDGES = [
  { from: "Container Apps", to: "Container Registry", relationship: "pulls images" },
  { from: "Container Apps", to: "Log Analytics", relationship: "sends logs" },
  { from: "Redis Cache", to: "Log Analytics", relationship: "sends metrics" },
  { from: "Container Registry", to: "Log Analytics", relationship: "sends metrics" },
  { from: "Confluent Kafka", to: "Log Analytics", relationship: "sends metrics" },
  { from: "Container Apps", to: "Virtual Network", relationship: "runs in subnet" },
  { from: "Redis Cache", to: "Virtual Network", relationship: "private endpoint" },
];

/** Seed 000's graph as the estate draws it now: its cache is Azure Managed Redis (issue 15). */
const managed = (name: string) => (name === "Redis Cache" ? "Managed Redis" : name);
const ESTATE_NODES = SEED_NODES.map((n) => ({ ...n, name: managed(n.name) }));
const ESTATE_EDGES = SEED_EDGES.map((e) => ({ ...e, from: managed(e.from), to: managed(e.to) }));

/** A minimal stack: `resources` maps `<type>.<logicalId>` to [construct path below `prod/`, body]. */
function stackOf(resources: Record<string, [string, Record<string, unknown>]>): SynthesizedStack {
  const resource: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [address, [path, body]] of Object.entries(resources)) {
    const [type, logicalId] = address.split(".");
    resource[type] = { ...resource[type], [logicalId]: { "//": { metadata: { path: `prod/${path}`, uniqueId: logicalId } }, ...body } };
  }
  return { resource };
}

const ref = (address: string, attribute = "id") => `\${${address}.${attribute}}`;

let dev: InfrastructureGraph | undefined;
/** The graph of the really synthesized dev stack, synthesized once. */
function devGraph(): InfrastructureGraph {
  dev ??= deriveGraph(estateOutput({ metadata: true }).dev);
  return dev;
}

/** A small graph of two systems, a node of none, hub edges across and inside systems. */
const SMALL: InfrastructureGraph = {
  nodes: [
    { name: "Virtual Network", type: "network" },
    { name: "Redis Cache", type: "cache" },
    { name: "Container Registry", type: "registry" },
    { name: "Container Apps", type: "compute" },
    { name: "Log Analytics", type: "monitoring" },
    { name: "Key Vault (x/y)", type: "security" },
  ],
  edges: [
    { from: "Container Apps", to: "Container Registry", relationship: "pulls images" },
    { from: "Container Apps", to: "Log Analytics", relationship: "sends logs" },
    { from: "Container Registry", to: "Log Analytics", relationship: "sends metrics" },
    { from: "Key Vault (x/y)", to: "Log Analytics", relationship: "sends metrics" },
    { from: "Redis Cache", to: "Log Analytics", relationship: "sends metrics" },
    { from: "Virtual Network", to: "Log Analytics", relationship: "sends metrics" },
    { from: "Redis Cache", to: "Virtual Network", relationship: "private endpoint" },
  ],
};
const SMALL_SYSTEMS = new Map([
  ["Virtual Network", "foundation"],
  ["Log Analytics", "foundation"],
  ["Redis Cache", "shared-backend"],
  ["Container Registry", "shared-backend"],
  ["Container Apps", "shared-backend"],
]);

describe("deriveGraph on the shared-backend fixture", () => {
  const graph = deriveGraph(fixture);

  it("has seed 000's six nodes and seven edges", () => {
    expect(graph.nodes).toEqual(expect.arrayContaining(SEED_NODES));
    expect(graph.edges).toEqual(expect.arrayContaining(SEED_EDGES));
  });

  it("derives every node and edge the rules give, in the documented order", () => {
    expect(graph.nodes).toEqual([
      { name: "Virtual Network", type: "network" },
      { name: "Redis Cache", type: "cache" },
      { name: "Container Registry", type: "registry" },
      { name: "Container Apps", type: "compute" },
      { name: "Confluent Kafka", type: "messaging" },
      { name: "Application Insights", type: "monitoring" },
      { name: "Log Analytics", type: "monitoring" },
      { name: "Key Vault", type: "security" },
      { name: "Storage Account", type: "storage" },
      { name: "Storage Account (audit/storage)", type: "storage" },
      { name: "Storage Account (shared-backend/flow-log-storage)", type: "storage" },
    ]);
    expect(graph.edges).toEqual([
      { from: "Container Apps", to: "Container Registry", relationship: "pulls images" },
      { from: "Container Apps", to: "Log Analytics", relationship: "sends logs" },
      { from: "Confluent Kafka", to: "Log Analytics", relationship: "sends metrics" },
      { from: "Container Registry", to: "Log Analytics", relationship: "sends metrics" },
      { from: "Redis Cache", to: "Log Analytics", relationship: "sends metrics" },
      // The blob service's diagnostic setting: the reference is embedded in `<id>/blobServices/default`.
      { from: "Storage Account", to: "Log Analytics", relationship: "sends metrics" },
      { from: "Virtual Network", to: "Log Analytics", relationship: "sends metrics" },
      { from: "Container Apps", to: "Virtual Network", relationship: "runs in subnet" },
      { from: "Container Registry", to: "Virtual Network", relationship: "private endpoint" },
      { from: "Redis Cache", to: "Virtual Network", relationship: "private endpoint" },
      // The identity's other grant; the deployer's Secrets Officer grant (data.azurerm_client_config) gives no edge.
      { from: "Container Apps", to: "Key Vault", relationship: "reads secrets" },
      { from: "Virtual Network", to: "Log Analytics", relationship: "sends flow logs" },
      { from: "Application Insights", to: "Log Analytics", relationship: "sends telemetry" },
    ]);
  });

  it("ignores escaped template text and the collector's own node and monitoring nodes", () => {
    // The collector's configuration mentions the Key Vault only as `$${...}`; the collector runs in
    // Container Apps and exports to Application Insights: none of them is a metrics source.
    const metrics = graph.edges.filter((e) => e.relationship === "sends metrics").map((e) => e.from);
    expect(metrics).not.toContain("Key Vault");
    expect(metrics).not.toContain("Container Apps");
    expect(metrics).not.toContain("Application Insights");
  });

  it("does not depend on the order of the resources in the JSON", () => {
    const reversed = {
      resource: Object.fromEntries(
        Object.entries(fixture.resource!)
          .reverse()
          .map(([type, byId]) => [type, Object.fromEntries(Object.entries(byId).reverse())]),
      ),
    };
    expect(deriveGraph(reversed)).toEqual(graph);
  });
});

describe("deriveSystems", () => {
  it("puts each node in the system of its top-level construct, and leaves nodes of no system out", () => {
    const systems = deriveSystems(fixture);
    // The fixture's foundation has only its storage account; the shared backend brings the rest.
    expect(Object.fromEntries(systems)).toEqual({
      "Virtual Network": "shared-backend",
      "Redis Cache": "shared-backend",
      "Container Registry": "shared-backend",
      "Container Apps": "shared-backend",
      "Confluent Kafka": "shared-backend",
      "Application Insights": "shared-backend",
      "Log Analytics": "shared-backend",
      "Key Vault": "shared-backend",
      "Storage Account": "foundation",
      "Storage Account (shared-backend/flow-log-storage)": "shared-backend",
    });
    expect(systems.has("Storage Account (audit/storage)")).toBe(false);
  });
});

describe("deriveGraph rules", () => {
  it("qualifies colliding names: primary constructs first, then by path; full path when the L2 construct is shared", () => {
    const graph = deriveGraph(
      stackOf({
        "azurerm_key_vault.a": ["zz-extra/vault/vault", {}],
        "azurerm_key_vault.b": ["shared-backend/key-vault/vault", {}],
        "azurerm_key_vault.c": ["foundation/key-vault/vault", {}],
        "azurerm_key_vault.d": ["zz-extra/vault/second", {}],
      }),
    );
    expect(graph.nodes.map((n) => n.name)).toEqual([
      "Key Vault",
      "Key Vault (shared-backend/key-vault)",
      "Key Vault (zz-extra/vault)",
      "Key Vault (zz-extra/vault/vault)",
    ]);
  });

  it("folds members into their owners: service plan into its web app, Confluent environment and API key into the cluster", () => {
    const graph = deriveGraph(
      stackOf({
        "azurerm_log_analytics_workspace.law": ["monitoring/workspace", {}],
        "azurerm_service_plan.plan": ["web/plan", {}],
        "azurerm_linux_web_app.app": ["web/app", { service_plan_id: ref("azurerm_service_plan.plan") }],
        "azurerm_monitor_diagnostic_setting.plan": [
          "web/plan-diagnostics",
          { target_resource_id: ref("azurerm_service_plan.plan"), log_analytics_workspace_id: ref("azurerm_log_analytics_workspace.law"), enabled_metric: [{ category: "AllMetrics" }] },
        ],
        "confluent_environment.env": ["kafka/environment", {}],
        "confluent_kafka_cluster.cluster": ["kafka/cluster", { environment: { id: ref("confluent_environment.env") } }],
        "confluent_api_key.key": ["kafka/key", { managed_resource: { id: ref("confluent_kafka_cluster.cluster"), environment: { id: ref("confluent_environment.env") } } }],
        "azurerm_key_vault.kv": ["vault/vault", {}],
        // Member -> member -> node chains resolve: the key belongs to the cluster through its managed resource.
        "azurerm_role_assignment.x": ["vault/grant", { role_definition_name: "Key Vault Secrets User", principal_id: ref("confluent_api_key.key"), scope: ref("azurerm_key_vault.kv") }],
        "azurerm_role_assignment.other": ["vault/other", { role_definition_name: "Reader", principal_id: ref("confluent_environment.env"), scope: ref("azurerm_key_vault.kv") }],
      }),
    );
    expect(graph.nodes.map((n) => n.name)).toEqual(["Web App", "Confluent Kafka", "Log Analytics", "Key Vault"]);
    expect(graph.edges).toEqual([
      { from: "Web App", to: "Log Analytics", relationship: "sends metrics" },
      { from: "Confluent Kafka", to: "Key Vault", relationship: "reads secrets" },
    ]);
  });

  it("finds the metrics collector's Application Insights by direct reference too", () => {
    const graph = deriveGraph(
      stackOf({
        "azurerm_log_analytics_workspace.law": ["monitoring/workspace", {}],
        "azurerm_application_insights.ai": ["monitoring/insights", { workspace_id: ref("azurerm_log_analytics_workspace.law") }],
        "azurerm_container_app_environment.cae": ["apps/environment", {}],
        "azurerm_servicebus_namespace.bus": ["bus/namespace", {}],
        "azurerm_container_app.collector": [
          "apps/collector",
          {
            container_app_environment_id: ref("azurerm_container_app_environment.cae"),
            tags: { role: "metrics-collector" },
            template: { container: [{ env: [{ name: "BUS", value: ref("azurerm_servicebus_namespace.bus", "name") }, { name: "AI", value: ref("azurerm_application_insights.ai", "connection_string") }] }] },
          },
        ],
        // Not tagged as a collector: its references say nothing about metrics.
        "azurerm_container_app.other": ["apps/other", { container_app_environment_id: ref("azurerm_container_app_environment.cae"), env: ref("azurerm_application_insights.ai") }],
      }),
    );
    expect(graph.edges).toEqual([
      { from: "Service Bus", to: "Log Analytics", relationship: "sends metrics" },
      { from: "Application Insights", to: "Log Analytics", relationship: "sends telemetry" },
    ]);
  });

  it("calls a diagnostic setting with metrics 'sends metrics' and a logs-only one 'sends logs'", () => {
    const law = "azurerm_log_analytics_workspace.law";
    const graph = deriveGraph(
      stackOf({
        [law]: ["monitoring/workspace", {}],
        "azurerm_redis_cache.redis": ["redis/cache", {}],
        "azurerm_container_app_environment.cae": ["apps/environment", {}],
        "azurerm_monitor_diagnostic_setting.redis": [
          "redis/diagnostics",
          { target_resource_id: ref("azurerm_redis_cache.redis"), log_analytics_workspace_id: ref(law), enabled_log: [{ category_group: "allLogs" }], enabled_metric: [{ category: "AllMetrics" }] },
        ],
        "azurerm_monitor_diagnostic_setting.cae": [
          "apps/diagnostics",
          { target_resource_id: ref("azurerm_container_app_environment.cae"), log_analytics_workspace_id: ref(law), enabled_log: [{ category_group: "allLogs" }] },
        ],
      }),
    );
    expect(graph.edges).toEqual([
      { from: "Container Apps", to: "Log Analytics", relationship: "sends logs" },
      { from: "Redis Cache", to: "Log Analytics", relationship: "sends metrics" },
    ]);
  });

  it("draws no self-edges and no edge twice", () => {
    const law = "azurerm_log_analytics_workspace.law";
    const diagnostics = (target: string) => ({ target_resource_id: target, log_analytics_workspace_id: ref(law), enabled_metric: [{ category: "AllMetrics" }] });
    const graph = deriveGraph(
      stackOf({
        [law]: ["monitoring/workspace", {}],
        "azurerm_storage_account.sa": ["storage/account", {}],
        "azurerm_monitor_diagnostic_setting.self": ["monitoring/diagnostics", diagnostics(ref(law))],
        "azurerm_monitor_diagnostic_setting.a": ["storage/diagnostics", diagnostics(ref("azurerm_storage_account.sa"))],
        "azurerm_monitor_diagnostic_setting.b": ["storage/blob-diagnostics", diagnostics(`${ref("azurerm_storage_account.sa")}/blobServices/default`)],
      }),
    );
    expect(graph.edges).toEqual([{ from: "Storage Account", to: "Log Analytics", relationship: "sends metrics" }]);
  });

  it("connects a VNet to its DDoS plan and, through its subnets, to its NAT gateway", () => {
    const graph = deriveGraph(
      stackOf({
        "azurerm_network_ddos_protection_plan.ddos": ["ddos/plan", {}],
        "azurerm_virtual_network.vnet": ["network/vnet", { ddos_protection_plan: { id: ref("azurerm_network_ddos_protection_plan.ddos"), enable: true } }],
        "azurerm_subnet.app": ["network/subnet-app", { virtual_network_name: ref("azurerm_virtual_network.vnet", "name") }],
        "azurerm_nat_gateway.nat": ["nat/nat-gateway", {}],
        "azurerm_subnet_nat_gateway_association.app": ["network/nat-app", { subnet_id: ref("azurerm_subnet.app"), nat_gateway_id: ref("azurerm_nat_gateway.nat") }],
      }),
    );
    expect(graph.edges).toEqual([
      { from: "Virtual Network", to: "DDoS Protection", relationship: "protected by" },
      { from: "Virtual Network", to: "NAT Gateway", relationship: "routes outbound through" },
    ]);
  });
});

/** A graph whose names need quoting and escaping in every format. */
const AWKWARD: InfrastructureGraph = {
  nodes: [
    { name: "Virtual Network", type: "network" },
    { name: 'Say "hi" \\ <b>#1</b> & é', type: "compute" },
  ],
  edges: [{ from: 'Say "hi" \\ <b>#1</b> & é', to: "Virtual Network", relationship: "runs in subnet" }],
};

describe("formats", () => {
  it("json: exactly nodes [{name, type}] and edges [{from, to, relationship}]", () => {
    const parsed = JSON.parse(toJson(deriveGraph(fixture)));
    expect(Object.keys(parsed)).toEqual(["nodes", "edges"]);
    for (const n of parsed.nodes) expect(Object.keys(n)).toEqual(["name", "type"]);
    for (const e of parsed.edges) expect(Object.keys(e)).toEqual(["from", "to", "relationship"]);
    expect(parsed).toEqual(deriveGraph(fixture));
  });

  it("redis: one transaction of quoted HSET lines and the SADD of relationship types", () => {
    expect(toRedisCli(AWKWARD, "ns").split("\n")).toEqual([
      "MULTI",
      'HSET "ns.node.Virtual Network" name "Virtual Network" type "network"',
      'HSET "ns.node.Say \\"hi\\" \\\\ <b>#1</b> & \\xc3\\xa9" name "Say \\"hi\\" \\\\ <b>#1</b> & \\xc3\\xa9" type "compute"',
      'HSET "ns.edge.0" from_node "Say \\"hi\\" \\\\ <b>#1</b> & \\xc3\\xa9" to_node "Virtual Network" relationship "runs in subnet"',
      'SADD "ns.relationship.types" "runs in subnet"',
      "EXEC",
      "",
    ]);
  });

  it("redis: seed 000's key layout for the fixture, edges numbered from 0, each relationship once", () => {
    const lines = toRedisCli(deriveGraph(fixture), "shared_backend_infrastructure").trim().split("\n");
    expect(lines).toContain('HSET "shared_backend_infrastructure.node.Container Apps" name "Container Apps" type "compute"');
    expect(lines).toContain(
      'HSET "shared_backend_infrastructure.edge.0" from_node "Container Apps" to_node "Container Registry" relationship "pulls images"',
    );
    expect(lines.at(-2)).toBe(
      'SADD "shared_backend_infrastructure.relationship.types" "pulls images" "sends logs" "sends metrics" "runs in subnet" "private endpoint" "reads secrets" "sends flow logs" "sends telemetry"',
    );
    expect(lines.filter((l) => l.startsWith('HSET "shared_backend_infrastructure.edge.'))).toHaveLength(13);
  });

  it("redis: an edgeless graph has no SADD (it needs a member)", () => {
    expect(toRedisCli({ nodes: [{ name: "Key Vault", type: "security" }], edges: [] }, "ns")).toBe(
      'MULTI\nHSET "ns.node.Key Vault" name "Key Vault" type "security"\nEXEC\n',
    );
  });

  it("mermaid: generated ids, quoted labels with entity codes, labelled edges", () => {
    expect(toMermaid(AWKWARD)).toBe(
      [
        "flowchart LR",
        '  n0["Virtual Network<br/>(network)"]',
        '  n1["Say #quot;hi#quot; \\ #lt;b#gt;#35;1#lt;/b#gt; #amp; é<br/>(compute)"]',
        '  n1 -->|"runs in subnet"| n0',
        "",
      ].join("\n"),
    );
  });

  it("dot: quoted, escaped ids and labels, labelled edges", () => {
    expect(toDot(AWKWARD)).toBe(
      [
        "digraph infrastructure {",
        "  rankdir=LR;",
        '  node [shape=box, style=rounded, fontname="Helvetica"];',
        '  edge [fontname="Helvetica", fontsize=10];',
        '  "Virtual Network" [label="Virtual Network\\n(network)"];',
        '  "Say \\"hi\\" \\\\ <b>#1</b> & é" [label="Say \\"hi\\" \\\\ <b>#1</b> & é\\n(compute)"];',
        '  "Say \\"hi\\" \\\\ <b>#1</b> & é" -> "Virtual Network" [label="runs in subnet"];',
        "}",
        "",
      ].join("\n"),
    );
  });
});

describe("the picture (svg format, docs/, pull-request changes)", () => {
  const lines = pictureDot({ title: "Stack t", graph: SMALL, systems: SMALL_SYSTEMS, fold: true }).split("\n");
  /** The lines of one cluster's block. */
  const cluster = (text: string[], id: string) => text.slice(text.indexOf(`  subgraph ${id} {`), text.indexOf("  }", text.indexOf(`  subgraph ${id} {`)) + 1);

  it("draws one cluster per system with its members, a node of no system outside, style by type", () => {
    expect(cluster(lines, '"cluster_foundation"')).toEqual([
      '  subgraph "cluster_foundation" {',
      '    graph [label="Foundation [002]", style="rounded,filled", fillcolor="#f8fafc", color="#cbd5e1", fontsize=16];',
      '    n0 [label="Virtual Network", shape="box", fillcolor="#dbeafe", color="#1d4ed8", style="rounded,filled"];',
      '    n4 [label="Log Analytics", shape="note", fillcolor="#f1f5f9", color="#475569", style="filled"];',
      "  }",
    ]);
    expect(cluster(lines, '"cluster_shared-backend"').filter((l) => /^ {4}n\d/.test(l)).map((l) => l.trim().split(" ")[0])).toEqual(["n1", "n2", "n3"]);
    expect(lines).toContain('  n5 [label="Key Vault\\n(x/y)", shape="octagon", fillcolor="#fee2e2", color="#b91c1c", style="filled"];');
    expect(lines.filter((l) => l.includes("subgraph"))).toHaveLength(3);
  });

  it("folds hub edges into one per system and hub, labelled with what and how many; draws the rest labelled", () => {
    const edges = lines.filter((l) => / n\d -> n\d /.test(l));
    expect(edges).toEqual([
      '  n3 -> n4 [style="dashed", color="#94a3b8", fontcolor="#64748b", ltail="cluster_shared-backend", label="logs, metrics\\nof 3 services"];',
      // No system, or the hub's own: one unlabelled edge each.
      '  n5 -> n4 [style="dashed", color="#94a3b8", fontcolor="#64748b"];',
      '  n0 -> n4 [style="dashed", color="#94a3b8", fontcolor="#64748b"];',
      '  n1 -> n0 [style="dotted", color="#1d4ed8", fontcolor="#1d4ed8", ltail="cluster_shared-backend", label="private endpoint\\nof 1 service"];',
      '  n3 -> n2 [label="pulls images", color="#334155"];',
    ]);
    expect(lines[1]).toContain('label="Stack t (4 monitoring and private-endpoint edges drawn as one per system)"');
  });

  it("has a legend of the picture's node types and the folded edges' styles", () => {
    const legend = cluster(lines, "cluster_legend");
    expect(legend.flatMap((l) => /^ {4}l\d+ \[label="(\w+)"/.exec(l)?.[1] ?? [])).toEqual(["cache", "compute", "monitoring", "network", "registry", "security"]);
    expect(legend.filter((l) => l.includes("-> l") && l.includes("label=")).map((l) => /label="([^"]*)"/.exec(l)![1])).toEqual([
      "monitoring: logs, metrics,\\ntelemetry, flow logs",
      "private endpoint",
    ]);
  });

  it("in a change picture draws every edge and marks what is added or removed", () => {
    const changes = new Map([
      ["Redis Cache", "added" as const],
      [edgeKey(SMALL.edges[6]), "added" as const],
      ["Key Vault (x/y)", "removed" as const],
      [edgeKey(SMALL.edges[3]), "removed" as const],
    ]);
    const text = pictureDot({ title: "t", graph: SMALL, systems: SMALL_SYSTEMS, fold: false, changes }).split("\n");
    expect(text.filter((l) => / n\d -> n\d /.test(l))).toHaveLength(SMALL.edges.length);
    expect(text).toContain('    n1 [label="+ Redis Cache", shape="box", fillcolor="#ffedd5", color="#15803d", fontcolor="#15803d", penwidth=3, style="rounded,filled"];');
    expect(text).toContain('  n5 [label="− Key Vault\\n(x/y)", shape="octagon", fillcolor="#fee2e2", color="#b91c1c", fontcolor="#b91c1c", penwidth=3, style="filled,dashed"];');
    expect(text).toContain('  n1 -> n0 [label="+ private endpoint", color="#15803d", fontcolor="#15803d", penwidth=3];');
    expect(text).toContain('  n5 -> n4 [label="− sends metrics", color="#b91c1c", fontcolor="#b91c1c", penwidth=3, style="dashed"];');
    expect(text).toContain('  n3 -> n4 [label="sends logs", style="dashed", color="#94a3b8", fontcolor="#64748b"];');
    expect(text.filter((l) => l.includes('label="added"') || l.includes('label="removed"'))).toHaveLength(2);
  });

  it("is laid out by Graphviz WebAssembly: the clusters, the legend and the folded edges", async () => {
    const svg = await toSvg("t", SMALL, SMALL_SYSTEMS);
    expect(svg).toBe(await renderSvg(pictureDot({ title: "Stack t: 6 services, 7 edges", graph: SMALL, systems: SMALL_SYSTEMS, fold: true })));
    expect(svg.match(/<g id="clust\d+" class="cluster">/g)).toHaveLength(3);
    expect(svg).toContain(">Shared backend [000]</text>");
    expect(svg).toContain(">of 3 services</text>");
  });
});

describe("docs/ pictures", () => {
  let pictures: Record<string, string>;
  beforeAll(async () => {
    pictures = await docPictures(estateOutput({ metadata: true }));
  });

  it("are what `graph --format svg` prints for prod and platform (regenerate with npm run --silent graph:docs)", () => {
    expect(Object.values(DOC_PICTURES)).toEqual(["prod", "platform"]);
    expect(stalePictures(join(root, "docs"), pictures)).toEqual([]);
  });

  it("a picture that differs from the graph, or is missing, is stale", () => {
    const dir = mkdtempSync(join(tmpdir(), "graph-docs-"));
    try {
      writeFileSync(join(dir, "prod-infrastructure-graph.svg"), pictures["prod-infrastructure-graph.svg"].replace(/\d+ services/, "28 services"));
      expect(stalePictures(dir, pictures)).toEqual(["prod-infrastructure-graph.svg", "platform-infrastructure-graph.svg"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("command line", () => {
  it("defaults to json and the seed's namespace; --redis-url implies the redis format", () => {
    expect(parseOptions(["--stack", "dev"])).toEqual({ stack: "dev", format: "json", namespace: "shared_backend_infrastructure", redis: undefined });
    expect(parseOptions(["--stack=prod", "--redis-url", "redis://:pw@cache.example:6380/2", "--namespace", "g"])).toEqual({
      stack: "prod",
      format: "redis",
      namespace: "g",
      redis: { host: "cache.example", port: 6380, db: 2, username: undefined, password: "pw", display: "redis://cache.example:6380/2" },
    });
    expect(parseOptions(["--help"])).toBeUndefined();
  });

  it.each([
    [[], "missing --stack <id>"],
    [["--stack", "dev", "--format", "png"], 'unknown --format "png": known formats are json, redis, mermaid, dot, svg'],
    [["--stack", "dev", "--format", "svg", "--redis-url", "redis://localhost"], "--format svg cannot be combined with --redis-url, which writes the redis format to Redis"],
    [["--stack", "dev", "--namespace", ""], '--namespace "": must not be empty'],
    [["--stack", "dev", "--namespace", "a\tb"], '--namespace "a\\tb": must not contain whitespace'],
    [["--stack", "dev", "--colour"], "Unknown option '--colour'"],
    [["--stack"], "Option '--stack <value>' argument missing"],
  ])("rejects %j", (argv, message) => {
    expect(() => parseOptions(argv)).toThrow(message);
  });

  it.each([
    ["localhost:6379", 'must look like redis://host:port[/db] (scheme localhost is not redis)'],
    ["http://localhost:6379", "must look like redis://host:port[/db] (scheme http is not redis)"],
    ["redis://", "must look like redis://host:port[/db] (no host)"],
    ["redis://localhost:99999", "must look like redis://host:port[/db]"],
    ["redis://localhost:0", "must look like redis://host:port[/db] (port must be 1-65535)"],
    ["redis://localhost:6379/one", "must look like redis://host:port[/db] (db must be a whole number)"],
    ["redis://localhost:6379/0?tls=1", "must look like redis://host:port[/db] (no query or fragment)"],
    ["not a url", "must look like redis://host:port[/db]"],
  ])("rejects --redis-url %s", (url, rule) => {
    expect(() => parseRedisUrl(url)).toThrow(`--redis-url ${JSON.stringify(url)}: ${rule}`);
  });

  it("knows the seed namespace rules", () => {
    expect(namespaceProblem("shared_backend_infrastructure")).toBeUndefined();
    expect(namespaceProblem("team.graph")).toBeUndefined();
  });
});

describe("a really synthesized stack", () => {
  it("prod: seed 000's nodes with its names and types, its edges and relationships, and the rest of the stack", () => {
    const graph = deriveGraph(estateOutput({ metadata: true }).prod);
    expect(graph.nodes).toEqual(expect.arrayContaining(ESTATE_NODES));
    expect(graph.edges).toEqual(expect.arrayContaining(ESTATE_EDGES));
    expect(graph.edges).toEqual(
      expect.arrayContaining([
        { from: "Container Registry", to: "Virtual Network", relationship: "private endpoint" },
        { from: "Virtual Network", to: "Log Analytics", relationship: "sends flow logs" },
        { from: "Virtual Network", to: "DDoS Protection", relationship: "protected by" },
        // The web application template: the gateway in front, the app's settings naming its data services.
        { from: "Application Gateway", to: "Web App", relationship: "routes requests to" },
        { from: "Web App", to: "PostgreSQL", relationship: "uses" },
        { from: "Web App", to: "Service Bus", relationship: "uses" },
        { from: "Web App", to: "Managed Redis (web-app/redis)", relationship: "uses" },
      ]),
    );
  });

  it("dev: the shared backend on the foundation's services, and how they connect", () => {
    const graph = devGraph();
    expect(graph.nodes).toEqual(expect.arrayContaining(ESTATE_NODES));
    expect(graph.edges).toEqual(expect.arrayContaining(ESTATE_EDGES));
    expect(graph.nodes).toEqual(
      expect.arrayContaining([
        { name: "Virtual Network", type: "network" },
        { name: "Log Analytics", type: "monitoring" },
        { name: "Key Vault", type: "security" },
        { name: "Storage Account", type: "storage" },
      ]),
    );
    expect(graph.edges).toEqual(
      expect.arrayContaining([
        { from: "Key Vault", to: "Virtual Network", relationship: "private endpoint" },
        { from: "Storage Account", to: "Virtual Network", relationship: "private endpoint" },
        { from: "Key Vault", to: "Log Analytics", relationship: "sends metrics" },
        { from: "Virtual Network", to: "Log Analytics", relationship: "sends metrics" },
        { from: "Application Insights", to: "Log Analytics", relationship: "sends telemetry" },
      ]),
    );
    // dev has no DDoS plan (prod only).
    expect(graph.nodes.map((n) => n.name)).not.toContain("DDoS Protection");
  });

  it("platform: the hub network, the runners (their job folds into Container Apps), vault, storage and Network Watcher, one system", () => {
    const platform = estateOutput({ metadata: true }).platform;
    const graph = deriveGraph(platform);
    expect(graph.nodes).toEqual([
      { name: "NAT Gateway", type: "network" },
      // One per region the estate uses: westeurope and prod's paired region, northeurope (first by path).
      { name: "Network Watcher", type: "network" },
      { name: "Network Watcher (hub/network-watcher-westeurope)", type: "network" },
      { name: "Virtual Network", type: "network" },
      { name: "Container Apps", type: "compute" },
      { name: "Log Analytics", type: "monitoring" },
      { name: "Key Vault", type: "security" },
      { name: "Storage Account", type: "storage" },
    ]);
    expect(graph.edges).toEqual(expect.arrayContaining([{ from: "Container Apps", to: "Virtual Network", relationship: "runs in subnet" }]));
    expect(new Set(deriveSystems(platform).values())).toEqual(new Set(["platform"]));
    expect(deriveSystems(platform).size).toBe(graph.nodes.length);
  });

  it("stops on bad settings with the ValidationError main.ts reports", () => {
    const missing = "/nonexistent/overrides.json";
    expect(() => synthesizeStack("dev", { ESTATE_SETTINGS_FILE: missing })).toThrow(ValidationError);
    expect(() => synthesizeStack("dev", { ESTATE_SETTINGS_FILE: missing })).toThrow(
      `settings: ESTATE_SETTINGS_FILE = "${missing}": must name a readable JSON file of overrides (ENOENT`,
    );
  });

  it("rejects an unknown stack, naming the known ones", () => {
    expect(() => synthesizeStack("qa")).toThrow('unknown --stack "qa": known stacks are platform, dev, staging, prod');
  });
});

describe("the CLI end to end", () => {
  const run = promisify(execFile);
  let work: string;
  type Result = { code: number; stdout: string; stderr: string; leftovers: string[] };
  const results: Record<string, Result> = {};

  /**
   * Runs the CLI as `npm run graph` does. A private TMPDIR shows whether it removes its synthesis
   * directory; CDKTF_OUTDIR whether it stays away from the cdktf output.
   */
  async function cli(args: string[], env: Record<string, string> = {}): Promise<Result> {
    const tmp = mkdtempSync(join(work, "tmp-"));
    const options = { cwd: root, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, TMPDIR: tmp, CDKTF_OUTDIR: join(work, "must-not-exist"), CHECKPOINT_DISABLE: "1", ...env } };
    const leftovers = () => readdirSync(tmp).filter((f) => f.startsWith("estate-graph-"));
    try {
      const command = runTs("tools/graph/cli.ts", ...args);
      const { stdout, stderr } = await run(command.file, command.args, { ...options, env: { ...options.env, ...command.env } }).finally(command.cleanUp);
      return { code: 0, stdout, stderr, leftovers: leftovers() };
    } catch (e) {
      const failed = e as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr, leftovers: leftovers() };
    }
  }

  // The runs are independent: start them together, assert one by one.
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "graph-cli-"));
    const overrides = join(work, "overrides.json");
    writeFileSync(overrides, JSON.stringify({ environments: { dev: { budgetUsd: 0 } } }));
    const runs = {
      svg: cli(["--stack", "dev", "--format", "svg"]),
      unknownStack: cli(["--stack", "qa"]),
      unknownFormat: cli(["--stack", "dev", "--format", "png"]),
      badSettings: cli(["--stack", "dev"], { ESTATE_SETTINGS_FILE: overrides }),
    };
    for (const [name, result] of Object.entries(runs)) results[name] = await result;
  }, 60_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  // One full run (svg, the format with the most machinery); the json format is checked in-process.
  it("renders dev's picture as svg with Graphviz WebAssembly, synthesizing into a temporary directory it removes", async () => {
    const { code, stdout, leftovers } = results.svg;
    expect(code).toBe(0);
    expect(leftovers).toEqual([]);
    expect(existsSync(join(work, "must-not-exist"))).toBe(false);
    expect(stdout.startsWith("<?xml")).toBe(true);
    expect(stdout).toBe(await toSvg("dev", devGraph(), deriveSystems(estateOutput({ metadata: true }).dev)));
  });

  it("rejects an unknown stack with exit code 2, the known ids and no output", () => {
    expect(results.unknownStack).toEqual({
      leftovers: [],
      code: 2,
      stdout: "",
      stderr: `graph: unknown --stack "qa": known stacks are platform, dev, staging, prod\n${USAGE}\n`,
    });
  });

  it("rejects an unknown format with exit code 2 and no output", () => {
    expect(results.unknownFormat).toEqual({
      leftovers: [],
      code: 2,
      stdout: "",
      stderr: `graph: unknown --format "png": known formats are json, redis, mermaid, dot, svg\n${USAGE}\n`,
    });
  });

  it("stops on bad settings as main.ts does", () => {
    expect(results.badSettings).toEqual({
      leftovers: [],
      code: 1,
      stdout: "",
      stderr: "Synthesis stopped: 1 invalid setting:\n  - environment dev: budgetUsd = 0: must be greater than 0\n",
    });
  });
});
