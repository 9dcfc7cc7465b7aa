import { readFileSync } from "node:fs";
import { ValidationError } from "../../constructs/core/errors";
import { settings as defaults } from "./environments";
import type { Settings } from "./schema";
import { validateSettings } from "./validate";

/** Environment variable naming a JSON file of overrides (per-deployment values such as subscription ids). */
export const SETTINGS_FILE_VARIABLE = "ESTATE_SETTINGS_FILE";

/**
 * Overrides file layout: `{ "state": {...}, "platform": {...}, "environments": { "<name>": {...} } }`. Objects merge deeply,
 * arrays and scalars replace; an unknown environment name adds a new environment (which must then be
 * complete).
 */
export interface SettingsOverrides {
  readonly state?: Record<string, unknown>;
  readonly platform?: Record<string, unknown>;
  readonly environments?: Record<string, Record<string, unknown>>;
}

/** The estate's settings with the overrides file (if any) applied, validated. Throws ValidationErrors. */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const file = env[SETTINGS_FILE_VARIABLE];
  return validateSettings(file ? applyOverrides(defaults, readOverrides(file)) : defaults);
}

export function applyOverrides(base: Settings, overrides: SettingsOverrides): unknown {
  const byName = overrides.environments ?? {};
  const known = new Set(base.environments.map((e) => e.name));
  return {
    state: merge(base.state, overrides.state),
    platform: merge(base.platform, overrides.platform),
    environments: [
      ...base.environments.map((e) => merge(e, byName[e.name])),
      ...Object.entries(byName)
        .filter(([name]) => !known.has(name))
        .map(([name, added]) => ({ name, ...added })),
    ],
  };
}

function merge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isObject(base) || !isObject(override)) return override;
  // A setting of another kind (a cache switched from managedRedis to cacheForRedis) has other fields:
  // it replaces the default whole instead of inheriting fields the new kind does not have.
  if (override.kind !== undefined && override.kind !== base.kind) return override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = merge(base[key], value);
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function readOverrides(file: string): SettingsOverrides {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (!isObject(parsed)) throw new Error("the top level must be an object");
    const unknown = Object.keys(parsed).filter((k) => !["state", "platform", "environments"].includes(k));
    if (unknown.length > 0) throw new Error(`unknown top-level keys ${unknown.join(", ")}; expected state, platform and environments`);
    return parsed;
  } catch (e) {
    throw new ValidationError("settings", SETTINGS_FILE_VARIABLE, file, `must name a readable JSON file of overrides (${(e as Error).message})`);
  }
}
