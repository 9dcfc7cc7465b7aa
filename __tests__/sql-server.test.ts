import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { MssqlServer as AzMssqlServer } from "@cdktf/provider-azurerm/lib/mssql-server";
import { MssqlServerExtendedAuditingPolicy } from "@cdktf/provider-azurerm/lib/mssql-server-extended-auditing-policy";
import { MssqlServerSecurityAlertPolicy } from "@cdktf/provider-azurerm/lib/mssql-server-security-alert-policy";
import { TerraformOutput, Testing } from "cdktf";
import { SqlServer, SqlServerProps, sqlDatabaseViolations } from "../constructs/data/sql-server";
import { KeyVault } from "../constructs/security/key-vault";
import { ephemeralPasswordsOf, resourcesOf, synthJson, testStackWithGroup } from "./helpers";

const SERVER = "azurerm_mssql_server.sql_server_5DB78B25";
const SERVER_ID = `\${${SERVER}.id}`;
const WORKSPACE = { id: "/workspaces/log" };
const DBA = { login: "dba-team", objectId: "33333333-3333-3333-3333-333333333333" };
/** Seed 004's six microservice databases. */
const SEED_DATABASES = ["AuthDB", "BillingDB", "InventoryDB", "OrdersDB", "PurchasingDB", "SalesDB"];

/** A stack with a Key Vault and one SQL server built from `props`. */
function sqlServer(props: Partial<SqlServerProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const keyVault = new KeyVault(stack, "kv", { resourceGroup: group, tenantId: "tenant" });
  const server = new SqlServer(stack, "sql", { resourceGroup: group, tenantId: "tenant", keyVault, entraAdmin: DBA, auditing: { workspace: WORKSPACE }, ...props });
  return { stack, group, keyVault, server };
}

type Stack = ReturnType<typeof sqlServer>["stack"];

function only(stack: Stack, type: string): any {
  const all = resourcesOf(stack, type);
  expect(all).toHaveLength(1);
  return all[0][1];
}

/** The databases as name -> body. */
function databases(stack: Stack): Record<string, any> {
  return Object.fromEntries(resourcesOf(stack, "azurerm_mssql_database").map(([, body]) => [body.name, body]));
}

/** The diagnostic settings as target -> body. */
function diagnosticsByTarget(stack: Stack): Record<string, any> {
  return Object.fromEntries(resourcesOf(stack, "azurerm_monitor_diagnostic_setting").map(([, body]) => [body.target_resource_id, body]));
}

describe("SqlServer", () => {
  it("generates a globally unique lower-case name", () => {
    const { stack } = sqlServer({ workload: "erp" });
    expect(only(stack, "azurerm_mssql_server").name).toMatch(/^abs-sql-erp-we-test-[0-9a-f]{4}$/);
  });

  it("is version 12.0 with TLS 1.2, no public network access and a system-assigned identity", () => {
    const { stack } = sqlServer();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzMssqlServer, {
      version: "12.0",
      minimum_tls_version: "1.2",
      public_network_access_enabled: false,
      identity: { type: "SystemAssigned" },
    });
  });

  it("has the Entra ID administrator next to SQL authentication with the default login sqladmin", () => {
    const { stack, server } = sqlServer();
    expect(only(stack, "azurerm_mssql_server")).toMatchObject({
      administrator_login: "sqladmin",
      azuread_administrator: { login_username: "dba-team", object_id: DBA.objectId, tenant_id: "tenant", azuread_authentication_only: false },
    });
    expect(server.administratorLogin).toBe("sqladmin");
  });

  it("takes an Entra ID administrator whose object id is a reference", () => {
    const { stack, group } = testStackWithGroup();
    const client = new DataAzurermClientConfig(stack, "client");
    const keyVault = new KeyVault(stack, "kv", { resourceGroup: group, tenantId: client.tenantId });
    new SqlServer(stack, "sql", {
      resourceGroup: group,
      tenantId: client.tenantId,
      keyVault,
      entraAdmin: { login: "deployer", objectId: client.objectId },
      auditing: { workspace: WORKSPACE },
    });
    expect(only(stack, "azurerm_mssql_server").azuread_administrator).toMatchObject({
      object_id: "${data.azurerm_client_config.client.object_id}",
      tenant_id: "${data.azurerm_client_config.client.tenant_id}",
    });
  });

  it("generates the administrator password as an ephemeral random_password and sends it write-only to the server and Key Vault, with one version", () => {
    const { stack, server } = sqlServer({ administratorLogin: "erp_admin" });
    const [[passwordId, args]] = ephemeralPasswordsOf(stack);
    expect(args).toEqual({ length: 32, special: true, override_special: "-_.~", min_upper: 1, min_lower: 1, min_numeric: 1, min_special: 1 });
    expect(resourcesOf(stack, "random_password")).toEqual([]);
    const reference = `\${ephemeral.random_password.${passwordId}.result}`;
    const [[rotationId]] = resourcesOf(stack, "time_rotating");
    const version = `\${time_rotating.${rotationId}.unix}`;
    const body = only(stack, "azurerm_mssql_server");
    expect(body).toMatchObject({ administrator_login: "erp_admin", administrator_login_password_wo: reference, administrator_login_password_wo_version: version });
    expect(body.administrator_login_password).toBeUndefined();
    expect(only(stack, "azurerm_key_vault_secret")).toMatchObject({
      name: "sql-admin-password",
      value_wo: reference,
      value_wo_version: version,
      content_type: "password",
      key_vault_id: "${azurerm_key_vault.kv_vault_422C35C0.id}",
    });
    expect(server.passwordSecret?.name).toMatch(/TfToken/);
  });

  it("names the secret after the workload, and keeps the password out of Key Vault without a vault", () => {
    expect(only(sqlServer({ workload: "erp" }).stack, "azurerm_key_vault_secret").name).toBe("erp-sql-admin-password");
    const { stack, server } = sqlServer({ keyVault: undefined });
    expect(resourcesOf(stack, "azurerm_key_vault_secret")).toEqual([]);
    expect(server.passwordSecret).toBeUndefined();
    const [[passwordId]] = ephemeralPasswordsOf(stack);
    expect(only(stack, "azurerm_mssql_server").administrator_login_password_wo).toBe(`\${ephemeral.random_password.${passwordId}.result}`);
  });

  it("names the password secret as told", () => {
    expect(only(sqlServer({ passwordSecretName: "erp-sql-admin" }).stack, "azurerm_key_vault_secret").name).toBe("erp-sql-admin");
  });

  it("audits the server to Log Analytics through the master database's SQLSecurityAuditEvents", () => {
    const { stack } = sqlServer();
    const [[sinkId, sink]] = resourcesOf(stack, "azurerm_monitor_diagnostic_setting");
    expect(sink).toEqual({
      name: "sql-security-audit-to-log-analytics",
      target_resource_id: `${SERVER_ID}/databases/master`,
      log_analytics_workspace_id: "/workspaces/log",
      enabled_log: [{ category: "SQLSecurityAuditEvents" }],
    });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(MssqlServerExtendedAuditingPolicy, {
      server_id: SERVER_ID,
      enabled: true,
      log_monitoring_enabled: true,
      depends_on: [`azurerm_monitor_diagnostic_setting.${sinkId}`],
    });
    expect(only(stack, "azurerm_mssql_server_extended_auditing_policy").storage_endpoint).toBeUndefined();
  });

  it("turns on Defender for SQL alerts, unless told not to", () => {
    expect(Testing.synth(sqlServer().stack)).toHaveResourceWithProperties(MssqlServerSecurityAlertPolicy, {
      resource_group_name: "${azurerm_resource_group.rg_group_867B0039.name}",
      server_name: `\${${SERVER}.name}`,
      state: "Enabled",
    });
    expect(resourcesOf(sqlServer({ threatDetection: false }).stack, "azurerm_mssql_server_security_alert_policy")).toEqual([]);
  });

  it("creates seed 004's databases with TDE, geo-redundant backups and 35 days of point-in-time restore by default", () => {
    const { stack, server } = sqlServer({ databases: SEED_DATABASES.map((name) => ({ name })) });
    const all = databases(stack);
    expect(Object.keys(all)).toEqual(SEED_DATABASES);
    for (const name of SEED_DATABASES) {
      expect(all[name]).toEqual({
        name,
        server_id: SERVER_ID,
        collation: "SQL_Latin1_General_CP1_CI_AS",
        sku_name: "S0",
        zone_redundant: false,
        storage_account_type: "Geo",
        transparent_data_encryption_enabled: true,
        short_term_retention_policy: { retention_days: 35, backup_interval_in_hours: 12 },
      });
    }
    expect(Object.keys(server.databases)).toEqual(SEED_DATABASES);
  });

  it("applies databaseDefaults to every database, and each database's own values over them", () => {
    const { stack } = sqlServer({
      databaseDefaults: {
        sku: "GP_Gen5_2",
        maxSizeGb: 32,
        zoneRedundant: true,
        shortTermRetentionDays: 14,
        backupStorageRedundancy: "GeoZone",
        longTermRetention: { weekly: "P4W", monthly: "P12M", yearly: "P5Y", weekOfYear: 1 },
      },
      databases: [{ name: "OrdersDB" }, { name: "AuthDB", sku: "BC_Gen5_4", shortTermRetentionDays: 35, longTermRetention: { weekly: "P2W" } }],
    });
    const all = databases(stack);
    expect(all.OrdersDB).toMatchObject({
      sku_name: "GP_Gen5_2",
      max_size_gb: 32,
      zone_redundant: true,
      storage_account_type: "GeoZone",
      short_term_retention_policy: { retention_days: 14, backup_interval_in_hours: 12 },
      long_term_retention_policy: { weekly_retention: "P4W", monthly_retention: "P12M", yearly_retention: "P5Y", week_of_year: 1 },
    });
    expect(all.AuthDB).toMatchObject({
      sku_name: "BC_Gen5_4",
      max_size_gb: 32,
      zone_redundant: true,
      short_term_retention_policy: { retention_days: 35, backup_interval_in_hours: 12 },
      long_term_retention_policy: { weekly_retention: "P2W" },
    });
    expect(all.AuthDB.long_term_retention_policy).toEqual({ weekly_retention: "P2W" });
  });

  it("keeps 7 days of point-in-time restore on Basic, its maximum, and local backups when told", () => {
    const { stack } = sqlServer({ databases: [{ name: "dev", sku: "Basic", backupStorageRedundancy: "Local" }] });
    expect(databases(stack).dev).toMatchObject({
      sku_name: "Basic",
      storage_account_type: "Local",
      short_term_retention_policy: { retention_days: 7, backup_interval_in_hours: 12 },
    });
  });

  it("is private: a private endpoint for the sqlServer sub-resource", () => {
    const { stack } = sqlServer({ privateEndpoints: [{ subnetId: "/subnets/pe", privateDnsZoneIds: ["/zones/privatelink.database.windows.net"] }] });
    expect(only(stack, "azurerm_private_endpoint")).toMatchObject({
      subnet_id: "/subnets/pe",
      private_service_connection: { private_connection_resource_id: SERVER_ID, subresource_names: ["sqlServer"] },
      private_dns_zone_group: { private_dns_zone_ids: ["/zones/privatelink.database.windows.net"] },
    });
  });

  it("sends every database's logs and metrics to Log Analytics, also for databases added later; the server itself takes no setting", () => {
    const { stack, server } = sqlServer({ databases: [{ name: "AuthDB" }], diagnosticSettings: [{ workspace: WORKSPACE }] });
    server.addDatabase({ name: "SalesDB" });
    const settings = diagnosticsByTarget(stack);
    for (const name of ["AuthDB", "SalesDB"]) {
      const [[databaseId]] = resourcesOf(stack, "azurerm_mssql_database").filter(([, body]) => body.name === name);
      expect(settings[`\${azurerm_mssql_database.${databaseId}.id}`]).toMatchObject({
        log_analytics_workspace_id: "/workspaces/log",
        enabled_log: [{ category_group: "allLogs" }],
        enabled_metric: [{ category: "AllMetrics" }],
      });
    }
    expect(settings[SERVER_ID]).toBeUndefined();
    expect(Object.keys(settings)).toHaveLength(3); // master (audit), two databases
  });

  it("sends only the log category groups asked for to the databases", () => {
    const { stack } = sqlServer({ databases: [{ name: "AuthDB" }], diagnosticSettings: [{ workspace: WORKSPACE, logCategoryGroups: ["audit"], metrics: false }] });
    const settings = Object.values(diagnosticsByTarget(stack));
    expect(settings.filter((s) => s.enabled_log?.[0]?.category_group === "audit")).toHaveLength(1);
    expect(settings.filter((s) => s.enabled_metric)).toHaveLength(0);
  });

  it("protects the server and its databases from deletion, also databases added later", () => {
    const { stack, server } = sqlServer({ databases: [{ name: "AuthDB" }], protectFromDeletion: true });
    server.addDatabase({ name: "SalesDB" });
    expect(only(stack, "azurerm_mssql_server").lifecycle).toEqual({ prevent_destroy: true });
    const all = databases(stack);
    expect(Object.keys(all)).toEqual(["AuthDB", "SalesDB"]);
    for (const database of Object.values(all)) expect(database.lifecycle).toEqual({ prevent_destroy: true });
    expect(only(stack, "azurerm_management_lock")).toMatchObject({ lock_level: "CanNotDelete", scope: SERVER_ID });
  });

  it("leaves databases deletable when the server is not protected", () => {
    const { stack } = sqlServer({ databases: [{ name: "AuthDB" }] });
    expect(databases(stack).AuthDB.lifecycle).toBeUndefined();
    expect(resourcesOf(stack, "azurerm_management_lock")).toEqual([]);
  });

  it("builds an ADO.NET connection string from the ephemeral password, which Key Vault takes write-only with the password's version", () => {
    const { stack, server, keyVault } = sqlServer({ databases: [{ name: "AuthDB" }] });
    keyVault.addWriteOnlySecret("sql-connection-authdb", { name: "sql-connection-authdb", ...server.connectionString("AuthDB") });
    const [[passwordId]] = ephemeralPasswordsOf(stack);
    const [[rotationId]] = resourcesOf(stack, "time_rotating");
    const secret = resourcesOf(stack, "azurerm_key_vault_secret").find(([, body]) => body.name === "sql-connection-authdb")![1];
    expect(secret.value_wo).toBe(
      `Server=tcp:\${${SERVER}.fully_qualified_domain_name},1433;Initial Catalog=AuthDB;User ID=sqladmin;` +
        `Password=\${ephemeral.random_password.${passwordId}.result};Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;`,
    );
    expect(secret.value_wo_version).toBe(only(stack, "azurerm_mssql_server").administrator_login_password_wo_version);
    expect(secret.value_wo_version).toBe(`\${time_rotating.${rotationId}.unix}`);
  });

  it("exposes id, name, fully qualified domain name and identity as references", () => {
    const { stack, server } = sqlServer();
    new TerraformOutput(stack, "id", { value: server.id });
    new TerraformOutput(stack, "name", { value: server.name });
    new TerraformOutput(stack, "fqdn", { value: server.fullyQualifiedDomainName });
    new TerraformOutput(stack, "principal", { value: server.principalId });
    const { output } = synthJson(stack);
    expect(output.id.value).toBe(SERVER_ID);
    expect(output.name.value).toBe(`\${${SERVER}.name}`);
    expect(output.fqdn.value).toBe(`\${${SERVER}.fully_qualified_domain_name}`);
    expect(output.principal.value).toBe(`\${${SERVER}.identity[0].principal_id}`);
  });

  describe("rejects bad input", () => {
    it.each<[string, Partial<SqlServerProps>, string]>([
      [
        "a reserved administrator login, in any case",
        { administratorLogin: "SA" },
        "test/sql: administratorLogin = \"SA\": must be 1-128 characters: letters, digits, '_'; start with a letter or '_', and not be one of admin, administrator, sa, root, dbmanager, loginmanager, dbo, guest, public, sys",
      ],
      [
        "an administrator login starting with a digit",
        { administratorLogin: "1admin" },
        "test/sql: administratorLogin = \"1admin\": must be 1-128 characters: letters, digits, '_'; start with a letter or '_', and not be one of admin",
      ],
      [
        "an Entra ID administrator whose object id is not a GUID",
        { entraAdmin: { login: "dba-team", objectId: "dba-team" } },
        'test/sql: entraAdmin.objectId = "dba-team": must be an object id (GUID xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)',
      ],
      [
        "the same database twice, in different case",
        { databases: [{ name: "AuthDB" }, { name: "authdb" }] },
        'test/sql: databases = "authdb": must be unique on the server (Azure compares names ignoring case)',
      ],
      [
        "an illegal database name",
        { databases: [{ name: "auth/db" }] },
        "test/sql: databases = \"auth/db\": 1-128 characters, none of < > * % & : \\ / ? or control characters; must not end with '.' or ' '",
      ],
      ["a database name the server owns", { databases: [{ name: "Master" }] }, 'test/sql: databases = "Master": must not be one of the server\'s own databases (master, tempdb, model, msdb)'],
      [
        "an unknown SKU",
        { databases: [{ name: "AuthDB", sku: "S5" }] },
        'test/sql: databases.AuthDB.sku = "S5": must be a single-database SKU of SQL_DATABASE_SKUS: Basic; S0, S1, S2, S3, S4, S6, S7, S9, S12; P1, P2, P4, P6, P11, P15; or GP_Gen5_<n>, GP_S_Gen5_<n>, BC_Gen5_<n>, HS_Gen5_<n> with a vCore count Azure offers',
      ],
      [
        "an unknown SKU from the defaults",
        { databaseDefaults: { sku: "GP_Gen5_3" }, databases: [{ name: "OrdersDB" }] },
        'test/sql: databases.OrdersDB.sku = "GP_Gen5_3": must be a single-database SKU of SQL_DATABASE_SKUS',
      ],
      [
        "8 days of point-in-time restore on Basic",
        { databases: [{ name: "AuthDB", sku: "Basic", shortTermRetentionDays: 8 }] },
        "test/sql: databases.AuthDB.shortTermRetentionDays = 8: must be a whole number of days, 1-7 on the Basic tier",
      ],
      [
        "36 days of point-in-time restore",
        { databases: [{ name: "AuthDB", shortTermRetentionDays: 36 }] },
        "test/sql: databases.AuthDB.shortTermRetentionDays = 36: must be a whole number of days, 1-35",
      ],
      [
        "Basic with the 35-day default of the other databases",
        { databaseDefaults: { shortTermRetentionDays: 35 }, databases: [{ name: "AuthDB", sku: "Basic" }] },
        "test/sql: databases.AuthDB.shortTermRetentionDays = 35: must be a whole number of days, 1-7 on the Basic tier",
      ],
      [
        "a malformed long-term retention",
        { databases: [{ name: "AuthDB", longTermRetention: { weekly: "4W" } }] },
        'test/sql: databases.AuthDB.longTermRetention.weekly = "4W": must be an ISO 8601 duration P<n>D, P<n>W, P<n>M or P<n>Y of 1-520 weeks, e.g. P4W',
      ],
      [
        "a monthly retention beyond 120 months",
        { databases: [{ name: "AuthDB", longTermRetention: { monthly: "P121M" } }] },
        'test/sql: databases.AuthDB.longTermRetention.monthly = "P121M": must be an ISO 8601 duration P<n>D, P<n>W, P<n>M or P<n>Y of 1-120 months (4-520 weeks), e.g. P12M',
      ],
      [
        "a yearly retention shorter than a year",
        { databases: [{ name: "AuthDB", longTermRetention: { yearly: "P6M", weekOfYear: 1 } }] },
        'test/sql: databases.AuthDB.longTermRetention.yearly = "P6M": must be an ISO 8601 duration P<n>D, P<n>W, P<n>M or P<n>Y of 1-10 years (52-520 weeks), e.g. P5Y',
      ],
      [
        "a yearly retention without weekOfYear",
        { databases: [{ name: "AuthDB", longTermRetention: { yearly: "P5Y" } }] },
        "test/sql: databases.AuthDB.longTermRetention.weekOfYear = (missing): must be a whole number 1-52 when yearly is set: the week whose backup is kept as the yearly one",
      ],
      [
        "weekOfYear without a yearly retention",
        { databases: [{ name: "AuthDB", longTermRetention: { weekly: "P4W", weekOfYear: 10 } }] },
        "test/sql: databases.AuthDB.longTermRetention.weekOfYear = 10: must be unset without yearly: it only picks the week of the yearly backup",
      ],
      [
        "zone redundancy on Standard",
        { databases: [{ name: "AuthDB", sku: "S1", zoneRedundant: true }] },
        "test/sql: databases.AuthDB.zoneRedundant = true: must be false on the S1 SKU: zone redundancy needs Premium, General Purpose, Business Critical or Hyperscale",
      ],
      ["a size of 0 GB", { databases: [{ name: "AuthDB", maxSizeGb: 0 }] }, "test/sql: databases.AuthDB.maxSizeGb = 0: must be a positive number of GB"],
      [
        "a zone-redundant Hyperscale database with geo backups",
        { databases: [{ name: "AuthDB", sku: "HS_Gen5_2", zoneRedundant: true }] },
        'test/sql: databases.AuthDB.backupStorageRedundancy = "Geo": must be Zone or GeoZone for a zone-redundant Hyperscale database',
      ],
    ])("rejects %s", (_, props, message) => {
      expect(() => sqlServer(props)).toThrow(message);
    });

    it("leaves the differential backup interval out on Hyperscale, which refuses it", () => {
      const { stack } = sqlServer({ databases: [{ name: "AuthDB", sku: "HS_Gen5_2", zoneRedundant: true, backupStorageRedundancy: "Zone" }, { name: "SalesDB", sku: "GP_Gen5_2" }] });
      const all = databases(stack);
      expect(all.AuthDB.short_term_retention_policy).toEqual({ retention_days: 35 });
      expect(all.SalesDB.short_term_retention_policy).toEqual({ retention_days: 35, backup_interval_in_hours: 12 });
    });

    it("reports every problem of a database together", () => {
      expect(() => sqlServer({ databases: [{ name: "AuthDB", sku: "S1", zoneRedundant: true, shortTermRetentionDays: 0 }] })).toThrow(
        "2 invalid settings:\n" +
          "  - test/sql: databases.AuthDB.zoneRedundant = true: must be false on the S1 SKU: zone redundancy needs Premium, General Purpose, Business Critical or Hyperscale\n" +
          "  - test/sql: databases.AuthDB.shortTermRetentionDays = 0: must be a whole number of days, 1-35",
      );
    });

    it("rejects a connection string for a database the server does not have", () => {
      const { server } = sqlServer({ databases: [{ name: "AuthDB" }, { name: "SalesDB" }] });
      expect(() => server.connectionString("OrdersDB")).toThrow('test/sql: connectionString.database = "OrdersDB": must be one of the server\'s databases: AuthDB, SalesDB');
      expect(() => server.connectionString("toString")).toThrow('test/sql: connectionString.database = "toString"');
    });
  });
});

describe("sqlDatabaseViolations", () => {
  it("accepts the sizes environments use", () => {
    expect(sqlDatabaseViolations({})).toEqual([]);
    expect(sqlDatabaseViolations({ sku: "Basic", shortTermRetentionDays: 7, backupStorageRedundancy: "Local" })).toEqual([]);
    expect(sqlDatabaseViolations({ sku: "GP_S_Gen5_2", zoneRedundant: true, maxSizeGb: 32 })).toEqual([]);
    expect(
      sqlDatabaseViolations({ sku: "P2", zoneRedundant: true, shortTermRetentionDays: 35, longTermRetention: { weekly: "P7D", monthly: "P4W", yearly: "P10Y", weekOfYear: 52 } }),
    ).toEqual([]);
  });

  it("reports every problem with fields relative to the spec, for settings validation", () => {
    expect(
      sqlDatabaseViolations({
        sku: "Basic",
        zoneRedundant: true,
        shortTermRetentionDays: 14,
        maxSizeGb: -1,
        backupStorageRedundancy: "GRS" as any,
        longTermRetention: { weekly: "P521W", monthly: "P0M", yearly: "P11Y", weekOfYear: 53 },
      }).map((v) => [v.field, v.value]),
    ).toEqual([
      ["maxSizeGb", -1],
      ["zoneRedundant", true],
      ["shortTermRetentionDays", 14],
      ["backupStorageRedundancy", "GRS"],
      ["longTermRetention.weekly", "P521W"],
      ["longTermRetention.monthly", "P0M"],
      ["longTermRetention.yearly", "P11Y"],
      ["longTermRetention.weekOfYear", 53],
    ]);
  });
});
