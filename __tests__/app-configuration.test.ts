import { AppConfiguration as AzAppConfiguration } from "@cdktf/provider-azurerm/lib/app-configuration";
import { AppConfigurationKey } from "@cdktf/provider-azurerm/lib/app-configuration-key";
import { Testing } from "cdktf";
import { AppConfiguration, AppConfigurationProps } from "../constructs/security/app-configuration";
import { KeyVault } from "../constructs/security/key-vault";
import { attributeRef, propagationOf, resourcesOf, synthJson, testStackWithGroup } from "./helpers";

const DEPLOYER = { principalId: "11111111-1111-1111-1111-111111111111" };
const STORE = "appcs_store_1E350067";
const WHERE = "test/appcs";

function store(props: Partial<AppConfigurationProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const appConfig = new AppConfiguration(stack, "appcs", { resourceGroup: group, ...props });
  return { stack, group, appConfig };
}

function only(stack: ReturnType<typeof store>["stack"], type: string): [string, any] {
  const all = resourcesOf(stack, type);
  expect(all).toHaveLength(1);
  return all[0];
}

/** Key resources by their `key` argument. */
function keysOf(stack: ReturnType<typeof store>["stack"]): Record<string, [string, any]> {
  return Object.fromEntries(resourcesOf(stack, "azurerm_app_configuration_key").map(([id, body]) => [`${body.label ?? ""}/${body.key}`, [id, body]]));
}

describe("AppConfiguration", () => {
  it("is a standard, Entra-ID-only, private store with purge protection and a system identity by default", () => {
    const { stack } = store({ workload: "erp" });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzAppConfiguration, {
      sku: "standard",
      local_auth_enabled: false,
      public_network_access: "Disabled",
      purge_protection_enabled: true,
      soft_delete_retention_days: 7,
      identity: { type: "SystemAssigned" },
      location: "${azurerm_resource_group.rg_group_867B0039.location}",
    });
    const [id, body] = only(stack, "azurerm_app_configuration");
    expect(id).toBe(STORE);
    expect(body.name).toMatch(/^abs-appcs-erp-we-test-[0-9a-f]{4}$/);
  });

  it("takes premium, public access, access keys and a shorter retention when asked", () => {
    const { stack } = store({ sku: "premium", publicNetworkAccess: true, localAuthentication: true, purgeProtection: false, softDeleteRetentionDays: 1 });
    expect(only(stack, "azurerm_app_configuration")[1]).toMatchObject({
      sku: "premium",
      public_network_access: "Enabled",
      local_auth_enabled: true,
      purge_protection_enabled: false,
      soft_delete_retention_days: 1,
    });
  });

  it("exposes its system identity as a principal the vault can grant secret reads to", () => {
    const { stack, group, appConfig } = store();
    const vault = new KeyVault(stack, "kv", { resourceGroup: group, tenantId: "tenant" });
    expect(appConfig.principal.principalType).toBe("ServicePrincipal");
    vault.grantSecretsRead(appConfig.principal);
    const [, grant] = only(stack, "azurerm_role_assignment");
    expect(grant).toMatchObject({
      role_definition_name: "Key Vault Secrets User",
      principal_id: attributeRef("azurerm_app_configuration", STORE, "identity[0].principal_id"),
      principal_type: "ServicePrincipal",
    });
    expect(appConfig.endpoint).toBeDefined();
  });

  it("puts its private endpoint on the configurationStores sub-resource", () => {
    const { stack, appConfig } = store({ privateEndpoints: [{ subnetId: "subnet-id", privateDnsZoneIds: ["zone-id"] }] });
    expect(appConfig.privateEndpoints).toHaveLength(1);
    expect(only(stack, "azurerm_private_endpoint")[1]).toMatchObject({
      subnet_id: "subnet-id",
      private_dns_zone_group: { private_dns_zone_ids: ["zone-id"] },
      private_service_connection: {
        private_connection_resource_id: attributeRef("azurerm_app_configuration", STORE),
        subresource_names: ["configurationStores"],
        is_manual_connection: false,
      },
    });
  });

  it("writes a plain key-value with label and content type", () => {
    const { stack, appConfig } = store();
    appConfig.addKeyValue("Jwt:Issuer", "MyApp.Auth", { label: "prod", contentType: "text/plain" });
    appConfig.addKeyValue("ASPNETCORE_ENVIRONMENT", "Production");
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AppConfigurationKey, {
      configuration_store_id: attributeRef("azurerm_app_configuration", STORE),
      key: "Jwt:Issuer",
      label: "prod",
      type: "kv",
      value: "MyApp.Auth",
      content_type: "text/plain",
    });
    const keys = keysOf(stack);
    expect(keys["/ASPNETCORE_ENVIRONMENT"][1]).toMatchObject({ key: "ASPNETCORE_ENVIRONMENT", type: "kv", value: "Production" });
    expect(keys["/ASPNETCORE_ENVIRONMENT"][1].label).toBeUndefined();
    expect(appConfig.keys).toHaveLength(2);
  });

  it("refers to a Key Vault secret by its versionless URL, a reference and never a literal", () => {
    const { stack, group, appConfig } = store();
    const vault = new KeyVault(stack, "kv", { resourceGroup: group, tenantId: "tenant" });
    const { secret } = vault.addGeneratedSecret("jwt", { name: "jwt-secret-key" });
    appConfig.addKeyVaultReference("Jwt:SecretKey", secret, { label: "prod" });
    const [secretId] = only(stack, "azurerm_key_vault_secret");
    const [, reference] = keysOf(stack)["prod/Jwt:SecretKey"];
    expect(reference).toMatchObject({ key: "Jwt:SecretKey", label: "prod", type: "vault" });
    expect(reference.vault_key_reference).toBe(attributeRef("azurerm_key_vault_secret", secretId, "versionless_id"));
    expect(reference.value).toBeUndefined();
  });

  it("accepts a literal versionless secret URL of a vault it does not own", () => {
    const { stack, appConfig } = store();
    const url = "https://other-kv.vault.azure.net/secrets/redis-connection";
    appConfig.addKeyVaultReference("Redis:Connection", { versionlessId: url });
    expect(keysOf(stack)["/Redis:Connection"][1].vault_key_reference).toBe(url);
  });

  it("grants the deployer Data Owner and makes every key wait for that grant", () => {
    const { stack, appConfig } = store({ deployer: DEPLOYER });
    appConfig.addKeyValue("Jwt:Audience", "MyApp.All");
    appConfig.addKeyVaultReference("Redis:Password", { versionlessId: "https://kv.vault.azure.net/secrets/redis-cache-password" });
    const [grantId, grant] = only(stack, "azurerm_role_assignment");
    expect(grant).toMatchObject({
      scope: attributeRef("azurerm_app_configuration", STORE),
      role_definition_name: "App Configuration Data Owner",
      principal_id: DEPLOYER.principalId,
    });
    const keys = Object.values(keysOf(stack));
    expect(keys).toHaveLength(2);
    // ... once it has propagated: the provider treats an early 403 as a grant still propagating.
    const wait = propagationOf(stack, grantId);
    keys.forEach(([, body]) => expect(body.depends_on).toEqual([wait]));
  });

  it("writes keys without depends_on when no deployer is given", () => {
    const { stack, appConfig } = store();
    appConfig.addKeyValue("Frontend:Origin", "https://erp.example.com");
    expect(Object.values(keysOf(stack))[0][1].depends_on).toBeUndefined();
  });

  it("grants Data Reader and Data Owner on the store", () => {
    const { stack, appConfig } = store();
    appConfig.grantDataReader({ principalId: "reader" });
    appConfig.grantDataOwner({ principalId: "owner", principalType: "Group" });
    const grants = resourcesOf(stack, "azurerm_role_assignment").map(([, b]) => [b.role_definition_name, b.scope, b.principal_id, b.principal_type]);
    expect(grants.sort()).toEqual([
      ["App Configuration Data Owner", attributeRef("azurerm_app_configuration", STORE), "owner", "Group"],
      ["App Configuration Data Reader", attributeRef("azurerm_app_configuration", STORE), "reader", "ServicePrincipal"],
    ]);
  });

  it("gives keys readable construct ids from label and key, unique even when they kebab alike", () => {
    const { appConfig } = store();
    const ids = [
      appConfig.addKeyValue("Jwt:Issuer", "a"),
      appConfig.addKeyValue("Jwt:Issuer", "b", { label: "prod" }),
      appConfig.addKeyValue("jwt.issuer", "c"),
      appConfig.addKeyValue("::", "d"),
    ].map((k) => k.node.id);
    expect(ids.slice(0, 2)).toEqual(["key-jwt-issuer", "key-prod-jwt-issuer"]);
    expect(ids[2]).toMatch(/^key-jwt-issuer-[0-9a-f]{8}$/);
    expect(ids[3]).toMatch(/^key-[0-9a-f]{8}$/);
    expect(new Set(ids).size).toBe(4);
  });

  it("applies deletion protection and diagnostics through the base class", () => {
    const { stack } = store({ protectFromDeletion: true, diagnosticSettings: [{ workspace: { id: "law-id" } }] });
    const json = synthJson(stack);
    expect(json.resource.azurerm_app_configuration[STORE].lifecycle).toEqual({ prevent_destroy: true });
    expect(Object.values(json.resource.azurerm_management_lock)).toEqual([expect.objectContaining({ lock_level: "CanNotDelete" })]);
    const [, diagnostics] = only(stack, "azurerm_monitor_diagnostic_setting");
    expect(diagnostics.enabled_log).toEqual([{ category_group: "allLogs" }]);
  });

  describe("rejects bad input", () => {
    it.each([
      [{ sku: "free" as never }, `${WHERE}: sku = "free": must be standard or premium: the free tier has no private endpoints and no SLA`],
      [{ softDeleteRetentionDays: 0 }, `${WHERE}: softDeleteRetentionDays = 0: must be a whole number of days, 1-7`],
      [{ softDeleteRetentionDays: 8 }, `${WHERE}: softDeleteRetentionDays = 8: must be a whole number of days, 1-7`],
    ])("props %j", (props, message) => {
      expect(() => store(props)).toThrow(message);
    });

    const keyRule = `must be 1-1024 characters, without '%', and not "." or ".."`;
    it.each([
      ["", `${WHERE}: keys = "": ${keyRule}`],
      ["Discount%", `${WHERE}: keys = "Discount%": ${keyRule}`],
      [".", `${WHERE}: keys = ".": ${keyRule}`],
      ["..", `${WHERE}: keys = "..": ${keyRule}`],
    ])("key %j", (key, message) => {
      const { appConfig } = store();
      expect(() => appConfig.addKeyValue(key, "v")).toThrow(message);
      expect(() => appConfig.addKeyVaultReference(key, { versionlessId: "https://kv.vault.azure.net/secrets/s" })).toThrow(message);
    });

    it("a key longer than 1024 characters", () => {
      const { appConfig } = store();
      expect(() => appConfig.addKeyValue("k".repeat(1025), "v")).toThrow(`${WHERE}: keys = "${"k".repeat(116)}...: ${keyRule}`);
    });

    const labelRule = "must be non-empty (omit it for no label) and contain none of '*', ',' or '\\': they are reserved in label filters";
    it.each([
      ["prod*", `${WHERE}: keys.Jwt:Issuer.label = "prod*": ${labelRule}`],
      ["prod,dev", `${WHERE}: keys.Jwt:Issuer.label = "prod,dev": ${labelRule}`],
      ["a\\b", `${WHERE}: keys.Jwt:Issuer.label = "a\\\\b": ${labelRule}`],
      ["", `${WHERE}: keys.Jwt:Issuer.label = "": ${labelRule}`],
    ])("label %j", (label, message) => {
      const { appConfig } = store();
      expect(() => appConfig.addKeyValue("Jwt:Issuer", "v", { label })).toThrow(message);
    });

    it("the same key twice with the same label, whatever its type", () => {
      const { appConfig } = store();
      appConfig.addKeyValue("Jwt:Issuer", "a", { label: "prod" });
      appConfig.addKeyValue("Jwt:Issuer", "a");
      expect(() => appConfig.addKeyVaultReference("Jwt:Issuer", { versionlessId: "https://kv.vault.azure.net/secrets/s" }, { label: "prod" })).toThrow(
        `${WHERE}: keys = "Jwt:Issuer": must be added once with label "prod": it already exists`,
      );
      expect(() => appConfig.addKeyValue("Jwt:Issuer", "b")).toThrow(`${WHERE}: keys = "Jwt:Issuer": must be added once with no label: it already exists`);
    });

    it.each([
      "https://kv.vault.azure.net/secrets/jwt/0123456789abcdef0123456789abcdef",
      "/subscriptions/s/resourceGroups/g/providers/Microsoft.KeyVault/vaults/kv/secrets/jwt",
    ])("a secret reference that is not a versionless URL: %s", (url) => {
      const { appConfig } = store();
      expect(() => appConfig.addKeyVaultReference("Jwt:SecretKey", { versionlessId: url })).toThrow(
        `${WHERE}: keys.Jwt:SecretKey.secret.versionlessId = ${JSON.stringify(url)}: must be a versionless secret URL, https://<vault>.vault.azure.net/secrets/<name>`,
      );
    });
  });
});
