import { KeyVault as AzKeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { KeyVaultKey } from "@cdktf/provider-azurerm/lib/key-vault-key";
import { ManagementLock } from "@cdktf/provider-azurerm/lib/management-lock";
import { UserAssignedIdentity as AzUserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { TerraformOutput, Testing } from "cdktf";
import { GeneratedSecretOptions, KeyOptions, KeyVault, KeyVaultProps } from "../constructs/security/key-vault";
import { UserAssignedIdentity } from "../constructs/security/user-assigned-identity";
import { ephemeralPasswordsOf, propagationOf, resourcesOf, synthJson, testStackWithGroup } from "./helpers";

const DEPLOYER = { principalId: "11111111-1111-1111-1111-111111111111" };
const VAULT_ID = "${azurerm_key_vault.kv_vault_422C35C0.id}";

/** A stack with one Key Vault built from `props`. */
function vault(props: Partial<KeyVaultProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const kv = new KeyVault(stack, "kv", { resourceGroup: group, tenantId: "tenant", ...props });
  return { stack, group, kv };
}

function only(stack: ReturnType<typeof vault>["stack"], type: string): any {
  const all = resourcesOf(stack, type);
  expect(all).toHaveLength(1);
  return all[0][1];
}

/** Logical id of the single role assignment granting `role`. */
/** The address of the propagation wait of the one grant of `role`: what data-plane writes wait for. */
function grantAddress(stack: ReturnType<typeof vault>["stack"], role: string): string {
  const matches = resourcesOf(stack, "azurerm_role_assignment").filter(([, body]) => body.role_definition_name === role);
  expect(matches).toHaveLength(1);
  return propagationOf(stack, matches[0][0]);
}

describe("KeyVault", () => {
  it("generates a globally unique name", () => {
    const { stack } = vault({ workload: "core" });
    expect(only(stack, "azurerm_key_vault").name).toMatch(/^abs-kv-core-we-test-[0-9a-f]{4}$/);
  });

  it("uses RBAC, purge protection, 90-day soft delete and no public access by default", () => {
    const { stack } = vault();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzKeyVault, {
      tenant_id: "tenant",
      sku_name: "standard",
      rbac_authorization_enabled: true,
      purge_protection_enabled: true,
      soft_delete_retention_days: 90,
      public_network_access_enabled: false,
    });
    expect(only(stack, "azurerm_key_vault").network_acls).toEqual({ default_action: "Deny", bypass: "AzureServices" });
  });

  it("allows listed IPs when public access is on, still defaulting to Deny", () => {
    const { stack } = vault({ sku: "premium", softDeleteRetentionDays: 7, publicNetworkAccess: true, allowedIpRanges: ["203.0.113.7", "198.51.100.0/24"] });
    expect(only(stack, "azurerm_key_vault")).toMatchObject({
      sku_name: "premium",
      soft_delete_retention_days: 7,
      public_network_access_enabled: true,
      network_acls: { default_action: "Deny", bypass: "AzureServices", ip_rules: ["203.0.113.7", "198.51.100.0/24"] },
    });
  });

  it("grants the Key Vault data roles on the vault", () => {
    const { stack, kv } = vault();
    const principal = { principalId: "p" };
    kv.grantSecretsRead(principal);
    kv.grantSecretsOfficer(principal);
    kv.grantCryptoUser(principal);
    kv.grantCryptoServiceEncryptionUser(principal);
    const grants = resourcesOf(stack, "azurerm_role_assignment").map(([, body]) => [body.role_definition_name, body.scope, body.principal_id]);
    expect(grants.sort()).toEqual([
      ["Key Vault Crypto Service Encryption User", VAULT_ID, "p"],
      ["Key Vault Crypto User", VAULT_ID, "p"],
      ["Key Vault Secrets Officer", VAULT_ID, "p"],
      ["Key Vault Secrets User", VAULT_ID, "p"],
    ]);
  });

  it("stores a generated password write-only from an ephemeral random_password, versioned and expiring by its rotation, after the deployer's grant", () => {
    const { stack, kv } = vault({ deployer: DEPLOYER });
    const { secret, password } = kv.addGeneratedSecret("db", { name: "db-admin-password", contentType: "password" });
    const [[passwordName, args]] = ephemeralPasswordsOf(stack);
    expect(args).toEqual({ length: 32, special: true });
    expect(resourcesOf(stack, "random_password")).toEqual([]);
    const [[rotationId, rotation]] = resourcesOf(stack, "time_rotating");
    expect(rotation).toMatchObject({ rotation_days: 90 });
    const body = only(stack, "azurerm_key_vault_secret");
    expect(body).toMatchObject({
      name: "db-admin-password",
      key_vault_id: VAULT_ID,
      content_type: "password",
      value_wo: `\${ephemeral.random_password.${passwordName}.result}`,
      value_wo_version: `\${time_rotating.${rotationId}.unix}`,
      expiration_date: `\${timeadd(time_rotating.${rotationId}.rotation_rfc3339, "720h")}`,
    });
    expect(body.value).toBeUndefined();
    expect(body.depends_on).toEqual([grantAddress(stack, "Key Vault Secrets Officer")]);
    expect(secret.versionlessId).toMatch(/TfToken/);
    expect(password.value).toMatch(/TfToken/);
  });

  it("gives a secret copied from an attribute an expiration date the vault's rotation renews", () => {
    const { stack, group, kv } = vault();
    const identity = new UserAssignedIdentity(stack, "app", { resourceGroup: group });
    kv.addSecret("a", { name: "a", value: identity.clientId });
    kv.addSecret("b", { name: "b", value: identity.principalId });
    const [[rotationId, rotation]] = resourcesOf(stack, "time_rotating");
    expect(rotation).toMatchObject({ rotation_days: 90 });
    for (const [, secret] of resourcesOf(stack, "azurerm_key_vault_secret")) {
      expect(secret.expiration_date).toBe(`\${timeadd(time_rotating.${rotationId}.rotation_rfc3339, "720h")}`);
    }
  });

  it("declares the random provider once, only when a secret is generated", () => {
    const { stack, kv } = vault();
    expect(synthJson(stack).terraform.required_providers.random).toBeUndefined();
    kv.addGeneratedSecret("a", { name: "secret-a" });
    kv.addGeneratedSecret("b", { name: "secret-b" });
    const json = synthJson(stack);
    expect(json.terraform.required_providers.random).toMatchObject({ source: "hashicorp/random" });
    expect(json.provider.random).toHaveLength(1);
  });

  it("honours the generated password's length, characters and rotation", () => {
    const { stack, kv } = vault();
    kv.addGeneratedSecret("api", { name: "api-key", length: 64, special: false, minimums: { upper: 2 }, rotationDays: 30, graceDays: 7 });
    expect(ephemeralPasswordsOf(stack).map(([, args]) => args)).toEqual([{ length: 64, special: false, min_upper: 2 }]);
    const [[rotationId, rotation]] = resourcesOf(stack, "time_rotating");
    expect(rotation).toMatchObject({ rotation_days: 30 });
    expect(only(stack, "azurerm_key_vault_secret").expiration_date).toBe(`\${timeadd(time_rotating.${rotationId}.rotation_rfc3339, "168h")}`);
  });

  it("stores a secret taken from another resource's attribute", () => {
    const { stack, group, kv } = vault();
    const identity = new UserAssignedIdentity(stack, "app", { resourceGroup: group });
    kv.addSecret("client", { name: "app-client-id", value: identity.clientId });
    const body = only(stack, "azurerm_key_vault_secret");
    expect(body.value).toMatch(/^\$\{azurerm_user_assigned_identity\.app_identity_\w+\.client_id\}$/);
    expect(body.depends_on).toBeUndefined();
  });

  it("grants the deployer Crypto Officer only once keys exist, and keys wait for it", () => {
    const { stack, kv } = vault({ deployer: DEPLOYER });
    expect(resourcesOf(stack, "azurerm_role_assignment").map(([, b]) => b.role_definition_name)).toEqual(["Key Vault Secrets Officer"]);
    kv.addKey("cmk", { name: "cmk" });
    kv.addKey("sign", { name: "signing", keyOpts: ["sign", "verify"] });
    const crypto = grantAddress(stack, "Key Vault Crypto Officer");
    for (const [, key] of resourcesOf(stack, "azurerm_key_vault_key")) expect(key.depends_on).toEqual([crypto]);
  });

  it("creates a 4096-bit RSA key that rotates yearly, expires 30 days later and notifies 30 days before expiry", () => {
    const { stack, kv } = vault();
    kv.addKey("cmk", { name: "cmk" });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(KeyVaultKey, {
      name: "cmk",
      key_vault_id: VAULT_ID,
      key_type: "RSA",
      key_size: 4096,
      key_opts: ["wrapKey", "unwrapKey", "encrypt", "decrypt"],
    });
    expect(only(stack, "azurerm_key_vault_key").rotation_policy).toEqual({
      automatic: { time_after_creation: "P365D" },
      expire_after: "P395D",
      notify_before_expiry: "P30D",
    });
  });

  it("allows HSM keys on a premium vault", () => {
    const { stack, kv } = vault({ sku: "premium" });
    kv.addKey("hsm", { name: "hsm", keyType: "RSA-HSM", keySize: 3072, rotateAfterDays: 90, notifyBeforeExpiryDays: 14 });
    expect(only(stack, "azurerm_key_vault_key")).toMatchObject({
      key_type: "RSA-HSM",
      key_size: 3072,
      rotation_policy: { automatic: { time_after_creation: "P90D" }, expire_after: "P120D", notify_before_expiry: "P14D" },
    });
  });

  it("adds a private endpoint for the vault sub-resource by default", () => {
    const { stack } = vault({ privateEndpoints: [{ subnetId: "/subnets/pe", privateDnsZoneIds: ["/zones/vault"] }] });
    expect(only(stack, "azurerm_private_endpoint")).toMatchObject({
      subnet_id: "/subnets/pe",
      private_service_connection: { private_connection_resource_id: VAULT_ID, subresource_names: ["vault"] },
    });
  });

  it("keeps its secrets and keys with it when protected: prevent_destroy (no lock can take their data-plane ids)", () => {
    const { stack, kv } = vault({ protectFromDeletion: true });
    kv.addGeneratedSecret("pw", { name: "db-password" });
    kv.addKey("cmk", { name: "cmk" });
    expect(only(stack, "azurerm_key_vault_secret").lifecycle).toEqual({ prevent_destroy: true });
    expect(only(stack, "azurerm_key_vault_key").lifecycle).toEqual({ prevent_destroy: true });
    const unprotected = vault();
    unprotected.kv.addGeneratedSecret("pw", { name: "db-password" });
    expect(only(unprotected.stack, "azurerm_key_vault_secret").lifecycle).toBeUndefined();
  });

  it("protects from deletion with prevent_destroy and a CanNotDelete lock", () => {
    const { stack } = vault({ protectFromDeletion: true });
    expect(only(stack, "azurerm_key_vault").lifecycle).toEqual({ prevent_destroy: true });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ManagementLock, { lock_level: "CanNotDelete", scope: VAULT_ID });
  });

  describe("rejects bad input", () => {
    it.each<[string, Partial<KeyVaultProps>, string]>([
      ["soft delete of 5 days", { softDeleteRetentionDays: 5 }, "test/kv: softDeleteRetentionDays = 5: must be a whole number of days, 7-90"],
      ["soft delete of 91 days", { softDeleteRetentionDays: 91 }, "test/kv: softDeleteRetentionDays = 91: must be a whole number of days, 7-90"],
      ["an unknown SKU", { sku: "basic" as any }, 'test/kv: sku = "basic": must be standard or premium'],
      [
        "an illegal name",
        { name: "kv--core" },
        "test/kv: name = \"kv--core\": 3-24 characters: letters, digits, '-'; start with a letter, end with a letter or digit, no '--'; unique across Azure",
      ],
      ["IP rules while public access is off", { allowedIpRanges: ["203.0.113.7"] }, 'test/kv: allowedIpRanges = ["203.0.113.7"]: must be empty unless publicNetworkAccess is true'],
      ["a malformed IP rule", { publicNetworkAccess: true, allowedIpRanges: ["203.0.113.300"] }, 'test/kv: allowedIpRanges.0 = "203.0.113.300": must be an IPv4 address or CIDR'],
    ])("rejects %s", (_, props, message) => {
      expect(() => vault(props)).toThrow(message);
    });

    it("rejects a literal secret value without echoing it", () => {
      const { kv } = vault();
      expect(() => kv.addSecret("pw", { name: "db-password", value: "hunter2" })).toThrow(
        'test/kv: secrets.db-password.value = "(redacted)": must be a resource attribute (token), never a literal',
      );
      expect(() => kv.addSecret("pw", { name: "db-password", value: "hunter2" })).not.toThrow(/hunter2/);
    });

    it.each<[string, GeneratedSecretOptions, string]>([
      ["an illegal secret name", { name: "db_password" }, "test/kv: secrets = \"db_password\": 1-127 characters: letters, digits and '-'"],
      ["a password shorter than 16", { name: "pw", length: 8 }, "test/kv/secret-pw-password: length = 8: must be a whole number, 16-256"],
      ["a rotation of 0 days", { name: "pw", rotationDays: 0 }, "test/kv/secret-pw-password/rotation: rotationDays = 0: must be a whole number of days, 1-3650"],
      ["a grace period of 400 days", { name: "pw", graceDays: 400 }, "test/kv/secret-pw-password/rotation: graceDays = 400: must be a whole number of days, 1-365"],
    ])("rejects %s", (_, options, message) => {
      const { kv } = vault();
      expect(() => kv.addGeneratedSecret("pw", options)).toThrow(message);
    });

    it.each<[string, Partial<KeyOptions>, string]>([
      ["an illegal key name", { name: "cmk.v1" }, "test/kv: keys = \"cmk.v1\": 1-127 characters: letters, digits and '-'"],
      ["an HSM key on a standard vault", { keyType: "RSA-HSM" }, 'test/kv: keys.cmk.keyType = "RSA-HSM": must be RSA, or RSA-HSM on a premium vault'],
      ["an unsupported key size", { keySize: 1024 }, "test/kv: keys.cmk.keySize = 1024: must be one of 2048, 3072, 4096"],
      ["rotation sooner than 7 days", { rotateAfterDays: 3 }, "test/kv: keys.cmk.rotateAfterDays = 3: must be a whole number of days, at least 7"],
      [
        "a notification not before expiry",
        { rotateAfterDays: 30, notifyBeforeExpiryDays: 60 },
        "test/kv: keys.cmk.notifyBeforeExpiryDays = 60: must be a whole number of days, 1-59 (less than the 60 days until the version expires)",
      ],
    ])("rejects %s", (_, options, message) => {
      const { kv } = vault();
      expect(() => kv.addKey("cmk", { name: "cmk", ...options })).toThrow(message);
    });
  });
});

describe("UserAssignedIdentity", () => {
  it("is named <prefix>-id-<workload>-<region>-<env> in its group", () => {
    const { stack, group } = testStackWithGroup();
    new UserAssignedIdentity(stack, "app", { resourceGroup: group, workload: "web", tags: { team: "platform" } });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzUserAssignedIdentity, {
      name: "abs-id-web-we-test",
      location: "${azurerm_resource_group.rg_group_867B0039.location}",
      resource_group_name: "${azurerm_resource_group.rg_group_867B0039.name}",
      tags: { team: "platform" },
    });
  });

  it("is a service principal whose principal id roles are granted to", () => {
    const { stack, group } = testStackWithGroup();
    const identity = new UserAssignedIdentity(stack, "app", { resourceGroup: group });
    const kv = new KeyVault(stack, "kv", { resourceGroup: group, tenantId: "tenant" });
    kv.grantSecretsRead(identity);
    expect(identity.principalType).toBe("ServicePrincipal");
    const [[, grant]] = resourcesOf(stack, "azurerm_role_assignment");
    expect(grant).toMatchObject({ principal_type: "ServicePrincipal", role_definition_name: "Key Vault Secrets User", scope: VAULT_ID });
    expect(grant.principal_id).toMatch(/^\$\{azurerm_user_assigned_identity\.app_identity_\w+\.principal_id\}$/);
  });

  it("exposes client id and tenant id as references", () => {
    const { stack, group } = testStackWithGroup();
    const identity = new UserAssignedIdentity(stack, "app", { resourceGroup: group });
    new TerraformOutput(stack, "client", { value: identity.clientId });
    new TerraformOutput(stack, "tenant", { value: identity.tenantId });
    const { output } = synthJson(stack);
    expect(output.client.value).toMatch(/^\$\{azurerm_user_assigned_identity\.app_identity_\w+\.client_id\}$/);
    expect(output.tenant.value).toMatch(/^\$\{azurerm_user_assigned_identity\.app_identity_\w+\.tenant_id\}$/);
  });

  it("rejects an illegal name", () => {
    const { stack, group } = testStackWithGroup();
    expect(() => new UserAssignedIdentity(stack, "app", { resourceGroup: group, name: "-id" })).toThrow(
      "test/app: name = \"-id\": 3-128 characters: letters, digits, '_', '-'; start with a letter or digit",
    );
  });
});
