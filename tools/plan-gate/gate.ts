import { STATEFUL_TYPES } from "../../policy/rules/protection";

/**
 * The data-safety gate over an OpenTofu/Terraform JSON plan (`tofu show -json <planfile>`): pure functions,
 * no file or process access (tools/plan-gate/cli.ts is the command line).
 *
 * A managed resource of a stateful type (STATEFUL_TYPES) whose planned actions contain "delete" (a destroy,
 * or a replace: ["delete","create"] / ["create","delete"]) fails the gate, unless an override with a written
 * reason is given. Data sources (mode "data") and no-op / read / forget actions are not changes.
 *
 * `--format json` prints a {@link GateResult}, which tools/pr-comment reads as well:
 *
 *   {
 *     "summary": { "add": 1, "change": 2, "destroy": 1, "replace": 1 },  // a replace counts once, as a replace
 *     "destroys":  [PlannedChange...],   // actions ["delete"], in plan order (OpenTofu sorts by address)
 *     "replaces":  [PlannedChange...],   // actions contain both "delete" and "create", in plan order
 *     "creates":   ["azurerm_x.a", ...], // addresses, actions ["create"]
 *     "updates":   ["azurerm_x.b", ...], // addresses, actions ["update"]
 *     "statefulDestroys": [PlannedChange...], // the destroys and replaces of stateful types: what the gate blocks
 *     "drift": [{ "address": "...", "actions": ["update"] }], // resource_drift: changed outside OpenTofu (not counted)
 *     "override": { "reason": "..." },   // only when --allow-stateful-destroy was given
 *     "passed": true                     // the verdict: no stateful destroy, or an override (exit 0); false = exit 1
 *   }
 *
 * A PlannedChange is `{ address, type, actions, stateful, replacePaths?, reason?, deposed? }`: replacePaths are
 * the attribute paths that force a replacement (change.replace_paths, `a.b[0].c`), reason OpenTofu's
 * action_reason (e.g. `replace_because_cannot_update`, `delete_because_no_resource_config`), deposed the key of
 * a deposed object (left by a failed create-before-destroy) that is being deleted.
 */

/** The fewest characters an override reason may have: a reviewer must be able to tell why. */
export const MIN_OVERRIDE_REASON_LENGTH = 10;

export interface PlannedChange {
  readonly address: string;
  readonly type: string;
  readonly actions: readonly string[];
  /** Whether the type is in STATEFUL_TYPES: deleting it loses data. */
  readonly stateful: boolean;
  /** The attribute paths that force the replacement (`change.replace_paths`), e.g. `network_rules[0].default_action`. */
  readonly replacePaths?: readonly string[];
  /** OpenTofu's `action_reason`, e.g. `replace_because_cannot_update`. */
  readonly reason?: string;
  /** The key of the deposed object this change deletes, when it is not the current object. */
  readonly deposed?: string;
}

export interface PlanSummary {
  readonly add: number;
  readonly change: number;
  readonly destroy: number;
  readonly replace: number;
}

export interface GateResult {
  readonly summary: PlanSummary;
  readonly destroys: readonly PlannedChange[];
  readonly replaces: readonly PlannedChange[];
  readonly creates: readonly string[];
  readonly updates: readonly string[];
  readonly statefulDestroys: readonly PlannedChange[];
  readonly drift: ReadonlyArray<{ readonly address: string; readonly actions: readonly string[] }>;
  readonly override?: { readonly reason: string };
  readonly passed: boolean;
}

/** One entry of `resource_changes` / `resource_drift`, reduced to what the gate reads. */
export interface ResourceChange {
  readonly address: string;
  readonly mode: string;
  readonly type: string;
  readonly actions: readonly string[];
  readonly replacePaths?: ReadonlyArray<ReadonlyArray<string | number>>;
  readonly reason?: string;
  readonly deposed?: string;
}

export interface Plan {
  readonly resourceChanges: readonly ResourceChange[];
  readonly resourceDrift: readonly ResourceChange[];
}

/** The plan file is not a JSON plan this gate understands: the CLI prints the message and exits 2. */
export class PlanFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanFileError";
  }
}

const isObject = (value: unknown): value is Record<string, any> => typeof value === "object" && value !== null && !Array.isArray(value);

/** One `resource_changes` entry, checked; `where` names it in error messages. */
function parseChange(entry: unknown, where: string): ResourceChange {
  if (!isObject(entry)) throw new PlanFileError(`${where} is not an object`);
  for (const key of ["address", "mode", "type"]) {
    if (typeof entry[key] !== "string") throw new PlanFileError(`${where} has no string "${key}"`);
  }
  const actions = entry.change?.actions;
  if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a) => typeof a === "string")) {
    throw new PlanFileError(`${where} (${entry.address}) has no change.actions list`);
  }
  const replacePaths = entry.change.replace_paths;
  if (replacePaths !== undefined && !(Array.isArray(replacePaths) && replacePaths.every(Array.isArray))) {
    throw new PlanFileError(`${where} (${entry.address}) has a change.replace_paths that is not a list of paths`);
  }
  return {
    address: entry.address,
    mode: entry.mode,
    type: entry.type,
    actions,
    replacePaths,
    reason: typeof entry.action_reason === "string" ? entry.action_reason : undefined,
    deposed: typeof entry.deposed === "string" ? entry.deposed : undefined,
  };
}

function parseChanges(value: unknown, key: string): ResourceChange[] {
  // OpenTofu leaves the key out when the configuration has no resources at all.
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new PlanFileError(`"${key}" is not a list`);
  return value.map((entry, i) => parseChange(entry, `${key}[${i}]`));
}

/** Parses the text of `tofu show -json <planfile>`; throws a PlanFileError saying what is wrong. */
export function parsePlan(text: string): Plan {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new PlanFileError(`not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(json)) throw new PlanFileError("not a JSON object");
  const version = json.format_version;
  if (typeof version !== "string") throw new PlanFileError('no "format_version": not the output of `tofu show -json <planfile>`');
  // The format's rule: minor versions only add fields; another major version must be rejected.
  if (version.split(".")[0] !== "1") throw new PlanFileError(`unsupported format_version ${JSON.stringify(version)} (expected 1.x)`);
  return { resourceChanges: parseChanges(json.resource_changes, "resource_changes"), resourceDrift: parseChanges(json.resource_drift, "resource_drift") };
}

/** A replace path as OpenTofu writes it in its own messages: `site_config[0].minimum_tls_version`. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  return path.map((step, i) => (typeof step === "number" ? `[${step}]` : i === 0 ? step : `.${step}`)).join("");
}

type Kind = "replace" | "destroy" | "create" | "update" | undefined;

/** What a change does. Anything containing "delete" is a destroy or a replace, whatever else it holds. */
function kindOf(actions: readonly string[]): Kind {
  const deletes = actions.includes("delete");
  if (deletes && actions.includes("create")) return "replace";
  if (deletes) return "destroy";
  if (actions.includes("create")) return "create";
  if (actions.includes("update")) return "update";
  return undefined; // no-op, read, forget
}

function plannedChange(change: ResourceChange): PlannedChange {
  return {
    address: change.address,
    type: change.type,
    actions: change.actions,
    stateful: Object.hasOwn(STATEFUL_TYPES, change.type),
    ...(change.replacePaths?.length ? { replacePaths: change.replacePaths.map(formatPath) } : {}),
    ...(change.reason ? { reason: change.reason } : {}),
    ...(change.deposed ? { deposed: change.deposed } : {}),
  };
}

/**
 * Checks an override reason; returns the problem, or undefined when the reason will do.
 * Leading and trailing blanks do not count towards the length.
 */
export function overrideReasonProblem(reason: string): string | undefined {
  const length = reason.trim().length;
  return length >= MIN_OVERRIDE_REASON_LENGTH
    ? undefined
    : `the reason must say why, in at least ${MIN_OVERRIDE_REASON_LENGTH} characters (got ${length})`;
}

/** The gate's verdict and the plan's summary. `overrideReason` must already have been checked. */
export function evaluatePlan(plan: Plan, overrideReason?: string): GateResult {
  const destroys: PlannedChange[] = [];
  const replaces: PlannedChange[] = [];
  const creates: string[] = [];
  const updates: string[] = [];
  for (const change of plan.resourceChanges) {
    if (change.mode !== "managed") continue;
    const kind = kindOf(change.actions);
    if (kind === "destroy") destroys.push(plannedChange(change));
    else if (kind === "replace") replaces.push(plannedChange(change));
    else if (kind === "create") creates.push(change.address);
    else if (kind === "update") updates.push(change.address);
  }
  const statefulDestroys = destructiveChanges({ destroys, replaces }).filter((c) => c.stateful);
  const drift = plan.resourceDrift.filter((c) => c.mode === "managed").map((c) => ({ address: c.address, actions: c.actions }));
  const override = overrideReason === undefined ? undefined : { reason: overrideReason.trim() };
  return {
    summary: { add: creates.length, change: updates.length, destroy: destroys.length, replace: replaces.length },
    destroys,
    replaces,
    creates,
    updates,
    statefulDestroys,
    drift,
    ...(override ? { override } : {}),
    passed: statefulDestroys.length === 0 || override !== undefined,
  };
}

/** Every destroy and replace in the order a reviewer reads them: stateful first, then plan order. */
export function destructiveChanges(result: Pick<GateResult, "destroys" | "replaces">): PlannedChange[] {
  const all = [...result.destroys, ...result.replaces];
  return [...all.filter((c) => c.stateful), ...all.filter((c) => !c.stateful)];
}

/** `3 to add, 1 to change, 0 to destroy, 1 to replace` */
export function formatSummary(summary: PlanSummary): string {
  return `${summary.add} to add, ${summary.change} to change, ${summary.destroy} to destroy, ${summary.replace} to replace`;
}

/** Whether the plan changes nothing (data sources and no-ops only). */
export function isEmpty(summary: PlanSummary): boolean {
  return summary.add + summary.change + summary.destroy + summary.replace === 0;
}

/** `replace azurerm_storage_account.x [delete, create] STATEFUL; forced by: account_kind; reason: ...` */
export function describeChange(change: PlannedChange): string {
  const verb = change.actions.includes("create") ? "replace" : "destroy";
  const details = [
    change.deposed ? `deposed object ${change.deposed}` : undefined,
    change.replacePaths ? `forced by: ${change.replacePaths.join(", ")}` : undefined,
    change.reason ? `reason: ${change.reason}` : undefined,
  ].filter((d) => d !== undefined);
  return `${verb} ${change.address} [${change.actions.join(", ")}]${change.stateful ? " STATEFUL" : ""}${details.length ? `; ${details.join("; ")}` : ""}`;
}

/** The verdict line, alone: the first thing the text report and a reviewer see. */
function verdict(result: GateResult): string {
  const count = result.statefulDestroys.length;
  const what = `${count} stateful resource${count === 1 ? "" : "s"} destroyed or replaced`;
  if (count === 0) return "plan-gate: PASSED: no stateful resource is destroyed or replaced";
  return result.passed ? `plan-gate: PASSED BY OVERRIDE: ${what}` : `plan-gate: FAILED: ${what}`;
}

/** The human report: verdict, override, blocking changes, then the whole plan with destroys and replaces first. */
export function formatText(result: GateResult): string {
  const lines = [verdict(result)];
  if (result.override) {
    const banner = "!".repeat(72);
    lines.push(
      "",
      banner,
      `!! OVERRIDE: --allow-stateful-destroy given${result.statefulDestroys.length ? "" : " (nothing needed it)"}`,
      `!! Reason: ${result.override.reason}`,
      banner,
    );
  }
  if (result.statefulDestroys.length) {
    lines.push("", "Stateful resources destroyed or replaced (data is lost):");
    lines.push(...result.statefulDestroys.map((c) => `  - ${describeChange(c)}`));
    if (!result.passed) {
      lines.push(
        "",
        "Fix the change (a renamed logical id wants a `moved` block / moveFromId, a replaced attribute may have an",
        `in-place alternative), or, if losing the data is intended, rerun with --allow-stateful-destroy "<reason>".`,
      );
    }
  }
  lines.push("", `Plan: ${formatSummary(result.summary)}.${isEmpty(result.summary) ? " No changes." : ""}`);
  const destructive = destructiveChanges(result);
  if (destructive.length) lines.push("", "Destroys and replaces:", ...destructive.map((c) => `  - ${describeChange(c)}`));
  if (result.creates.length) lines.push("", "Creates:", ...result.creates.map((a) => `  + ${a}`));
  if (result.updates.length) lines.push("", "Updates in place:", ...result.updates.map((a) => `  ~ ${a}`));
  if (result.drift.length) {
    lines.push("", "Changed outside OpenTofu since the last apply (not counted above):");
    lines.push(...result.drift.map((d) => `  ! ${d.address} [${d.actions.join(", ")}]`));
  }
  return `${lines.join("\n")}\n`;
}
