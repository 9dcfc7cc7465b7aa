import { isSecretName, SECRET_ARGUMENTS } from "../policy/rules/secrets";
import { valuesAt } from "../policy/attributes";
import { estateOutput } from "./helpers";

/**
 * No secret value of ours reaches OpenTofu state (issue 16). What the configuration itself puts there
 * is a managed `random_password` (its result and hash), and every secret argument whose value is not
 * write-only: OpenTofu stores arguments as sent. Write-only arguments (`*_wo`) are never stored; a Key
 * Vault reference is an address, not the secret.
 *
 * What remains are copies of attributes the provider keeps in state anyway (so the copy adds no new
 * secret there): each is listed below with why its key must remain.
 */

const json = estateOutput();
const STACKS = Object.keys(json);
const isKeyVaultReference = (value: string) => value.startsWith("@Microsoft.KeyVault(");

/** `type.name: argument path = value` of every secret argument sent with a stored (not write-only) value. */
function storedSecretArguments(stack: any): string[] {
  const found: string[] = [];
  const walk = (node: unknown, path: string, secret: boolean, where: string) => {
    if (Array.isArray(node)) return node.forEach((item) => walk(item, path, secret, where));
    if (typeof node === "string") {
      if (secret && node !== "" && !isKeyVaultReference(node)) found.push(`${where}: ${path} = ${node}`);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const object = node as Record<string, unknown>;
    // Container env entries and similar name/value pairs: the value is secret when the name says so.
    const label = [object.name, object.key].find((l): l is string => typeof l === "string");
    for (const [key, value] of Object.entries(object)) {
      if (path === "" && ["depends_on", "lifecycle", "tags"].includes(key)) continue;
      const at = path === "" ? key : `${path}.${key}`;
      const named = isSecretName(key) && !/_wo$/.test(key);
      walk(value, at, named || (key === "value" && (secret || (label !== undefined && isSecretName(label)))), where);
    }
  };
  for (const [type, byName] of Object.entries<Record<string, any>>(stack.resource ?? {})) {
    for (const [name, body] of Object.entries(byName)) {
      const where = `${type}.${name}`;
      walk(body, "", false, where);
      for (const path of SECRET_ARGUMENTS[type] ?? []) {
        for (const value of valuesAt(body, path)) {
          if (typeof value === "string" && value !== "" && !isKeyVaultReference(value)) found.push(`${where}: ${path} = ${value}`);
        }
      }
    }
  }
  return [...new Set(found)].sort();
}

/** The secret values our configuration writes into a stack's state: managed random passwords and stored secret arguments. */
function secretValuesInState(stack: any): string[] {
  const passwords = Object.keys(stack.resource?.random_password ?? {}).map((name) => `random_password.${name}: result`);
  return [...passwords, ...storedSecretArguments(stack)];
}

/** What a copy of a provider attribute may read: the attribute is in state whether or not we copy it. */
const ATTRIBUTE_COPIES: ReadonlyArray<[RegExp, string]> = [
  // The Confluent provider (2.83.4, tools/confluent-provider-schema.json) has no ephemeral resource and no
  // write-only argument: an API key's secret exists only as `confluent_api_key.secret`. Kafka and the
  // Metrics API take API keys (OAuth through an identity pool would need every client to change).
  [/^\$\{confluent_api_key\.[\w-]+\.(id|secret)\}$/, "Confluent API key"],
  // An ingestion-only key (it writes telemetry, reads nothing), fixed for the component's life; the
  // collector's Azure Monitor exporter and seed 004's services take no Entra ID token.
  [/^\$\{azurerm_application_insights\.[\w-]+\.connection_string\}$/, "Application Insights connection string"],
  // Azure Managed Redis with access keys off: the connection string is a host name and port, no password.
  [/^\$\{azurerm_managed_redis\.[\w-]+\.hostname\}:10000,ssl=True,abortConnect=False$/, "Managed Redis host (Entra ID, no key)"],
  // seed 004's `redis-cache-password` is empty with Entra ID authentication.
  [/^\$\{local\.[\w-]+redis-no-password[\w-]*\}$/, "empty Redis password (Entra ID)"],
];

describe.each(STACKS)("no secret of ours reaches the state of %s", (id) => {
  const stack = json[id];

  it("has no managed random_password: passwords are ephemeral", () => {
    expect(Object.keys(stack.resource?.random_password ?? {})).toEqual([]);
  });

  it("sends every generated secret write-only: each ephemeral value flows only into *_wo arguments (with a version) and locals", () => {
    const text = JSON.stringify(stack.resource ?? {});
    const ephemeralRefs = [...text.matchAll(/"([\w]+)":"[^"]*\$\{ephemeral\./g)].map((m) => m[1]);
    expect(ephemeralRefs.length > 0).toBe(id !== "platform");
    expect(ephemeralRefs.filter((argument) => !/_wo$/.test(argument))).toEqual([]);
    expect(JSON.stringify(stack.output ?? {})).not.toContain("ephemeral.");
  });

  it("stores no secret argument except copies of provider attributes that state holds anyway, each with its reason", () => {
    const unexplained = storedSecretArguments(stack)
      .map((entry) => entry.slice(entry.indexOf(" = ") + 3))
      .filter((value) => !ATTRIBUTE_COPIES.some(([pattern]) => pattern.test(value)));
    expect(unexplained).toEqual([]);
  });

  it("keeps every output that could carry a secret sensitive", () => {
    const secretName = (name: string) => isSecretName(name) || /(^|_)(keys?|connection_string)(_|$)/.test(name.replace(/key_vault/g, "vault"));
    const secretValue = (value: unknown) => /(primary|secondary)_\w*key|connection_string|\.secret\}|\.result\}|\.value\}/.test(JSON.stringify(value));
    const secretLooking = Object.entries<any>(stack.output ?? {}).filter(([name, output]) => secretName(name) || secretValue(output.value));
    expect(secretLooking.filter(([, output]) => output.sensitive !== true).map(([name]) => name)).toEqual([]);
  });
});

it("counts the secret values our configuration writes into state: none generated, only copies of provider attributes", () => {
  const counts = Object.fromEntries(STACKS.map((id) => [id, secretValuesInState(json[id]).length]));
  // Per environment, all copies of provider attributes (ATTRIBUTE_COPIES): 12 Confluent key ids and
  // secrets (8 in Key Vault, 4 topic credentials), 11 Application Insights connection strings, the
  // Redis host and the empty Redis password. Before issue 16 there were 38: these plus 3 random_password
  // results, the SQL and PostgreSQL admin passwords and 8 Key Vault secrets holding generated values.
  expect(counts).toEqual({ platform: 0, dev: 25, staging: 25, prod: 25 });
});
