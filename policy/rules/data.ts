import { isExpression, valueAt, valuesAt } from "../attributes";
import type { PolicyContext, PolicyResource, PolicyRule } from "../types";
import { atLeast, isFalse, isTrue, PUBLIC_ACCESS, publicNetworkRule, settingProblem, settingRule, tls12 } from "./common";

/**
 * Rules for the data services: storage, Redis, container registry, SQL, PostgreSQL, Service Bus,
 * Cosmos DB and Log Analytics. Each reads the azurerm 4.x argument and, when it is unset, the value
 * the provider sends instead (its schema default): an unset argument is as insecure as its default.
 * The private-endpoint rules, which span these services, live in security.ts.
 */

const skuIs =
  (argument: string, ...skus: string[]) =>
  (resource: PolicyResource): boolean =>
    skus.includes(String(valueAt(resource.body, argument)));

// ---------------------------------------------------------------------------------------------------
// Storage accounts

const STORAGE = "azurerm_storage_account";

/**
 * Blob and container soft delete: the block off means no soft delete; a block without `days` keeps
 * 7 (the provider's default). FileStorage accounts have no blob service.
 */
function storageSoftDeleteRule(id: string, what: string, block: string, scanners: string[], fix: string): PolicyRule {
  return {
    id,
    title: `Storage accounts keep deleted ${what} for at least 7 days`,
    scanners,
    resourceTypes: [STORAGE],
    fix,
    check: ({ body }) => {
      if (valueAt<unknown>(body, "account_kind", "StorageV2") === "FileStorage") return undefined;
      const policyDefault = valueAt(body, block) === undefined ? undefined : 7;
      return settingProblem(body, `${block}.days`, policyDefault, atLeast(7), `does not keep deleted ${what} for 7 days`);
    },
  };
}

const STORAGE_RULES: PolicyRule[] = [
  settingRule({
    id: "AZ-STG-008",
    title: "Blob containers are private",
    scanners: ["Checkov CKV_AZURE_34", "Trivy AVD-AZU-0007 (azure-storage-no-public-access)"],
    fix: 'set container_access_type = "private" (StorageAccount.addContainer does unless the container is in anonymousReadContainers)',
    resourceType: "azurerm_storage_container",
    argument: "container_access_type",
    providerDefault: "private",
    complies: (value) => value === "private",
    problem: "can be read anonymously",
  }),
  settingRule({
    id: "AZ-STG-001",
    title: "Storage accounts reject TLS versions older than 1.2",
    scanners: ["Checkov CKV_AZURE_44", "Trivy AVD-AZU-0011 (azure-storage-use-secure-tls-policy)", "PSRule Azure.Storage.MinTLS"],
    fix: 'set min_tls_version = "TLS1_2" (the StorageAccount construct always does)',
    resourceType: STORAGE,
    argument: "min_tls_version",
    providerDefault: "TLS1_2",
    complies: tls12,
    problem: "allows TLS below 1.2",
  }),
  settingRule({
    id: "AZ-STG-002",
    title: "Storage accounts accept HTTPS only",
    scanners: ["Checkov CKV_AZURE_3", "Trivy AVD-AZU-0008 (azure-storage-enforce-https)", "PSRule Azure.Storage.SecureTransfer"],
    fix: "set https_traffic_only_enabled = true (the StorageAccount construct always does)",
    resourceType: STORAGE,
    argument: "https_traffic_only_enabled",
    providerDefault: true,
    complies: isTrue,
    problem: "accepts plain HTTP",
  }),
  settingRule({
    id: "AZ-STG-003",
    title: "Storage accounts forbid anonymous public access to blobs",
    scanners: ["Checkov CKV_AZURE_190", "Checkov CKV2_AZURE_47", "Trivy AVD-AZU-0007 (azure-storage-no-public-access)", "PSRule Azure.Storage.BlobPublicAccess"],
    fix: "set allow_nested_items_to_be_public = false (the StorageAccount construct always does)",
    resourceType: STORAGE,
    argument: "allow_nested_items_to_be_public",
    providerDefault: true,
    complies: isFalse,
    problem: "lets containers be opened to anonymous readers",
  }),
  settingRule({
    id: "AZ-STG-004",
    title: "Storage accounts refuse shared key authorization (Entra ID only)",
    scanners: ["Checkov CKV2_AZURE_40", "PSRule Azure.Storage.LocalAuth"],
    fix: "set shared_access_key_enabled = false (StorageAccount prop sharedAccessKeyEnabled, default false) and grant data-plane roles instead",
    resourceType: STORAGE,
    argument: "shared_access_key_enabled",
    providerDefault: true,
    complies: isFalse,
    problem: "accepts shared key authorization",
  }),
  publicNetworkRule({
    id: "AZ-STG-005",
    title: "Storage accounts are closed to public networks, or their firewall denies by default",
    scanners: ["Checkov CKV_AZURE_59", "Checkov CKV_AZURE_35", "Trivy AVD-AZU-0012 (azure-storage-default-action-deny)", "PSRule Azure.Storage.Firewall"],
    fix: 'set public_network_access_enabled = false and reach it through a private endpoint, or network_rules.default_action = "Deny" (StorageAccount props publicNetworkAccess, default false, and networkDefaultAction)',
    resourceType: STORAGE,
    firewall: {
      argument: "network_rules.default_action",
      // Inline network_rules, or the separate azurerm_storage_account_network_rules resource.
      action: (account, context) =>
        valueAt(account.body, "network_rules.default_action") ??
        context.referencing(account, "azurerm_storage_account_network_rules", "storage_account_id").map(({ body }) => valueAt(body, "default_action"))[0],
    },
  }),
  storageSoftDeleteRule(
    "AZ-STG-006",
    "blobs",
    "blob_properties.delete_retention_policy",
    ["Checkov CKV2_AZURE_38", "Trivy AVD-AZU-0056 (blob soft delete)", "PSRule Azure.Storage.SoftDelete"],
    "set blob_properties.delete_retention_policy.days >= 7 (StorageAccount prop blobSoftDeleteDays)"
  ),
  storageSoftDeleteRule(
    "AZ-STG-007",
    "containers",
    "blob_properties.container_delete_retention_policy",
    ["PSRule Azure.Storage.ContainerSoftDelete"],
    "set blob_properties.container_delete_retention_policy.days >= 7 (StorageAccount prop containerSoftDeleteDays)"
  ),
];

// ---------------------------------------------------------------------------------------------------
// Azure Cache for Redis

const REDIS = "azurerm_redis_cache";

const REDIS_RULES: PolicyRule[] = [
  settingRule({
    id: "AZ-REDIS-001",
    title: "Redis caches reject TLS versions older than 1.2",
    scanners: ["Checkov CKV_AZURE_148", "PSRule Azure.Redis.MinTLS"],
    fix: 'set minimum_tls_version = "1.2" (the RedisCache construct always does)',
    resourceType: REDIS,
    argument: "minimum_tls_version",
    // azurerm 4.x schema default (3.x sent "1.0").
    providerDefault: "1.2",
    complies: tls12,
    problem: "allows TLS below 1.2",
  }),
  settingRule({
    id: "AZ-REDIS-002",
    title: "Redis caches keep the non-TLS port (6379) closed",
    scanners: ["Checkov CKV_AZURE_91", "PSRule Azure.Redis.NonSslPort"],
    fix: "set non_ssl_port_enabled = false (the RedisCache construct always does)",
    resourceType: REDIS,
    argument: "non_ssl_port_enabled",
    providerDefault: false,
    complies: isFalse,
    problem: "opens the plain-text port 6379",
  }),
  publicNetworkRule({
    id: "AZ-REDIS-003",
    title: "Redis caches are closed to public networks",
    scanners: ["Checkov CKV_AZURE_89", "PSRule Azure.Redis.PublicNetworkAccess"],
    fix: "set public_network_access_enabled = false and reach the cache through a private endpoint (RedisCache prop publicNetworkAccess, default false)",
    resourceType: REDIS,
    // A cache injected into a subnet (Premium subnet_id) is private by placement.
    appliesTo: (cache) => valueAt(cache.body, "subnet_id") === undefined,
  }),
  settingRule({
    id: "AZ-REDIS-004",
    title: "Redis caches authenticate with Entra ID, not access keys",
    scanners: ["PSRule Azure.Redis.EntraID"],
    fix: "set access_keys_authentication_enabled = false with redis_configuration.active_directory_authentication_enabled = true (RedisCache prop accessKeysAuthentication, default false)",
    resourceType: REDIS,
    argument: "access_keys_authentication_enabled",
    providerDefault: true,
    complies: isFalse,
    problem: "accepts access-key authentication",
  }),
];

// ---------------------------------------------------------------------------------------------------
// Azure Managed Redis: the same guardrails as AZ-REDIS-001..004 in its own arguments. There is no TLS
// version to pin (it accepts TLS 1.2 and 1.3 only) and no port to close: the client protocol decides.

const MANAGED_REDIS = "azurerm_managed_redis";

const MANAGED_REDIS_RULES: PolicyRule[] = [
  settingRule({
    id: "AZ-AMR-001",
    title: "Managed Redis databases accept TLS connections only",
    scanners: ["(no Checkov/Trivy/PSRule id yet; the Azure Cache for Redis counterpart is AZ-REDIS-002)"],
    fix: 'set default_database.client_protocol = "Encrypted" (the ManagedRedis construct always does)',
    resourceType: MANAGED_REDIS,
    argument: "default_database.client_protocol",
    providerDefault: "Encrypted",
    complies: (value) => value === "Encrypted",
    problem: "accepts plain-text connections",
  }),
  {
    id: "AZ-AMR-002",
    title: "Managed Redis caches are closed to public networks",
    scanners: ["(no Checkov/Trivy/PSRule id yet; the Azure Cache for Redis counterpart is AZ-REDIS-003)"],
    resourceTypes: [MANAGED_REDIS],
    fix: 'set public_network_access = "Disabled" and reach the cache through a private endpoint (ManagedRedis prop publicNetworkAccess, default false)',
    // A string here, not the boolean publicNetworkRule reads; azurerm 4.55 sends "Enabled" when unset.
    check: (resource) => settingProblem(resource.body, "public_network_access", "Enabled", (value) => value === "Disabled", "accepts traffic from public networks"),
  },
  settingRule({
    id: "AZ-AMR-003",
    title: "Managed Redis caches authenticate with Entra ID, not access keys",
    scanners: ["(no Checkov/Trivy/PSRule id yet; the Azure Cache for Redis counterpart is AZ-REDIS-004)"],
    fix: "set default_database.access_keys_authentication_enabled = false and grant data access with access policy assignments (ManagedRedis prop accessKeysAuthentication, default false; grantDataAccess)",
    resourceType: MANAGED_REDIS,
    argument: "default_database.access_keys_authentication_enabled",
    providerDefault: false,
    complies: isFalse,
    problem: "accepts access-key authentication",
  }),
];

// ---------------------------------------------------------------------------------------------------
// Container registries

const REGISTRY = "azurerm_container_registry";

const REGISTRY_RULES: PolicyRule[] = [
  settingRule({
    id: "AZ-ACR-001",
    title: "Container registries have the admin user disabled",
    scanners: ["Checkov CKV_AZURE_137", "PSRule Azure.ACR.AdminUser"],
    fix: "set admin_enabled = false and grant AcrPull/AcrPush to identities (the ContainerRegistry construct always does)",
    resourceType: REGISTRY,
    argument: "admin_enabled",
    providerDefault: false,
    complies: isFalse,
    problem: "enables the admin user",
  }),
  settingRule({
    id: "AZ-ACR-002",
    title: "Container registries refuse anonymous pulls",
    scanners: ["Checkov CKV_AZURE_138", "PSRule Azure.ACR.AnonymousAccess"],
    fix: "set anonymous_pull_enabled = false (the ContainerRegistry construct always does)",
    resourceType: REGISTRY,
    argument: "anonymous_pull_enabled",
    providerDefault: false,
    complies: isFalse,
    problem: "lets anyone pull images",
  }),
  publicNetworkRule({
    id: "AZ-ACR-003",
    title: "Container registries are closed to public networks",
    scanners: ["Checkov CKV_AZURE_139", "PSRule Azure.ACR.Firewall"],
    fix: "use the Premium SKU, set public_network_access_enabled = false and pull through a private endpoint (ContainerRegistry props sku and publicNetworkAccess, default false)",
    resourceType: REGISTRY,
  }),
  settingRule({
    id: "AZ-ACR-004",
    title: "Premium container registries forbid exporting artifacts",
    scanners: ["PSRule Azure.ACR.ExportPolicy"],
    fix: "set export_policy_enabled = false with public network access off (the ContainerRegistry construct does for Premium)",
    resourceType: REGISTRY,
    argument: "export_policy_enabled",
    providerDefault: true,
    complies: isFalse,
    problem: "allows artifacts to be exported out of the registry",
    // Only Premium registries can turn exports off.
    appliesTo: skuIs("sku", "Premium"),
  }),
];

// ---------------------------------------------------------------------------------------------------
// Azure SQL

const SQL_SERVER = "azurerm_mssql_server";
const SQL_DATABASE = "azurerm_mssql_database";

const isNonEmpty = (value: unknown): boolean => typeof value === "string" && value !== "";

/** Log categories that carry the audit events of a server's master database (the groups include the category). */
const AUDIT_CATEGORY = "SQLSecurityAuditEvents";
const AUDIT_CATEGORY_GROUPS = ["audit", "allLogs"];

/**
 * Whether a diagnostic setting on exactly `<server id>/databases/master` (where Azure routes server
 * audit events) sends SQLSecurityAuditEvents to a Log Analytics workspace.
 */
function sendsAuditEventsToWorkspace(server: PolicyResource, context: PolicyContext): boolean {
  const master = `${server.ref()}/databases/master`;
  return context
    .ofType("azurerm_monitor_diagnostic_setting")
    .filter(({ body }) => valueAt(body, "target_resource_id") === master && isNonEmpty(valueAt(body, "log_analytics_workspace_id")))
    .some(({ body }) => valuesAt(body, "enabled_log.category").includes(AUDIT_CATEGORY) || valuesAt(body, "enabled_log.category_group").some((group) => AUDIT_CATEGORY_GROUPS.includes(String(group))));
}

const SQL_RULES: PolicyRule[] = [
  settingRule({
    id: "AZ-SQL-001",
    title: "SQL servers reject TLS versions older than 1.2",
    scanners: ["Checkov CKV_AZURE_52", "Trivy AVD-AZU-0026 (azure-database-secure-tls-policy)", "PSRule Azure.SQL.MinTLS"],
    fix: 'set minimum_tls_version = "1.2" (the SqlServer construct always does)',
    resourceType: SQL_SERVER,
    argument: "minimum_tls_version",
    providerDefault: "1.2",
    complies: tls12,
    problem: "allows TLS below 1.2",
  }),
  publicNetworkRule({
    id: "AZ-SQL-002",
    title: "SQL servers are closed to public networks",
    scanners: ["Checkov CKV_AZURE_113", "Trivy AVD-AZU-0022 (azure-database-no-public-access)"],
    fix: "set public_network_access_enabled = false and connect through a private endpoint (the SqlServer construct always does)",
    resourceType: SQL_SERVER,
  }),
  {
    id: "AZ-SQL-003",
    title: "SQL servers are audited to Log Analytics or storage",
    scanners: ["Checkov CKV_AZURE_23", "Trivy AVD-AZU-0027 (azure-database-enable-audit)", "PSRule Azure.SQL.Auditing"],
    resourceTypes: [SQL_SERVER],
    fix: "add an azurerm_mssql_server_extended_auditing_policy for the server with a destination: a storage_endpoint, or log_monitoring_enabled with an azurerm_monitor_diagnostic_setting on <server id>/databases/master sending SQLSecurityAuditEvents to Log Analytics (SqlServer prop auditing does the latter)",
    check: (server, context) => {
      const policies = context.referencing(server, "azurerm_mssql_server_extended_auditing_policy", "server_id");
      if (policies.length === 0) return "has no auditing policy (no azurerm_mssql_server_extended_auditing_policy refers to it)";
      // enabled defaults to true.
      const enabled = policies.filter(({ body }) => valueAt<unknown>(body, "enabled", true) !== false);
      if (enabled.length === 0) return "has its auditing policy disabled (enabled = false)";
      if (enabled.some(({ body }) => isNonEmpty(valueAt(body, "storage_endpoint")))) return undefined;
      // log_monitoring_enabled (default true) only hands the events to Azure Monitor, which routes them
      // through the master database: without a diagnostic setting there, they reach no workspace.
      if (enabled.every(({ body }) => valueAt<unknown>(body, "log_monitoring_enabled", true) === false)) return "audits to no destination (log_monitoring_enabled = false and no storage_endpoint)";
      return sendsAuditEventsToWorkspace(server, context)
        ? undefined
        : "audits to no destination (no storage_endpoint, and no diagnostic setting on its databases/master sends SQLSecurityAuditEvents to a Log Analytics workspace)";
    },
  },
  {
    id: "AZ-SQL-004",
    title: "SQL servers have threat protection on, with every alert type",
    scanners: ["Checkov CKV2_AZURE_13", "Checkov CKV_AZURE_25", "Trivy AVD-AZU-0028 (azure-database-all-threat-alerts-enabled)", "PSRule Azure.SQL.DefenderCloud"],
    resourceTypes: [SQL_SERVER],
    fix: 'add an azurerm_mssql_server_security_alert_policy with state = "Enabled" and no disabled_alerts (SqlServer prop threatDetection, default true), or turn on Defender for SQL for the subscription',
    check: (server, context) => {
      const name = valueAt(server.body, "name");
      const policies = context
        .ofType("azurerm_mssql_server_security_alert_policy")
        .filter(({ body }) => {
          const serverName = valueAt(body, "server_name");
          return serverName === name || (typeof serverName === "string" && serverName.includes(server.ref("name")));
        })
        .filter(({ body }) => valueAt(body, "state") === "Enabled");
      const defender = context
        .ofType("azurerm_security_center_subscription_pricing")
        .some(({ body }) => valueAt<unknown>(body, "resource_type", "VirtualMachines") === "SqlServers" && valueAt(body, "tier") === "Standard");
      if (policies.length === 0 && !defender) return 'has no threat protection (no security alert policy in state "Enabled", no Defender for SQL plan)';
      const disabled = policies.flatMap(({ body }) => valuesAt(body, "disabled_alerts").filter((alert) => alert !== ""));
      return disabled.length > 0 ? `disables threat alerts ${disabled.join(", ")}` : undefined;
    },
  },
  {
    id: "AZ-SQL-005",
    title: "SQL servers have an Entra ID administrator",
    scanners: ["Checkov CKV2_AZURE_27", "PSRule Azure.SQL.AAD"],
    resourceTypes: [SQL_SERVER],
    fix: "set an azuread_administrator block (SqlServer prop entraAdmin)",
    check: ({ body }) => (valueAt(body, "azuread_administrator.object_id") === undefined ? "has no Entra ID administrator (azuread_administrator is not set)" : undefined),
  },
  settingRule({
    id: "AZ-SQL-006",
    title: "SQL databases keep transparent data encryption on",
    scanners: ["Checkov CKV2_AZURE_25", "PSRule Azure.SQL.TDE"],
    fix: "remove transparent_data_encryption_enabled = false (the SqlServer construct always enables it)",
    resourceType: SQL_DATABASE,
    argument: "transparent_data_encryption_enabled",
    providerDefault: true,
    complies: isTrue,
    problem: "stores data without transparent data encryption",
  }),
  settingRule({
    id: "AZ-SQL-007",
    title: "SQL databases keep point-in-time backups for at least 7 days",
    scanners: ["Azure Well-Architected: SQL Database point-in-time restore retention (no scanner id)"],
    fix: "set short_term_retention_policy.retention_days >= 7 (SqlServer database option shortTermRetentionDays)",
    resourceType: SQL_DATABASE,
    argument: "short_term_retention_policy.retention_days",
    // Azure keeps 7 days when the block is absent.
    providerDefault: 7,
    complies: atLeast(7),
    problem: "keeps point-in-time backups for fewer than 7 days",
  }),
  settingRule({
    id: "AZ-SQL-008",
    title: "SQL servers accept Entra ID authentication only",
    scanners: ["PSRule Azure.SQL.AADOnly", "Azure Policy 'Azure SQL Database should have Microsoft Entra-only authentication enabled'"],
    fix: "set azuread_administrator.azuread_authentication_only = true and connect with Entra ID identities instead of SQL logins (the SqlServer construct keeps SQL authentication on next to Entra ID, for seed 004)",
    resourceType: SQL_SERVER,
    argument: "azuread_administrator.azuread_authentication_only",
    // Without the block there is no Entra ID administrator at all: SQL logins only.
    providerDefault: false,
    complies: isTrue,
    problem: "accepts SQL authentication",
  }),
];

// ---------------------------------------------------------------------------------------------------
// PostgreSQL flexible servers

const POSTGRES = "azurerm_postgresql_flexible_server";
const POSTGRES_CONFIGURATION = "azurerm_postgresql_flexible_server_configuration";

/** The server parameters a server's configuration resources set, by parameter name. */
function serverParameters(server: PolicyResource, context: PolicyContext, name: string): PolicyResource[] {
  return context.referencing(server, POSTGRES_CONFIGURATION, "server_id").filter(({ body }) => valueAt(body, "name") === name);
}

const isOn = (value: unknown): boolean => typeof value === "string" && ["on", "true", "1"].includes(value.toLowerCase());

/**
 * A server parameter that must be explicitly on: the scanners check for the configuration resource,
 * not for Azure's default.
 */
function parameterOnRule(id: string, parameter: string, what: string, scanners: string[]): PolicyRule {
  return {
    id,
    title: `PostgreSQL flexible servers set ${parameter} on`,
    scanners,
    resourceTypes: [POSTGRES],
    fix: `add an ${POSTGRES_CONFIGURATION} ${parameter} = "on" (the PostgreSqlFlexibleServer construct always does)`,
    check: (server, context) => {
      const values = serverParameters(server, context, parameter).map(({ body }) => valueAt(body, "value"));
      if (values.some(isExpression)) return `sets ${parameter} from an expression the policy cannot check`;
      return values.length > 0 && values.every(isOn) ? undefined : `does not ${what} (no ${parameter} = "on" server configuration)`;
    },
  };
}

const POSTGRES_RULES: PolicyRule[] = [
  publicNetworkRule({
    id: "AZ-PG-001",
    title: "PostgreSQL flexible servers are closed to public networks",
    scanners: ["Trivy AVD-AZU-0022 (azure-database-no-public-access)", "Checkov CKV_AZURE_68 (single-server counterpart)"],
    fix: "set public_network_access_enabled = false and connect through a private endpoint or VNet integration (the PostgreSqlFlexibleServer construct always does)",
    resourceType: POSTGRES,
    // A server injected into a delegated subnet has no public endpoint at all.
    appliesTo: (server) => valueAt(server.body, "delegated_subnet_id") === undefined,
  }),
  {
    id: "AZ-PG-003",
    title: "PostgreSQL flexible servers require TLS (require_secure_transport stays on)",
    scanners: ["Trivy AVD-AZU-0020 (azure-database-enable-ssl-enforcement)", "PSRule Azure.PostgreSQL.UseSSL", "Checkov CKV_AZURE_29 (single-server counterpart)"],
    resourceTypes: [POSTGRES],
    fix: `remove the ${POSTGRES_CONFIGURATION} that sets require_secure_transport off (Azure's default is on)`,
    check: (server, context) => {
      // Azure's default is on: only a configuration resource can turn it off.
      const values = serverParameters(server, context, "require_secure_transport").map(({ body }) => valueAt(body, "value"));
      if (values.some(isExpression)) return "sets require_secure_transport from an expression the policy cannot check";
      return values.some((value) => !isOn(value)) ? `accepts unencrypted connections (require_secure_transport = ${JSON.stringify(values.find((value) => !isOn(value)))})` : undefined;
    },
  },
  parameterOnRule("AZ-PG-004", "log_connections", "log connection attempts", [
    "Checkov CKV_AZURE_31 (single-server counterpart)",
    "Trivy AVD-AZU-0019 (azure-database-postgres-configuration-log-connections)",
  ]),
  settingRule({
    id: "AZ-PG-005",
    title: "PostgreSQL flexible servers accept Entra ID authentication",
    scanners: ["PSRule Azure.PostgreSQL.AAD"],
    fix: "set authentication.active_directory_auth_enabled = true (the PostgreSqlFlexibleServer construct always does; prop entraAdmin names the administrator)",
    resourceType: POSTGRES,
    argument: "authentication.active_directory_auth_enabled",
    providerDefault: false,
    complies: isTrue,
    problem: "does not accept Entra ID authentication",
  }),
  {
    id: "AZ-PG-006",
    title: "PostgreSQL flexible servers reject TLS versions older than 1.2",
    scanners: ["PSRule Azure.PostgreSQL.MinTLS", "Checkov CKV_AZURE_147 (single-server counterpart)"],
    resourceTypes: [POSTGRES],
    fix: `set the ${POSTGRES_CONFIGURATION} ssl_min_protocol_version to "TLSv1.2" or remove it (Azure's default is TLSv1.2)`,
    check: (server, context) => {
      const values = serverParameters(server, context, "ssl_min_protocol_version").map(({ body }) => valueAt(body, "value"));
      if (values.some(isExpression)) return "sets ssl_min_protocol_version from an expression the policy cannot check";
      const weak = values.find((value) => !tls12(value));
      return weak === undefined ? undefined : `allows TLS below 1.2 (ssl_min_protocol_version = ${JSON.stringify(weak)})`;
    },
  },
  parameterOnRule("AZ-PG-007", "connection_throttle.enable", "throttle failed logins", [
    "Checkov CKV_AZURE_32 (single-server counterpart)",
    "Trivy AVD-AZU-0021 (azure-database-postgres-configuration-connection-throttling)",
  ]),
  settingRule({
    id: "AZ-PG-008",
    title: "PostgreSQL flexible servers accept Entra ID authentication only",
    scanners: ["PSRule Azure.PostgreSQL.AADOnly"],
    fix: "set authentication.password_auth_enabled = false (with active_directory_auth_enabled = true) and connect with Entra ID identities (the PostgreSqlFlexibleServer construct keeps password authentication on next to Entra ID)",
    resourceType: POSTGRES,
    argument: "authentication.password_auth_enabled",
    // The service default with or without the authentication block.
    providerDefault: true,
    complies: isFalse,
    problem: "accepts password authentication",
  }),
];

// ---------------------------------------------------------------------------------------------------
// Service Bus

const SERVICE_BUS = "azurerm_servicebus_namespace";

const SERVICE_BUS_RULES: PolicyRule[] = [
  settingRule({
    id: "AZ-SB-001",
    title: "Service Bus namespaces reject TLS versions older than 1.2",
    scanners: ["Checkov CKV_AZURE_205", "PSRule Azure.ServiceBus.MinTLS"],
    fix: 'set minimum_tls_version = "1.2" (the ServiceBusNamespace construct always does)',
    resourceType: SERVICE_BUS,
    argument: "minimum_tls_version",
    providerDefault: "1.2",
    complies: tls12,
    problem: "allows TLS below 1.2",
  }),
  settingRule({
    id: "AZ-SB-002",
    title: "Service Bus namespaces refuse SAS keys (Entra ID only)",
    scanners: ["Checkov CKV_AZURE_203", "PSRule Azure.ServiceBus.DisableLocalAuth"],
    fix: "set local_auth_enabled = false and grant Azure Service Bus Data Sender/Receiver (the ServiceBusNamespace construct always does)",
    resourceType: SERVICE_BUS,
    argument: "local_auth_enabled",
    providerDefault: true,
    complies: isFalse,
    problem: "accepts shared access signatures",
  }),
  {
    id: "AZ-SB-003",
    title: "Premium Service Bus namespaces are closed to public networks",
    scanners: ["Checkov CKV_AZURE_204"],
    resourceTypes: [SERVICE_BUS],
    fix: "set public_network_access_enabled = false, and network_rule_set.public_network_access_enabled = false when there is a rule set (ServiceBusNamespace.addPrivateEndpoint does both)",
    // Only Premium namespaces take private endpoints and network rules; Standard ones are always public.
    check: ({ body }) => {
      if (valueAt(body, "sku") !== "Premium") return undefined;
      const open = settingProblem(body, PUBLIC_ACCESS, true, isFalse, "accepts traffic from public networks");
      // The rule set carries its own flag (default true) and the two must agree.
      const ruleSet = valueAt(body, "network_rule_set") === undefined ? undefined : settingProblem(body, `network_rule_set.${PUBLIC_ACCESS}`, true, isFalse, "accepts traffic from public networks");
      return open ?? ruleSet;
    },
  },
  {
    id: "AZ-SB-004",
    title: "Service Bus namespaces below Premium are public: each one is a written exception",
    scanners: ["Checkov CKV_AZURE_204 (fires on every namespace with public network access)", "Trivy: no Service Bus check"],
    resourceTypes: [SERVICE_BUS],
    fix: 'use sku = "Premium" with a private endpoint (ServiceBusNamespace.addPrivateEndpoint), or suppress with the reason the tier is public',
    // Standard and Basic namespaces take neither private endpoints nor network rules: Azure keeps them public.
    check: ({ body }) => (valueAt(body, "sku") === "Premium" ? undefined : `is ${valueAt(body, "sku")}, which Azure keeps reachable from public networks (Entra ID still guards it)`),
  },
];

// ---------------------------------------------------------------------------------------------------
// Cosmos DB

const COSMOS = "azurerm_cosmosdb_account";

/** Local (key) authentication can only be turned off for the NoSQL API. */
function isNoSqlAccount(resource: PolicyResource): boolean {
  const otherApis = ["EnableCassandra", "EnableGremlin", "EnableTable", "EnableMongo"];
  return valueAt<unknown>(resource.body, "kind", "GlobalDocumentDB") === "GlobalDocumentDB" && !valuesAt(resource.body, "capabilities.name").some((name) => otherApis.includes(String(name)));
}

const COSMOS_RULES: PolicyRule[] = [
  publicNetworkRule({
    id: "AZ-COSMOS-001",
    title: "Cosmos DB accounts are closed to public networks",
    scanners: ["Checkov CKV_AZURE_101", "PSRule Azure.Cosmos.PublicAccess"],
    fix: "set public_network_access_enabled = false and connect through a private endpoint",
    resourceType: COSMOS,
  }),
  settingRule({
    id: "AZ-COSMOS-002",
    title: "Cosmos DB (NoSQL) accounts refuse key authentication (Entra ID only)",
    scanners: ["Checkov CKV_AZURE_140", "PSRule Azure.Cosmos.DisableLocalAuth"],
    fix: "set local_authentication_disabled = true and grant Cosmos DB data-plane roles",
    resourceType: COSMOS,
    argument: "local_authentication_disabled",
    providerDefault: false,
    complies: isTrue,
    problem: "accepts account keys",
    appliesTo: isNoSqlAccount,
  }),
  settingRule({
    id: "AZ-COSMOS-003",
    title: "Cosmos DB accounts forbid metadata writes with account keys",
    scanners: ["Checkov CKV_AZURE_132", "PSRule Azure.Cosmos.DisableMetadataWrite"],
    fix: "set access_key_metadata_writes_enabled = false and manage databases and containers through ARM",
    resourceType: COSMOS,
    argument: "access_key_metadata_writes_enabled",
    providerDefault: true,
    complies: isFalse,
    problem: "lets account keys change databases, containers and throughput",
  }),
  {
    id: "AZ-COSMOS-004",
    title: "Cosmos DB accounts back up continuously, or periodically with at least 7 days kept",
    scanners: ["PSRule Azure.Cosmos.ContinuousBackup"],
    resourceTypes: [COSMOS],
    fix: 'set backup.type = "Continuous" (point-in-time restore), or a Periodic backup with retention_in_hours >= 168',
    check: ({ body }) => {
      if (valueAt<unknown>(body, "backup.type", "Periodic") === "Continuous") return undefined;
      // Periodic is Azure's default: every 4 hours, each copy kept 8 hours.
      return settingProblem(body, "backup.retention_in_hours", 8, atLeast(7 * 24), "keeps periodic backups for less than 7 days");
    },
  },
  settingRule({
    id: "AZ-COSMOS-005",
    title: "Cosmos DB accounts reject TLS versions older than 1.2",
    scanners: ["PSRule Azure.Cosmos.MinTLS"],
    fix: 'set minimal_tls_version = "Tls12"',
    resourceType: COSMOS,
    argument: "minimal_tls_version",
    providerDefault: "Tls12",
    complies: tls12,
    problem: "allows TLS below 1.2",
  }),
];

// ---------------------------------------------------------------------------------------------------
// Log Analytics

const LOG_RULES: PolicyRule[] = [
  settingRule({
    id: "AZ-LOG-001",
    title: "Log Analytics workspaces keep data for at least 30 days",
    scanners: ["Microsoft cloud security benchmark LT-6: log retention (no scanner id)"],
    fix: "set retention_in_days >= 30 (LogAnalyticsWorkspace prop retentionInDays, default 30)",
    resourceType: "azurerm_log_analytics_workspace",
    argument: "retention_in_days",
    // Azure's default for PerGB2018; only the Free tier keeps 7.
    providerDefault: 30,
    complies: atLeast(30),
    problem: "keeps logs for fewer than 30 days",
  }),
];

/** The data-service rules, in report order. */
export const DATA_RULES: PolicyRule[] = [...STORAGE_RULES, ...REDIS_RULES, ...MANAGED_REDIS_RULES, ...REGISTRY_RULES, ...SQL_RULES, ...POSTGRES_RULES, ...SERVICE_BUS_RULES, ...COSMOS_RULES, ...LOG_RULES];
