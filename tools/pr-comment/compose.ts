import { changeSummary, hasChanges, type GraphChanges } from "../graph/changes";
import type { GraphEdge, GraphNode } from "../graph/derive";
import { destructiveChanges, evaluatePlan, formatSummary, isEmpty, parsePlan, PlanFileError, type GateResult, type PlannedChange } from "../plan-gate/gate";
import { losesStatefulData, type StackDiff } from "../synth-diff/diff";
import { renderStack } from "../synth-diff/markdown";
import { entriesOfStack, type PolicyEntry, type PolicyReportText } from "./policy";

/**
 * One Markdown pull-request comment per stack: plan summary, "destroys stateful resources: yes/no", policy
 * findings and suppressions, infrastructure graph changes, synth diff. Pure functions; tools/pr-comment/cli.ts reads the files.
 *
 * The first line is the marker `<!-- estate-plan:<stack> -->`, which the workflow searches for to update the
 * stack's comment instead of adding another. The comment stays within GitHub's 65,536-character limit: long
 * lists are cut to their first items and a "... and N more" line.
 */

/** GitHub refuses a comment body longer than this. */
export const MAX_COMMENT_LENGTH = 65_536;

export interface CommentInput {
  readonly stack: string;
  readonly gate: GateResult;
  /** The stack's entry of the synth diff; `null` when the diff has none (it was run for other stacks); absent when no diff was given. */
  readonly diff?: StackDiff | null;
  /** The policy report of every stack; absent when none was given. */
  readonly policy?: PolicyReportText;
  /** The stack's entry of the graph diff; `null` when it has none; absent when no graph diff was given. */
  readonly graph?: GraphChanges | null;
}

/** A stack id as the marker carries it. */
export const STACK_ID = /^[A-Za-z0-9_-]+$/;

export function marker(stack: string): string {
  return `<!-- estate-plan:${stack} -->`;
}

/** The input file is not what the option expects: the CLI prints the message and exits 2. */
export class InputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputFileError";
  }
}

const isObject = (value: unknown): value is Record<string, any> => typeof value === "object" && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === "string");

/**
 * The gate result of `--plan`: either `tofu show -json` output, evaluated here (no override), or the JSON
 * that `plan-gate --format json` printed (which carries an override given to the gate).
 */
export function gateResultOf(text: string): GateResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new PlanFileError(`not valid JSON (${(e as Error).message})`);
  }
  if (isObject(json) && json.format_version === undefined && isObject(json.summary) && typeof json.passed === "boolean") {
    const lists = ["destroys", "replaces", "statefulDestroys"].every((key) => Array.isArray(json[key])) && isStringList(json.creates) && isStringList(json.updates);
    if (!lists) throw new PlanFileError("looks like plan-gate JSON but lacks destroys/replaces/creates/updates/statefulDestroys lists");
    return { drift: [], ...json } as unknown as GateResult;
  }
  return evaluatePlan(parsePlan(text));
}

const isChangedList = (value: unknown) => Array.isArray(value) && value.every((c) => typeof c?.address === "string" && isStringList(c.paths));
const isSection = (value: unknown) => isObject(value) && isStringList(value.added) && isStringList(value.removed) && isChangedList(value.changed);
const isRename = (r: unknown) =>
  isObject(r) && typeof r.type === "string" && typeof r.from === "string" && typeof r.to === "string" && typeof r.stateful === "boolean" && typeof r.moved === "boolean" && isStringList(r.paths);
const STATUSES = ["added", "removed", "changed", "unchanged"];

/** `json.stacks[stack]` of a tool's JSON output (undefined when absent); throws an InputFileError. */
function stackEntry(text: string, stack: string, tool: string): any {
  let json: any;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputFileError(`not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(json) || !isObject(json.stacks)) throw new InputFileError(`no "stacks" object: not the output of ${tool}`);
  return json.stacks[stack];
}

/**
 * The stack's entry of the synth diff JSON (tools/synth-diff/diff.ts documents it); `null` when it has
 * none. Checks the fields the comment reads; throws an InputFileError.
 */
export function stackDiffOf(text: string, stack: string): StackDiff | null {
  const entry = stackEntry(text, stack, "`npm run diff -- --format json`");
  if (entry === undefined) return null;
  const problem = !isObject(entry)
    ? "is not an object"
    : !STATUSES.includes(entry.status)
      ? `has status ${JSON.stringify(entry.status)}, not one of ${STATUSES.join(", ")}`
      : !isSection(entry) || !isStringList(entry.statefulRemoved)
        ? "has no added/removed/statefulRemoved address lists or changed {address, paths} list"
        : !(Array.isArray(entry.renamed) && entry.renamed.every(isRename))
          ? "has no renamed list of {type, from, to, stateful, moved, paths}"
          : !isSection(entry.outputs) || !isSection(entry.configuration)
            ? "has no outputs/configuration {added, removed, changed}"
            : undefined;
  if (problem) throw new InputFileError(`stacks.${stack} ${problem}`);
  return entry as StackDiff;
}

const isNodeList = (value: unknown) => Array.isArray(value) && value.every((n) => typeof n?.name === "string" && typeof n?.type === "string");
const isEdgeList = (value: unknown) =>
  Array.isArray(value) && value.every((e) => typeof e?.from === "string" && typeof e?.to === "string" && typeof e?.relationship === "string");

/**
 * The stack's entry of the graph diff JSON (tools/graph/changes.ts documents it); `null` when it has
 * none. Throws an InputFileError.
 */
export function graphChangesOf(text: string, stack: string): GraphChanges | null {
  const entry = stackEntry(text, stack, "`npm run graph:diff`");
  if (entry === undefined) return null;
  const valid =
    isObject(entry) &&
    isNodeList(entry.nodes?.added) &&
    isNodeList(entry.nodes?.removed) &&
    isEdgeList(entry.edges?.added) &&
    isEdgeList(entry.edges?.removed) &&
    ["undefined", "string"].includes(typeof entry.picture);
  if (!valid) throw new InputFileError(`stacks.${stack} has no nodes {added, removed} of {name, type} and edges {added, removed} of {from, to, relationship}`);
  return entry as GraphChanges;
}

/** Whether the plan or the synth diff loses a stateful resource's data (a stateful rename counts: it is a replace). */
export function destroysStatefulResources(input: Pick<CommentInput, "gate" | "diff">): boolean {
  return input.gate.statefulDestroys.length > 0 || (!!input.diff && losesStatefulData(input.diff));
}

/** Text that is not ours: `<` would open HTML (or a fake marker) in the comment. */
function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

/** The lines of the first `max` items, then a "... and N more" line when there are more. */
function capped<T>(items: readonly T[], max: number, toLines: (item: T) => string | string[]): string[] {
  return [...items.slice(0, max).flatMap(toLines), ...(items.length > max ? [`- ... and ${items.length - max} more`] : [])];
}

const addressLine = (address: string) => `- ${code(address)}`;

/** A list that only opens on a click, for long, less important lists. */
function collapsible(summary: string, items: readonly string[]): string[] {
  return ["<details>", `<summary>${summary}</summary>`, "", ...items, "", "</details>"];
}

function describe(change: PlannedChange): string {
  const verb = change.actions.includes("create") ? "replace" : "destroy";
  const details = [
    change.deposed ? `deposed object ${code(change.deposed)}` : undefined,
    change.replacePaths ? `forced by ${change.replacePaths.map(code).join(", ")}` : undefined,
    change.reason ? code(change.reason) : undefined,
  ].filter((d) => d !== undefined);
  const head = change.stateful ? `⚠️ **${verb}** ${code(change.address)} **(stateful: data is lost)**` : `**${verb}** ${code(change.address)}`;
  return `- ${head}${details.length ? `: ${details.join("; ")}` : ""}`;
}

function gateLine(gate: GateResult): string | undefined {
  const count = gate.statefulDestroys.length;
  if (gate.override) return `⚠️ The plan gate passes by override${count ? "" : " (nothing needed it)"}. Reason: **${escape(gate.override.reason)}**`;
  if (count) return `❌ The plan gate fails: ${count} stateful resource${count === 1 ? " is" : "s are"} destroyed or replaced; the apply stops unless it is overridden with a written reason.`;
  return undefined;
}

function planSection(gate: GateResult, max: number): string[] {
  const lines = ["### Plan", "", `**${formatSummary(gate.summary)}**${isEmpty(gate.summary) ? ": no changes." : ""}`];
  const destructive = destructiveChanges(gate);
  if (destructive.length) lines.push("", "Destroys and replaces:", "", ...capped(destructive, max, describe));
  const addresses = (items: readonly string[]) => capped(items, max, addressLine);
  if (gate.creates.length) lines.push("", ...collapsible(`Creates (${gate.creates.length})`, addresses(gate.creates)));
  if (gate.updates.length) lines.push("", ...collapsible(`Updates in place (${gate.updates.length})`, addresses(gate.updates)));
  if (gate.drift.length) lines.push("", ...collapsible(`Changed outside OpenTofu since the last apply (${gate.drift.length}, not counted above)`, addresses(gate.drift.map((d) => d.address))));
  return lines;
}

function policyEntry(entry: PolicyEntry): string {
  return `- **[${entry.ruleId}]** ${code(entry.path)}${escape(entry.lines.map((l, i) => (i === 0 ? l : ` ${l}`)).join(""))}`;
}

function policySection(stack: string, policy: PolicyReportText | undefined, max: number): string[] {
  const lines = ["### Policy", ""];
  if (!policy) return [...lines, "_No policy report was given._"];
  const findings = entriesOfStack(policy.findings, stack);
  const suppressions = entriesOfStack(policy.suppressions, stack);
  if (policy.totalFindings === 0) lines.push("0 policy findings.");
  else if (findings.length === 0) lines.push(`No policy findings in ${code(stack)} (${policy.totalFindings} in other stacks).`);
  else lines.push(`❌ **${findings.length} policy finding${findings.length === 1 ? "" : "s"}** in ${code(stack)} (${policy.totalFindings} in all stacks):`, "", ...capped(findings, max, policyEntry));
  lines.push("");
  if (suppressions.length) lines.push(`Suppressions in ${code(stack)} (${suppressions.length}):`, "", ...capped(suppressions, max, policyEntry));
  else lines.push(`No suppressions in ${code(stack)}.`);
  return lines;
}

const nodeLine = (node: GraphNode) => `- ${code(node.name)} (${escape(node.type)})`;
const edgeLine = (edge: GraphEdge) => `- ${code(edge.from)} → ${code(edge.to)}: ${escape(edge.relationship)}`;

function graphSection(stack: string, graph: GraphChanges | null | undefined, max: number): string[] {
  const lines = ["### Infrastructure graph", ""];
  if (graph === undefined) return [...lines, "_No graph diff was given._"];
  if (graph === null) return [...lines, `_The graph diff has no entry for ${code(stack)}._`];
  if (!hasChanges(graph)) return [...lines, "No change to the infrastructure graph."];
  lines.push(`**${changeSummary(graph)}**`);
  const lists: Array<[string, string[]]> = [
    ["Added nodes", graph.nodes.added.map(nodeLine)],
    ["Removed nodes", graph.nodes.removed.map(nodeLine)],
    ["Added edges", graph.edges.added.map(edgeLine)],
    ["Removed edges", graph.edges.removed.map(edgeLine)],
  ];
  for (const [title, items] of lists) if (items.length) lines.push("", `${title}:`, "", ...capped(items, max, (line) => line));
  if (graph.picture) lines.push("", `Picture of the changed neighbourhood (added in green, removed in red): ${code(graph.picture)} in the workflow run's artifacts.`);
  return lines;
}

function diffSection(stack: string, diff: StackDiff | null | undefined): string[] {
  const lines = ["### Synth diff", ""];
  if (diff === undefined) return [...lines, "_No synth diff was given._"];
  if (diff === null) return [...lines, `_The synth diff has no entry for ${code(stack)}._`];
  // The diff tool's own rendering, one heading level below this section.
  return [...lines, ...renderStack(stack, diff, 4).split("\n")];
}

const FENCE = "```";
const occurrences = (line: string, tag: string) => line.split(tag).length - 1;

/**
 * The longest head of `lines` that fits in `budget` characters with a "... and N more lines" line, closing
 * the code fence and `<details>` blocks it leaves open.
 */
export function cutLines(lines: readonly string[], budget: number): string[] {
  if (lines.join("\n").length <= budget) return [...lines];
  const more = (count: number) => `... and ${lines.length - count} more line${lines.length - count === 1 ? "" : "s"}`;
  // Walk the lines keeping the length of the head and what it leaves open; stop before the first that does not fit.
  let count = 0;
  let length = 0;
  let fence = false;
  let details = 0;
  for (const line of lines) {
    const nextFence: boolean = line.trimStart().startsWith(FENCE) ? !fence : fence;
    const nextDetails = details + occurrences(line, "<details>") - occurrences(line, "</details>");
    const nextLength = length + line.length + 1;
    const closing = (nextFence ? FENCE.length + 1 : 0) + (nextDetails > 0 ? 1 + nextDetails * "</details>\n".length : 0);
    if (nextLength + closing + 1 + more(count + 1).length > budget) break;
    [count, length, fence, details] = [count + 1, nextLength, nextFence, nextDetails];
  }
  // A blank line before `</details>` ends a list or paragraph the cut left open.
  const closing = [...(fence ? [FENCE] : []), ...(details > 0 ? ["", ...Array.from({ length: details }, () => "</details>")] : [])];
  return [...lines.slice(0, count), ...closing, "", more(count)];
}

/** Everything before the synth diff, with every list cut to `max` items. */
function renderHead(input: CommentInput, max: number): string[] {
  const gateStatus = gateLine(input.gate);
  return [
    marker(input.stack),
    `## OpenTofu plan for ${code(input.stack)}`,
    "",
    `Destroys stateful resources: **${destroysStatefulResources(input) ? "yes" : "no"}**`,
    ...(gateStatus ? ["", gateStatus] : []),
    "",
    ...planSection(input.gate, max),
    "",
    ...policySection(input.stack, input.policy, max),
    "",
    ...graphSection(input.stack, input.graph, max),
    "",
  ];
}

/** List lengths tried in turn until the comment fits. */
const LIST_LIMITS = [200, 100, 50, 20, 10, 5, 1];

/**
 * The comment for one stack, at most `limit` characters long (GitHub's limit by default). Plan and policy
 * lists are cut to 200, 100, ... items until the synth diff fits beside them or, cut by lines, gets at
 * least a quarter of the space; the synth diff tool's rendering puts its stateful warnings first.
 */
export function composeComment(input: CommentInput, limit = MAX_COMMENT_LENGTH): string {
  if (!STACK_ID.test(input.stack)) throw new InputFileError(`stack id ${JSON.stringify(input.stack)} must be letters, digits, - and _`);
  const diff = [...diffSection(input.stack, input.diff), ""];
  for (const max of LIST_LIMITS) {
    const head = renderHead(input, max).join("\n");
    const budget = limit - head.length - 1;
    if (diff.join("\n").length <= budget) return `${head}\n${diff.join("\n")}`;
    if (budget >= limit / 4) return `${head}\n${[...cutLines(diff, budget - 1), ""].join("\n")}`;
  }
  // Only pathological single lines get here: cut the text itself, keeping the marker.
  const note = "\n\n... comment truncated at GitHub's size limit\n";
  return [...renderHead(input, 1), ...diff].join("\n").slice(0, limit - note.length) + note;
}
