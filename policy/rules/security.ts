import { valueAt, valuesAt } from "../attributes";
import type { PolicyResource, PolicyRule } from "../types";
import { atLeast, isFalse, isTrue, publicNetworkRule, settingProblem, settingRule } from "./common";

/**
 * Rules for the security services (Key Vault, App Configuration), local authentication of
 * Application Insights, and the private endpoints every PaaS data service is reached through.
 */

// ---------------------------------------------------------------------------------------------------
// Key Vault

const KEY_VAULT = "azurerm_key_vault";

/** Key Vault children that expire: a secret's `expiration_date`, a key's own or its rotation policy's `expire_after`. */
const KEY_VAULT_SECRET = "azurerm_key_vault_secret";
const KEY_VAULT_KEY = "azurerm_key_vault_key";

const KEY_VAULT_RULES: PolicyRule[] = [
  settingRule({
    id: "AZ-KV-001",
    title: "Key vaults have purge protection on (in every environment)",
    scanners: ["Checkov CKV_AZURE_110", "Checkov CKV_AZURE_42", "Trivy AVD-AZU-0016 (azure-keyvault-no-purge)", "PSRule Azure.KeyVault.PurgeProtect"],
    fix: "set purge_protection_enabled = true (the KeyVault construct always does)",
    resourceType: KEY_VAULT,
    argument: "purge_protection_enabled",
    providerDefault: false,
    complies: isTrue,
    problem: "can be purged before its soft-delete retention ends",
  }),
  settingRule({
    id: "AZ-KV-002",
    title: "Key vaults keep deleted objects for 90 days",
    scanners: ["Checkov CKV_AZURE_111", "Checkov CKV_AZURE_42", "PSRule Azure.KeyVault.SoftDelete"],
    fix: "leave soft_delete_retention_days unset or set it to 90 (KeyVault prop softDeleteRetentionDays, default 90; DESIGN.md: 90-day soft delete)",
    resourceType: KEY_VAULT,
    argument: "soft_delete_retention_days",
    // Soft delete is always on; the provider accepts 7-90 days and defaults to 90.
    providerDefault: 90,
    complies: atLeast(90),
    problem: "keeps deleted keys and secrets for fewer than 90 days",
  }),
  {
    id: "AZ-KV-003",
    title: "Key vaults authorize data-plane access with Azure RBAC",
    scanners: ["PSRule Azure.KeyVault.RBAC"],
    resourceTypes: [KEY_VAULT],
    fix: "set rbac_authorization_enabled = true and grant Key Vault roles instead of access policies (the KeyVault construct always does)",
    check: ({ body }) => {
      // azurerm 4.x renamed enable_rbac_authorization (deprecated, still accepted) to rbac_authorization_enabled.
      const argument =
        valueAt(body, "rbac_authorization_enabled") === undefined && valueAt(body, "enable_rbac_authorization") !== undefined ? "enable_rbac_authorization" : "rbac_authorization_enabled";
      return settingProblem(body, argument, false, isTrue, "authorizes with access policies");
    },
  },
  publicNetworkRule({
    id: "AZ-KV-004",
    title: "Key vaults are closed to public networks, or their firewall denies by default",
    scanners: ["Checkov CKV_AZURE_189", "Checkov CKV_AZURE_109", "Trivy AVD-AZU-0013 (azure-keyvault-specify-network-acl)", "PSRule Azure.KeyVault.Firewall"],
    fix: 'set public_network_access_enabled = false and reach it through a private endpoint, or network_acls.default_action = "Deny" (KeyVault props publicNetworkAccess, default false, and networkDefaultAction)',
    resourceType: KEY_VAULT,
    firewall: { argument: "network_acls.default_action", action: (vault) => valueAt(vault.body, "network_acls.default_action") },
  }),
  {
    id: "AZ-KV-005",
    title: "Key vault secrets say what they hold (content_type)",
    scanners: ["Checkov CKV_AZURE_114", "Trivy AVD-AZU-0015 (azure-keyvault-content-type-for-secret)"],
    resourceTypes: ["azurerm_key_vault_secret"],
    fix: "set content_type, e.g. password, connection string, API key (KeyVault.addSecret / addPassword option contentType)",
    check: ({ body }) => {
      const contentType = valueAt(body, "content_type");
      return typeof contentType === "string" && contentType.trim() !== "" ? undefined : "has no content_type";
    },
  },
  {
    id: "AZ-KV-006",
    title: "Key vault secrets have an expiration date",
    scanners: ["Checkov CKV_AZURE_41", "Trivy AVD-AZU-0017 (azure-keyvault-ensure-secret-expiry)", "PSRule Azure.KeyVault.SecretExpiry"],
    resourceTypes: [KEY_VAULT_SECRET],
    fix: "set expiration_date (KeyVault.addGeneratedSecret and addSecret take it from a time_rotating; addWriteOnlySecret takes expirationDate)",
    check: ({ body }) => (valueAt(body, "expiration_date") === undefined ? "never expires (no expiration_date)" : undefined),
  },
  {
    id: "AZ-KV-007",
    title: "Key vault keys expire and rotate: an expiration date, or a rotation policy with expire_after and notify_before_expiry",
    scanners: ["Checkov CKV_AZURE_40", "Trivy AVD-AZU-0014 (azure-keyvault-ensure-key-expiry)", "Checkov CKV_AZURE_112 (HSM-backed keys: not demanded, standard vaults hold RSA keys)", "PSRule Azure.KeyVault.AutoRotationPolicy"],
    resourceTypes: [KEY_VAULT_KEY],
    fix: "give the key a rotation_policy with automatic.time_after_creation, expire_after and notify_before_expiry (KeyVault.addKey always does)",
    check: ({ body }) => {
      if (valueAt(body, "rotation_policy") === undefined) return valueAt(body, "expiration_date") === undefined ? "never expires and has no rotation policy" : "expires but has no rotation policy";
      const missing = ["automatic.time_after_creation", "expire_after", "notify_before_expiry"].filter((path) => valueAt(body, `rotation_policy.${path}`) === undefined);
      return missing.length === 0 ? undefined : `has a rotation policy without ${missing.join(", ")}`;
    },
  },
];

// ---------------------------------------------------------------------------------------------------
// App Configuration

const APP_CONFIGURATION = "azurerm_app_configuration";

const APP_CONFIGURATION_RULES: PolicyRule[] = [
  settingRule({
    id: "AZ-APPCS-001",
    title: "App Configuration stores refuse access keys (Entra ID only)",
    scanners: ["Checkov CKV_AZURE_184", "PSRule Azure.AppConfig.DisableLocalAuth"],
    fix: "set local_auth_enabled = false and grant App Configuration Data Reader/Owner (AppConfiguration prop localAuthentication, default false)",
    resourceType: APP_CONFIGURATION,
    argument: "local_auth_enabled",
    providerDefault: true,
    complies: isFalse,
    problem: "accepts access keys",
  }),
  settingRule({
    id: "AZ-APPCS-002",
    title: "App Configuration stores are closed to public networks",
    scanners: ["Checkov CKV_AZURE_185"],
    fix: 'set public_network_access = "Disabled" and reach the store through a private endpoint (AppConfiguration prop publicNetworkAccess, default false)',
    resourceType: APP_CONFIGURATION,
    argument: "public_network_access",
    // Unset, Azure creates the store as "Automatic": public until a private endpoint exists.
    providerDefault: undefined,
    complies: (value) => value === "Disabled",
    problem: "accepts traffic from public networks",
  }),
  settingRule({
    id: "AZ-APPCS-003",
    title: "App Configuration stores have purge protection on",
    scanners: ["Checkov CKV_AZURE_187", "PSRule Azure.AppConfig.PurgeProtect"],
    fix: "set purge_protection_enabled = true on a standard or premium store (AppConfiguration prop purgeProtection, default true)",
    resourceType: APP_CONFIGURATION,
    argument: "purge_protection_enabled",
    providerDefault: false,
    complies: isTrue,
    problem: "can be purged before its soft-delete retention ends",
  }),
  settingRule({
    id: "AZ-APPCS-004",
    title: "App Configuration stores use the standard or premium SKU (SLA, private endpoints, purge protection)",
    scanners: ["Checkov CKV_AZURE_188", "PSRule Azure.AppConfig.SKU"],
    fix: 'set sku = "standard" or "premium" (AppConfiguration prop sku, default standard)',
    resourceType: APP_CONFIGURATION,
    argument: "sku",
    providerDefault: "free",
    complies: (value) => value === "standard" || value === "premium",
    problem: "uses a SKU without SLA, private endpoints or purge protection",
  }),
];

// ---------------------------------------------------------------------------------------------------
// Application Insights

const APPLICATION_INSIGHTS = "azurerm_application_insights";

const APPLICATION_INSIGHTS_RULES: PolicyRule[] = [
  settingRule({
    id: "AZ-AI-001",
    title: "Application Insights components accept Entra ID-authenticated telemetry only",
    scanners: ["PSRule Azure.AppInsights.LocalAuth"],
    fix: "set local_authentication_disabled = true and give senders Monitoring Metrics Publisher (ApplicationInsights prop localAuthenticationDisabled, default true)",
    resourceType: APPLICATION_INSIGHTS,
    argument: "local_authentication_disabled",
    providerDefault: false,
    complies: isTrue,
    problem: "accepts telemetry authenticated by the instrumentation key alone",
  }),
  {
    id: "AZ-AI-002",
    title: "Application Insights components store their data in a Log Analytics workspace",
    scanners: ["PSRule Azure.AppInsights.Workspace"],
    resourceTypes: [APPLICATION_INSIGHTS],
    fix: "set workspace_id (ApplicationInsights prop workspace)",
    // Any value will do, a reference included: classic (workspace-less) components are retired.
    check: ({ body }) => (valueAt(body, "workspace_id") === undefined ? "is a classic component without a workspace (workspace_id is not set)" : undefined),
  },
];

// ---------------------------------------------------------------------------------------------------
// Private endpoints

const PRIVATE_ENDPOINT = "azurerm_private_endpoint";
const always = (): boolean => true;

/**
 * The PaaS data services that must be reached through a private endpoint, and which of their
 * resources need one: those private by other means (subnet injection) or unable to take one
 * (Service Bus below Premium) are left out.
 */
const PRIVATE_ENDPOINT_SERVICES: Record<string, (resource: PolicyResource) => boolean> = {
  azurerm_storage_account: always,
  azurerm_key_vault: always,
  azurerm_redis_cache: ({ body }) => valueAt(body, "subnet_id") === undefined,
  azurerm_managed_redis: always,
  azurerm_container_registry: always,
  azurerm_postgresql_flexible_server: ({ body }) => valueAt(body, "delegated_subnet_id") === undefined,
  azurerm_mssql_server: always,
  azurerm_app_configuration: always,
  azurerm_cosmosdb_account: always,
  azurerm_servicebus_namespace: ({ body }) => valueAt(body, "sku") === "Premium",
};

const PRIVATE_ENDPOINT_RULES: PolicyRule[] = [
  {
    id: "AZ-PE-001",
    title: "PaaS data services are reached through a private endpoint",
    scanners: [
      "Checkov CKV2_AZURE_33 (storage)",
      "Checkov CKV2_AZURE_32 (key vault)",
      "Checkov CKV2_AZURE_45 (SQL server)",
      "Checkov CKV2_AZURE_57 (PostgreSQL flexible)",
      "Azure Policy built-ins '<service> should use private link' (Redis, ACR, App Configuration, Cosmos DB, Service Bus)",
    ],
    resourceTypes: Object.keys(PRIVATE_ENDPOINT_SERVICES),
    fix: "add a private endpoint in the private-endpoints subnet with its private DNS zone (construct prop privateEndpoints or addPrivateEndpoint)",
    check: (resource, context) => {
      if (!PRIVATE_ENDPOINT_SERVICES[resource.type](resource)) return undefined;
      return context.referencing(resource, PRIVATE_ENDPOINT, "private_service_connection.private_connection_resource_id").length === 0 ? "has no private endpoint" : undefined;
    },
  },
  {
    id: "AZ-PE-002",
    title: "Private endpoints register in a private DNS zone",
    scanners: ["Azure Policy built-ins 'Configure private DNS zones for <service> private endpoints' (no Checkov/Trivy/PSRule id)"],
    resourceTypes: [PRIVATE_ENDPOINT],
    fix: "add a private_dns_zone_group with the service's privatelink zone (the PrivateEndpoint construct always does: prop privateDnsZoneIds)",
    check: ({ body }) => (valuesAt(body, "private_dns_zone_group.private_dns_zone_ids").length === 0 ? "registers in no private DNS zone (private_dns_zone_group is not set)" : undefined),
  },
];

/** The security rules, in report order. */
export const SECURITY_RULES: PolicyRule[] = [...KEY_VAULT_RULES, ...APP_CONFIGURATION_RULES, ...APPLICATION_INSIGHTS_RULES, ...PRIVATE_ENDPOINT_RULES];
