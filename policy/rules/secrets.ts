import { deepValues, isExpression, valuesAt } from "../attributes";
import type { PolicyContext, PolicyResource, PolicyRule } from "../types";

/**
 * Arguments that hold a secret whatever their name says (dotted paths through blocks). Names that say
 * it (`administrator_login_password`, `client_secret`, `storage_account_access_key` ...) and
 * write-only arguments (`value_wo`, `password_wo` ...) are caught by name anywhere in any resource;
 * this table adds the ones whose name is neutral.
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
/**
 * azurerm 4.x write-only arguments (`value_wo` of a Key Vault secret, `administrator_login_password_wo`,
 * `administrator_password_wo`, `password_wo`): the provider has them for secrets only. Their
 * `*_wo_version` companions are counters.
 */
const WRITE_ONLY = /_wo$/;
/**
 * Names that contain such a token but hold an id, a name, a switch or a setting about the secret
 * (`TOKEN_AUDIENCE`, `SECRET_ROTATION`, `PASSWORD_TEMPLATE`, `token_lifetime` ...).
 */
const NOT_SECRET_NAME =
  /(^|_)(id|ids|name|names|enabled|disabled|permissions|type|types|period|version|url|uri|endpoint|days|hours|minutes|seconds|ttl|expiry|expiration|lifetime|duration|interval|rotation|policy|encryption|method|algorithm|format|length|mode|enforced|required|authentication|auth|audience|audiences|issuer|issuers|scope|scopes|claim|claims|template|templates)$|^disable_|^enable_/;

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
    secret = WRITE_ONLY.test(n) || (SECRET_NAME.test(n) && !NOT_SECRET_NAME.test(n));
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

/**
 * Top-level arguments never read as credentials: the meta-arguments, and tags (labels for people and
 * billing, where `secret-rotation = "monthly"` names a secret without holding one).
 */
const UNCHECKED_ARGUMENTS = new Set(["depends_on", "lifecycle", "provider", "count", "for_each", "tags"]);

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
    if (path === "" && UNCHECKED_ARGUMENTS.has(key)) continue;
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

/** Attributes that read a secret back out of a resource or data source, for outputs. */
const SECRET_ATTRIBUTE = /(^|_)(instrumentation_key|kube_config|kube_admin_config|client_key|client_certificate|site_credential)(_|$)|(^|_)(primary|secondary)(_[a-z0-9]+)*_key$/;
const SECRET_ATTRIBUTES_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  random_password: ["result", "bcrypt_hash"],
  azurerm_key_vault_secret: ["value"],
  // The certificate with its private key.
  azurerm_key_vault_certificate_data: ["pem", "key"],
};

export function isSecretAttribute(type: string, attribute: string): boolean {
  return SECRET_ATTRIBUTES_BY_TYPE[type]?.includes(attribute) || isSecretName(attribute) || SECRET_ATTRIBUTE.test(attribute);
}

/** Parts of a secret block that are not secret themselves: `kube_config[0].host`, `site_credential[0].name`. */
const PUBLIC_PART = /^(host|hostname|fqdn|port|username|user|login)$/;

/**
 * Whether an attribute path of a resource or data source of `type` (its named parts, e.g.
 * `site_credential`, `password`) reads a secret: its last part does, or a part before it does and the
 * last is no public detail of it (`connection_string[0].value` is, `connection_string[0].name` is not).
 */
function isSecretAttributePath(type: string, parts: readonly string[]): boolean {
  const leaf = parts[parts.length - 1];
  if (isSecretAttribute(type, leaf)) return true;
  return parts.slice(0, -1).some((part) => isSecretAttribute(type, part)) && !PUBLIC_PART.test(leaf) && !NOT_SECRET_NAME.test(normalise(leaf));
}

/**
 * A reference in an expression: `[data.]type.name` with its attribute path (`.attr`, `[0]`, `[*]`,
 * `["key"]`, `.*`), or `var.name`. Not preceded by a name character or `.`, so `data.x.y.z` is read once.
 */
const REFERENCE = /(?<![\w.-])(?:(data)\.)?([a-z][a-z0-9_]*)\.([A-Za-z0-9_-]+)((?:\.[A-Za-z_][A-Za-z0-9_]*|\[[^\]]*\]|\.\*)*)/g;
/** Named values that are not resources: their second part is no logical id. */
const NOT_RESOURCES = new Set(["local", "module", "each", "count", "path", "terraform", "self"]);

/**
 * The stack's variable declarations (`variable` block of the stack JSON, `{ sensitive?, ... }` by
 * name), when the engine passes them on the context; without them no variable counts as sensitive.
 */
/** What an output's value reads that is secret: resource and data source attributes, sensitive variables. */
function secretReferences(value: unknown, sensitiveVariables: ReadonlySet<string>): string[] {
  const found = new Set<string>();
  const expressions = deepValues(value).flatMap((entry) => (typeof entry.value === "string" && isExpression(entry.value) ? [entry.value] : []));
  for (const text of expressions) {
    for (const [reference, data, type, name, tail] of text.matchAll(REFERENCE)) {
      if (data === undefined && type === "var") {
        if (sensitiveVariables.has(name)) found.add(`${reference} (declared sensitive)`);
        continue;
      }
      if (data === undefined && NOT_RESOURCES.has(type)) continue;
      // The named parts: indices and map keys (`[0]`, `["db"]`) and splats are no attribute names.
      const parts = tail
        .replace(/\[[^\]]*\]/g, "")
        .split(".")
        .filter((part) => part !== "" && part !== "*");
      if (parts.length > 0 && isSecretAttributePath(type, parts)) found.add(reference);
    }
  }
  return [...found];
}

/**
 * An output name that says it carries a secret: a secret argument name (password, secret, token,
 * connection string, access key ...) or one with `key` in it, except Key Vault (`key_vault_uri`),
 * public keys and names of ids, URIs and the like (`storage_key_id`).
 */
function namesSecret(name: string): boolean {
  const n = normalise(name);
  if (isSecretName(n)) return true;
  return /(^|_)keys?(_|$)/.test(n) && !/(^|_)key_vaults?(_|$)/.test(n) && !/(^|_)public_keys?(_|$)/.test(n) && !NOT_SECRET_NAME.test(n);
}

/** The outputs without `sensitive = true` that carry a secret, each with what gives it away. */
function secretOutputs(context: PolicyContext): Array<{ readonly address: string; readonly problem: string }> {
  const sensitiveVariables = new Set(
    Object.entries(context.variables)
      .filter(([, declaration]) => declaration.sensitive === true)
      .map(([name]) => name),
  );
  return Object.entries(context.outputs)
    .filter(([, output]) => output.sensitive !== true)
    .flatMap(([name, output]) => {
      const references = secretReferences(output.value, sensitiveVariables);
      const address = `output.${name}`;
      if (references.length > 0) return [{ address, problem: `exposes ${references.join(", ")} without sensitive = true` }];
      return namesSecret(name) ? [{ address, problem: "is named as a secret but has no sensitive = true" }] : [];
    });
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
    scanners: ["PSRule Azure.Deployment.OutputSecretValue", "OpenTofu's plan-time 'Output refers to sensitive values' error (provider-marked attributes only)"],
    // Outputs are not resources: the rule reads the stack's outputs once, with findings at `output.<name>`.
    resourceTypes: [],
    fix: "mark the TerraformOutput `sensitive: true`, or do not output the secret (consumers read it from Key Vault)",
    check: () => undefined,
    checkStack: secretOutputs,
  },
];
