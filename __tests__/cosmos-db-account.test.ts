import { CosmosdbAccount as AzCosmosdbAccount } from "@cdktf/provider-azurerm/lib/cosmosdb-account";
import { CosmosdbSqlDatabase } from "@cdktf/provider-azurerm/lib/cosmosdb-sql-database";
import { CosmosdbSqlRoleAssignment } from "@cdktf/provider-azurerm/lib/cosmosdb-sql-role-assignment";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { TerraformOutput, Testing } from "cdktf";
import { CosmosDatabaseOptions, CosmosDbAccount, CosmosDbAccountProps, cosmosViolations } from "../constructs/data/cosmos-db-account";
import { UserAssignedIdentity } from "../constructs/security/user-assigned-identity";
import { ResourceGroup } from "../constructs/resource-group/resource-group";
import { resourcesOf, synthJson, testStack, testStackWithGroup } from "./helpers";
import { policyReport } from "./policy-helpers";

const ACCOUNT = "azurerm_cosmosdb_account.cosmos_account_D83EF4EB";
const ACCOUNT_ID = `\${${ACCOUNT}.id}`;
const ACCOUNT_NAME = `\${${ACCOUNT}.name}`;

/** The seed's data: users, scenario templates, sessions and interactions. */
const METAVERSE: CosmosDatabaseOptions[] = [
  {
    name: "metaverse",
    throughput: 4000,
    containers: [
      { name: "users", partitionKeyPaths: ["/userId"], uniqueKeys: [{ paths: ["/email"] }] },
      { name: "scenario-templates", partitionKeyPaths: ["/templateId"] },
      { name: "sessions", partitionKeyPaths: ["/userId"], defaultTtlSeconds: 86400 },
      { name: "interactions", partitionKeyPaths: ["/tenantId", "/sessionId"], defaultTtlSeconds: -1 },
    ],
  },
];

/** A stack with one Cosmos DB account built from `props`. */
function cosmos(props: Partial<CosmosDbAccountProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const account = new CosmosDbAccount(stack, "cosmos", { resourceGroup: group, ...props });
  return { stack, group, account };
}

function accountBody(stack: ReturnType<typeof cosmos>["stack"]): any {
  const all = resourcesOf(stack, "azurerm_cosmosdb_account");
  expect(all).toHaveLength(1);
  return all[0][1];
}

describe("CosmosDbAccount", () => {
  it("generates a globally unique name", () => {
    const { stack } = cosmos({ workload: "metaverse" });
    expect(accountBody(stack).name).toMatch(/^abs-cosmos-metaverse-we-test-[0-9a-f]{4}$/);
  });

  it("is a NoSQL account closed to public networks, Entra ID only, TLS 1.2, Session consistency, 30 days of continuous backup", () => {
    const { stack } = cosmos();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzCosmosdbAccount, {
      kind: "GlobalDocumentDB",
      offer_type: "Standard",
      location: "${azurerm_resource_group.rg_group_867B0039.location}",
      consistency_policy: { consistency_level: "Session" },
      geo_location: [{ location: "${azurerm_resource_group.rg_group_867B0039.location}", failover_priority: 0, zone_redundant: false }],
      automatic_failover_enabled: true,
      backup: { type: "Continuous", tier: "Continuous30Days" },
      public_network_access_enabled: false,
      network_acl_bypass_for_azure_services: false,
      local_authentication_disabled: true,
      access_key_metadata_writes_enabled: false,
      minimal_tls_version: "Tls12",
      identity: { type: "SystemAssigned" },
    });
    const body = accountBody(stack);
    expect(body.ip_range_filter).toBeUndefined();
    expect(body.free_tier_enabled).toBeUndefined();
    expect(resourcesOf(stack, "azurerm_cosmosdb_sql_database")).toEqual([]);
  });

  it("takes another consistency level, the 7-day backup tier, zone redundancy and failover regions", () => {
    const { stack } = cosmos({ consistencyLevel: "Eventual", backupTier: "Continuous7Days", zoneRedundant: true, failoverLocations: ["northeurope"], automaticFailover: false });
    expect(accountBody(stack)).toMatchObject({
      consistency_policy: { consistency_level: "Eventual" },
      backup: { type: "Continuous", tier: "Continuous7Days" },
      automatic_failover_enabled: false,
      geo_location: [
        { location: "${azurerm_resource_group.rg_group_867B0039.location}", failover_priority: 0, zone_redundant: true },
        { location: "northeurope", failover_priority: 1, zone_redundant: true },
      ],
    });
  });

  it("sets Azure's multi-region floor for bounded staleness", () => {
    const { stack } = cosmos({ consistencyLevel: "BoundedStaleness" });
    expect(accountBody(stack).consistency_policy).toEqual({ consistency_level: "BoundedStaleness", max_interval_in_seconds: 300, max_staleness_prefix: 100000 });
  });

  it("creates databases with shared autoscale throughput and containers with their partition keys, TTL and unique keys", () => {
    const { stack, account } = cosmos({ databases: [...METAVERSE, { name: "audit", containers: [{ name: "events", partitionKeyPaths: ["/day"] }] }] });
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(CosmosdbSqlDatabase, {
      name: "metaverse",
      account_name: ACCOUNT_NAME,
      resource_group_name: "${azurerm_resource_group.rg_group_867B0039.name}",
      autoscale_settings: { max_throughput: 4000 },
    });
    expect(synth).toHaveResourceWithProperties(CosmosdbSqlDatabase, { name: "audit", autoscale_settings: { max_throughput: 1000 } });
    const containers = Object.fromEntries(resourcesOf(stack, "azurerm_cosmosdb_sql_container").map(([, body]) => [body.name, body]));
    const keys = (c: any) => [c.partition_key_paths, c.partition_key_kind, c.partition_key_version, c.default_ttl, c.unique_key];
    expect(Object.fromEntries(Object.entries(containers).map(([name, c]) => [name, keys(c)]))).toEqual({
      users: [["/userId"], "Hash", 2, undefined, [{ paths: ["/email"] }]],
      "scenario-templates": [["/templateId"], "Hash", 2, undefined, undefined],
      sessions: [["/userId"], "Hash", 2, 86400, undefined],
      interactions: [["/tenantId", "/sessionId"], "MultiHash", 2, -1, undefined],
      events: [["/day"], "Hash", 2, undefined, undefined],
    });
    expect(containers.users).toMatchObject({ account_name: ACCOUNT_NAME, database_name: expect.stringMatching(/^\$\{azurerm_cosmosdb_sql_database\.cosmos_database-metaverse_\w+\.name\}$/) });
    expect(containers.events.database_name).toMatch(/^\$\{azurerm_cosmosdb_sql_database\.cosmos_database-audit_\w+\.name\}$/);
    expect(containers.users.throughput).toBeUndefined();
    expect(containers.users.autoscale_settings).toBeUndefined();
    expect(Object.keys(account.databases)).toEqual(["metaverse", "audit"]);
    expect(Object.keys(account.containers)).toEqual(["metaverse/users", "metaverse/scenario-templates", "metaverse/sessions", "metaverse/interactions", "audit/events"]);
  });

  it("adds a database later, checked against those already there", () => {
    const { stack, account } = cosmos({ databases: METAVERSE });
    account.addDatabase({ name: "analytics", throughput: 2000, containers: [{ name: "daily", partitionKeyPaths: ["/day"] }] });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(CosmosdbSqlDatabase, { name: "analytics", autoscale_settings: { max_throughput: 2000 } });
    expect(() => account.addDatabase({ name: "Metaverse" })).toThrow(
      'test/cosmos: databases.2.name = "Metaverse": must be unique in the account ignoring case: databases.0 has the same name',
    );
  });

  it("exposes endpoint and identity as references", () => {
    const { stack, account } = cosmos();
    new TerraformOutput(stack, "endpoint", { value: account.endpoint });
    new TerraformOutput(stack, "principal", { value: account.principalId });
    const { output } = synthJson(stack);
    expect(output.endpoint.value).toBe(`\${${ACCOUNT}.endpoint}`);
    expect(output.principal.value).toBe(`\${${ACCOUNT}.identity[0].principal_id}`);
  });

  it("adds a private endpoint for the Sql sub-resource with its DNS zone group", () => {
    const { stack } = cosmos({ privateEndpoints: [{ subnetId: "/subnets/pe", privateDnsZoneIds: ["/zones/privatelink.documents.azure.com"] }] });
    const [[, endpoint]] = resourcesOf(stack, "azurerm_private_endpoint");
    expect(endpoint).toMatchObject({
      name: "abs-pe-cosmos-sql-we-test",
      subnet_id: "/subnets/pe",
      private_service_connection: { private_connection_resource_id: ACCOUNT_ID, subresource_names: ["Sql"], is_manual_connection: false },
      private_dns_zone_group: { name: "default", private_dns_zone_ids: ["/zones/privatelink.documents.azure.com"] },
    });
  });

  it("sends all logs and metrics to Log Analytics", () => {
    const { stack } = cosmos({ diagnosticSettings: [{ workspace: { id: "/workspaces/log" } }] });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(MonitorDiagnosticSetting, {
      target_resource_id: ACCOUNT_ID,
      log_analytics_workspace_id: "/workspaces/log",
      enabled_log: [{ category_group: "allLogs" }],
      enabled_metric: [{ category: "AllMetrics" }],
    });
  });

  it("grants the built-in data roles on the account, stable and distinct per call", () => {
    const { stack, group, account } = cosmos();
    const app = new UserAssignedIdentity(stack, "app", { resourceGroup: group });
    account.grantDataContributor(app);
    account.grantDataReader({ principalId: "22222222-2222-2222-2222-222222222222" });
    account.grantDataReader(app);
    expect(Testing.synth(stack)).toHaveResourceWithProperties(CosmosdbSqlRoleAssignment, {
      account_name: ACCOUNT_NAME,
      resource_group_name: "${azurerm_resource_group.rg_group_867B0039.name}",
      role_definition_id: `${ACCOUNT_ID}/sqlRoleDefinitions/00000000-0000-0000-0000-000000000001`,
      principal_id: "22222222-2222-2222-2222-222222222222",
      scope: ACCOUNT_ID,
    });
    const assignments = resourcesOf(stack, "azurerm_cosmosdb_sql_role_assignment");
    expect(assignments.map(([address, body]) => [address.replace(/_[0-9A-F]{8}$/, ""), body.role_definition_id.split("/").pop(), body.scope])).toEqual([
      ["cosmos_data-contributor-0", "00000000-0000-0000-0000-000000000002", ACCOUNT_ID],
      ["cosmos_data-reader-0", "00000000-0000-0000-0000-000000000001", ACCOUNT_ID],
      ["cosmos_data-reader-1", "00000000-0000-0000-0000-000000000001", ACCOUNT_ID],
    ]);
    expect(assignments[0][1].principal_id).toMatch(/^\$\{azurerm_user_assigned_identity\.app_identity_\w+\.principal_id\}$/);
    // No azurerm_role_assignment: Cosmos data access is its own RBAC system.
    expect(resourcesOf(stack, "azurerm_role_assignment")).toEqual([]);
  });

  it("protects the account, its databases and containers (also those added later) from deletion", () => {
    const { stack, account } = cosmos({ databases: METAVERSE, protectFromDeletion: true });
    account.addDatabase({ name: "analytics", containers: [{ name: "daily", partitionKeyPaths: ["/day"] }] });
    expect(accountBody(stack).lifecycle).toEqual({ prevent_destroy: true });
    const children = [...resourcesOf(stack, "azurerm_cosmosdb_sql_database"), ...resourcesOf(stack, "azurerm_cosmosdb_sql_container")];
    expect(children).toHaveLength(7);
    expect(children.filter(([, body]) => body.lifecycle?.prevent_destroy !== true).map(([address]) => address)).toEqual([]);
    const [[, lock]] = resourcesOf(stack, "azurerm_management_lock");
    expect(lock).toMatchObject({ lock_level: "CanNotDelete", scope: ACCOUNT_ID });
  });

  describe("policy", () => {
    const secured: Partial<CosmosDbAccountProps> = {
      databases: METAVERSE,
      privateEndpoints: [{ subnetId: "/subnets/pe", privateDnsZoneIds: ["/zones/privatelink.documents.azure.com"] }],
      diagnosticSettings: [{ workspace: { id: "/workspaces/log" } }],
    };

    it("raises no finding of any rule with private endpoint and diagnostics", () => {
      const { stack, account } = cosmos(secured);
      account.grantDataContributor({ principalId: "22222222-2222-2222-2222-222222222222" });
      expect(policyReport(stack).findings).toEqual([]);
    });

    it("raises none where stateful resources are protected, when protected", () => {
      const stack = testStack();
      const group = new ResourceGroup(stack, "rg", { location: "westeurope", protectFromDeletion: true });
      new CosmosDbAccount(stack, "cosmos", { resourceGroup: group, ...secured, protectFromDeletion: true });
      expect(policyReport(stack, { protectStatefulResources: true }).findings).toEqual([]);
    });

    it("is caught by AZ-PE-001 and AZ-MON-001 without them", () => {
      const { stack } = cosmos();
      expect(policyReport(stack).findings.map((f) => [f.ruleId, f.problem])).toEqual([
        ["AZ-PE-001", "has no private endpoint"],
        ["AZ-MON-001", "has no diagnostic setting sending to a Log Analytics workspace"],
      ]);
    });
  });

  describe("rejects bad input", () => {
    const container = (extra: object) => ({ databases: [{ name: "app", containers: [{ name: "sessions", partitionKeyPaths: ["/userId"], ...extra }] }] });

    it.each<[string, Partial<CosmosDbAccountProps>, string]>([
      [
        "a container without a partition key",
        { databases: [{ name: "app", containers: [{ name: "sessions" } as any] }] },
        'test/cosmos: databases.0.containers.0.partitionKeyPaths = (missing): must list 1-3 partition key paths, e.g. ["/userId"] (2-3 paths make a hierarchical key): every container needs a partition key, and it cannot be changed later',
      ],
      [
        "an empty partition key",
        container({ partitionKeyPaths: [] }),
        'test/cosmos: databases.0.containers.0.partitionKeyPaths = []: must list 1-3 partition key paths, e.g. ["/userId"] (2-3 paths make a hierarchical key): every container needs a partition key, and it cannot be changed later',
      ],
      [
        "a four-level partition key",
        container({ partitionKeyPaths: ["/a", "/b", "/c", "/d"] }),
        'test/cosmos: databases.0.containers.0.partitionKeyPaths = ["/a","/b","/c","/d"]: must list 1-3 partition key paths, e.g. ["/userId"] (2-3 paths make a hierarchical key): every container needs a partition key, and it cannot be changed later',
      ],
      [
        "a partition key path without '/'",
        container({ partitionKeyPaths: ["userId"] }),
        "test/cosmos: databases.0.containers.0.partitionKeyPaths.0 = \"userId\": must be a property path like /userId or /address/city: '/' before each property name, no empty name, whitespace, '*', '?', quote or '\\'",
      ],
      [
        "a repeated hierarchical level",
        container({ partitionKeyPaths: ["/tenantId", "/tenantId"] }),
        'test/cosmos: databases.0.containers.0.partitionKeyPaths.1 = "/tenantId": must not repeat a path of the same partition key',
      ],
      [
        "a TTL of 0",
        container({ defaultTtlSeconds: 0 }),
        "test/cosmos: databases.0.containers.0.defaultTtlSeconds = 0: must be -1 (items expire only with a ttl of their own) or a whole number of seconds from 1 to 2147483647",
      ],
      [
        "a unique key with a trailing '/'",
        container({ uniqueKeys: [{ paths: ["/email/"] }] }),
        "test/cosmos: databases.0.containers.0.uniqueKeys.0.paths.0 = \"/email/\": must be a property path like /userId or /address/city: '/' before each property name, no empty name, whitespace, '*', '?', quote or '\\'",
      ],
      [
        "a unique key without paths",
        container({ uniqueKeys: [{ paths: [] }] }),
        'test/cosmos: databases.0.containers.0.uniqueKeys.0.paths = []: must list 1-16 property paths, e.g. ["/email"]',
      ],
      [
        "a throughput that is not a multiple of 1000",
        { databases: [{ name: "app", throughput: 1500 }] },
        "test/cosmos: databases.0.throughput = 1500: must be an autoscale maximum in RU/s: a multiple of 1000 from 1000 to 1000000",
      ],
      [
        "a manual-throughput-sized 400",
        { databases: [{ name: "app", throughput: 400 }] },
        "test/cosmos: databases.0.throughput = 400: must be an autoscale maximum in RU/s: a multiple of 1000 from 1000 to 1000000",
      ],
      [
        "a database name with '/'",
        { databases: [{ name: "app/v2" }] },
        "test/cosmos: databases.0.name = \"app/v2\": must be 1-255 characters without '/', '\\', '#' or '?', not ending with a space",
      ],
      [
        "a container name ending with a space",
        { databases: [{ name: "app", containers: [{ name: "users ", partitionKeyPaths: ["/userId"] }] }] },
        "test/cosmos: databases.0.containers.0.name = \"users \": must be 1-255 characters without '/', '\\', '#' or '?', not ending with a space",
      ],
      [
        "two containers of one name",
        { databases: [{ name: "app", containers: [{ name: "users", partitionKeyPaths: ["/id"] }, { name: "Users", partitionKeyPaths: ["/id"] }] }] },
        'test/cosmos: databases.0.containers.1.name = "Users": must be unique in the database ignoring case: containers.0 has the same name',
      ],
      ["an unknown consistency level", { consistencyLevel: "Linearizable" as any }, 'test/cosmos: consistencyLevel = "Linearizable": must be one of Strong, BoundedStaleness, Session, ConsistentPrefix, Eventual'],
      ["an unknown backup tier", { backupTier: "Periodic" as any }, 'test/cosmos: backupTier = "Periodic": must be one of Continuous7Days, Continuous30Days'],
      ["a repeated failover region", { failoverLocations: ["northeurope", "North Europe"] }, 'test/cosmos: failoverLocations.1 = "North Europe": must be unique: failoverLocations.0 is the same region'],
      [
        "an illegal account name",
        { name: "Cosmos_Account" },
        "test/cosmos: name = \"Cosmos_Account\": 3-44 characters: lower-case letters, digits, '-'; start and end with a letter or digit; unique across Azure",
      ],
    ])("rejects %s", (_, props, message) => {
      expect(() => cosmos(props)).toThrow(message);
    });

    it("reports every problem at once and writes nothing", () => {
      const { stack, group } = testStackWithGroup();
      const bad = { resourceGroup: group, databases: [{ name: "app", throughput: 0, containers: [{ name: "sessions" } as any, { name: "users", partitionKeyPaths: ["/userId"], defaultTtlSeconds: 1.5 }] }] };
      expect(() => new CosmosDbAccount(stack, "cosmos", bad)).toThrow(
        [
          "3 invalid settings:",
          "  - test/cosmos: databases.0.throughput = 0: must be an autoscale maximum in RU/s: a multiple of 1000 from 1000 to 1000000",
          '  - test/cosmos: databases.0.containers.0.partitionKeyPaths = (missing): must list 1-3 partition key paths, e.g. ["/userId"] (2-3 paths make a hierarchical key): every container needs a partition key, and it cannot be changed later',
          "  - test/cosmos: databases.0.containers.1.defaultTtlSeconds = 1.5: must be -1 (items expire only with a ttl of their own) or a whole number of seconds from 1 to 2147483647",
        ].join("\n"),
      );
      expect(resourcesOf(stack, "azurerm_cosmosdb_account")).toEqual([]);
    });
  });

  describe("cosmosViolations (reused by settings validation)", () => {
    it("accepts the seed's databases", () => {
      expect(cosmosViolations({ consistencyLevel: "Session", backupTier: "Continuous30Days", location: "westeurope", failoverLocations: ["northeurope"], databases: METAVERSE })).toEqual([]);
    });

    it("checks failover regions against the primary region, ignoring case and spaces", () => {
      expect(cosmosViolations({ location: "westeurope", failoverLocations: ["West Europe"] })).toEqual([
        { field: "failoverLocations.0", value: "West Europe", rule: "must differ from the account's primary region" },
      ]);
    });

    it("returns violations with fields relative to the spec", () => {
      expect(cosmosViolations({ databases: [{ name: "a", containers: [{ name: "b", partitionKeyPaths: ["/x"], uniqueKeys: Array.from({ length: 11 }, () => ({ paths: ["/u"] })) }] }, { name: "A" }] })).toEqual([
        { field: "databases.0.containers.0.uniqueKeys", value: 11, rule: "must have at most 10 unique keys" },
        { field: "databases.1.name", value: "A", rule: "must be unique in the account ignoring case: databases.0 has the same name" },
      ]);
    });
  });
});
