import { PostgresqlFlexibleServer as AzPostgresqlFlexibleServer } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server";
import { PostgresqlFlexibleServerActiveDirectoryAdministrator } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server-active-directory-administrator";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { TerraformOutput, Testing } from "cdktf";
import {
  PostgreSqlFlexibleServer,
  PostgreSqlFlexibleServerProps,
  postgreSqlSizingViolations,
} from "../constructs/data/postgresql-flexible-server";
import { KeyVault } from "../constructs/security/key-vault";
import { resourcesOf, synthJson, testStackWithGroup, ephemeralPasswordsOf } from "./helpers";

const SERVER = "azurerm_postgresql_flexible_server.db_server_207B177B";
const SERVER_ID = `\${${SERVER}.id}`;
const TLS_AND_LOGGING = {
  require_secure_transport: "on",
  ssl_min_protocol_version: "TLSv1.2",
  log_connections: "on",
  log_disconnections: "on",
  "connection_throttle.enable": "on",
};
const PGBOUNCER = { "pgbouncer.enabled": "true", "pgbouncer.default_pool_size": "50", "pgbouncer.pool_mode": "transaction" };

/** A stack with a Key Vault and one server built from `props` (General Purpose D2s_v3 unless told). */
function postgres(props: Partial<PostgreSqlFlexibleServerProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const keyVault = new KeyVault(stack, "kv", { resourceGroup: group, tenantId: "tenant" });
  const server = new PostgreSqlFlexibleServer(stack, "db", { resourceGroup: group, sku: "GP_Standard_D2s_v3", tenantId: "tenant", keyVault, ...props });
  return { stack, group, keyVault, server };
}

function only(stack: ReturnType<typeof postgres>["stack"], type: string): any {
  const all = resourcesOf(stack, type);
  expect(all).toHaveLength(1);
  return all[0][1];
}

/** The server parameters as name -> value. */
function parameters(stack: ReturnType<typeof postgres>["stack"]): Record<string, string> {
  return Object.fromEntries(resourcesOf(stack, "azurerm_postgresql_flexible_server_configuration").map(([, body]) => [body.name, body.value]));
}

describe("PostgreSqlFlexibleServer", () => {
  it("generates a globally unique lower-case name", () => {
    const { stack } = postgres({ workload: "web" });
    expect(only(stack, "azurerm_postgresql_flexible_server").name).toMatch(/^abs-psql-web-we-test-[0-9a-f]{4}$/);
  });

  it("defaults to PostgreSQL 16, 32 GiB, 7-day local backups, no HA, no public access, Sunday 02:00 maintenance", () => {
    const { stack } = postgres();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzPostgresqlFlexibleServer, {
      sku_name: "GP_Standard_D2s_v3",
      version: "16",
      storage_mb: 32768,
      backup_retention_days: 7,
      geo_redundant_backup_enabled: false,
      public_network_access_enabled: false,
      maintenance_window: { day_of_week: 0, start_hour: 2, start_minute: 0 },
    });
    const body = only(stack, "azurerm_postgresql_flexible_server");
    for (const absent of ["high_availability", "zone", "delegated_subnet_id", "private_dns_zone_id", "lifecycle"]) expect(body[absent]).toBeUndefined();
  });

  it("takes the prod shape: zone-redundant HA, 35-day PITR, geo-redundant backup, ignoring zone swaps after failover", () => {
    const { stack } = postgres({ sku: "GP_Standard_D4s_v3", highAvailability: "ZoneRedundant", backupRetentionDays: 35, geoRedundantBackup: true, zone: "1" });
    expect(only(stack, "azurerm_postgresql_flexible_server")).toMatchObject({
      sku_name: "GP_Standard_D4s_v3",
      high_availability: { mode: "ZoneRedundant" },
      backup_retention_days: 35,
      geo_redundant_backup_enabled: true,
      zone: "1",
      lifecycle: { ignore_changes: ["zone", "high_availability[0].standby_availability_zone"] },
    });
  });

  it("takes same-zone HA, another version, storage size and maintenance window", () => {
    const { stack } = postgres({ sku: "MO_Standard_E2ds_v5", highAvailability: "SameZone", version: "17", storageMb: 131072, maintenanceWindow: { dayOfWeek: 6, startHour: 23, startMinute: 30 } });
    expect(only(stack, "azurerm_postgresql_flexible_server")).toMatchObject({
      sku_name: "MO_Standard_E2ds_v5",
      high_availability: { mode: "SameZone" },
      version: "17",
      storage_mb: 131072,
      maintenance_window: { day_of_week: 6, start_hour: 23, start_minute: 30 },
    });
  });

  it("turns on Entra ID next to password authentication for the default administrator login", () => {
    const { stack, server } = postgres();
    expect(only(stack, "azurerm_postgresql_flexible_server")).toMatchObject({
      authentication: { active_directory_auth_enabled: true, password_auth_enabled: true, tenant_id: "tenant" },
      administrator_login: "psqladmin",
    });
    expect(server.administratorLogin).toBe("psqladmin");
    expect(resourcesOf(stack, "azurerm_postgresql_flexible_server_active_directory_administrator")).toEqual([]);
  });

  it("generates the administrator password as an ephemeral random_password, sent write-only to the server and Key Vault with one version", () => {
    const { stack, server } = postgres({ workload: "web", administratorLogin: "webadmin" });
    const [[passwordId, args]] = ephemeralPasswordsOf(stack);
    expect(args).toEqual({ length: 32, special: false, min_upper: 1, min_lower: 1, min_numeric: 1 });
    expect(resourcesOf(stack, "random_password")).toEqual([]);
    const reference = `\${ephemeral.random_password.${passwordId}.result}`;
    const [[rotationId]] = resourcesOf(stack, "time_rotating");
    const version = `\${time_rotating.${rotationId}.unix}`;
    const body = only(stack, "azurerm_postgresql_flexible_server");
    expect(body).toMatchObject({ administrator_login: "webadmin", administrator_password_wo: reference, administrator_password_wo_version: version });
    expect(body.administrator_password).toBeUndefined();
    expect(only(stack, "azurerm_key_vault_secret")).toMatchObject({
      name: "web-postgres-admin-password",
      value_wo: reference,
      value_wo_version: version,
      content_type: "password",
      key_vault_id: "${azurerm_key_vault.kv_vault_422C35C0.id}",
    });
    expect(server.passwordSecret.name).toMatch(/TfToken/);
    expect(server.administratorLogin).toBe("webadmin");
  });

  it("names the secret after the construct id without a workload, or as told", () => {
    expect(only(postgres().stack, "azurerm_key_vault_secret").name).toBe("db-postgres-admin-password");
    expect(only(postgres({ passwordSecretName: "pg-admin" }).stack, "azurerm_key_vault_secret").name).toBe("pg-admin");
  });

  it("makes the Entra ID principal the server's administrator", () => {
    const { stack } = postgres({ entraAdmin: { principalId: "33333333-3333-3333-3333-333333333333", principalName: "dba-team", principalType: "Group" } });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(PostgresqlFlexibleServerActiveDirectoryAdministrator, {
      server_name: `\${${SERVER}.name}`,
      resource_group_name: "${azurerm_resource_group.rg_group_867B0039.name}",
      tenant_id: "tenant",
      object_id: "33333333-3333-3333-3333-333333333333",
      principal_name: "dba-team",
      principal_type: "Group",
    });
  });

  it("enforces TLS 1.2, logs connections, throttles failed logins and pools with PgBouncer on General Purpose", () => {
    const { stack } = postgres();
    expect(parameters(stack)).toEqual({ ...TLS_AND_LOGGING, ...PGBOUNCER });
    for (const [, body] of resourcesOf(stack, "azurerm_postgresql_flexible_server_configuration")) expect(body.server_id).toBe(SERVER_ID);
  });

  it("leaves PgBouncer out on Burstable, where Azure does not offer it", () => {
    const { stack } = postgres({ sku: "B_Standard_B1ms" });
    expect(only(stack, "azurerm_postgresql_flexible_server").sku_name).toBe("B_Standard_B1ms");
    expect(parameters(stack)).toEqual(TLS_AND_LOGGING);
  });

  it("takes a PgBouncer pool size, PgBouncer off, and extra or overriding parameters", () => {
    expect(parameters(postgres({ pgBouncerDefaultPoolSize: 200 }).stack)["pgbouncer.default_pool_size"]).toBe("200");
    expect(parameters(postgres({ pgBouncer: false }).stack)).toEqual(TLS_AND_LOGGING);
    const { stack } = postgres({ parameters: { "azure.extensions": "pg_stat_statements,pgcrypto", ssl_min_protocol_version: "TLSv1.3" } });
    expect(parameters(stack)).toEqual({ ...TLS_AND_LOGGING, ...PGBOUNCER, "azure.extensions": "pg_stat_statements,pgcrypto", ssl_min_protocol_version: "TLSv1.3" });
  });

  it("applies the server's child changes one after another, as Azure accepts one at a time", () => {
    const { stack } = postgres({ entraAdmin: { principalId: "g", principalName: "dba" }, databases: ["app"] });
    const children = [
      "azurerm_postgresql_flexible_server_active_directory_administrator",
      "azurerm_postgresql_flexible_server_configuration",
      "azurerm_postgresql_flexible_server_database",
    ].flatMap((type) => resourcesOf(stack, type).map(([logicalId, body]) => ({ address: `${type}.${logicalId}`, body })));
    // Walk the chain from the child that waits for nothing, each step to the one child waiting for it.
    const order: string[] = [];
    let current = children.filter((c) => c.body.depends_on === undefined);
    while (current.length === 1) {
      order.push(current[0].body.name ?? current[0].body.principal_name);
      const previous = current[0].address;
      current = children.filter((c) => c.body.depends_on?.length === 1 && c.body.depends_on[0] === previous);
    }
    expect(order).toEqual(["dba", ...Object.keys(TLS_AND_LOGGING), ...Object.keys(PGBOUNCER), "app"]);
  });

  it("creates UTF8 databases with the en_US.utf8 collation and exposes their ids", () => {
    const { stack, server } = postgres({ databases: ["app", "audit_log"] });
    const databases = resourcesOf(stack, "azurerm_postgresql_flexible_server_database").map(([, body]) => [body.name, body.charset, body.collation, body.server_id]);
    expect(databases).toEqual([
      ["app", "UTF8", "en_US.utf8", SERVER_ID],
      ["audit_log", "UTF8", "en_US.utf8", SERVER_ID],
    ]);
    expect(Object.keys(server.databaseIds)).toEqual(["app", "audit_log"]);
  });

  it("is private: a private endpoint for the postgresqlServer sub-resource", () => {
    const { stack } = postgres({ privateEndpoints: [{ subnetId: "/subnets/pe", privateDnsZoneIds: ["/zones/privatelink.postgres.database.azure.com"] }] });
    expect(only(stack, "azurerm_private_endpoint")).toMatchObject({
      subnet_id: "/subnets/pe",
      private_service_connection: { private_connection_resource_id: SERVER_ID, subresource_names: ["postgresqlServer"] },
      private_dns_zone_group: { private_dns_zone_ids: ["/zones/privatelink.postgres.database.azure.com"] },
    });
    expect(only(stack, "azurerm_postgresql_flexible_server").public_network_access_enabled).toBe(false);
  });

  it("or VNet-integrated: a delegated subnet and its private DNS zone, without private endpoints", () => {
    const { stack } = postgres({ delegatedSubnetId: "/subnets/postgres", privateDnsZoneId: "/zones/web.postgres.database.azure.com" });
    expect(only(stack, "azurerm_postgresql_flexible_server")).toMatchObject({
      delegated_subnet_id: "/subnets/postgres",
      private_dns_zone_id: "/zones/web.postgres.database.azure.com",
      public_network_access_enabled: false,
    });
    expect(resourcesOf(stack, "azurerm_private_endpoint")).toEqual([]);
  });

  it("sends all logs and metrics to Log Analytics", () => {
    const { stack } = postgres({ diagnosticSettings: [{ workspace: { id: "/workspaces/log" } }] });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(MonitorDiagnosticSetting, {
      target_resource_id: SERVER_ID,
      log_analytics_workspace_id: "/workspaces/log",
      enabled_log: [{ category_group: "allLogs" }],
      enabled_metric: [{ category: "AllMetrics" }],
    });
  });

  it("protects the server and its databases from deletion, also databases added later", () => {
    const { stack, server } = postgres({ databases: ["app"], protectFromDeletion: true });
    server.addDatabase("reports");
    expect(only(stack, "azurerm_postgresql_flexible_server").lifecycle).toEqual({ prevent_destroy: true });
    for (const [, database] of resourcesOf(stack, "azurerm_postgresql_flexible_server_database")) expect(database.lifecycle).toEqual({ prevent_destroy: true });
    expect(only(stack, "azurerm_management_lock")).toMatchObject({ lock_level: "CanNotDelete", scope: SERVER_ID });
  });

  it("exposes id, name and fqdn as references", () => {
    const { stack, server } = postgres();
    new TerraformOutput(stack, "fqdn", { value: server.fqdn });
    new TerraformOutput(stack, "id", { value: server.id });
    const { output } = synthJson(stack);
    expect(output.fqdn.value).toBe(`\${${SERVER}.fqdn}`);
    expect(output.id.value).toBe(SERVER_ID);
  });

  describe("rejects bad input", () => {
    it.each<[string, Partial<PostgreSqlFlexibleServerProps>, string]>([
      [
        "a SKU not in the allowed set",
        { sku: "B_Gen5_1" },
        'test/db: sku = "B_Gen5_1": must be a Flexible Server SKU of POSTGRESQL_SKUS, e.g. B_Standard_B1ms, GP_Standard_D2s_v3, MO_Standard_E2ds_v5 (Single Server names such as B_Gen5_1 are retired)',
      ],
      ["backup retention of 6 days", { backupRetentionDays: 6 }, "test/db: backupRetentionDays = 6: must be a whole number of days, 7-35"],
      ["backup retention of 36 days", { backupRetentionDays: 36 }, "test/db: backupRetentionDays = 36: must be a whole number of days, 7-35"],
      [
        "HA on a Burstable SKU",
        { sku: "B_Standard_B2s", highAvailability: "ZoneRedundant" },
        'test/db: highAvailability = "ZoneRedundant": must be unset on the Burstable SKU B_Standard_B2s: high availability needs General Purpose or Memory Optimized',
      ],
      [
        "PgBouncer on a Burstable SKU",
        { sku: "B_Standard_B1ms", pgBouncer: true },
        "test/db: pgBouncer = true: must be false on the Burstable SKU B_Standard_B1ms: Azure's built-in PgBouncer needs General Purpose or Memory Optimized",
      ],
      ["a retired version", { version: "12" as any }, 'test/db: version = "12": must be one of 13, 14, 15, 16, 17, 18'],
      [
        "a storage size Azure does not offer",
        { storageMb: 40000 },
        "test/db: storageMb = 40000: must be one of 32768, 65536, 131072, 262144, 524288, 1048576, 2097152, 4193280, 4194304, 8388608, 16777216, 33553408",
      ],
      [
        "a delegated subnet without its DNS zone",
        { delegatedSubnetId: "/subnets/postgres" },
        "test/db: privateDnsZoneId = (missing): must be set exactly when delegatedSubnetId is: a VNet-integrated server resolves through its private DNS zone",
      ],
      [
        "a private endpoint next to a delegated subnet",
        { delegatedSubnetId: "/subnets/postgres", privateDnsZoneId: "/zones/web", privateEndpoints: [{ subnetId: "/subnets/pe", privateDnsZoneIds: ["/zones/pe"] }] },
        'test/db: delegatedSubnetId = "/subnets/postgres": must be unset to add a private endpoint: a server is reached through VNet integration or private endpoints, not both',
      ],
      [
        "a reserved administrator login",
        { administratorLogin: "admin" },
        "test/db: administratorLogin = \"admin\": must be 1-63 characters: letters, digits, '_'; start with a letter or '_', not start with pg_ and not be one of azure_superuser, azure_pg_admin, admin, administrator, root, guest, public",
      ],
      ["a PgBouncer pool of 0", { pgBouncerDefaultPoolSize: 0 }, "test/db: pgBouncerDefaultPoolSize = 0: must be a whole number, 1-4950"],
      ["plain-text connections", { parameters: { require_secure_transport: "off" } }, 'test/db: parameters.require_secure_transport = "off": must be on: clients connect over TLS only'],
      ["TLS 1.1", { parameters: { ssl_min_protocol_version: "TLSv1.1" } }, 'test/db: parameters.ssl_min_protocol_version = "TLSv1.1": must be TLSv1.2 or TLSv1.3'],
      [
        "a maintenance hour of 24",
        { maintenanceWindow: { dayOfWeek: 0, startHour: 24 } },
        'test/db: maintenanceWindow = {"dayOfWeek":0,"startHour":24}: must have dayOfWeek 0-6 (0 = Sunday), startHour 0-23 and startMinute 0-59',
      ],
      ["a database named with a hyphen", { databases: ["my-app"] }, "test/db: databases = \"my-app\": must be 1-63 characters: letters, digits, '_'; start with a letter or '_'"],
      ["a database Azure owns", { databases: ["postgres"] }, 'test/db: databases = "postgres": must not be one of Azure\'s own databases (postgres, azure_maintenance, azure_sys, template0, template1)'],
      ["the same database twice", { databases: ["app", "app"] }, 'test/db: databases = "app": must be unique'],
    ])("rejects %s", (_, props, message) => {
      expect(() => postgres(props)).toThrow(message);
    });

    it("rejects a private endpoint added later to a VNet-integrated server", () => {
      const { server } = postgres({ delegatedSubnetId: "/subnets/postgres", privateDnsZoneId: "/zones/web" });
      expect(() => server.addPrivateEndpoint({ subnetId: "/subnets/pe", privateDnsZoneIds: ["/zones/pe"] })).toThrow(
        'test/db: delegatedSubnetId = "/subnets/postgres": must be unset to add a private endpoint',
      );
    });
  });
});

describe("postgreSqlSizingViolations", () => {
  it("accepts the environments' sizes", () => {
    expect(postgreSqlSizingViolations({ sku: "B_Standard_B1ms", backupRetentionDays: 7 })).toEqual([]);
    expect(postgreSqlSizingViolations({ sku: "GP_Standard_D4s_v3", highAvailability: "ZoneRedundant", backupRetentionDays: 35 })).toEqual([]);
  });

  it("reports every problem of a size, for settings validation", () => {
    expect(postgreSqlSizingViolations({ sku: "B_Standard_B1ms", highAvailability: "SameZone", backupRetentionDays: 90 })).toEqual([
      { field: "highAvailability", value: "SameZone", rule: "must be unset on the Burstable SKU B_Standard_B1ms: high availability needs General Purpose or Memory Optimized" },
      { field: "backupRetentionDays", value: 90, rule: "must be a whole number of days, 7-35" },
    ]);
  });
});
