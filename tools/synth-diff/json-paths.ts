/** JSON helpers of the synth diff: cdktf metadata stripped, canonical text, changed attribute paths. */

/** cdktf's metadata key (construct path, logical id, policy suppressions): never part of the configuration. */
export const METADATA_KEY = "//";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A copy without cdktf metadata at any depth, object keys sorted, so equal configurations print equally. */
export function stripMetadata(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripMetadata);
  if (!isObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) if (key !== METADATA_KEY) copy[key] = stripMetadata(value[key]);
  return copy;
}

/** Canonical text of a value: metadata stripped, keys sorted. Equal text means equal configuration. */
export function canonical(value: unknown): string {
  return JSON.stringify(stripMetadata(value)) ?? "undefined";
}

/** `a.b`, or `a["odd key"]` for a key that is not an identifier (map keys such as tags may be anything). */
function child(path: string, key: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key)) return path === "" ? key : `${path}.${key}`;
  return `${path}[${JSON.stringify(key)}]`;
}

/**
 * The attribute paths where two metadata-free values differ: dotted object keys, list elements by index
 * (`site_config.ip_restriction[0].action`). A key or element present on one side only is a path too; a
 * value that changes kind (object, list, scalar) is reported at its own path, not below it.
 */
export function changedPaths(base: unknown, head: unknown, path = "", out: string[] = []): string[] {
  if (base === head) return out;
  if (isObject(base) && isObject(head)) {
    const keys = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
    for (const key of keys) if (key !== METADATA_KEY) changedPaths(base[key], head[key], child(path, key), out);
  } else if (Array.isArray(base) && Array.isArray(head)) {
    for (let i = 0; i < Math.max(base.length, head.length); i++) changedPaths(base[i], head[i], `${path}[${i}]`, out);
  } else {
    out.push(path === "" ? "(whole value)" : path);
  }
  return out;
}

/** Every string in a value passed through `rewrite` (objects and lists copied, other values kept). */
export function mapStrings(value: unknown, rewrite: (text: string) => string): unknown {
  if (typeof value === "string") return rewrite(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, rewrite));
  if (!isObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) copy[key] = mapStrings(v, rewrite);
  return copy;
}
