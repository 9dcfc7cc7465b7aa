import { TerraformStack, TerraformVariable } from "cdktf";
import type { EnvironmentSettings, StateEncryptionKey } from "../stacks/settings/schema";

/**
 * OpenTofu version floor: client-side state encryption came in 1.7, variables in the encryption block
 * in 1.8, and the `azure_vault` key provider in 1.11.
 */
export const OPENTOFU_REQUIRED_VERSION = ">= 1.11.0";

/** Sensitive variables that carry pbkdf2 passphrases (`TF_VAR_state_encryption_passphrase`). */
export const PASSPHRASE_VARIABLES = {
  current: "state_encryption_passphrase",
  previous: "state_encryption_previous_passphrase",
} as const;

/** AES-GCM takes a 256-bit key; both key providers derive or unwrap one of that length. */
const KEY_LENGTH = 32;

interface KeySource {
  readonly type: "azure_vault" | "pbkdf2";
  /** Label of the key provider and of its method: never rename it once state is encrypted with it. */
  readonly name: string;
  readonly config: Record<string, unknown>;
}

/**
 * Adds the `terraform.encryption` block: state and plan encrypted with AES-GCM and `enforced`, so
 * OpenTofu refuses to write either in plain text. The key comes from the state Key Vault (azure_vault:
 * a data key wrapped by an RSA key that never leaves the vault) or from a passphrase (pbkdf2). A
 * `fallback` key lets OpenTofu read state written with the previous key while it writes with the new one.
 */
export function useStateEncryption(stack: TerraformStack, encryption: EnvironmentSettings["stateEncryption"], keyVaultUri: string): void {
  if (!encryption.enabled) return;
  const primary = keySource(stack, encryption.key, "current", keyVaultUri);
  const fallback = encryption.fallback && keySource(stack, encryption.fallback, "previous", keyVaultUri);
  const sources = fallback ? [primary, fallback] : [primary];

  const keyProviders: Record<string, Record<string, unknown>> = {};
  for (const s of sources) keyProviders[s.type] = { ...keyProviders[s.type], [s.name]: s.config };
  const methods = Object.fromEntries(sources.map((s) => [s.name, { keys: `\${key_provider.${s.type}.${s.name}}` }]));
  const target = {
    method: `\${method.aes_gcm.${primary.name}}`,
    enforced: true,
    ...(fallback ? { fallback: { method: `\${method.aes_gcm.${fallback.name}}` } } : {}),
  };
  stack.addOverride("terraform.encryption", { key_provider: keyProviders, method: { aes_gcm: methods }, state: target, plan: target });
}

function keySource(stack: TerraformStack, key: StateEncryptionKey, role: "current" | "previous", keyVaultUri: string): KeySource {
  if (key.keyProvider === "azure_vault") {
    return {
      type: "azure_vault",
      name: key.keyName.replace(/-/g, "_"),
      config: { vault_uri: keyVaultUri, vault_key_name: key.keyName, key_length: KEY_LENGTH },
    };
  }
  new TerraformVariable(stack, PASSPHRASE_VARIABLES[role], {
    type: "string",
    sensitive: true,
    nullable: false,
    description: `${role === "current" ? "Passphrase" : "Previous passphrase (while rotating)"} for OpenTofu state and plan encryption (pbkdf2, 16 characters or more).`,
    validation: [{ condition: `\${length(var.${PASSPHRASE_VARIABLES[role]}) >= 16}`, errorMessage: "The passphrase must be at least 16 characters long." }],
  });
  return {
    type: "pbkdf2",
    name: role === "current" ? "passphrase" : "previous_passphrase",
    config: { passphrase: `\${var.${PASSPHRASE_VARIABLES[role]}}`, key_length: KEY_LENGTH },
  };
}
