import { TerraformOutput, Testing } from "cdktf";
import { KeyVaultSecret } from "@cdktf/provider-azurerm/lib/key-vault-secret";
import { ApiKey } from "../.gen/providers/confluent/api-key";
import { Environment } from "../.gen/providers/confluent/environment";
import { KafkaCluster } from "../.gen/providers/confluent/kafka-cluster";
import { KafkaTopic } from "../.gen/providers/confluent/kafka-topic";
import { RoleBinding } from "../.gen/providers/confluent/role-binding";
import { ServiceAccount } from "../.gen/providers/confluent/service-account";
import { ensureConfluentProvider } from "../constructs/core/providers";
import { ConfluentKafka, ConfluentKafkaProps } from "../constructs/data/confluent-kafka";
import { KeyVault } from "../constructs/security/key-vault";
import { resourcesOf, synthJson, testStackWithGroup } from "./helpers";

const ENV = "confluent_environment.kafka_environment_B05D6555";
const CLUSTER = "confluent_kafka_cluster.kafka_cluster_4FCB1297";
const TOPIC_MANAGER_KEY = "confluent_api_key.kafka_service-account-topic-manager_api-key_39492264";
const VAULT_ID = "${azurerm_key_vault.kv_vault_422C35C0.id}";
const CLUSTER_CRN = `\${${CLUSTER}.rbac_crn}/kafka=\${${CLUSTER}.id}`;

const BASE: Omit<ConfluentKafkaProps, "keyVault"> = {
  displayNamePrefix: "abs-test",
  region: "westeurope",
  cluster: { clusterType: "standard", availability: "MULTI_ZONE" },
  topics: [
    { name: "orders.events", partitions: 6, retentionMs: 604_800_000, cleanupPolicy: "delete" },
    { name: "billing.events", partitions: 3 },
  ],
  serviceAccounts: [
    {
      name: "orders-app",
      description: "Publishes orders, reads billing",
      bindings: [
        { role: "DeveloperWrite", topic: "orders.events" },
        { role: "DeveloperRead", topic: "billing.*" },
        { role: "DeveloperRead", group: "orders-app" },
      ],
    },
    { name: "auditor", description: "Reads everything", bindings: [{ role: "DeveloperRead", topic: "*" }, { role: "DeveloperRead", group: "audit*" }] },
  ],
};

/** A stack with a Key Vault built as security.test.ts builds it, and a ConfluentKafka from `props`. */
function kafka(props: Partial<ConfluentKafkaProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const keyVault = new KeyVault(stack, "kv", { resourceGroup: group, tenantId: "tenant" });
  const construct = new ConfluentKafka(stack, "kafka", { ...BASE, keyVault, ...props });
  return { stack, keyVault, kafka: construct };
}

type Stack = ReturnType<typeof kafka>["stack"];

function only(stack: Stack, type: string): any {
  const all = resourcesOf(stack, type);
  expect(all).toHaveLength(1);
  return all[0][1];
}

/** The resources of a type whose logical id lies under a service account's scope. */
function ofAccount(stack: Stack, type: string, account: string): Array<[string, any]> {
  return resourcesOf(stack, type).filter(([id]) => id.startsWith(`kafka_service-account-${account}_`));
}

function address(stack: Stack, type: string, account: string): string {
  const [[id]] = ofAccount(stack, type, account);
  return `${type}.${id}`;
}

/** Key Vault secrets by name: [value, content type]. */
function vaultSecrets(stack: Stack): Record<string, [string, string]> {
  return Object.fromEntries(resourcesOf(stack, "azurerm_key_vault_secret").map(([, s]) => [s.name, [s.value, s.content_type]]));
}

describe("ConfluentKafka", () => {
  it("adds the confluent provider once, without credentials: they come from the environment", () => {
    const { stack } = kafka();
    expect(ensureConfluentProvider(stack)).toBe(ensureConfluentProvider(stack));
    const json = synthJson(stack);
    expect(json.terraform.required_providers.confluent).toEqual({ source: "confluentinc/confluent", version: "2.83.4" });
    expect(json.provider.confluent).toEqual([{}]);
  });

  it("creates an environment with Stream Governance and an Azure cluster of the given type", () => {
    const { stack, kafka: k } = kafka();
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(Environment, { display_name: "abs-test", stream_governance: { package: "ESSENTIALS" } });
    expect(only(stack, "confluent_kafka_cluster")).toEqual({
      display_name: "abs-test-kafka",
      availability: "MULTI_ZONE",
      cloud: "AZURE",
      region: "westeurope",
      standard: [{}],
      environment: { id: `\${${ENV}.id}` },
    });
    expect(only(stack, "confluent_environment").lifecycle).toBeUndefined();
    // The attributes resolve to the cluster's own attributes (read back through outputs).
    new TerraformOutput(stack, "cluster_id", { value: k.clusterId });
    new TerraformOutput(stack, "bootstrap", { value: k.bootstrapEndpoint });
    new TerraformOutput(stack, "rest", { value: k.restEndpoint });
    const outputs = synthJson(stack).output;
    expect([outputs.cluster_id.value, outputs.bootstrap.value, outputs.rest.value]).toEqual([
      `\${${CLUSTER}.id}`,
      `\${${CLUSTER}.bootstrap_endpoint}`,
      `\${${CLUSTER}.rest_endpoint}`,
    ]);
  });

  it.each<[ConfluentKafkaProps["cluster"], object]>([
    [{ clusterType: "basic", availability: "SINGLE_ZONE" }, { basic: [{}] }],
    [{ clusterType: "enterprise", availability: "HIGH" }, { enterprise: [{}] }],
    [{ clusterType: "dedicated", availability: "MULTI_ZONE", cku: 2 }, { dedicated: { cku: 2 } }],
  ])("writes the type block of %j", (cluster, block) => {
    // A basic cluster has no topic or group role bindings (tested below), so no accounts here.
    const { stack } = kafka({ cluster, streamGovernance: "ADVANCED", serviceAccounts: [] });
    const body = only(stack, "confluent_kafka_cluster");
    expect(body).toMatchObject({ availability: cluster.availability, ...block });
    const typeBlocks = ["basic", "standard", "enterprise", "dedicated"].filter((t) => t in body);
    expect(typeBlocks).toEqual(Object.keys(block));
    expect(only(stack, "confluent_environment").stream_governance).toEqual({ package: "ADVANCED" });
  });

  it("creates topics through the cluster's REST endpoint with the topic manager's key", () => {
    const { stack, kafka: k } = kafka();
    const credentials = { key: `\${${TOPIC_MANAGER_KEY}.id}`, secret: `\${${TOPIC_MANAGER_KEY}.secret}` };
    const common = { kafka_cluster: { id: `\${${CLUSTER}.id}` }, rest_endpoint: `\${${CLUSTER}.rest_endpoint}`, credentials };
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(KafkaTopic, {
      ...common,
      topic_name: "orders.events",
      partitions_count: 6,
      config: { "retention.ms": "604800000", "cleanup.policy": "delete" },
    });
    expect(synth).toHaveResourceWithProperties(KafkaTopic, { ...common, topic_name: "billing.events", partitions_count: 3 });
    const billing = resourcesOf(stack, "confluent_kafka_topic").find(([, t]) => t.topic_name === "billing.events")![1];
    expect(billing.config).toBeUndefined();
    expect(Object.keys(k.topics).sort()).toEqual(["billing.events", "orders.events"]);
  });

  it("gives the topic manager CloudClusterAdmin and a cluster key that waits for the role", () => {
    const { stack } = kafka();
    const [[, account]] = ofAccount(stack, "confluent_service_account", "topic-manager");
    expect(account.display_name).toBe("abs-test-topic-manager");
    const sa = address(stack, "confluent_service_account", "topic-manager");
    const [[, binding]] = ofAccount(stack, "confluent_role_binding", "topic-manager");
    expect(binding).toEqual({ principal: `User:\${${sa}.id}`, role_name: "CloudClusterAdmin", crn_pattern: `\${${CLUSTER}.rbac_crn}` });
    const [[keyId, key]] = ofAccount(stack, "confluent_api_key", "topic-manager");
    expect(`confluent_api_key.${keyId}`).toBe(TOPIC_MANAGER_KEY);
    expect(key).toMatchObject({
      owner: { id: `\${${sa}.id}`, api_version: "iam/v2", kind: "ServiceAccount" },
      managed_resource: { id: `\${${CLUSTER}.id}`, api_version: "cmk/v2", kind: "Cluster", environment: [{ id: `\${${ENV}.id}` }] },
      depends_on: [address(stack, "confluent_role_binding", "topic-manager")],
    });
    expect(vaultSecrets(stack)).toMatchObject({
      "kafka-topic-manager-api-key": [`\${${TOPIC_MANAGER_KEY}.id}`, "Confluent Cloud Kafka API key id of abs-test-topic-manager"],
      "kafka-topic-manager-api-secret": [`\${${TOPIC_MANAGER_KEY}.secret}`, "Confluent Cloud Kafka API secret of abs-test-topic-manager"],
    });
  });

  it("binds each service account's roles to the exact topic, prefix, all-topics and group CRNs", () => {
    const { stack } = kafka();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ServiceAccount, { display_name: "abs-test-orders-app", description: "Publishes orders, reads billing" });
    const bindings = (account: string) => {
      const principal = `User:\${${address(stack, "confluent_service_account", account)}.id}`;
      return ofAccount(stack, "confluent_role_binding", account).map(([, b]) => {
        expect(b.principal).toBe(principal);
        return [b.role_name, b.crn_pattern];
      });
    };
    expect(bindings("orders-app").sort()).toEqual([
      ["DeveloperRead", `${CLUSTER_CRN}/group=orders-app`],
      ["DeveloperRead", `${CLUSTER_CRN}/topic=billing.*`],
      ["DeveloperWrite", `${CLUSTER_CRN}/topic=orders.events`],
    ]);
    expect(bindings("auditor").sort()).toEqual([
      ["DeveloperRead", `${CLUSTER_CRN}/group=audit*`],
      ["DeveloperRead", `${CLUSTER_CRN}/topic=*`],
    ]);
  });

  it("gives each service account a cluster API key that waits for all its role bindings", () => {
    const { stack } = kafka();
    const [[, key]] = ofAccount(stack, "confluent_api_key", "orders-app");
    expect({ ...key, depends_on: [...key.depends_on].sort() }).toEqual({
      display_name: "abs-test-orders-app",
      description: "Confluent Cloud Kafka API key of abs-test-orders-app",
      owner: { id: `\${${address(stack, "confluent_service_account", "orders-app")}.id}`, api_version: "iam/v2", kind: "ServiceAccount" },
      managed_resource: { id: `\${${CLUSTER}.id}`, api_version: "cmk/v2", kind: "Cluster", environment: [{ id: `\${${ENV}.id}` }] },
      depends_on: ofAccount(stack, "confluent_role_binding", "orders-app").map(([id]) => `confluent_role_binding.${id}`).sort(),
    });
    expect(key.depends_on).toHaveLength(3);
  });

  it("stores every API key in Key Vault by reference, and exposes the secrets per service account", () => {
    const { stack, kafka: k } = kafka();
    const key = address(stack, "confluent_api_key", "orders-app");
    expect(vaultSecrets(stack)).toMatchObject({
      "kafka-orders-app-api-key": [`\${${key}.id}`, "Confluent Cloud Kafka API key id of abs-test-orders-app"],
      "kafka-orders-app-api-secret": [`\${${key}.secret}`, "Confluent Cloud Kafka API secret of abs-test-orders-app"],
    });
    expect(Object.keys(vaultSecrets(stack)).sort()).toEqual([
      "kafka-auditor-api-key",
      "kafka-auditor-api-secret",
      "kafka-orders-app-api-key",
      "kafka-orders-app-api-secret",
      "kafka-topic-manager-api-key",
      "kafka-topic-manager-api-secret",
    ]);
    expect(Testing.synth(stack)).toHaveResourceWithProperties(KeyVaultSecret, { name: "kafka-auditor-api-secret", key_vault_id: VAULT_ID });
    const account = k.serviceAccount("orders-app");
    expect(account.roleBindings).toHaveLength(3);
    expect(account.apiSecretSecret).toBeInstanceOf(KeyVaultSecret);
    expect(account.apiKeySecret.nameInput).toBe("kafka-orders-app-api-key");
    expect(k.serviceAccount("topic-manager").apiKey).toBeInstanceOf(ApiKey);
  });

  it("never writes an API secret or the provider's credentials into the output, and emits no output", () => {
    const saved = process.env.CONFLUENT_CLOUD_API_SECRET;
    process.env.CONFLUENT_CLOUD_API_SECRET = "env-secret-sentinel";
    try {
      const { stack, kafka: k } = kafka();
      k.addMetricsViewer();
      const synth = Testing.synth(stack);
      expect(synth).not.toContain("env-secret-sentinel");
      const json = JSON.parse(synth);
      expect(json.output).toBeUndefined();
      const secrets: string[] = [];
      const walk = (node: unknown, key?: string): void => {
        if (typeof node === "string" && key === "secret") secrets.push(node);
        else if (node && typeof node === "object") for (const [k2, v] of Object.entries(node)) walk(v, k2);
      };
      walk(json);
      walk(resourcesOf(stack, "azurerm_key_vault_secret").map(([, s]) => ({ secret: s.value })));
      expect(secrets.length).toBeGreaterThan(0);
      for (const value of secrets) expect(value).toMatch(/^\$\{confluent_api_key\.[\w-]+\.(id|secret)\}$/);
    } finally {
      if (saved === undefined) delete process.env.CONFLUENT_CLOUD_API_SECRET;
      else process.env.CONFLUENT_CLOUD_API_SECRET = saved;
    }
  });

  it("adds a metrics viewer: MetricsViewer on its own environment (not the organization) and a Cloud API key without a managed resource", () => {
    const { stack, kafka: k } = kafka();
    const viewer = k.addMetricsViewer();
    const synth = Testing.synth(stack);
    const json = JSON.parse(synth);
    expect(json.data?.confluent_organization).toBeUndefined();
    const [environment] = Object.keys(json.resource.confluent_environment);
    expect(synth).toHaveResourceWithProperties(ServiceAccount, { display_name: "abs-test-metrics-viewer" });
    const sa = address(stack, "confluent_service_account", "metrics-viewer");
    expect(synth).toHaveResourceWithProperties(RoleBinding, {
      principal: `User:\${${sa}.id}`,
      role_name: "MetricsViewer",
      crn_pattern: `\${confluent_environment.${environment}.resource_name}`,
    });
    const [[, key]] = ofAccount(stack, "confluent_api_key", "metrics-viewer");
    expect(key.owner).toEqual({ id: `\${${sa}.id}`, api_version: "iam/v2", kind: "ServiceAccount" });
    expect(key.managed_resource).toBeUndefined();
    expect(key.depends_on).toEqual([address(stack, "confluent_role_binding", "metrics-viewer")]);
    const keyAddress = address(stack, "confluent_api_key", "metrics-viewer");
    expect(vaultSecrets(stack)).toMatchObject({
      "confluent-metrics-viewer-api-key": [`\${${keyAddress}.id}`, "Confluent Cloud API key id of abs-test-metrics-viewer"],
      "confluent-metrics-viewer-api-secret": [`\${${keyAddress}.secret}`, "Confluent Cloud API secret of abs-test-metrics-viewer"],
    });
    expect(viewer.apiKeySecret.nameInput).toBe("confluent-metrics-viewer-api-key");
    expect(viewer.apiSecretSecret.nameInput).toBe("confluent-metrics-viewer-api-secret");
    expect(viewer.serviceAccount).toBeInstanceOf(ServiceAccount);
    expect(k.serviceAccount("metrics-viewer")).toBe(viewer);
  });

  it("adds several metrics viewers, each with its own binding, key and secrets", () => {
    const { stack, kafka: k } = kafka();
    k.addMetricsViewer();
    k.addMetricsViewer("otel-collector");
    const bindings = Object.values<any>(synthJson(stack).resource.confluent_role_binding).filter((b) => b.role_name === "MetricsViewer");
    expect(bindings).toHaveLength(2);
    expect(vaultSecrets(stack)["confluent-otel-collector-api-secret"][0]).toBe(`\${${address(stack, "confluent_api_key", "otel-collector")}.secret}`);
  });

  it("protects the environment and the cluster with prevent_destroy, and the cluster with Confluent's deletion protection", () => {
    const { stack } = kafka({ protectFromDeletion: true });
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(Environment, { lifecycle: { prevent_destroy: true } });
    expect(synth).toHaveResourceWithProperties(KafkaCluster, { lifecycle: { prevent_destroy: true }, deletion_protection: true });
    expect(resourcesOf(stack, "azurerm_management_lock")).toEqual([]);
  });

  describe("rejects bad input", () => {
    const account = (bindings: ConfluentKafkaProps["serviceAccounts"][number]["bindings"], name = "app") => ({
      serviceAccounts: [{ name, description: "An application", bindings }],
    });

    it.each<[string, Partial<ConfluentKafkaProps>, string]>([
      ["an unknown cluster type", { cluster: { clusterType: "huge" as any, availability: "SINGLE_ZONE" } }, 'test/kafka: cluster.clusterType = "huge": must be one of basic, standard, enterprise, dedicated'],
      ["a multi-zone basic cluster", { cluster: { clusterType: "basic", availability: "MULTI_ZONE" }, serviceAccounts: [] }, 'test/kafka: cluster.availability = "MULTI_ZONE": must be SINGLE_ZONE for a basic cluster'],
      [
        "a topic role binding on a basic cluster",
        { cluster: { clusterType: "basic", availability: "SINGLE_ZONE" }, serviceAccounts: [{ name: "app", description: "An application", bindings: [{ role: "DeveloperRead", topic: "*" }] }] },
        'test/kafka: serviceAccounts.0.bindings.0 = {"role":"DeveloperRead","topic":"*"}: needs a standard, enterprise or dedicated cluster: Confluent has no topic or group role bindings on a basic cluster',
      ],
      ["a dedicated cluster without CKUs", { cluster: { clusterType: "dedicated", availability: "SINGLE_ZONE" } }, "test/kafka: cluster.cku = (missing): must be a whole number of at least 1 for a SINGLE_ZONE dedicated cluster"],
      ["a topic without partitions", { topics: [{ name: "orders.events", partitions: 0 }], serviceAccounts: [] }, "test/kafka: topics.0.partitions = 0: must be a whole number of at least 1"],
      [
        "a duplicate topic",
        { topics: [{ name: "orders.events", partitions: 3 }, { name: "orders.events", partitions: 6 }], serviceAccounts: [] },
        'test/kafka: topics.1.name = "orders.events": must be unique among the topics',
      ],
      [
        "a binding to both a topic and a group",
        account([{ role: "DeveloperRead", topic: "orders.events", group: "orders" }]),
        'test/kafka: serviceAccounts.0.bindings.0 = {"role":"DeveloperRead","topic":"orders.events","group":"orders"}: must name exactly one of topic and group',
      ],
      [
        "a binding to an undeclared topic",
        account([{ role: "DeveloperRead", topic: "payments" }]),
        "test/kafka: serviceAccounts.0.bindings.0.topic = \"payments\": must be a declared topic (orders.events, billing.events) or a prefix ending in '*'",
      ],
      [
        "an upper-case service account name",
        account([{ role: "DeveloperRead", topic: "*" }], "Orders"),
        "test/kafka: serviceAccounts.0.name = \"Orders\": must be 1-40 lower-case letters, digits or '-', starting with a letter",
      ],
      ["the reserved name topic-manager", account([{ role: "DeveloperRead", topic: "*" }], "topic-manager"), 'test/kafka: serviceAccounts.0.name = "topic-manager": is reserved for the construct\'s own topic manager'],
      [
        "DeveloperWrite on a consumer group",
        account([{ role: "DeveloperWrite", group: "orders" }]),
        'test/kafka: serviceAccounts.0.bindings.0.role = "DeveloperWrite": must be DeveloperRead, DeveloperManage or ResourceOwner for a consumer group',
      ],
      [
        "a group pattern that would break the CRN",
        account([{ role: "DeveloperRead", group: "a/b" }]),
        "test/kafka: serviceAccounts.0.bindings.0.group = \"a/b\": must be letters, digits, '.', '_' or '-', optionally ending in '*' (a prefix), or '*' for all",
      ],
      [
        "a repeated binding",
        account([{ role: "DeveloperRead", topic: "*" }, { role: "DeveloperRead", topic: "*" }]),
        'test/kafka: serviceAccounts.0.bindings.1 = {"role":"DeveloperRead","topic":"*"}: must not repeat another binding of the service account',
      ],
      ["a display name prefix with a space", { displayNamePrefix: "abs prod" }, "test/kafka: displayNamePrefix = \"abs prod\": must be 1-40 letters, digits, '-' or '_'"],
      ["a display name prefix of 41 characters", { displayNamePrefix: "a".repeat(41) }, `test/kafka: displayNamePrefix = "${"a".repeat(41)}": must be 1-40 letters, digits, '-' or '_'`],
      ["a display-name region", { region: "West Europe" }, 'test/kafka: region = "West Europe": must be an Azure location name such as westeurope (lower-case letters and digits)'],
      ["an unknown Stream Governance package", { streamGovernance: "PREMIUM" as any }, 'test/kafka: streamGovernance = "PREMIUM": must be one of ESSENTIALS, ADVANCED'],
    ])("rejects %s", (_, props, message) => {
      // An Error argument makes toThrow compare the whole message, not a substring.
      expect(() => kafka(props)).toThrow(new Error(message));
    });

    it("reports every problem at once", () => {
      expect(() => kafka({ displayNamePrefix: "", topics: [{ name: "x", partitions: 0 }], serviceAccounts: [] })).toThrow(
        new Error(
          "2 invalid settings:\n" +
          '  - test/kafka: displayNamePrefix = "": must be 1-40 letters, digits, \'-\' or \'_\'\n' +
          "  - test/kafka: topics.0.partitions = 0: must be a whole number of at least 1",
        ),
      );
    });

    it("rejects a metrics viewer with a bad or taken name", () => {
      const { kafka: k } = kafka();
      expect(() => k.addMetricsViewer("Metrics")).toThrow(
        new Error("test/kafka: metricsViewer.name = \"Metrics\": must be 1-40 lower-case letters, digits or '-', starting with a letter"),
      );
      const taken = (name: string) => new Error(`test/kafka: metricsViewer.name = "${name}": must not be the name of another service account of this construct`);
      expect(() => k.addMetricsViewer("auditor")).toThrow(taken("auditor"));
      expect(() => k.addMetricsViewer("topic-manager")).toThrow(
        new Error('test/kafka: metricsViewer.name = "topic-manager": is reserved for the construct\'s own topic manager'),
      );
      k.addMetricsViewer();
      expect(() => k.addMetricsViewer()).toThrow(taken("metrics-viewer"));
    });

    it("rejects a lookup of an unknown service account", () => {
      const { kafka: k } = kafka();
      expect(() => k.serviceAccount("payments")).toThrow(new Error('test/kafka: serviceAccount = "payments": must be one of topic-manager, orders-app, auditor'));
    });
  });
});
