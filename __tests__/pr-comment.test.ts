import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatFindings, formatSuppressions } from "../policy/report";
import { evaluatePlan, PlanFileError, type GateResult } from "../tools/plan-gate/gate";
import { readPlanFile } from "../tools/plan-gate/files";
import { UsageError } from "../tools/graph/errors";
import { USAGE, parseOptions } from "../tools/pr-comment/cli";
import type { StackDiff } from "../tools/synth-diff/diff";
import { renderStack } from "../tools/synth-diff/markdown";
import { composeComment, cutLines, gateResultOf, graphChangesOf, InputFileError, MAX_COMMENT_LENGTH, stackDiffOf, type CommentInput } from "../tools/pr-comment/compose";
import { deriveStack, graphChanges, neighbourhoodDot, type GraphChanges } from "../tools/graph/changes";
import type { SynthesizedStack } from "../tools/graph/derive";
import { renderSvg } from "../tools/graph/svg";
import { entriesOfStack, parsePolicyReport, PolicyTextError } from "../tools/pr-comment/policy";
import { runCli } from "./helpers";

const plans = join(__dirname, "fixtures", "plans");
const fixtures = join(__dirname, "fixtures", "pr-comment");
const planFile = (name: string) => join(plans, `${name}.json`);
const text = (name: string) => readFileSync(join(fixtures, name), "utf8");
const gate = (name: string): GateResult => evaluatePlan(readPlanFile(planFile(name)));
const diffOf = (stack: string) => stackDiffOf(text("synth-diff.json"), stack);
const cleanPolicy = parsePolicyReport(text("policy-clean.txt"));
const findingsPolicy = parsePolicyReport(text("policy-findings.txt"));

/** The shared backend of the graph tests, as the base of a pull request, and the head that adds a Service Bus to it. */
const baseStack: SynthesizedStack = JSON.parse(readFileSync(join(__dirname, "fixtures", "graph", "shared-backend.json"), "utf8"));
const headStack = withServiceBus(baseStack);

/** `stack` plus a Service Bus namespace with its diagnostic setting and private endpoint, as the shared backend would add one. */
function withServiceBus(stack: SynthesizedStack): SynthesizedStack {
  const resource = structuredClone(stack.resource!) as Record<string, Record<string, Record<string, unknown>>>;
  const meta = (path: string, uniqueId: string) => ({ "//": { metadata: { path: `prod/shared-backend/service-bus/${path}`, uniqueId } } });
  const bus = "${azurerm_servicebus_namespace.service-bus_namespace_5B1C.id}";
  resource.azurerm_servicebus_namespace = { "service-bus_namespace_5B1C": { ...meta("namespace", "service-bus_namespace_5B1C"), name: "sb-orders" } };
  resource.azurerm_monitor_diagnostic_setting["service-bus_diagnostics_6C2D"] = {
    ...meta("diagnostics", "service-bus_diagnostics_6C2D"),
    target_resource_id: bus,
    log_analytics_workspace_id: "${azurerm_log_analytics_workspace.shared-backend_log-analytics_workspace_0F3A9C21.id}",
    enabled_metric: [{ category: "AllMetrics" }],
  };
  resource.azurerm_private_endpoint["service-bus_private-endpoint_7D3E"] = {
    ...meta("private-endpoint", "service-bus_private-endpoint_7D3E"),
    subnet_id: "${azurerm_subnet.shared-backend_network_subnet-private-endpoints_114D1C9A.id}",
    private_service_connection: { private_connection_resource_id: bus },
  };
  return { resource };
}

const EMPTY = { added: [], removed: [], changed: [] };
const NO_DIFF: StackDiff = { status: "changed", ...EMPTY, renamed: [], statefulRemoved: [], outputs: EMPTY, configuration: EMPTY };

/** The Markdown between a `### <title>` heading and the next heading (or the end). */
function section(comment: string, title: string): string {
  const start = comment.indexOf(`\n### ${title}\n`);
  expect(start).toBeGreaterThan(0);
  const end = comment.indexOf("\n### ", start + 1);
  return comment.slice(start, end < 0 ? undefined : end);
}

describe("composeComment", () => {
  const full: CommentInput = { stack: "dev", gate: gate("mixed"), diff: diffOf("dev"), policy: cleanPolicy };
  const comment = composeComment(full);

  it("starts with the stack's marker, then the title and the yes/no line", () => {
    expect(comment.split("\n").slice(0, 4)).toEqual(["<!-- estate-plan:dev -->", "## OpenTofu plan for `dev`", "", "Destroys stateful resources: **yes**"]);
  });

  it("has the plan, policy and synth diff sections, in that order", () => {
    const headings = comment.split("\n").filter((line) => line.startsWith("### "));
    expect(headings).toEqual(["### Plan", "### Policy", "### Infrastructure graph", "### Synth diff"]);
  });

  it("says the gate fails, and lists every destroy or replace (stateful first) before the creates and updates", () => {
    expect(comment).toContain(
      "\n❌ The plan gate fails: 3 stateful resources are destroyed or replaced; the apply stops unless it is overridden with a written reason.\n",
    );
    const plan = section(comment, "Plan");
    expect(plan).toContain("**1 to add, 1 to change, 2 to destroy, 3 to replace**");
    const order = [
      "- ⚠️ **destroy** `azurerm_mssql_database.sql_database_0A1B2C3D` **(stateful: data is lost)**: `delete_because_no_resource_config`",
      "- ⚠️ **replace** `azurerm_container_registry.registry_acr_7C8D9E0F` **(stateful: data is lost)**: forced by `name`; `replace_because_cannot_update`",
      "- ⚠️ **replace** `azurerm_storage_account.storage_account_A1B2C3D4` **(stateful: data is lost)**: forced by `account_kind`, `network_rules[0].default_action`; `replace_because_cannot_update`",
      "- **destroy** `azurerm_management_lock.registry_lock_2B3C4D5E`: `delete_because_no_resource_config`",
      "- **replace** `azurerm_monitor_diagnostic_setting.registry_diagnostics_3C4D5E6F`: forced by `target_resource_id`; `replace_because_cannot_update`",
      "<summary>Creates (1)</summary>\n\n- `azurerm_user_assigned_identity.app_identity_4D5E6F7A`",
      "<summary>Updates in place (1)</summary>\n\n- `azurerm_key_vault.key-vault_vault_5F6E7D8C`",
      "<summary>Changed outside OpenTofu since the last apply (1, not counted above)</summary>",
    ];
    const positions = order.map((part) => plan.indexOf(part));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("with 0 policy findings, says so and lists this stack's suppressions only", () => {
    const policy = section(comment, "Policy");
    expect(policy).toContain("\n0 policy findings.\n\nSuppressions in `dev` (3):\n\n");
    expect(policy).toContain(
      "- **[AZ-STG-004]** `dev/shared-backend/flow-log-storage/account`: accepts shared key authorization (shared_access_key_enabled = true) (suppressed: Network Watcher writes flow logs with the account key (no identity option); no key is output or stored.)",
    );
    expect(policy).not.toContain("state/");
    expect(policy).not.toContain("staging/");
    expect(section(composeComment({ ...full, stack: "prod" }), "Policy")).toContain("\n0 policy findings.\n\nNo suppressions in `prod`.");
  });

  it("lists the stack's findings with their fix, or says the other stacks have them", () => {
    const dev = section(composeComment({ ...full, policy: findingsPolicy }), "Policy");
    expect(dev).toContain(
      "❌ **1 policy finding** in `dev` (2 in all stacks):\n\n" +
        '- **[AZ-STG-001]** `dev/storage/account` (azurerm_storage_account.storage_account_A1B2C3D4): accepts TLS versions older than 1.2 (min_tls_version = "TLS1_0"). fix: leave minimumTlsVersion at its default, TLS1_2\n',
    );
    expect(dev).toContain("Suppressions in `dev` (1):");
    expect(dev).not.toContain("prod/");
    const staging = section(composeComment({ ...full, stack: "staging", policy: findingsPolicy }), "Policy");
    expect(staging).toContain("No policy findings in `staging` (2 in other stacks).\n\nNo suppressions in `staging`.");
  });

  it("shows the stack's synth diff as the diff tool renders it, stateful renames first with the moved block", () => {
    const diff = section(comment, "Synth diff");
    expect(diff).toBe(`\n### Synth diff\n\n${renderStack("dev", diffOf("dev")!, 4)}\n`);
    expect(diff).toContain("\n#### Stack `dev`: 1 added, 2 removed, 1 changed, 4 renamed, 3 output changes, 1 configuration change ⚠️ stateful data at risk\n");
    const rename = diff.indexOf(
      "⚠️ **Stateful resource renamed: `azurerm_storage_account.data_old` → `azurerm_storage_account.data_new`.**",
    );
    expect(rename).toBeGreaterThan(0);
    expect(diff.indexOf("```hcl\nmoved {\n  from = azurerm_storage_account.data_old\n  to   = azurerm_storage_account.data_new\n}\n```")).toBeGreaterThan(rename);
    expect(diff.indexOf("**Added** (1)")).toBeGreaterThan(rename);
  });

  it("says no when neither the plan nor the synth diff loses stateful data (a moved stateful rename keeps it)", () => {
    expect(diffOf("staging")!.renamed).toEqual([expect.objectContaining({ stateful: true, moved: true })]);
    const staging = composeComment({ stack: "staging", gate: gate("non-stateful-replace"), diff: diffOf("staging"), policy: cleanPolicy });
    expect(staging).toContain("\nDestroys stateful resources: **no**\n");
    expect(staging).not.toContain("plan gate");
    expect(section(staging, "Synth diff")).toContain("#### Stack `staging`: 0 added, 0 removed, 1 changed, 1 renamed\n");
  });

  it("says yes for an unmoved stateful rename or a stateful removal in the synth diff alone, no for other renames", () => {
    const dev = diffOf("dev")!;
    const yesNo = (diff: StackDiff) => composeComment({ stack: "dev", gate: gate("no-changes"), diff }).split("\n")[3];
    const unmoved = dev.renamed.filter((r) => r.stateful && !r.moved);
    expect(unmoved.map((r) => r.to)).toEqual(["azurerm_storage_account.data_new"]);
    expect(yesNo({ ...NO_DIFF, renamed: unmoved })).toBe("Destroys stateful resources: **yes**");
    expect(yesNo({ ...NO_DIFF, statefulRemoved: dev.statefulRemoved })).toBe("Destroys stateful resources: **yes**");
    expect(yesNo({ ...NO_DIFF, renamed: dev.renamed.filter((r) => !r.stateful || r.moved) })).toBe("Destroys stateful resources: **no**");
  });

  it("says when a stack has no synth differences or no diff entry, and when no diff or policy report was given", () => {
    const prod = composeComment({ stack: "prod", gate: gate("no-changes"), diff: diffOf("prod") });
    expect(section(prod, "Plan")).toContain("**0 to add, 0 to change, 0 to destroy, 0 to replace**: no changes.");
    expect(section(prod, "Synth diff")).toBe("\n### Synth diff\n\n#### Stack `prod`: no changes\n");
    expect(section(prod, "Policy")).toContain("_No policy report was given._");
    expect(diffOf("qa")).toBeNull();
    expect(section(composeComment({ stack: "qa", gate: gate("no-changes"), diff: null }), "Synth diff")).toContain("_The synth diff has no entry for `qa`._");
    expect(section(composeComment({ stack: "prod", gate: gate("no-changes") }), "Synth diff")).toContain("_No synth diff was given._");
  });

  it("shows an override the gate's JSON carries", () => {
    const gated = { ...gate("stateful-delete"), override: { reason: "retiring the ERP database, ticket 4711" }, passed: true };
    const result = gateResultOf(JSON.stringify(gated));
    expect(result).toEqual(gated);
    expect(composeComment({ stack: "dev", gate: result })).toContain(
      "Destroys stateful resources: **yes**\n\n⚠️ The plan gate passes by override. Reason: **retiring the ERP database, ticket 4711**\n",
    );
  });

  it("escapes text that would open HTML, so no second marker can appear", () => {
    const policy = parsePolicyReport("0 policy findings:\nsuppressed:\n  - [AZ-X-001] dev/a: is odd (suppressed: see <!-- estate-plan:prod -->)\n");
    const text = composeComment({ stack: "dev", gate: gate("no-changes"), policy });
    expect(text).toContain("(suppressed: see &lt;!-- estate-plan:prod --&gt;)");
    expect(text.match(/<!-- estate-plan:/g)).toHaveLength(1);
  });

  it("rejects a stack id the marker cannot carry", () => {
    expect(() => composeComment({ stack: "dev prod", gate: gate("no-changes") })).toThrow(new InputFileError('stack id "dev prod" must be letters, digits, - and _'));
  });
});

describe("infrastructure graph changes", () => {
  const [base, head] = [deriveStack(baseStack), deriveStack(headStack)];
  const changes = graphChanges(base.graph, head.graph);
  const comment = (graph: GraphChanges | null | undefined) => section(composeComment({ stack: "prod", gate: gate("no-changes"), graph }), "Infrastructure graph");

  it("a fixture that adds a service shows it: the new node, its edges, and where the picture of its neighbourhood is", () => {
    expect(comment({ ...changes, picture: "graph-changes/prod.svg" })).toBe(
      [
        "",
        "### Infrastructure graph",
        "",
        "**+1 node, +2 edges**",
        "",
        "Added nodes:",
        "",
        "- `Service Bus` (messaging)",
        "",
        "Added edges:",
        "",
        "- `Service Bus` → `Log Analytics`: sends metrics",
        "- `Service Bus` → `Virtual Network`: private endpoint",
        "",
        "Picture of the changed neighbourhood (added in green, removed in red): `graph-changes/prod.svg` in the workflow run's artifacts.",
        "",
      ].join("\n"),
    );
  });

  it("lists removed nodes and edges the other way round, and says when nothing changed or nothing was given", () => {
    expect(comment(graphChanges(head.graph, base.graph))).toContain("**−1 node, −2 edges**\n\nRemoved nodes:\n\n- `Service Bus` (messaging)\n\nRemoved edges:\n\n- `Service Bus` → `Log Analytics`: sends metrics\n");
    expect(comment(graphChanges(base.graph, base.graph))).toBe("\n### Infrastructure graph\n\nNo change to the infrastructure graph.\n");
    expect(comment(null)).toContain("_The graph diff has no entry for `prod`._");
    expect(comment(undefined)).toContain("_No graph diff was given._");
  });

  it("draws the changed neighbourhood: the new service and what it connects to, marked, in its system", async () => {
    const dot = neighbourhoodDot("prod", changes, base, head);
    expect(dot).toContain('label="Graph changes in stack prod: +1 node, +2 edges"');
    expect(dot.match(/^ {2}n\d+ -> n\d+ .*$/gm)).toEqual([
      // n0 Virtual Network, n1 Log Analytics, n2 the new Service Bus; unmarked edges are context: how the
      // existing services it touches are connected.
      '  n2 -> n1 [label="+ sends metrics", color="#15803d", fontcolor="#15803d", penwidth=3];',
      '  n0 -> n1 [label="sends metrics", style="dashed", color="#94a3b8", fontcolor="#64748b"];',
      '  n2 -> n0 [label="+ private endpoint", color="#15803d", fontcolor="#15803d", penwidth=3];',
      '  n0 -> n1 [label="sends flow logs", style="dashed", color="#94a3b8", fontcolor="#64748b"];',
    ]);
    expect(dot).toContain('n2 [label="+ Service Bus", shape="cds", fillcolor="#f3e8ff", color="#15803d", fontcolor="#15803d", penwidth=3, style="filled"];');
    const svg = await renderSvg(dot);
    expect(svg).toContain(">+ Service Bus</text>");
    expect(svg).toContain(">Shared backend [000]</text>");
  });

  it("rejects a graph diff file that is not graph:diff's JSON", () => {
    expect(() => graphChangesOf("{}", "dev")).toThrow(new InputFileError('no "stacks" object: not the output of `npm run graph:diff`'));
    expect(() => graphChangesOf(JSON.stringify({ stacks: { dev: { nodes: { added: [] } } } }), "dev")).toThrow(
      new InputFileError("stacks.dev has no nodes {added, removed} of {name, type} and edges {added, removed} of {from, to, relationship}"),
    );
    expect(graphChangesOf(JSON.stringify({ stacks: {} }), "dev")).toBeNull();
  });
});

describe("size limit", () => {
  const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `azurerm_role_assignment.${prefix}_grant_${String(i).padStart(5, "0")}_0123456789ABCDEF`);
  const huge: CommentInput = {
    stack: "prod",
    gate: { ...gate("mixed"), creates: many("plan", 3000), summary: { add: 3000, change: 1, destroy: 2, replace: 3 } },
    diff: { ...NO_DIFF, added: many("diff", 3000), statefulRemoved: ["azurerm_key_vault.vault"] },
    policy: cleanPolicy,
  };
  const balanced = (comment: string) => {
    expect(comment.split("<details>").length).toBe(comment.split("</details>").length);
    expect(comment.split("```").length % 2).toBe(1);
  };

  it("cuts long lists with a '... and N more' line and stays under GitHub's 65,536 characters", () => {
    const comment = composeComment(huge);
    expect(comment.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(comment.startsWith("<!-- estate-plan:prod -->\n")).toBe(true);
    expect(comment).toContain("<summary>Creates (3000)</summary>");
    expect(comment).toContain("\n- ... and 2800 more\n");
    // Every destroy and replace is still listed, and the synth diff's stateful warning comes before its cut lists.
    expect(comment).toContain("`azurerm_monitor_diagnostic_setting.registry_diagnostics_3C4D5E6F`");
    expect(comment).toContain("⚠️ **Stateful resource removed: `azurerm_key_vault.vault`.**");
    expect(comment).toMatch(/\n\.\.\. and \d+ more lines\n$/);
    balanced(comment);
  });

  it("cuts the lists further when a smaller limit demands it, keeping every section", () => {
    const comment = composeComment(huge, 8_000);
    expect(comment.length).toBeLessThanOrEqual(8_000);
    // 50 of the 3000 creates: the synth diff, cut by lines, keeps a quarter of the space.
    expect(comment).toContain("\n- ... and 2950 more\n");
    expect(comment.split("\n").filter((line) => line.startsWith("### "))).toEqual(["### Plan", "### Policy", "### Infrastructure graph", "### Synth diff"]);
    balanced(comment);
  });

  it("as a last resort cuts the text, keeping the marker and the yes/no line", () => {
    const comment = composeComment(huge, 400);
    expect(comment.length).toBeLessThanOrEqual(400);
    expect(comment.split("\n").slice(0, 4)).toEqual(["<!-- estate-plan:prod -->", "## OpenTofu plan for `prod`", "", "Destroys stateful resources: **yes**"]);
    expect(comment.endsWith("\n\n... comment truncated at GitHub's size limit\n")).toBe(true);
  });

  it("cutLines closes the code fence and <details> blocks it cuts into, within the budget", () => {
    const lines = ["<details><summary>x</summary>", "", "```hcl", "moved {", "}", "```", "</details>", "x".repeat(100)];
    expect(cutLines(lines, 1_000)).toEqual(lines);
    expect(cutLines(lines, 80)).toEqual(["<details><summary>x</summary>", "", "```hcl", "```", "", "</details>", "", "... and 5 more lines"]);
    expect(cutLines(lines, 80).join("\n").length).toBe(75);
    expect(cutLines(lines, 74)).toEqual(["<details><summary>x</summary>", "", "", "</details>", "", "... and 6 more lines"]);
    expect(cutLines(lines, 90)).toEqual([...lines.slice(0, 7), "", "... and 1 more line"]);
  });
});

describe("input files", () => {
  it("parses the text the policy report's own formatters print", () => {
    const reports = [
      {
        stack: "dev",
        findings: [{ ruleId: "AZ-STG-001", path: "dev/storage/account", address: "azurerm_storage_account.a", problem: "accepts TLS 1.0", fix: "leave the default" }],
        suppressed: [{ ruleId: "AZ-PE-001", path: "dev/storage/account", address: "azurerm_storage_account.a", problem: "has no private endpoint", fix: "-", reason: "flow logs" }],
      },
      { stack: "devtest", findings: [{ ruleId: "AZ-STG-002", path: "devtest/storage/account", address: "azurerm_storage_account.b", problem: "accepts HTTP", fix: "https" }], suppressed: [] },
    ];
    // What tools/policy-report.ts prints.
    const report = parsePolicyReport(`${formatFindings(reports)}\nsuppressed:\n${formatSuppressions(reports)}\n`);
    expect(report.totalFindings).toBe(2);
    expect(entriesOfStack(report.findings, "dev")).toEqual([
      { ruleId: "AZ-STG-001", path: "dev/storage/account", lines: [" (azurerm_storage_account.a): accepts TLS 1.0.", "fix: leave the default"] },
    ]);
    expect(entriesOfStack(report.suppressions, "dev")).toEqual([
      { ruleId: "AZ-PE-001", path: "dev/storage/account", lines: [": has no private endpoint (suppressed: flow logs)"] },
    ]);
    expect(entriesOfStack(report.findings, "devtest").map((e) => e.path)).toEqual(["devtest/storage/account"]);
  });

  it("rejects a policy text without the findings line, or with a line it does not understand", () => {
    expect(() => parsePolicyReport("Synthesis stopped: ...\n")).toThrow(new PolicyTextError('no "N policy findings:" line: not the output of `npm run --silent policy`'));
    expect(() => parsePolicyReport("0 policy findings:\nsomething else\n")).toThrow(new PolicyTextError('line 2 is not a policy entry: "something else"'));
  });

  it("rejects a synth diff that is not the diff tool's JSON", () => {
    const entry = (fields: Record<string, unknown>) => JSON.stringify({ stacks: { dev: { ...NO_DIFF, ...fields } } });
    expect(() => stackDiffOf("{}", "dev")).toThrow(new InputFileError('no "stacks" object: not the output of `npm run diff -- --format json`'));
    expect(() => stackDiffOf(entry({ status: "new" }), "dev")).toThrow(new InputFileError('stacks.dev has status "new", not one of added, removed, changed, unchanged'));
    expect(() => stackDiffOf(entry({ added: "x" }), "dev")).toThrow(
      new InputFileError("stacks.dev has no added/removed/statefulRemoved address lists or changed {address, paths} list"),
    );
    expect(() => stackDiffOf(entry({ renamed: [{ from: "a", to: "b" }] }), "dev")).toThrow(new InputFileError("stacks.dev has no renamed list of {type, from, to, stateful, moved, paths}"));
    expect(() => stackDiffOf(entry({ outputs: undefined }), "dev")).toThrow(new InputFileError("stacks.dev has no outputs/configuration {added, removed, changed}"));
    expect(stackDiffOf(entry({}), "dev")).toEqual(NO_DIFF);
  });

  it("reads a plan as tofu show -json output or as plan-gate JSON, and rejects anything else", () => {
    expect(gateResultOf(readFileSync(planFile("mixed"), "utf8"))).toEqual(gate("mixed"));
    expect(() => gateResultOf('{"summary": {}, "passed": true}')).toThrow(
      new PlanFileError("looks like plan-gate JSON but lacks destroys/replaces/creates/updates/statefulDestroys lists"),
    );
    expect(() => gateResultOf("{}")).toThrow(PlanFileError);
  });

  it("parseOptions needs --stack and --plan", () => {
    expect(parseOptions(["--stack", "dev", "--plan", "p.json"])).toEqual({ stack: "dev", plan: "p.json", diff: undefined, policy: undefined, graph: undefined });
    expect(() => parseOptions(["--plan", "p.json"])).toThrow(new UsageError("missing --stack <id>"));
    expect(() => parseOptions(["--stack", "dev"])).toThrow(new UsageError("missing --plan <plan.json>"));
    expect(() => parseOptions(["--stack", "a/b", "--plan", "p.json"])).toThrow(new UsageError('--stack "a/b": a stack id is letters, digits, - and _'));
  });
});

describe("pr-comment CLI (end to end, as npm run pr-comment runs it)", () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "pr-comment-"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const cli = (...args: string[]) => runCli("tools/pr-comment/cli.ts", args);


  it("prints the comment from the files, and exits 2 on a bad diff file or a missing option", async () => {
    const badDiff = join(work, "bad-diff.json");
    writeFileSync(badDiff, "[]");
    const files = ["--plan", planFile("mixed"), "--diff", join(fixtures, "synth-diff.json"), "--policy", join(fixtures, "policy-clean.txt")];
    const [ok, bad, missing] = await Promise.all([cli("--stack", "dev", ...files), cli("--stack", "dev", "--plan", planFile("mixed"), "--diff", badDiff), cli("--plan", planFile("mixed"))]);
    expect(ok).toEqual({ code: 0, stderr: "", stdout: composeComment({ stack: "dev", gate: gate("mixed"), diff: diffOf("dev"), policy: cleanPolicy }) });
    expect(bad).toEqual({ code: 2, stdout: "", stderr: `pr-comment: --diff ${badDiff}: no "stacks" object: not the output of \`npm run diff -- --format json\`\n` });
    expect(missing).toEqual({ code: 2, stdout: "", stderr: `pr-comment: missing --stack <id>\n${USAGE}\n` });
  }, 60_000);

  it("with graph:diff's output for a head that adds a service, the comment shows the graph change and the picture exists", async () => {
    for (const [side, stack] of [["base", baseStack], ["head", headStack]] as const) {
      mkdirSync(join(work, side, "stacks", "prod"), { recursive: true });
      writeFileSync(join(work, side, "stacks", "prod", "cdk.tf.json"), JSON.stringify(stack));
    }
    const pictures = join(work, "graph-changes");
    const diff = await runCli("tools/graph/diff-cli.ts", ["--base", join(work, "base"), "--head", join(work, "head"), "--pictures", pictures]);
    expect(diff).toMatchObject({ code: 0, stderr: "" });
    const entry = graphChangesOf(diff.stdout, "prod")!;
    expect(entry.nodes.added).toEqual([{ name: "Service Bus", type: "messaging" }]);
    expect(entry.picture).toBe(join(pictures, "prod.svg"));
    expect(readFileSync(entry.picture!, "utf8")).toContain(">+ Service Bus</text>");
    const graphFile = join(work, "graph-diff.json");
    writeFileSync(graphFile, diff.stdout);
    const ok = await cli("--stack", "prod", "--plan", planFile("no-changes"), "--graph", graphFile);
    expect(ok).toEqual({ code: 0, stderr: "", stdout: composeComment({ stack: "prod", gate: gate("no-changes"), graph: entry }) });
    expect(ok.stdout).toContain("- `Service Bus` → `Virtual Network`: private endpoint\n");
  }, 60_000);
});
