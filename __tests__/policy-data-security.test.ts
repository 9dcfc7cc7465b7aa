import { KeyVaultKey, KeyVaultKeyConfig } from "@cdktf/provider-azurerm/lib/key-vault-key";
import { StorageContainer, StorageContainerConfig } from "@cdktf/provider-azurerm/lib/storage-container";
import { AppConfiguration, AppConfigurationConfig } from "@cdktf/provider-azurerm/lib/app-configuration";
import { ApplicationInsights, ApplicationInsightsConfig } from "@cdktf/provider-azurerm/lib/application-insights";
import { ContainerRegistry, ContainerRegistryConfig } from "@cdktf/provider-azurerm/lib/container-registry";
import { CosmosdbAccount, CosmosdbAccountConfig } from "@cdktf/provider-azurerm/lib/cosmosdb-account";
import { KeyVault, KeyVaultConfig } from "@cdktf/provider-azurerm/lib/key-vault";
import { KeyVaultSecret, KeyVaultSecretConfig } from "@cdktf/provider-azurerm/lib/key-vault-secret";
import { LogAnalyticsWorkspace, LogAnalyticsWorkspaceConfig } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { MonitorDiagnosticSetting, MonitorDiagnosticSettingEnabledLog } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { MssqlDatabase, MssqlDatabaseConfig } from "@cdktf/provider-azurerm/lib/mssql-database";
import { MssqlServer, MssqlServerConfig } from "@cdktf/provider-azurerm/lib/mssql-server";
import { MssqlServerExtendedAuditingPolicy, MssqlServerExtendedAuditingPolicyConfig } from "@cdktf/provider-azurerm/lib/mssql-server-extended-auditing-policy";
import { MssqlServerSecurityAlertPolicy } from "@cdktf/provider-azurerm/lib/mssql-server-security-alert-policy";
import { PostgresqlFlexibleServer, PostgresqlFlexibleServerConfig } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server";
import { PostgresqlFlexibleServerConfiguration } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server-configuration";
import { PrivateEndpoint, PrivateEndpointConfig } from "@cdktf/provider-azurerm/lib/private-endpoint";
import { ManagedRedis, ManagedRedisConfig } from "@cdktf/provider-azurerm/lib/managed-redis";
import { RedisCache, RedisCacheConfig } from "@cdktf/provider-azurerm/lib/redis-cache";
import { SecurityCenterSubscriptionPricing } from "@cdktf/provider-azurerm/lib/security-center-subscription-pricing";
import { ServicebusNamespace, ServicebusNamespaceConfig } from "@cdktf/provider-azurerm/lib/servicebus-namespace";
import { StorageAccount, StorageAccountConfig } from "@cdktf/provider-azurerm/lib/storage-account";
import { StorageAccountNetworkRulesA } from "@cdktf/provider-azurerm/lib/storage-account-network-rules";
import { TerraformResource, TerraformStack, TerraformVariable } from "cdktf";
import { Construct } from "constructs";
import { tlsVersion } from "../policy/rules/common";
import { DATA_RULES } from "../policy/rules/data";
import { SECURITY_RULES } from "../policy/rules/security";
import type { PolicyRule } from "../policy/types";
import { testStack } from "./helpers";
import { findingsOf, policyReport } from "./policy-helpers";

const RULES: readonly PolicyRule[] = [...DATA_RULES, ...SECURITY_RULES];

function rule(id: string): PolicyRule {
  const found = RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

/** The Terraform address a finding names for a provider resource. */
function addressOf(resource: TerraformResource): string {
  return `${resource.terraformResourceType}.${TerraformStack.of(resource).getLogicalId(resource)}`;
}

// --- Minimal provider resources: the required arguments, then what a case sets ---------------------

const WHERE = { location: "westeurope", resourceGroupName: "rg-test" };
const TENANT = "00000000-0000-0000-0000-000000000000";
const SUBNET = "/subscriptions/0/resourceGroups/rg-test/providers/Microsoft.Network/virtualNetworks/vnet/subnets/data";

type Make<C> = (stack: TerraformStack, id: string, config?: Partial<C>) => TerraformResource;

function factory<C>(Resource: new (scope: Construct, id: string, config: C) => TerraformResource, base: (id: string) => C): Make<C> {
  return (stack, id, config = {}) => new Resource(stack, id, { ...base(id), ...config });
}

const storage = factory<StorageAccountConfig>(StorageAccount, (id) => ({ ...WHERE, name: `st${id}`, accountTier: "Standard", accountReplicationType: "LRS" }));
const redis = factory<RedisCacheConfig>(RedisCache, (id) => ({ ...WHERE, name: `redis-${id}`, capacity: 1, family: "C", skuName: "Standard" }));
const managedRedis = factory<ManagedRedisConfig>(ManagedRedis, (id) => ({ ...WHERE, name: `amr-${id}`, skuName: "Balanced_B1", publicNetworkAccess: "Disabled" }));
const registry = factory<ContainerRegistryConfig>(ContainerRegistry, (id) => ({ ...WHERE, name: `cr${id}`, sku: "Premium" }));
const sqlServer = factory<MssqlServerConfig>(MssqlServer, (id) => ({ ...WHERE, name: `sql-${id}`, version: "12.0" }));
const sqlDatabase = factory<MssqlDatabaseConfig>(MssqlDatabase, (id) => ({ name: `db-${id}`, serverId: "/subscriptions/0/resourceGroups/rg-test/providers/Microsoft.Sql/servers/sql" }));
const postgres = factory<PostgresqlFlexibleServerConfig>(PostgresqlFlexibleServer, (id) => ({ ...WHERE, name: `psql-${id}` }));
const serviceBus = factory<ServicebusNamespaceConfig>(ServicebusNamespace, (id) => ({ ...WHERE, name: `sb-${id}`, sku: "Premium", capacity: 1, premiumMessagingPartitions: 1 }));
const cosmos = factory<CosmosdbAccountConfig>(CosmosdbAccount, (id) => ({
  ...WHERE,
  name: `cosmos-${id}`,
  offerType: "Standard",
  consistencyPolicy: { consistencyLevel: "Session" },
  geoLocation: [{ location: "westeurope", failoverPriority: 0 }],
}));
const workspace = factory<LogAnalyticsWorkspaceConfig>(LogAnalyticsWorkspace, (id) => ({ ...WHERE, name: `log-${id}`, sku: "PerGB2018" }));
const vault = factory<KeyVaultConfig>(KeyVault, (id) => ({ ...WHERE, name: `kv-${id}`, skuName: "standard", tenantId: TENANT }));
const secret = factory<KeyVaultSecretConfig>(KeyVaultSecret, (id) => ({ name: `secret-${id}`, keyVaultId: "/subscriptions/0/resourceGroups/rg-test/providers/Microsoft.KeyVault/vaults/kv" }));
const key = factory<KeyVaultKeyConfig>(KeyVaultKey, (id) => ({ name: `key-${id}`, keyVaultId: "/subscriptions/0/resourceGroups/rg-test/providers/Microsoft.KeyVault/vaults/kv", keyType: "RSA", keySize: 4096, keyOpts: ["wrapKey"] }));
const container = factory<StorageContainerConfig>(StorageContainer, (id) => ({ name: `c-${id}`, storageAccountId: "/subscriptions/0/resourceGroups/rg-test/providers/Microsoft.Storage/storageAccounts/st" }));
const appConfiguration = factory<AppConfigurationConfig>(AppConfiguration, (id) => ({ ...WHERE, name: `appcs-${id}` }));
const insights = factory<ApplicationInsightsConfig>(ApplicationInsights, (id) => ({ ...WHERE, name: `appi-${id}`, applicationType: "web" }));

/** A private endpoint to `target` (its `id`), with a private DNS zone unless the case removes it. */
function endpoint(stack: TerraformStack, id: string, target: TerraformResource, config: Partial<PrivateEndpointConfig> = {}): TerraformResource {
  return new PrivateEndpoint(stack, id, {
    ...WHERE,
    name: `pe-${id}`,
    subnetId: SUBNET,
    privateServiceConnection: { name: `pe-${id}`, isManualConnection: false, privateConnectionResourceId: target.getStringAttribute("id"), subresourceNames: ["blob"] },
    privateDnsZoneGroup: { name: "default", privateDnsZoneIds: ["/subscriptions/0/resourceGroups/rg-test/providers/Microsoft.Network/privateDnsZones/privatelink.blob.core.windows.net"] },
    ...config,
  });
}

/** A PostgreSQL server parameter set through its own resource. */
function parameter(stack: TerraformStack, id: string, server: TerraformResource, name: string, value: string): void {
  new PostgresqlFlexibleServerConfiguration(stack, id, { name, serverId: server.getStringAttribute("id"), value });
}

// --- Cases: each builds a failing resource and at least one passing one in the same stack ----------

interface Built {
  /** The resource that breaks the rule. */
  readonly bad: TerraformResource;
  /** Resources of the rule's types that comply (settings the rule accepts, exempt resources). */
  readonly good: readonly TerraformResource[];
  /** The finding expected on `bad`. */
  readonly problem: string;
}

interface Case {
  readonly name: string;
  readonly rule: string;
  readonly build: (stack: TerraformStack) => Built;
}

/** A case where the failing and the passing resource differ in their configuration only. */
function setting<C>(rule: string, name: string, make: Make<C>, bad: Partial<C>, good: Partial<C>[], problem: string): Case {
  return {
    name: `${rule} ${name}`,
    rule,
    build: (stack) => ({ bad: make(stack, "bad", bad), good: good.map((config, i) => make(stack, `good${i}`, config)), problem }),
  };
}

const STORAGE_ENDPOINT = "https://staudit.blob.core.windows.net/";
const AUDIT_EVENTS: MonitorDiagnosticSettingEnabledLog[] = [{ category: "SQLSecurityAuditEvents" }];

/** How a server's audit events leave it: a diagnostic setting on a target derived from the server's id. */
interface AuditSink {
  readonly target?: (serverId: string) => string;
  readonly enabledLog?: MonitorDiagnosticSettingEnabledLog[];
  /** Sends to a storage account instead of the workspace. */
  readonly toStorage?: boolean;
}

/** A SQL server with an auditing policy configured as given and, optionally, a diagnostic setting as sink. */
function audited(stack: TerraformStack, id: string, policy: Partial<MssqlServerExtendedAuditingPolicyConfig>, sink?: AuditSink): TerraformResource {
  const server = sqlServer(stack, id);
  const serverId = server.getStringAttribute("id");
  new MssqlServerExtendedAuditingPolicy(stack, `${id}-audit`, { serverId, ...policy });
  if (sink) {
    const logs = workspace(stack, `${id}-logs`);
    new MonitorDiagnosticSetting(stack, `${id}-audit-log`, {
      name: "audit",
      targetResourceId: (sink.target ?? ((server) => `${server}/databases/master`))(serverId),
      logAnalyticsWorkspaceId: sink.toStorage ? undefined : logs.getStringAttribute("id"),
      storageAccountId: sink.toStorage ? "/subscriptions/0/resourceGroups/rg-test/providers/Microsoft.Storage/storageAccounts/staudit" : undefined,
      enabledLog: sink.enabledLog ?? AUDIT_EVENTS,
    });
  }
  return server;
}

/** A server whose auditing (policy and sink) is `bad`, next to servers whose auditing is each of `good`. */
function auditCase(
  name: string,
  bad: [Partial<MssqlServerExtendedAuditingPolicyConfig>, AuditSink?],
  good: Array<[Partial<MssqlServerExtendedAuditingPolicyConfig>, AuditSink?]>,
  problem: string
): Case {
  return {
    name: `AZ-SQL-003 ${name}`,
    rule: "AZ-SQL-003",
    build: (stack) => ({ bad: audited(stack, "bad", ...bad), good: good.map((config, i) => audited(stack, `good${i}`, ...config)), problem }),
  };
}

const NO_AUDIT_DESTINATION =
  "audits to no destination (no storage_endpoint, and no diagnostic setting on its databases/master sends SQLSecurityAuditEvents to a Log Analytics workspace)";

const PUBLIC_BY_DEFAULT = "accepts traffic from public networks (public_network_access_enabled defaults to true)";

const CASES: Case[] = [
  // Storage accounts
  setting(
    "AZ-STG-001",
    "flags min_tls_version TLS1_0 and passes the TLS1_2 default",
    storage,
    { minTlsVersion: "TLS1_0" },
    [{}, { minTlsVersion: "TLS1_2" }],
    'allows TLS below 1.2 (min_tls_version = "TLS1_0")'
  ),
  {
    name: "AZ-STG-001 flags a TLS version it cannot read at synth (an expression)",
    rule: "AZ-STG-001",
    build: (stack) => ({
      bad: storage(stack, "bad", { minTlsVersion: new TerraformVariable(stack, "tls", { type: "string" }).stringValue }),
      good: [storage(stack, "good")],
      problem: "sets min_tls_version from an expression the policy cannot check",
    }),
  },
  setting("AZ-STG-002", "flags https_traffic_only_enabled false", storage, { httpsTrafficOnlyEnabled: false }, [{}], "accepts plain HTTP (https_traffic_only_enabled = false)"),
  setting(
    "AZ-STG-003",
    "flags the provider default (public blobs allowed)",
    storage,
    {},
    [{ allowNestedItemsToBePublic: false }],
    "lets containers be opened to anonymous readers (allow_nested_items_to_be_public defaults to true)"
  ),
  setting(
    "AZ-STG-004",
    "flags the provider default (shared keys on)",
    storage,
    {},
    [{ sharedAccessKeyEnabled: false }],
    "accepts shared key authorization (shared_access_key_enabled defaults to true)"
  ),
  {
    name: "AZ-STG-005 flags the provider default and passes private accounts and default-deny firewalls (inline or separate)",
    rule: "AZ-STG-005",
    build: (stack) => {
      const separate = storage(stack, "good2");
      new StorageAccountNetworkRulesA(stack, "good2-rules", { storageAccountId: separate.getStringAttribute("id"), defaultAction: "Deny" });
      return {
        bad: storage(stack, "bad"),
        good: [storage(stack, "good0", { publicNetworkAccessEnabled: false }), storage(stack, "good1", { networkRules: { defaultAction: "Deny" } }), separate],
        problem: 'accepts traffic from any network (public_network_access_enabled defaults to true, network_rules.default_action defaults to "Allow")',
      };
    },
  },
  setting(
    "AZ-STG-005",
    "flags public access with a firewall that allows by default",
    storage,
    { publicNetworkAccessEnabled: true, networkRules: { defaultAction: "Allow" } },
    [{ publicNetworkAccessEnabled: true, networkRules: { defaultAction: "Deny", ipRules: ["203.0.113.0/24"] } }],
    'accepts traffic from any network (public_network_access_enabled = true, network_rules.default_action = "Allow")'
  ),
  setting(
    "AZ-STG-006",
    "flags an account without blob soft delete; an empty policy keeps 7 days; FileStorage has no blobs",
    storage,
    {},
    [{ blobProperties: { deleteRetentionPolicy: { days: 7 } } }, { blobProperties: { deleteRetentionPolicy: {} } }, { accountKind: "FileStorage", accountTier: "Premium" }],
    "does not keep deleted blobs for 7 days (blob_properties.delete_retention_policy.days is not set)"
  ),
  setting(
    "AZ-STG-006",
    "flags blob soft delete shorter than 7 days",
    storage,
    { blobProperties: { deleteRetentionPolicy: { days: 3 } } },
    [{ blobProperties: { deleteRetentionPolicy: { days: 30 } } }],
    "does not keep deleted blobs for 7 days (blob_properties.delete_retention_policy.days = 3)"
  ),
  setting(
    "AZ-STG-007",
    "flags container soft delete shorter than 7 days, and its absence",
    storage,
    { blobProperties: { containerDeleteRetentionPolicy: { days: 1 } } },
    [{ blobProperties: { containerDeleteRetentionPolicy: { days: 7 } } }],
    "does not keep deleted containers for 7 days (blob_properties.container_delete_retention_policy.days = 1)"
  ),
  setting(
    "AZ-STG-007",
    "flags an account without container soft delete",
    storage,
    { blobProperties: { deleteRetentionPolicy: { days: 7 } } },
    [{ blobProperties: { containerDeleteRetentionPolicy: {} } }],
    "does not keep deleted containers for 7 days (blob_properties.container_delete_retention_policy.days is not set)"
  ),

  // Redis
  setting(
    "AZ-REDIS-001",
    "flags minimum_tls_version 1.0 and passes the 4.x default (1.2)",
    redis,
    { minimumTlsVersion: "1.0" },
    [{}, { minimumTlsVersion: "1.2" }],
    'allows TLS below 1.2 (minimum_tls_version = "1.0")'
  ),
  setting("AZ-REDIS-002", "flags the non-TLS port", redis, { nonSslPortEnabled: true }, [{}], "opens the plain-text port 6379 (non_ssl_port_enabled = true)"),
  setting(
    "AZ-REDIS-003",
    "flags the provider default and passes private and subnet-injected caches",
    redis,
    {},
    [{ publicNetworkAccessEnabled: false }, { skuName: "Premium", family: "P", subnetId: SUBNET }],
    PUBLIC_BY_DEFAULT
  ),
  setting(
    "AZ-REDIS-004",
    "flags the provider default (access keys on)",
    redis,
    {},
    [{ accessKeysAuthenticationEnabled: false, redisConfiguration: { activeDirectoryAuthenticationEnabled: true } }],
    "accepts access-key authentication (access_keys_authentication_enabled defaults to true)"
  ),

  // Azure Managed Redis
  setting("AZ-AMR-001", "flags plain-text connections", managedRedis, { defaultDatabase: { clientProtocol: "Plaintext" } }, [{}, { defaultDatabase: { clientProtocol: "Encrypted" } }], 'accepts plain-text connections (default_database.client_protocol = "Plaintext")'),
  setting("AZ-AMR-002", "flags the provider default (public)", managedRedis, { publicNetworkAccess: undefined }, [{}], 'accepts traffic from public networks (public_network_access defaults to "Enabled")'),
  setting("AZ-AMR-003", "flags access keys", managedRedis, { defaultDatabase: { accessKeysAuthenticationEnabled: true } }, [{}, { defaultDatabase: { accessKeysAuthenticationEnabled: false } }], "accepts access-key authentication (default_database.access_keys_authentication_enabled = true)"),

  // Container registries
  setting("AZ-ACR-001", "flags the admin user", registry, { adminEnabled: true }, [{}, { adminEnabled: false }], "enables the admin user (admin_enabled = true)"),
  setting("AZ-ACR-002", "flags anonymous pull", registry, { anonymousPullEnabled: true }, [{}], "lets anyone pull images (anonymous_pull_enabled = true)"),
  setting("AZ-ACR-003", "flags the provider default (public)", registry, {}, [{ publicNetworkAccessEnabled: false }], PUBLIC_BY_DEFAULT),
  setting(
    "AZ-ACR-004",
    "flags the Premium default (exports on) and leaves other SKUs alone",
    registry,
    {},
    [{ exportPolicyEnabled: false, publicNetworkAccessEnabled: false }, { sku: "Standard" }],
    "allows artifacts to be exported out of the registry (export_policy_enabled defaults to true)"
  ),

  // Azure SQL
  setting("AZ-SQL-001", "flags TLS 1.1 and passes the default", sqlServer, { minimumTlsVersion: "1.1" }, [{}, { minimumTlsVersion: "1.2" }], 'allows TLS below 1.2 (minimum_tls_version = "1.1")'),
  setting("AZ-SQL-001", "flags a server without a TLS minimum", sqlServer, { minimumTlsVersion: "Disabled" }, [{}], 'allows TLS below 1.2 (minimum_tls_version = "Disabled")'),
  setting("AZ-SQL-002", "flags the provider default (public)", sqlServer, {}, [{ publicNetworkAccessEnabled: false }], PUBLIC_BY_DEFAULT),
  {
    name: "AZ-SQL-003 flags a server no auditing policy refers to",
    rule: "AZ-SQL-003",
    build: (stack) => ({
      bad: sqlServer(stack, "bad"),
      good: [audited(stack, "good", { storageEndpoint: STORAGE_ENDPOINT })],
      problem: "has no auditing policy (no azurerm_mssql_server_extended_auditing_policy refers to it)",
    }),
  },
  auditCase(
    "flags a policy left at its defaults with nowhere to send (Azure Monitor without a sink); passes one with a master sink or a storage endpoint",
    [{}],
    [[{}, {}], [{ logMonitoringEnabled: true }, { enabledLog: [{ categoryGroup: "audit" }] }], [{ storageEndpoint: STORAGE_ENDPOINT }]],
    NO_AUDIT_DESTINATION
  ),
  auditCase("flags a disabled auditing policy", [{ enabled: false }, {}], [[{ enabled: true }, {}]], "has its auditing policy disabled (enabled = false)"),
  auditCase(
    "flags a sink on the server itself rather than its master database",
    [{}, { target: (server) => server }],
    [[{}, { target: (server) => `${server}/databases/master` }]],
    NO_AUDIT_DESTINATION
  ),
  auditCase(
    "flags a master sink that sends other categories only",
    [{}, { enabledLog: [{ category: "Errors" }] }],
    [[{}, { enabledLog: [{ category: "Errors" }, { category: "SQLSecurityAuditEvents" }] }]],
    NO_AUDIT_DESTINATION
  ),
  auditCase("flags a master sink that sends the audit events to a storage account", [{}, { toStorage: true }], [[{}, {}]], NO_AUDIT_DESTINATION),
  auditCase(
    "flags a policy that turns Azure Monitor off and names no storage endpoint",
    [{ logMonitoringEnabled: false }, {}],
    [[{ logMonitoringEnabled: false, storageEndpoint: STORAGE_ENDPOINT }]],
    "audits to no destination (log_monitoring_enabled = false and no storage_endpoint)"
  ),
  {
    name: "AZ-SQL-004 flags a server without an enabled security alert policy",
    rule: "AZ-SQL-004",
    build: (stack) => {
      const bad = sqlServer(stack, "bad");
      new MssqlServerSecurityAlertPolicy(stack, "bad-alerts", { resourceGroupName: "rg-test", serverName: bad.getStringAttribute("name"), state: "Disabled" });
      const good = sqlServer(stack, "good");
      new MssqlServerSecurityAlertPolicy(stack, "good-alerts", { resourceGroupName: "rg-test", serverName: good.getStringAttribute("name"), state: "Enabled" });
      const literal = sqlServer(stack, "literal", { name: "sql-literal" });
      new MssqlServerSecurityAlertPolicy(stack, "literal-alerts", { resourceGroupName: "rg-test", serverName: "sql-literal", state: "Enabled" });
      return { bad, good: [good, literal], problem: 'has no threat protection (no security alert policy in state "Enabled", no Defender for SQL plan)' };
    },
  },
  {
    name: "AZ-SQL-004 flags disabled alert types",
    rule: "AZ-SQL-004",
    build: (stack) => {
      const bad = sqlServer(stack, "bad");
      new MssqlServerSecurityAlertPolicy(stack, "bad-alerts", {
        resourceGroupName: "rg-test",
        serverName: bad.getStringAttribute("name"),
        state: "Enabled",
        disabledAlerts: ["Sql_Injection", "Data_Exfiltration"],
      });
      const good = sqlServer(stack, "good");
      new MssqlServerSecurityAlertPolicy(stack, "good-alerts", { resourceGroupName: "rg-test", serverName: good.getStringAttribute("name"), state: "Enabled", disabledAlerts: [] });
      return { bad, good: [good], problem: "disables threat alerts Sql_Injection, Data_Exfiltration" };
    },
  },
  setting(
    "AZ-SQL-005",
    "flags a server without an Entra ID administrator",
    sqlServer,
    {},
    [{ azureadAdministrator: { loginUsername: "sql-admins", objectId: TENANT } }],
    "has no Entra ID administrator (azuread_administrator is not set)"
  ),
  setting(
    "AZ-SQL-006",
    "flags TDE turned off and passes the default",
    sqlDatabase,
    { transparentDataEncryptionEnabled: false },
    [{}],
    "stores data without transparent data encryption (transparent_data_encryption_enabled = false)"
  ),
  setting(
    "AZ-SQL-007",
    "flags 3 days of point-in-time backups and passes the default (7)",
    sqlDatabase,
    { shortTermRetentionPolicy: { retentionDays: 3 } },
    [{}, { shortTermRetentionPolicy: { retentionDays: 35 } }],
    "keeps point-in-time backups for fewer than 7 days (short_term_retention_policy.retention_days = 3)"
  ),
  setting(
    "AZ-SQL-008",
    "flags a server without an Entra ID administrator (SQL logins only) and passes Entra ID-only authentication",
    sqlServer,
    {},
    [{ azureadAdministrator: { loginUsername: "sql-admins", objectId: TENANT, azureadAuthenticationOnly: true } }],
    "accepts SQL authentication (azuread_administrator.azuread_authentication_only defaults to false)"
  ),
  setting(
    "AZ-SQL-008",
    "flags an Entra ID administrator next to SQL authentication",
    sqlServer,
    { azureadAdministrator: { loginUsername: "sql-admins", objectId: TENANT, azureadAuthenticationOnly: false } },
    [{ azureadAdministrator: { loginUsername: "sql-admins", objectId: TENANT, azureadAuthenticationOnly: true } }],
    "accepts SQL authentication (azuread_administrator.azuread_authentication_only = false)"
  ),

  // PostgreSQL flexible servers
  setting(
    "AZ-PG-001",
    "flags the provider default and passes private and VNet-integrated servers",
    postgres,
    {},
    [
      { publicNetworkAccessEnabled: false },
      { delegatedSubnetId: SUBNET, privateDnsZoneId: "/subscriptions/0/resourceGroups/rg-test/providers/Microsoft.Network/privateDnsZones/x.postgres.database.azure.com" },
    ],
    PUBLIC_BY_DEFAULT
  ),
  {
    name: "AZ-PG-003 flags require_secure_transport off; Azure's default (on) passes",
    rule: "AZ-PG-003",
    build: (stack) => {
      const bad = postgres(stack, "bad");
      parameter(stack, "bad-tls", bad, "require_secure_transport", "off");
      const explicit = postgres(stack, "explicit");
      parameter(stack, "explicit-tls", explicit, "require_secure_transport", "on");
      return { bad, good: [postgres(stack, "default"), explicit], problem: 'accepts unencrypted connections (require_secure_transport = "off")' };
    },
  },
  {
    name: "AZ-PG-004 flags a server that does not set log_connections on",
    rule: "AZ-PG-004",
    build: (stack) => {
      const good = postgres(stack, "good");
      parameter(stack, "good-log", good, "log_connections", "on");
      return { bad: postgres(stack, "bad"), good: [good], problem: 'does not log connection attempts (no log_connections = "on" server configuration)' };
    },
  },
  {
    name: "AZ-PG-004 flags log_connections off",
    rule: "AZ-PG-004",
    build: (stack) => {
      const bad = postgres(stack, "bad");
      parameter(stack, "bad-log", bad, "log_connections", "off");
      const good = postgres(stack, "good");
      parameter(stack, "good-log", good, "log_connections", "ON");
      return { bad, good: [good], problem: 'does not log connection attempts (no log_connections = "on" server configuration)' };
    },
  },
  setting(
    "AZ-PG-005",
    "flags the provider default (password authentication only)",
    postgres,
    {},
    [{ authentication: { activeDirectoryAuthEnabled: true, passwordAuthEnabled: false, tenantId: TENANT } }],
    "does not accept Entra ID authentication (authentication.active_directory_auth_enabled defaults to false)"
  ),
  {
    name: "AZ-PG-006 flags ssl_min_protocol_version TLSv1.1; TLSv1.2 and Azure's default pass",
    rule: "AZ-PG-006",
    build: (stack) => {
      const bad = postgres(stack, "bad");
      parameter(stack, "bad-tls", bad, "ssl_min_protocol_version", "TLSv1.1");
      const explicit = postgres(stack, "explicit");
      parameter(stack, "explicit-tls", explicit, "ssl_min_protocol_version", "TLSv1.2");
      return { bad, good: [postgres(stack, "default"), explicit], problem: 'allows TLS below 1.2 (ssl_min_protocol_version = "TLSv1.1")' };
    },
  },
  {
    name: "AZ-PG-007 flags a server without connection throttling",
    rule: "AZ-PG-007",
    build: (stack) => {
      const good = postgres(stack, "good");
      parameter(stack, "good-throttle", good, "connection_throttle.enable", "on");
      return { bad: postgres(stack, "bad"), good: [good], problem: 'does not throttle failed logins (no connection_throttle.enable = "on" server configuration)' };
    },
  },
  setting(
    "AZ-PG-008",
    "flags the provider default (password authentication on) and passes Entra ID-only authentication",
    postgres,
    {},
    [{ authentication: { activeDirectoryAuthEnabled: true, passwordAuthEnabled: false, tenantId: TENANT } }],
    "accepts password authentication (authentication.password_auth_enabled defaults to true)"
  ),
  setting(
    "AZ-PG-008",
    "flags password authentication left on next to Entra ID",
    postgres,
    { authentication: { activeDirectoryAuthEnabled: true, passwordAuthEnabled: true, tenantId: TENANT } },
    [{ authentication: { activeDirectoryAuthEnabled: true, passwordAuthEnabled: false, tenantId: TENANT } }],
    "accepts password authentication (authentication.password_auth_enabled = true)"
  ),

  // Service Bus
  setting("AZ-SB-001", "flags TLS 1.0 and passes the default", serviceBus, { minimumTlsVersion: "1.0" }, [{}], 'allows TLS below 1.2 (minimum_tls_version = "1.0")'),
  setting("AZ-SB-002", "flags the provider default (SAS keys on)", serviceBus, {}, [{ localAuthEnabled: false }], "accepts shared access signatures (local_auth_enabled defaults to true)"),
  setting(
    "AZ-SB-003",
    "flags a public Premium namespace and leaves Standard (always public) alone",
    serviceBus,
    {},
    [{ publicNetworkAccessEnabled: false }, { sku: "Standard", capacity: undefined, premiumMessagingPartitions: undefined }],
    PUBLIC_BY_DEFAULT
  ),
  setting(
    "AZ-SB-003",
    "flags a network rule set that leaves public access on",
    serviceBus,
    { publicNetworkAccessEnabled: false, networkRuleSet: { defaultAction: "Deny" } },
    [{ publicNetworkAccessEnabled: false, networkRuleSet: { defaultAction: "Deny", publicNetworkAccessEnabled: false } }],
    "accepts traffic from public networks (network_rule_set.public_network_access_enabled defaults to true)"
  ),
  setting("AZ-SB-004", "flags a Standard namespace (Azure keeps it public) and passes Premium", serviceBus, { sku: "Standard", capacity: undefined, premiumMessagingPartitions: undefined }, [{}], "is Standard, which Azure keeps reachable from public networks (Entra ID still guards it)"),
  setting("AZ-STG-008", "flags an anonymously readable container and passes the default", container, { containerAccessType: "blob" }, [{}, { containerAccessType: "private" }], 'can be read anonymously (container_access_type = "blob")'),

  // Cosmos DB
  setting("AZ-COSMOS-001", "flags the provider default (public)", cosmos, {}, [{ publicNetworkAccessEnabled: false }], PUBLIC_BY_DEFAULT),
  setting(
    "AZ-COSMOS-002",
    "flags a NoSQL account with keys (the default) and leaves the MongoDB API alone",
    cosmos,
    {},
    [{ localAuthenticationDisabled: true }, { kind: "MongoDB" }],
    "accepts account keys (local_authentication_disabled defaults to false)"
  ),
  setting(
    "AZ-COSMOS-003",
    "flags the provider default (key-based metadata writes)",
    cosmos,
    {},
    [{ accessKeyMetadataWritesEnabled: false }],
    "lets account keys change databases, containers and throughput (access_key_metadata_writes_enabled defaults to true)"
  ),
  setting(
    "AZ-COSMOS-004",
    "flags the default periodic backup (8 hours) and passes continuous or 7-day periodic backups",
    cosmos,
    {},
    [{ backup: { type: "Continuous", tier: "Continuous7Days" } }, { backup: { type: "Periodic", intervalInMinutes: 240, retentionInHours: 168 } }],
    "keeps periodic backups for less than 7 days (backup.retention_in_hours defaults to 8)"
  ),
  setting("AZ-COSMOS-005", "flags TLS 1.1 and passes the default (Tls12)", cosmos, { minimalTlsVersion: "Tls11" }, [{}], 'allows TLS below 1.2 (minimal_tls_version = "Tls11")'),

  // Log Analytics
  setting("AZ-LOG-001", "flags 7 days and passes the default (30)", workspace, { retentionInDays: 7 }, [{}, { retentionInDays: 90 }], "keeps logs for fewer than 30 days (retention_in_days = 7)"),

  // Key Vault
  setting(
    "AZ-KV-001",
    "flags the provider default (purge protection off)",
    vault,
    {},
    [{ purgeProtectionEnabled: true }],
    "can be purged before its soft-delete retention ends (purge_protection_enabled defaults to false)"
  ),
  setting(
    "AZ-KV-002",
    "flags the provider's minimum (7 days) and passes the default and 90 days",
    vault,
    { softDeleteRetentionDays: 7 },
    [{}, { softDeleteRetentionDays: 90 }],
    "keeps deleted keys and secrets for fewer than 90 days (soft_delete_retention_days = 7)"
  ),
  setting("AZ-KV-002", "flags 89 days", vault, { softDeleteRetentionDays: 89 }, [{ softDeleteRetentionDays: 90 }], "keeps deleted keys and secrets for fewer than 90 days (soft_delete_retention_days = 89)"),
  setting(
    "AZ-KV-003",
    "flags the provider default (access policies) and accepts both spellings of RBAC",
    vault,
    {},
    [{ rbacAuthorizationEnabled: true }, { enableRbacAuthorization: true }],
    "authorizes with access policies (rbac_authorization_enabled defaults to false)"
  ),
  setting(
    "AZ-KV-003",
    "names the deprecated argument when that is the one set",
    vault,
    { enableRbacAuthorization: false },
    [{ rbacAuthorizationEnabled: true }],
    "authorizes with access policies (enable_rbac_authorization = false)"
  ),
  setting(
    "AZ-KV-004",
    "flags the provider default and passes private vaults and default-deny firewalls",
    vault,
    {},
    [{ publicNetworkAccessEnabled: false }, { networkAcls: { bypass: "AzureServices", defaultAction: "Deny" } }],
    'accepts traffic from any network (public_network_access_enabled defaults to true, network_acls.default_action defaults to "Allow")'
  ),
  setting("AZ-KV-005", "flags a secret without content_type", secret, {}, [{ contentType: "password" }], "has no content_type"),
  setting("AZ-KV-006", "flags a secret without an expiration date", secret, {}, [{ expirationDate: "${timeadd(time_rotating.r.rotation_rfc3339, \"720h\")}" }], "never expires (no expiration_date)"),
  setting(
    "AZ-KV-007",
    "flags a key without a rotation policy and one without notify_before_expiry; passes a complete policy",
    key,
    { rotationPolicy: { automatic: { timeAfterCreation: "P365D" }, expireAfter: "P395D" } },
    [{ rotationPolicy: { automatic: { timeAfterCreation: "P365D" }, expireAfter: "P395D", notifyBeforeExpiry: "P30D" } }],
    "has a rotation policy without notify_before_expiry",
  ),
  setting("AZ-KV-007", "flags a key that never expires and passes a rotation policy", key, {}, [{ rotationPolicy: { automatic: { timeAfterCreation: "P90D" }, expireAfter: "P120D", notifyBeforeExpiry: "P30D" } }], "never expires and has no rotation policy"),

  // App Configuration
  setting("AZ-APPCS-001", "flags the provider default (access keys on)", appConfiguration, {}, [{ localAuthEnabled: false }], "accepts access keys (local_auth_enabled defaults to true)"),
  setting(
    "AZ-APPCS-002",
    "flags an unset public_network_access (Automatic)",
    appConfiguration,
    {},
    [{ publicNetworkAccess: "Disabled" }],
    "accepts traffic from public networks (public_network_access is not set)"
  ),
  setting(
    "AZ-APPCS-002",
    "flags public access Enabled",
    appConfiguration,
    { publicNetworkAccess: "Enabled" },
    [{ publicNetworkAccess: "Disabled" }],
    'accepts traffic from public networks (public_network_access = "Enabled")'
  ),
  setting(
    "AZ-APPCS-003",
    "flags the provider default (purge protection off)",
    appConfiguration,
    {},
    [{ sku: "standard", purgeProtectionEnabled: true }],
    "can be purged before its soft-delete retention ends (purge_protection_enabled defaults to false)"
  ),
  setting(
    "AZ-APPCS-004",
    "flags the provider default (free) and passes standard and premium",
    appConfiguration,
    {},
    [{ sku: "standard" }, { sku: "premium" }],
    'uses a SKU without SLA, private endpoints or purge protection (sku defaults to "free")'
  ),
  setting(
    "AZ-APPCS-004",
    "flags the developer SKU",
    appConfiguration,
    { sku: "developer" },
    [{ sku: "standard" }],
    'uses a SKU without SLA, private endpoints or purge protection (sku = "developer")'
  ),

  // Application Insights
  setting(
    "AZ-AI-001",
    "flags the provider default (instrumentation key accepted)",
    insights,
    {},
    [{ localAuthenticationDisabled: true }],
    "accepts telemetry authenticated by the instrumentation key alone (local_authentication_disabled defaults to false)"
  ),
  {
    name: "AZ-AI-002 flags a classic component and accepts a workspace reference",
    rule: "AZ-AI-002",
    build: (stack) => {
      const logs = workspace(stack, "logs");
      return {
        bad: insights(stack, "bad"),
        good: [insights(stack, "good", { workspaceId: logs.getStringAttribute("id") })],
        problem: "is a classic component without a workspace (workspace_id is not set)",
      };
    },
  },

  // Private endpoints
  {
    name: "AZ-PE-001 flags a storage account no private endpoint refers to",
    rule: "AZ-PE-001",
    build: (stack) => {
      const good = storage(stack, "good");
      endpoint(stack, "good-blob", good);
      return { bad: storage(stack, "bad"), good: [good], problem: "has no private endpoint" };
    },
  },
  {
    name: "AZ-PE-001 leaves out resources that are private by placement or cannot take an endpoint",
    rule: "AZ-PE-001",
    build: (stack) => ({
      bad: vault(stack, "bad"),
      good: [
        redis(stack, "injected", { skuName: "Premium", family: "P", subnetId: SUBNET }),
        postgres(stack, "delegated", { delegatedSubnetId: SUBNET }),
        serviceBus(stack, "standard", { sku: "Standard", capacity: undefined, premiumMessagingPartitions: undefined }),
      ],
      problem: "has no private endpoint",
    }),
  },
  {
    name: "AZ-PE-002 flags a private endpoint without a private DNS zone group",
    rule: "AZ-PE-002",
    build: (stack) => {
      const account = storage(stack, "st");
      return {
        bad: endpoint(stack, "bad", account, { privateDnsZoneGroup: undefined }),
        good: [endpoint(stack, "good", account)],
        problem: "registers in no private DNS zone (private_dns_zone_group is not set)",
      };
    },
  },
];

describe("data and security policy rules", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const stack = testStack();
    const { bad, good, problem } = c.build(stack);
    expect(good.length).toBeGreaterThan(0);
    // Exactly one finding, on the failing resource: the passing ones raise none.
    expect(findingsOf(stack, rule(c.rule)).map(({ ruleId, address, problem: p }) => ({ ruleId, address, problem: p }))).toEqual([{ ruleId: c.rule, address: addressOf(bad), problem }]);
  });

  it("AZ-SQL-004 accepts Defender for SQL on the subscription instead of a per-server policy", () => {
    const stack = testStack();
    const server = sqlServer(stack, "covered");
    expect(findingsOf(stack, rule("AZ-SQL-004")).map((f) => f.address)).toEqual([addressOf(server)]);
    new SecurityCenterSubscriptionPricing(stack, "defender-sql", { tier: "Standard", resourceType: "SqlServers" });
    expect(findingsOf(stack, rule("AZ-SQL-004"))).toEqual([]);
  });

  it("reports the rule's fix and the construct path with each finding", () => {
    const stack = testStack();
    storage(stack, "open", { minTlsVersion: "TLS1_1" });
    const [finding] = policyReport(stack, { rules: [rule("AZ-STG-001")] }).findings;
    expect(finding).toEqual({
      ruleId: "AZ-STG-001",
      path: "test/open",
      address: expect.stringMatching(/^azurerm_storage_account\.open/),
      problem: 'allows TLS below 1.2 (min_tls_version = "TLS1_1")',
      fix: rule("AZ-STG-001").fix,
    });
  });

  it("reads every spelling of a TLS version the provider uses", () => {
    const versions = ["1.0", "1.2", "TLS1_0", "TLS1_2", "Tls", "Tls11", "Tls12", "TLSv1", "TLSv1.2", "TLSv1.3", "Disabled"].map(tlsVersion);
    expect(versions).toEqual([10, 12, 10, 12, 10, 11, 12, 10, 12, 13, undefined]);
  });

  describe("the catalogue", () => {
    it("has a failing and a passing case for every rule", () => {
      const tested = new Set(CASES.map((c) => c.rule));
      expect(RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
    });
  });
});
