import { TerraformStack, Testing } from "cdktf";
import { OPENTOFU_REQUIRED_VERSION, PASSPHRASE_VARIABLES, useStateEncryption } from "../backends/state-encryption";
import type { EnvironmentSettings } from "../stacks/settings/schema";

/**
 * `useStateEncryption` on a bare stack. The block is added with `stack.addOverride`, which
 * `stack.toTerraform()` merges in, so `Testing.synth` (no files written) shows it.
 */

type Encryption = EnvironmentSettings["stateEncryption"];

const VAULT_URI = "https://abskvtfstateweshared061f.vault.azure.net/";

function synth(encryption: Encryption): any {
  const stack = new TerraformStack(Testing.app(), "test");
  useStateEncryption(stack, encryption, VAULT_URI);
  return JSON.parse(Testing.synth(stack));
}

/** Every `${method.aes_gcm.X}` and `${key_provider.T.X}` the block uses names something it declares. */
function expectSelfConsistent(encryption: any): void {
  for (const [name, method] of Object.entries<any>(encryption.method.aes_gcm)) {
    const keys = /^\$\{key_provider\.([a-z0-9_]+)\.([A-Za-z0-9_]+)\}$/.exec(method.keys);
    expect([name, keys !== null]).toEqual([name, true]);
    expect(encryption.key_provider[keys![1]]?.[keys![2]]).toBeDefined();
  }
  for (const target of [encryption.state, encryption.plan]) {
    for (const ref of [target.method, target.fallback?.method].filter((r) => r !== undefined)) {
      const method = /^\$\{method\.aes_gcm\.([A-Za-z0-9_]+)\}$/.exec(ref);
      expect([ref, method !== null]).toEqual([ref, true]);
      expect(encryption.method.aes_gcm[method![1]]).toBeDefined();
    }
  }
}

describe("useStateEncryption", () => {
  it("requires an OpenTofu version with the azure_vault key provider (1.11)", () => {
    expect(OPENTOFU_REQUIRED_VERSION).toBe(">= 1.11.0");
  });

  describe("azure_vault key", () => {
    const json = () => synth({ enabled: true, key: { keyProvider: "azure_vault", keyName: "tofu-state-prod" } });

    it("wraps a 32-byte AES-GCM key with the named Key Vault key and enforces it for state and plan", () => {
      const encryption = json().terraform.encryption;
      expect(encryption).toEqual({
        key_provider: { azure_vault: { tofu_state_prod: { vault_uri: VAULT_URI, vault_key_name: "tofu-state-prod", key_length: 32 } } },
        method: { aes_gcm: { tofu_state_prod: { keys: "${key_provider.azure_vault.tofu_state_prod}" } } },
        state: { enforced: true, method: "${method.aes_gcm.tofu_state_prod}" },
        plan: { enforced: true, method: "${method.aes_gcm.tofu_state_prod}" },
      });
      expectSelfConsistent(encryption);
    });

    it("declares no passphrase variable", () => {
      expect(json().variable).toBeUndefined();
    });
  });

  describe("pbkdf2 key", () => {
    const json = () => synth({ enabled: true, key: { keyProvider: "pbkdf2" } });

    it("reads the passphrase from a sensitive, non-nullable variable of 16 characters or more", () => {
      const variables = json().variable;
      expect(Object.keys(variables)).toEqual([PASSPHRASE_VARIABLES.current]);
      expect(PASSPHRASE_VARIABLES.current).toBe("state_encryption_passphrase");
      const variable = variables.state_encryption_passphrase;
      expect(variable).toMatchObject({ type: "string", sensitive: true, nullable: false });
      expect(variable.default).toBeUndefined();
      expect(variable.validation).toHaveLength(1);
      expect(variable.validation[0].condition).toMatch(/^\$\{length\(var\.state_encryption_passphrase\) >= 16\}$/);
      expect(variable.validation[0].error_message).toMatch(/16/);
    });

    it("derives a 32-byte key from it and enforces it for state and plan", () => {
      const encryption = json().terraform.encryption;
      expect(encryption.key_provider).toEqual({ pbkdf2: { passphrase: { passphrase: "${var.state_encryption_passphrase}", key_length: 32 } } });
      expect(encryption.method).toEqual({ aes_gcm: { passphrase: { keys: "${key_provider.pbkdf2.passphrase}" } } });
      expect(encryption.state).toEqual({ enforced: true, method: "${method.aes_gcm.passphrase}" });
      expect(encryption.plan).toEqual(encryption.state);
      expectSelfConsistent(encryption);
    });
  });

  describe("fallback (key rotation)", () => {
    it("azure_vault -> azure_vault: reads with the old key, writes with the new one", () => {
      const encryption = synth({
        enabled: true,
        key: { keyProvider: "azure_vault", keyName: "tofu-state-prod-2" },
        fallback: { keyProvider: "azure_vault", keyName: "tofu-state-prod" },
      }).terraform.encryption;
      expect(encryption.key_provider).toEqual({
        azure_vault: {
          tofu_state_prod_2: { vault_uri: VAULT_URI, vault_key_name: "tofu-state-prod-2", key_length: 32 },
          tofu_state_prod: { vault_uri: VAULT_URI, vault_key_name: "tofu-state-prod", key_length: 32 },
        },
      });
      expect(encryption.method).toEqual({
        aes_gcm: {
          tofu_state_prod_2: { keys: "${key_provider.azure_vault.tofu_state_prod_2}" },
          tofu_state_prod: { keys: "${key_provider.azure_vault.tofu_state_prod}" },
        },
      });
      const target = { enforced: true, method: "${method.aes_gcm.tofu_state_prod_2}", fallback: { method: "${method.aes_gcm.tofu_state_prod}" } };
      expect(encryption.state).toEqual(target);
      expect(encryption.plan).toEqual(target);
      expectSelfConsistent(encryption);
    });

    it("pbkdf2 -> pbkdf2: adds the previous passphrase variable and falls back to it", () => {
      const json = synth({ enabled: true, key: { keyProvider: "pbkdf2" }, fallback: { keyProvider: "pbkdf2" } });
      expect(Object.keys(json.variable).sort()).toEqual(["state_encryption_passphrase", "state_encryption_previous_passphrase"]);
      expect(PASSPHRASE_VARIABLES.previous).toBe("state_encryption_previous_passphrase");
      const previous = json.variable.state_encryption_previous_passphrase;
      expect(previous).toMatchObject({ type: "string", sensitive: true, nullable: false });
      expect(previous.validation[0].condition).toBe("${length(var.state_encryption_previous_passphrase) >= 16}");

      const encryption = json.terraform.encryption;
      expect(encryption.key_provider).toEqual({
        pbkdf2: {
          passphrase: { passphrase: "${var.state_encryption_passphrase}", key_length: 32 },
          previous_passphrase: { passphrase: "${var.state_encryption_previous_passphrase}", key_length: 32 },
        },
      });
      const target = { enforced: true, method: "${method.aes_gcm.passphrase}", fallback: { method: "${method.aes_gcm.previous_passphrase}" } };
      expect(encryption.state).toEqual(target);
      expect(encryption.plan).toEqual(target);
      expectSelfConsistent(encryption);
    });

    it("pbkdf2 -> azure_vault: both key provider types side by side", () => {
      const json = synth({ enabled: true, key: { keyProvider: "azure_vault", keyName: "tofu-state-dev" }, fallback: { keyProvider: "pbkdf2" } });
      const encryption = json.terraform.encryption;
      expect(Object.keys(encryption.key_provider).sort()).toEqual(["azure_vault", "pbkdf2"]);
      // The fallback passphrase is the previous one.
      expect(Object.keys(json.variable)).toEqual(["state_encryption_previous_passphrase"]);
      expect(encryption.key_provider.pbkdf2.previous_passphrase.passphrase).toBe("${var.state_encryption_previous_passphrase}");
      expect(encryption.state).toEqual({
        enforced: true,
        method: "${method.aes_gcm.tofu_state_dev}",
        fallback: { method: "${method.aes_gcm.previous_passphrase}" },
      });
      expect(encryption.plan).toEqual(encryption.state);
      expectSelfConsistent(encryption);
    });
  });

  describe("enabled: false", () => {
    it("adds no encryption block and no variables", () => {
      for (const key of [{ keyProvider: "azure_vault", keyName: "tofu-state-dev" }, { keyProvider: "pbkdf2" }] as const) {
        const json = synth({ enabled: false, key, fallback: { keyProvider: "pbkdf2" } });
        expect(json.terraform?.encryption).toBeUndefined();
        expect(json.variable).toBeUndefined();
      }
    });
  });
});
