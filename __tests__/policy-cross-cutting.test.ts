import { ContainerApp } from "@cdktf/provider-azurerm/lib/container-app";
import { DataAzurermKeyVaultSecret } from "@cdktf/provider-azurerm/lib/data-azurerm-key-vault-secret";
import { KeyVault as AzKeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { KeyVaultSecret } from "@cdktf/provider-azurerm/lib/key-vault-secret";
import { LinuxWebApp } from "@cdktf/provider-azurerm/lib/linux-web-app";
import { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { ManagementLock } from "@cdktf/provider-azurerm/lib/management-lock";
import { MonitorDiagnosticSetting, MonitorDiagnosticSettingConfig } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { MssqlDatabase } from "@cdktf/provider-azurerm/lib/mssql-database";
import { MssqlServer } from "@cdktf/provider-azurerm/lib/mssql-server";
import { NatGateway } from "@cdktf/provider-azurerm/lib/nat-gateway";
import { NetworkSecurityGroup } from "@cdktf/provider-azurerm/lib/network-security-group";
import { PostgresqlFlexibleServer } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server";
import { PostgresqlFlexibleServerConfiguration } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server-configuration";
import { ResourceGroup as AzResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { StorageAccount as AzStorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import { StorageContainer } from "@cdktf/provider-azurerm/lib/storage-container";
import { Password } from "@cdktf/provider-random/lib/password";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { TerraformOutput, TerraformResource, TerraformStack, TerraformVariable } from "cdktf";
import { CHILD_NAME_RULES, NAME_RULES } from "../constructs/core/naming";
import { KeyVault } from "../constructs/security/key-vault";
import { StorageAccount } from "../constructs/storage/storage-account";
import { MONITORING_RULES } from "../policy/rules/monitoring";
import { NAME_RULE_BY_TYPE, NAMING_RULES } from "../policy/rules/naming";
import { PROTECTION_RULES } from "../policy/rules/protection";
import { SECRET_RULES } from "../policy/rules/secrets";
import type { PolicyRule } from "../policy/types";
import { testStack, testStackWithGroup } from "./helpers";
import { findingsOf } from "./policy-helpers";

const ALL = [...MONITORING_RULES, ...NAMING_RULES, ...PROTECTION_RULES, ...SECRET_RULES];
const rule = (id: string): PolicyRule => ALL.find((r) => r.id === id)!;
const place = { location: "westeurope", resourceGroupName: "abs-rg-we-test" };

/** The one finding `id` raises on `stack`, as the report would show it for `resource`. */
function expectOneFinding(stack: TerraformStack, id: string, resource: TerraformResource, problem: string, protect = false): void {
  expect(findingsOf(stack, rule(id), protect)).toEqual([
    { ruleId: id, path: resource.node.path, address: `${resource.terraformResourceType}.${stack.getLogicalId(resource)}`, problem, fix: rule(id).fix },
  ]);
}

const expectNoFinding = (stack: TerraformStack, id: string, protect = false): void => expect(findingsOf(stack, rule(id), protect)).toEqual([]);

describe("AZ-MON-001 diagnostics on every resource that supports them", () => {
  const vaultWith = (...settings: Array<Omit<MonitorDiagnosticSettingConfig, "name" | "targetResourceId" | "logAnalyticsWorkspaceId"> & { target?: (id: string) => string; toWorkspace?: boolean }>) => {
    const stack = testStack();
    const workspace = new LogAnalyticsWorkspace(stack, "log", { ...place, name: "abs-log-we-test" });
    const vault = new AzKeyVault(stack, "vault", { ...place, name: "abs-kv-we-test", skuName: "standard", tenantId: "tenant" });
    settings.forEach(({ target = (id) => id, toWorkspace = true, ...setting }, i) =>
      new MonitorDiagnosticSetting(stack, `diag-${i}`, {
        name: `diag-${i}`,
        targetResourceId: target(vault.id),
        logAnalyticsWorkspaceId: toWorkspace ? workspace.id : undefined,
        storageAccountId: toWorkspace ? undefined : "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/starchive",
        ...setting,
      }),
    );
    // The workspace takes diagnostics too: send its own, so only the vault is under test.
    new MonitorDiagnosticSetting(stack, "workspace-diag", { name: "self", targetResourceId: workspace.id, logAnalyticsWorkspaceId: workspace.id, enabledLog: [{ categoryGroup: "allLogs" }], enabledMetric: [{ category: "AllMetrics" }] });
    return { stack, vault };
  };
  const logs = { enabledLog: [{ categoryGroup: "allLogs" }] };
  const metrics = { enabledMetric: [{ category: "AllMetrics" }] };

  it("flags a Key Vault without a diagnostic setting", () => {
    const { stack, vault } = vaultWith();
    expectOneFinding(stack, "AZ-MON-001", vault, "has no diagnostic setting sending to a Log Analytics workspace");
  });

  it("passes a Key Vault that sends logs and metrics to the workspace (also split over two settings)", () => {
    expectNoFinding(vaultWith({ ...logs, ...metrics }).stack, "AZ-MON-001");
    expectNoFinding(vaultWith(logs, metrics).stack, "AZ-MON-001");
  });

  it.each([
    ["metrics only", { ...metrics }, "has diagnostic settings that send no logs"],
    ["logs only", { ...logs }, "has diagnostic settings that send no metrics"],
    ["a deprecated metric block switched off", { ...logs, metric: [{ category: "AllMetrics", enabled: false }] }, "has diagnostic settings that send no metrics"],
  ])("flags a Key Vault whose setting sends %s", (_, setting, problem) => {
    const { stack, vault } = vaultWith(setting);
    expectOneFinding(stack, "AZ-MON-001", vault, problem);
  });

  it("does not count a setting that sends to a storage account only, or one on a child resource", () => {
    const { stack, vault } = vaultWith({ ...logs, ...metrics, toWorkspace: false }, { ...logs, ...metrics, target: (id) => `${id}/child/default` });
    expectOneFinding(stack, "AZ-MON-001", vault, "has no diagnostic setting sending to a Log Analytics workspace");
  });

  it("accepts metrics alone where the service has only metrics (NAT gateway) and logs alone where it has only logs (NSG)", () => {
    const stack = testStack();
    const workspace = new LogAnalyticsWorkspace(stack, "log", { ...place, name: "abs-log-we-test" });
    new MonitorDiagnosticSetting(stack, "workspace-diag", { name: "self", targetResourceId: workspace.id, logAnalyticsWorkspaceId: workspace.id, ...logs, ...metrics });
    const nat = new NatGateway(stack, "nat", { ...place, name: "abs-ng-we-test" });
    const nsg = new NetworkSecurityGroup(stack, "nsg", { ...place, name: "abs-nsg-we-test" });
    new MonitorDiagnosticSetting(stack, "nat-diag", { name: "d", targetResourceId: nat.id, logAnalyticsWorkspaceId: workspace.id, ...metrics });
    new MonitorDiagnosticSetting(stack, "nsg-diag", { name: "d", targetResourceId: nsg.id, logAnalyticsWorkspaceId: workspace.id, ...logs });
    expectNoFinding(stack, "AZ-MON-001");
  });

  it("demands settings on SQL databases, not on the logical server", () => {
    const stack = testStack();
    const server = new MssqlServer(stack, "sql", { ...place, name: "abs-sql-we-test", version: "12.0" });
    const database = new MssqlDatabase(stack, "db", { name: "OrdersDB", serverId: server.id });
    expectOneFinding(stack, "AZ-MON-001", database, "has no diagnostic setting sending to a Log Analytics workspace");
  });

  it("passes the KeyVault construct given diagnosticSettings", () => {
    const { stack, group } = testStackWithGroup();
    const workspace = new LogAnalyticsWorkspace(stack, "log", { ...place, name: "abs-log-we-test" });
    new MonitorDiagnosticSetting(stack, "workspace-diag", { name: "self", targetResourceId: workspace.id, logAnalyticsWorkspaceId: workspace.id, ...logs, ...metrics });
    new KeyVault(stack, "kv", { resourceGroup: group, tenantId: "tenant", diagnosticSettings: [{ workspace }] });
    expectNoFinding(stack, "AZ-MON-001");
  });
});

describe("AZ-NAME-001 literal names meet Azure's rule for their type", () => {
  it("maps a type to every kind of NAME_RULES and to the child-name rules resources use", () => {
    const mapped = new Set(Object.values(NAME_RULE_BY_TYPE));
    // Every unmapped kind at once, by name.
    expect(Object.entries(NAME_RULES).filter(([, nameRule]) => !mapped.has(nameRule)).map(([kind]) => kind)).toEqual([]);
    for (const kind of ["storageContainer", "fileShare", "keyVaultSecret", "sqlDatabase"] as const) expect([kind, mapped.has(CHILD_NAME_RULES[kind])]).toEqual([kind, true]);
  });

  const cases: Array<[string, (stack: TerraformStack, name: string) => TerraformResource, string, string, string]> = [
    ["resource group ending in '.'", (s, name) => new AzResourceGroup(s, "r", { name, location: "westeurope" }), "abs-rg-we-test.", "abs-rg-we-test", NAME_RULES.resourceGroup.description],
    ["storage account with upper case and hyphens", (s, name) => new AzStorageAccount(s, "r", { ...place, name, accountTier: "Standard", accountReplicationType: "LRS" }), "St-Abs-Test", "stabswetest1a2b", NAME_RULES.storageAccount.description],
    ["key vault longer than 24 characters", (s, name) => new AzKeyVault(s, "r", { ...place, name, skuName: "standard", tenantId: "t" }), "abs-kv-workload-we-test-1a2b", "abs-kv-we-test-1a2b", NAME_RULES.keyVault.description],
    ["key vault with '--'", (s, name) => new AzKeyVault(s, "r", { ...place, name, skuName: "standard", tenantId: "t" }), "abs--kv-test", "abs-kv-test", NAME_RULES.keyVault.description],
    ["key vault secret with '_'", (s, name) => new KeyVaultSecret(s, "r", { name, keyVaultId: "${azurerm_key_vault.x.id}", valueWo: "${random_password.p.result}" }), "db_password", "db-password", CHILD_NAME_RULES.keyVaultSecret.description],
    ["SQL database ending in '.'", (s, name) => new MssqlDatabase(s, "r", { name, serverId: "${azurerm_mssql_server.x.id}" }), "OrdersDB.", "OrdersDB", CHILD_NAME_RULES.sqlDatabase.description],
    ["blob container of two characters", (s, name) => new StorageContainer(s, "r", { name, storageAccountId: "${azurerm_storage_account.x.id}" }), "ab", "backups", CHILD_NAME_RULES.storageContainer.description],
    ["log analytics workspace of three characters", (s, name) => new LogAnalyticsWorkspace(s, "r", { ...place, name }), "log", "abs-log-we-test", NAME_RULES.logAnalyticsWorkspace.description],
  ];

  it.each(cases)("flags a %s", (_, make, bad, __, description) => {
    const stack = testStack();
    const resource = make(stack, bad);
    expectOneFinding(stack, "AZ-NAME-001", resource, `has the name "${bad}", which breaks the rule: ${description}`);
  });

  it.each(cases)("passes a legal name where it flags a %s", (_, make, __, good) => {
    const stack = testStack();
    make(stack, good);
    expectNoFinding(stack, "AZ-NAME-001");
  });

  it("leaves names computed at apply time alone", () => {
    const stack = testStack();
    new StorageContainer(stack, "r", { name: "${random_pet.p.id}", storageAccountId: "${azurerm_storage_account.x.id}" });
    expectNoFinding(stack, "AZ-NAME-001");
  });
});

describe("AZ-DEL-001 / AZ-DEL-002 deletion protection of stateful resources", () => {
  const account = (stack: TerraformStack, id = "st") => new AzStorageAccount(stack, id, { ...place, name: `abs${id}wetest`, accountTier: "Standard", accountReplicationType: "LRS" });
  const lock = (stack: TerraformStack, id: string, scope: string, lockLevel = "CanNotDelete") => new ManagementLock(stack, id, { name: "lock", scope, lockLevel });

  it("flags a storage account without prevent_destroy and without a lock where protection is on", () => {
    const stack = testStack();
    const storage = account(stack);
    expectOneFinding(stack, "AZ-DEL-001", storage, "has no lifecycle.prevent_destroy", true);
    expectOneFinding(stack, "AZ-DEL-002", storage, "has no CanNotDelete management lock", true);
  });

  it("asks nothing where protection is off", () => {
    const stack = testStack();
    account(stack);
    expectNoFinding(stack, "AZ-DEL-001", false);
    expectNoFinding(stack, "AZ-DEL-002", false);
  });

  it("passes prevent_destroy with a CanNotDelete (or ReadOnly) lock scoped to the resource", () => {
    const stack = testStack();
    const storage = account(stack);
    storage.lifecycle = { preventDestroy: true };
    lock(stack, "lock", storage.id);
    const readOnly = account(stack, "ro");
    readOnly.lifecycle = { preventDestroy: true };
    lock(stack, "ro-lock", readOnly.id, "ReadOnly");
    expectNoFinding(stack, "AZ-DEL-001", true);
    expectNoFinding(stack, "AZ-DEL-002", true);
  });

  it("does not count a lock on another resource or on a child path", () => {
    const stack = testStack();
    const storage = account(stack);
    const other = account(stack, "other");
    lock(stack, "other-lock", other.id);
    lock(stack, "child-lock", `${storage.id}/blobServices/default`);
    expectOneFinding(stack, "AZ-DEL-002", storage, "has no CanNotDelete management lock", true);
  });

  it("accepts a SQL database covered by its server's lock, and names the server when neither is locked", () => {
    const locked = testStack();
    const server = new MssqlServer(locked, "sql", { ...place, name: "abs-sql-we-test", version: "12.0", lifecycle: { preventDestroy: true } });
    lock(locked, "lock", server.id);
    new MssqlDatabase(locked, "db", { name: "OrdersDB", serverId: server.id, lifecycle: { preventDestroy: true } });
    expectNoFinding(locked, "AZ-DEL-002", true);

    const bare = testStack();
    const bareServer = new MssqlServer(bare, "sql", { ...place, name: "abs-sql-we-test", version: "12.0", lifecycle: { preventDestroy: true } });
    lock(bare, "lock", `${bareServer.id}/databases/master`);
    const database = new MssqlDatabase(bare, "db", { name: "OrdersDB", serverId: bareServer.id, lifecycle: { preventDestroy: true } });
    expect(findingsOf(bare, rule("AZ-DEL-002"), true).map((f) => [f.address, f.problem])).toEqual([
      [`azurerm_mssql_server.${bare.getLogicalId(bareServer)}`, "has no CanNotDelete management lock"],
      [`azurerm_mssql_database.${bare.getLogicalId(database)}`, "has no CanNotDelete management lock, nor has its server"],
    ]);
  });

  it("passes the StorageAccount construct with protectFromDeletion (and its resource group, by prevent_destroy alone)", () => {
    const { stack, group } = testStackWithGroup();
    group.protectFromDeletion();
    new StorageAccount(stack, "st", { resourceGroup: group, protectFromDeletion: true });
    expectNoFinding(stack, "AZ-DEL-001", true);
    expectNoFinding(stack, "AZ-DEL-002", true);
    expectNoFinding(stack, "AZ-DEL-003", true);
  });
});

describe("AZ-DEL-003 no lock on a resource group", () => {
  const PROBLEM = "locks a resource group: every resource in it inherits the lock, so every later delete or replace in the group fails (ScopeLocked)";

  it.each([true, false])("flags a lock on a group of the stack or on a literal group id (protection %s)", (protect) => {
    const stack = testStack();
    const group = new AzResourceGroup(stack, "rg", { name: "abs-rg-we-test", location: "westeurope" });
    const onGroup = new ManagementLock(stack, "group-lock", { name: "lock", scope: group.id, lockLevel: "CanNotDelete" });
    const onLiteral = new ManagementLock(stack, "literal-lock", { name: "lock", scope: "/subscriptions/0/resourceGroups/abs-rg-we-test", lockLevel: "ReadOnly" });
    expect(findingsOf(stack, rule("AZ-DEL-003"), protect).map((f) => [f.address, f.problem])).toEqual([
      [`azurerm_management_lock.${stack.getLogicalId(onGroup)}`, PROBLEM],
      [`azurerm_management_lock.${stack.getLogicalId(onLiteral)}`, PROBLEM],
    ]);
  });

  it("passes a lock on a resource inside a group", () => {
    const stack = testStack();
    new ManagementLock(stack, "lock", { name: "lock", scope: "/subscriptions/0/resourceGroups/abs-rg-we-test/providers/Microsoft.Storage/storageAccounts/absstwetest", lockLevel: "CanNotDelete" });
    expectNoFinding(stack, "AZ-DEL-003", true);
  });
});

describe("AZ-SEC-001 no literal secrets", () => {
  const server = (stack: TerraformStack, password: string) =>
    new MssqlServer(stack, "sql", { ...place, name: "abs-sql-we-test", version: "12.0", administratorLogin: "sqladmin", administratorLoginPassword: password });

  it("flags a literal SQL administrator password and passes a generated one", () => {
    const bad = testStack();
    expectOneFinding(bad, "AZ-SEC-001", server(bad, "P@ssw0rd!"), "has a literal secret in administrator_login_password");
    const good = testStack();
    new RandomProvider(good, "random");
    server(good, new Password(good, "pw", { length: 32 }).result);
    expectNoFinding(good, "AZ-SEC-001");
  });

  it("flags a Key Vault secret with a literal value, whatever its name", () => {
    const stack = testStack();
    const secret = new KeyVaultSecret(stack, "s", { name: "redis-host", keyVaultId: "${azurerm_key_vault.x.id}", value: "hunter2" });
    expectOneFinding(stack, "AZ-SEC-001", secret, "has a literal secret in value");
  });

  const webApp = (stack: TerraformStack, appSettings: Record<string, string>) =>
    new LinuxWebApp(stack, "app", { ...place, name: "abs-app-we-test", servicePlanId: "${azurerm_service_plan.p.id}", siteConfig: {}, appSettings });

  it.each([
    ["a secret-named app setting", { DATABASE_PASSWORD: "hunter2" }, "app_settings.DATABASE_PASSWORD"],
    ["a camelCase token setting", { "Auth:ApiToken": "abc123" }, "app_settings.Auth:ApiToken"],
    ["a password inside a connection string", { DB: "Server=tcp:db,1433;User ID=app;Password=hunter2;" }, "app_settings.DB"],
  ])("flags %s in a web app", (_, settings, path) => {
    const stack = testStack();
    expectOneFinding(stack, "AZ-SEC-001", webApp(stack, settings), `has a literal secret in ${path}`);
  });

  it("passes Key Vault references, references and non-secret literals in app settings", () => {
    const stack = testStack();
    webApp(stack, {
      DATABASE_PASSWORD: "@Microsoft.KeyVault(SecretUri=${azurerm_key_vault_secret.s.versionless_id})",
      STORAGE_ACCESS_KEY: "${azurerm_storage_account.s.primary_access_key}",
      DB: "Server=tcp:db,1433;User ID=app;Password=${random_password.p.result};",
      DATABASE_USER: "app",
      TOKEN_EXPIRY_MINUTES: "60",
      KEY_VAULT_SECRET_NAME: "db-password",
    });
    expectNoFinding(stack, "AZ-SEC-001");
  });

  const containerApp = (stack: TerraformStack, secret: { name: string; value?: string; keyVaultSecretId?: string; identity?: string }, env: Array<{ name: string; value?: string; secretName?: string }>) =>
    new ContainerApp(stack, "ca", {
      name: "abs-ca-we-test",
      resourceGroupName: "abs-rg-we-test",
      containerAppEnvironmentId: "${azurerm_container_app_environment.e.id}",
      revisionMode: "Single",
      secret: [secret],
      template: { container: [{ name: "app", image: "app:1", cpu: 0.5, memory: "1Gi", env }] },
    });

  it("flags a literal container app secret block value and a literal secret-named env value", () => {
    const stack = testStack();
    const app = containerApp(stack, { name: "db", value: "hunter2" }, [{ name: "API_TOKEN", value: "abc" }]);
    expectOneFinding(stack, "AZ-SEC-001", app, "has a literal secret in secret.value, template.container.env.value");
  });

  it("passes container app secrets read from Key Vault and env vars that name a secret", () => {
    const stack = testStack();
    containerApp(stack, { name: "db", keyVaultSecretId: "${azurerm_key_vault_secret.s.versionless_id}", identity: "System" }, [
      { name: "DB_PASSWORD", secretName: "db" },
      { name: "LOG_LEVEL", value: "info" },
    ]);
    expectNoFinding(stack, "AZ-SEC-001");
  });

  it("does not mistake settings about secrets for secrets", () => {
    const stack = testStack();
    new PostgresqlFlexibleServerConfiguration(stack, "cfg", { name: "password_encryption", serverId: "${azurerm_postgresql_flexible_server.p.id}", value: "scram-sha-256" });
    new AzKeyVault(stack, "kv", {
      ...place,
      name: "abs-kv-we-test",
      skuName: "standard",
      tenantId: "t",
      accessPolicy: [{ tenantId: "t", objectId: "o", secretPermissions: ["Get", "List"] }],
    });
    expectNoFinding(stack, "AZ-SEC-001");
  });

  it.each([
    ["a Key Vault secret's value_wo", (stack: TerraformStack) => new KeyVaultSecret(stack, "s", { name: "db-password", keyVaultId: "${azurerm_key_vault.x.id}", valueWo: "hunter2", valueWoVersion: 1 }), "value_wo"],
    [
      "a SQL server's administrator_login_password_wo",
      (stack: TerraformStack) =>
        new MssqlServer(stack, "sql", { ...place, name: "abs-sql-we-test", version: "12.0", administratorLogin: "sqladmin", administratorLoginPasswordWo: "P@ssw0rd!", administratorLoginPasswordWoVersion: 1 }),
      "administrator_login_password_wo",
    ],
    [
      "a PostgreSQL server's administrator_password_wo",
      (stack: TerraformStack) => new PostgresqlFlexibleServer(stack, "pg", { ...place, name: "abs-psql-we-test", administratorLogin: "psqladmin", administratorPasswordWo: "P@ssw0rd!", administratorPasswordWoVersion: 1 }),
      "administrator_password_wo",
    ],
  ])("flags a literal in a write-only argument: %s", (_, make, path) => {
    const stack = testStack();
    expectOneFinding(stack, "AZ-SEC-001", make(stack), `has a literal secret in ${path}`);
  });

  it("passes write-only arguments that are references (their *_wo_version counters are no secrets)", () => {
    const stack = testStack();
    new RandomProvider(stack, "random");
    new KeyVaultSecret(stack, "s", { name: "db-password", keyVaultId: "${azurerm_key_vault.x.id}", valueWo: new Password(stack, "pw", { length: 32 }).result, valueWoVersion: 3 });
    expectNoFinding(stack, "AZ-SEC-001");
  });

  it("does not read tags as secrets", () => {
    const stack = testStack();
    new AzStorageAccount(stack, "st", { ...place, name: "stabswetest", accountTier: "Standard", accountReplicationType: "LRS", tags: { "secret-rotation": "monthly", token: "none", password: "see-runbook" } });
    expectNoFinding(stack, "AZ-SEC-001");
  });

  it.each([
    ["an audience", "TOKEN_AUDIENCE", "api://erp"],
    ["an issuer", "Jwt:TokenIssuer", "https://login.microsoftonline.com/tenant/v2.0"],
    ["a lifetime", "ACCESS_TOKEN_LIFETIME", "3600"],
    ["a rotation", "SECRET_ROTATION", "P90D"],
    ["a template", "PASSWORD_RESET_TEMPLATE", "reset-password.html"],
    ["a format", "TOKEN_FORMAT", "jwt"],
    ["an algorithm", "TOKEN_SIGNING_ALGORITHM", "RS256"],
    ["a scope", "API_TOKEN_SCOPE", "api://erp/.default"],
  ])("does not mistake a setting naming %s of a secret for a secret", (_, name, value) => {
    const stack = testStack();
    webApp(stack, { [name]: value });
    expectNoFinding(stack, "AZ-SEC-001");
  });
});

describe("AZ-SEC-002 outputs that carry a secret are sensitive", () => {
  const account = (stack: TerraformStack) => new AzStorageAccount(stack, "st", { ...place, name: "stabswetest", accountTier: "Standard", accountReplicationType: "LRS" });
  const addressOf = (stack: TerraformStack, resource: TerraformResource) => `${resource.terraformResourceType}.${stack.getLogicalId(resource)}`;
  /** The findings as `[address, problem]`: stack-level, so the path is the stack's and the fix the rule's. */
  const findings = (stack: TerraformStack) => {
    const found = findingsOf(stack, rule("AZ-SEC-002"));
    for (const f of found) expect([f.path, f.fix]).toEqual([`test/${f.address}`, rule("AZ-SEC-002").fix]);
    return found.map((f) => [f.address, f.problem]);
  };

  it("flags a plain output of a resource's secret attribute, at the output's address", () => {
    const stack = testStack();
    const storage = account(stack);
    new TerraformOutput(stack, "storage", { value: storage.primaryAccessKey });
    expect(findings(stack)).toEqual([["output.storage", `exposes ${addressOf(stack, storage)}.primary_access_key without sensitive = true`]]);
  });

  it("names every secret an output's nested value reads, and not its other attributes", () => {
    const stack = testStack();
    const storage = account(stack);
    new TerraformOutput(stack, "storage", { value: { connection: storage.primaryConnectionString, name: storage.name, keys: [storage.secondaryAccessKey] } });
    const address = addressOf(stack, storage);
    expect(findings(stack)).toEqual([["output.storage", `exposes ${address}.primary_connection_string, ${address}.secondary_access_key without sensitive = true`]]);
  });

  it("reads the full attribute path: a password inside a block, not the block's public parts", () => {
    const stack = testStack();
    const app = new LinuxWebApp(stack, "app", { ...place, name: "abs-app-we-test", servicePlanId: "${azurerm_service_plan.p.id}", siteConfig: {} });
    new TerraformOutput(stack, "deployment", { value: app.siteCredential.get(0).password });
    new TerraformOutput(stack, "deployment_user", { value: app.siteCredential.get(0).name });
    expect(findings(stack)).toEqual([["output.deployment", `exposes ${addressOf(stack, app)}.site_credential[0].password without sensitive = true`]]);
  });

  it("flags a random password's result", () => {
    const stack = testStack();
    new RandomProvider(stack, "random");
    const password = new Password(stack, "pw", { length: 32 });
    new TerraformOutput(stack, "admin", { value: password.result });
    expect(findings(stack)).toEqual([["output.admin", `exposes ${addressOf(stack, password)}.result without sensitive = true`]]);
  });

  it("flags a data source's secret (a Key Vault secret read back)", () => {
    const stack = testStack();
    const secret = new DataAzurermKeyVaultSecret(stack, "db", { name: "db-password", keyVaultId: "${azurerm_key_vault.x.id}" });
    new TerraformOutput(stack, "database", { value: secret.value });
    new TerraformOutput(stack, "database_secret_id", { value: secret.versionlessId });
    expect(findings(stack)).toEqual([["output.database", `exposes data.azurerm_key_vault_secret.${stack.getLogicalId(secret)}.value without sensitive = true`]]);
  });

  it.each([
    ["a literal password", "admin_password", "hunter2"],
    ["a client secret from an attribute the rule does not know", "client_secret", "${azurerm_user_assigned_identity.id.client_id}"],
    ["a key", "storage_key", "${azurerm_storage_account.st.name}"],
    ["a token", "ApiToken", "abc"],
    ["a connection string", "db_connection_string", "Server=tcp:db;"],
  ])("flags an output whose name says it carries a secret (%s), whatever its value", (_, name, value) => {
    const stack = testStack();
    new TerraformOutput(stack, name, { value });
    expect(findings(stack)).toEqual([[`output.${name}`, "is named as a secret but has no sensitive = true"]]);
  });

  it("passes sensitive outputs, non-secret attributes and names that mention a secret's address, not the secret", () => {
    const stack = testStack();
    const storage = account(stack);
    new TerraformOutput(stack, "storage_key", { value: storage.primaryAccessKey, sensitive: true });
    new TerraformOutput(stack, "admin_password", { value: "hunter2", sensitive: true });
    new TerraformOutput(stack, "storage_id", { value: storage.id });
    new TerraformOutput(stack, "storage_endpoint", { value: storage.primaryBlobEndpoint });
    new TerraformOutput(stack, "key_vault_uri", { value: "https://kv.vault.azure.net/" });
    new TerraformOutput(stack, "erp_key_vault", { value: { id: "${azurerm_key_vault.kv.id}", uri: "${azurerm_key_vault.kv.vault_uri}" } });
    new TerraformOutput(stack, "ssh_public_key", { value: "${tls_private_key.ssh.public_key_openssh}" });
    new TerraformOutput(stack, "storage_key_id", { value: "${azurerm_key_vault_key.cmk.id}" });
    new TerraformOutput(stack, "secret_names", { value: ["db-password"] });
    new TerraformOutput(stack, "settings", { value: "${local.settings.password_policy}" });
    expect(findings(stack)).toEqual([]);
  });

  describe("variables declared sensitive", () => {
    it("flags an output of a sensitive variable and passes one of a plain variable", () => {
      const stack = testStack();
      const credential = new TerraformVariable(stack, "registry_credential", { type: "string", sensitive: true });
      const region = new TerraformVariable(stack, "region", { type: "string" });
      new TerraformOutput(stack, "registry", { value: credential.stringValue });
      new TerraformOutput(stack, "registry_sensitive", { value: credential.stringValue, sensitive: true });
      new TerraformOutput(stack, "location", { value: region.stringValue });
      expect(findings(stack)).toEqual([["output.registry", "exposes var.registry_credential (declared sensitive) without sensitive = true"]]);
    });
  });
});
