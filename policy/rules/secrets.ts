import { isExpression, valuesAt } from "../attributes";
import type { PolicyContext, PolicyResource, PolicyRule } from "../types";

/**
 * Arguments that hold a secret whatever their name says (dotted paths through blocks). Names that say
 * it (`administrator_login_password`, `client_secret`, `storage_account_access_key` ...) are caught by
 * SECRET_NAME anywhere in any resource; this table adds the ones whose name is neutral.
 */
export const SECRET_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  azurerm_key_vault_secret: ["value"],
  azurerm_key_vault_certificate: ["certificate.contents"],
  // The PFX with its private key; trusted root / authentication certificates are public.
  azurerm_application_gateway: ["ssl_certificate.data"],
  azurerm_virtual_machine_extension: ["protected_settings"],
  azurerm_virtual_machine_scale_set_extension: ["protected_settings"],
  azurerm_linux_virtual_machine_scale_set: ["extension.protected_settings"],
  azurerm_linux_web_app: ["connection_string.value"],
  azurerm_linux_function_app: ["connection_string.value"],
};

/**
 * A name (argument, map key, environment variable, setting key) that announces a secret, after
 * normalising `camelCase`, `UPPER_CASE`, `a:b` and `a-b` to `snake_case` tokens.
 */
const SECRET_NAME = /(^|_)(password|passwd|pwd|secret|secrets|token|sas|connection_strings?|access_key|account_key|api_key|private_key|protected_settings)(_|$)/;
/** Names that contain such a token but hold an id, a name, a switch or a setting about the secret. */
const NOT_SECRET_NAME =
  /(^|_)(id|ids|name|names|enabled|disabled|permissions|type|types|period|version|url|uri|endpoint|days|hours|minutes|seconds|ttl|expiry|expiration|policy|encryption|method|length|mode|enforced|required|authentication|auth)$|^disable_|^enable_/;

function normalise(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/** Argument names repeat across resources and stacks: decide each once. */
const secretNames = new Map<string, boolean>();

/** Whether a name announces a secret (and is not one of the known non-secret names). */
export function isSecretName(name: string): boolean {
  let secret = secretNames.get(name);
  if (secret === undefined) {
    const n = normalise(name);
    secret = SECRET_NAME.test(n) && !NOT_SECRET_NAME.test(n);
    secretNames.set(name, secret);
  }
  return secret;
}

/** A value that would put a secret in the configuration: a non-empty string that is no reference. */
function isLiteralSecret(value: unknown): boolean {
  // An App Service Key Vault reference is the secret's address, not the secret.
  return typeof value === "string" && value !== "" && !isExpression(value) && !value.startsWith("@Microsoft.KeyVault(");
}

/** `Password=...`, `AccountKey=...` and the like inside a connection string; the value must be a reference. */
const EMBEDDED_CREDENTIAL = /(?:^|;)\s*(password|pwd|accountkey|sharedaccesskey|sharedaccesssignature)\s*=\s*([^;]*)/gi;

function embedsLiteralCredential(value: string): boolean {
  return [...value.matchAll(EMBEDDED_CREDENTIAL)].some(([, , secret]) => secret.trim() !== "" && !isExpression(secret));
}

/** An App Configuration key whose value is a Key Vault reference (`{"uri": ...}`), not the secret. */
const isKeyVaultReferenceSetting = (node: Record<string, unknown>): boolean =>
  typeof node.content_type === "string" && node.content_type.startsWith("application/vnd.microsoft.appconfig.keyvaultref+json");

/** Meta-arguments: no provider data. */
const META_ARGUMENTS = new Set(["depends_on", "lifecycle", "provider", "count", "for_each"]);

/**
 * Paths (dotted, without list indices) of literal secrets anywhere in a body: arguments and map keys
 * whose name announces a secret; the `value` of a block whose name does (a container app `secret`, an
 * app's `connection_string`); the `value` next to a `name`/`key` that does (container `env`, App
 * Configuration keys); credentials embedded in connection strings.
 */
function literalSecretPaths(node: unknown, path: string, inSecretBlock: boolean, found: Set<string>): void {
  if (Array.isArray(node)) {
    node.forEach((item) => literalSecretPaths(item, path, inSecretBlock, found));
    return;
  }
  if (typeof node === "string") {
    if (embedsLiteralCredential(node)) found.add(path);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const object = node as Record<string, unknown>;
  const label = [object.name, object.key].find((l): l is string => typeof l === "string");
  const valueIsSecret = inSecretBlock || (label !== undefined && isSecretName(label) && !isKeyVaultReferenceSetting(object));
  for (const [key, value] of Object.entries(object)) {
    if (path === "" && META_ARGUMENTS.has(key)) continue;
    const at = path === "" ? key : `${path}.${key}`;
    const secretName = isSecretName(key);
    // A secret-named argument may be a string or a list of strings; a list of blocks is walked.
    const literal = Array.isArray(value) ? value.some(isLiteralSecret) : isLiteralSecret(value);
    if ((secretName || (key === "value" && valueIsSecret)) && literal) found.add(at);
    else literalSecretPaths(value, at, secretName, found);
  }
}

/** The literal secrets of a resource, by argument path. */
export function literalSecretsOf(resource: PolicyResource): string[] {
  const found = new Set<string>();
  for (const path of SECRET_ARGUMENTS[resource.type] ?? []) {
    if (valuesAt(resource.body, path).some(isLiteralSecret)) found.add(path);
  }
  literalSecretPaths(resource.body, "", false, found);
  return [...found].sort();
}

/** Attributes that read a secret back out of a resource, for outputs. */
const SECRET_ATTRIBUTE = /(^|_)(instrumentation_key|kube_config|kube_admin_config|client_key|client_certificate)(_|$)|(^|_)(primary|secondary)(_[a-z0-9]+)*_key$/;
const SECRET_ATTRIBUTES_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  random_password: ["result", "bcrypt_hash"],
  azurerm_key_vault_secret: ["value"],
};

export function isSecretAttribute(type: string, attribute: string): boolean {
  return SECRET_ATTRIBUTES_BY_TYPE[type]?.includes(attribute) || isSecretName(attribute) || SECRET_ATTRIBUTE.test(attribute);
}

/** A resource attribute an output reads: `type.logicalId.attribute`, not preceded by `data.` or a name character. */
const REFERENCE = /(?<![\w.-])([a-z][a-z0-9_]*)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)/g;

function stringsIn(node: unknown): string[] {
  if (typeof node === "string") return [node];
  if (Array.isArray(node)) return node.flatMap(stringsIn);
  if (node !== null && typeof node === "object") return Object.values(node).flatMap(stringsIn);
  return [];
}

/** Per stack: resource address -> the outputs that read one of its secret attributes without `sensitive`. */
const exposuresByContext = new WeakMap<PolicyContext, Map<string, string[]>>();

function exposuresOf(context: PolicyContext): Map<string, string[]> {
  let exposures = exposuresByContext.get(context);
  if (!exposures) {
    exposures = new Map();
    for (const [name, output] of Object.entries(context.outputs)) {
      if (output.sensitive === true) continue;
      for (const text of stringsIn(output.value).filter(isExpression)) {
        for (const [, type, logicalId, attribute] of text.matchAll(REFERENCE)) {
          if (!isSecretAttribute(type, attribute)) continue;
          const address = `${type}.${logicalId}`;
          const entry = `"${name}" (${attribute})`;
          const list = exposures.get(address) ?? [];
          if (!list.includes(entry)) exposures.set(address, [...list, entry]);
        }
      }
    }
    exposuresByContext.set(context, exposures);
  }
  return exposures;
}

export const SECRET_RULES: PolicyRule[] = [
  {
    id: "AZ-SEC-001",
    title: "No argument that holds a secret (password, key, connection string, token, SAS) is a literal",
    scanners: [
      "PSRule Azure.Deployment.SecureValue",
      "Checkov secrets scanning (CKV_SECRET_* hard-coded credential checks)",
      "tfsec/Trivy general secrets check (sensitive data in a resource attribute)",
    ],
    resourceTypes: ["*"],
    fix: "reference the secret instead of writing it: a random_password result, a resource attribute, a Key Vault secret (`@Microsoft.KeyVault(SecretUri=...)` in app settings, `key_vault_secret_id` in container apps)",
    check(resource) {
      const paths = literalSecretsOf(resource);
      if (paths.length === 0) return undefined;
      const shown = paths.length > 3 ? [...paths.slice(0, 3), `${paths.length - 3} more`] : paths;
      return `has a literal secret in ${shown.join(", ")}`;
    },
  },
  {
    id: "AZ-SEC-002",
    title: "Every stack output that carries a secret is sensitive",
    scanners: ["PSRule Azure.Deployment.OutputSecretValue"],
    // Outputs are not resources, and the engine iterates resources: the finding is raised on the
    // resource whose secret an output exposes (once, naming every such output), so it is reported
    // with a construct path and can be suppressed per resource like any other finding.
    resourceTypes: ["*"],
    fix: "mark the TerraformOutput `sensitive: true`, or do not output the secret (consumers read it from Key Vault)",
    check(resource, context) {
      const outputs = exposuresOf(context).get(resource.address);
      if (!outputs) return undefined;
      return `has its secret exposed by output${outputs.length > 1 ? "s" : ""} ${outputs.join(", ")} without sensitive = true`;
    },
  },
];
