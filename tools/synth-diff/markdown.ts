import { losesStatefulData, type Changed, type Rename, type Section, type StackDiff, type SynthDiff } from "./diff";

/** Lists longer than this fold into a `<details>` block. */
export const COLLAPSE_AFTER = 10;
/** Changed attribute paths shown per resource before "+n more". */
export const PATHS_SHOWN = 8;

const WARNING = "⚠️";

/** Inline code; a table cell also needs its pipes escaped (GitHub splits cells on them even in code spans). */
function code(text: string, inTable = false): string {
  const fence = text.includes("`") ? "``" : "`";
  return `${fence}${inTable ? text.replace(/\|/g, "\\|") : text}${fence}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function paths(changed: readonly string[]): string {
  const shown = changed.slice(0, PATHS_SHOWN).map((p) => code(p, true)).join(", ");
  return changed.length > PATHS_SHOWN ? `${shown} +${changed.length - PATHS_SHOWN} more` : shown;
}

/** A titled block of lines; folded into `<details>` when it has more than COLLAPSE_AFTER items. */
function block(title: string, count: number, lines: readonly string[]): string {
  const body = lines.join("\n");
  if (count > COLLAPSE_AFTER) return `<details><summary><b>${title}</b> (${count})</summary>\n\n${body}\n\n</details>`;
  return `**${title}** (${count})\n\n${body}`;
}

function addressList(title: string, addresses: readonly string[]): string | undefined {
  return addresses.length === 0 ? undefined : block(title, addresses.length, addresses.map((a) => `- ${code(a)}`));
}

function changedTable(title: string, changed: readonly Changed[]): string | undefined {
  if (changed.length === 0) return undefined;
  const rows = changed.map((c) => `| ${code(c.address, true)} | ${paths(c.paths)} |`);
  return block(title, changed.length, ["| Address | Changed attributes |", "| --- | --- |", ...rows]);
}

/** The loud warning for a stateful resource that a rename would destroy, with both ways to keep it. */
function renameWarning(r: Rename): string {
  const where = r.constructPath ? ` (construct ${code(r.constructPath)}; on an L2 construct, its \`.resource\`)` : "";
  return [
    `${WARNING} **Stateful resource renamed: ${code(r.from)} → ${code(r.to)}.** Applying this destroys the ` +
      `${r.type.replace(/^azurerm_/, "").replace(/_/g, " ")} with its data and creates an empty one. Keep it: in cdktf, on the new resource${where}, call ` +
      `${code(`.${r.moveFromId}`)}; or add the OpenTofu block`,
    "",
    "```hcl",
    r.movedBlock ?? "",
    "```",
  ].join("\n");
}

function renamedTable(renamed: readonly Rename[]): string | undefined {
  if (renamed.length === 0) return undefined;
  const keep = (r: Rename) => (r.moved ? "kept: `moved` block in head" : r.moveFromId ? code(`.${r.moveFromId}`, true) : "nothing to keep (data source)");
  const rows = renamed.map((r) => `| ${code(r.from, true)} | ${code(r.to, true)} | ${r.paths.length > 0 ? paths(r.paths) : "-"} | ${keep(r)} |`);
  return block("Renamed (destroy and recreate unless moved)", renamed.length, [
    "| From | To | Also changed | Keep with |",
    "| --- | --- | --- | --- |",
    ...rows,
  ]);
}

/** `added a, b; removed c; changed d (value)` for outputs and other top-level blocks, on one line. */
function sectionLine(title: string, section: Section): string | undefined {
  const parts = [
    section.added.length > 0 ? `added ${section.added.map((a) => code(a)).join(", ")}` : undefined,
    section.removed.length > 0 ? `removed ${section.removed.map((a) => code(a)).join(", ")}` : undefined,
    section.changed.length > 0 ? `changed ${section.changed.map((c) => `${code(c.address)} (${paths(c.paths)})`).join(", ")}` : undefined,
  ].filter((p) => p !== undefined);
  return parts.length === 0 ? undefined : `**${title}**: ${parts.join("; ")}`;
}

/** `3 added, 1 removed, ...`: the counts of a stack's heading. */
function counts(stack: StackDiff): string {
  const outputs = stack.outputs.added.length + stack.outputs.removed.length + stack.outputs.changed.length;
  const configuration = stack.configuration.added.length + stack.configuration.removed.length + stack.configuration.changed.length;
  return [
    `${stack.added.length} added`,
    `${stack.removed.length} removed`,
    `${stack.changed.length} changed`,
    `${stack.renamed.length} renamed`,
    outputs > 0 ? plural(outputs, "output change") : undefined,
    configuration > 0 ? plural(configuration, "configuration change") : undefined,
  ]
    .filter((c) => c !== undefined)
    .join(", ");
}

/** A stateful resource that no rename explains: applying destroys it. */
function statefulRemovedWarning(address: string): string {
  return `${WARNING} **Stateful resource removed: ${code(address)}.** Applying this destroys it and its data; if it only moved, keep it with a \`moved\` block.`;
}

/** A stack no longer synthesized is not destroyed by the pipeline, but nothing manages it any more. */
function stackRemovedWarning(stack: StackDiff): string {
  const count = stack.removed.length;
  const stateful = stack.statefulRemoved.length === 0 ? "" : ` (stateful: ${stack.statefulRemoved.map((a) => code(a)).join(", ")})`;
  return (
    `${WARNING} **Stack removed**: its ${plural(count, "resource")}${stateful} ${count === 1 ? "is" : "are"} no longer synthesized. ` +
    "The pipeline stops planning the stack, so they stay deployed but unmanaged; destroying the stack deletes them with their data."
  );
}

/**
 * One stack's section: heading with counts, then stateful renames and removals (loud, with the fix),
 * renames, added, removed and changed resources, outputs and other configuration. `level` is the
 * heading level (the PR comment, one per stack, may want 2).
 */
export function renderStack(id: string, stack: StackDiff, level = 3): string {
  const hashes = "#".repeat(level);
  if (stack.status === "unchanged") return `${hashes} Stack ${code(id)}: no changes`;
  const note = stack.status === "added" ? " (new stack)" : stack.status === "removed" ? " (stack removed)" : "";
  const risk = losesStatefulData(stack) ? ` ${WARNING} stateful data at risk` : "";
  const statefulRenames = stack.renamed.filter((r) => r.stateful && !r.moved);
  const removals = stack.status === "removed" ? [stackRemovedWarning(stack)] : stack.statefulRemoved.map(statefulRemovedWarning);
  const parts = [
    `${hashes} Stack ${code(id)}${note}: ${counts(stack)}${risk}`,
    ...statefulRenames.map(renameWarning),
    ...removals,
    renamedTable(stack.renamed),
    addressList("Added", stack.added),
    addressList("Removed", stack.removed),
    changedTable("Changed", stack.changed),
    sectionLine("Outputs", stack.outputs),
    sectionLine("Configuration", stack.configuration),
  ];
  return parts.filter((p) => p !== undefined).join("\n\n");
}

/** The whole report: a heading naming both sides, a line on stateful risk, then one section per stack. */
export function renderMarkdown(diff: SynthDiff): string {
  const ids = Object.keys(diff.stacks);
  const atRisk = ids.filter((id) => losesStatefulData(diff.stacks[id]));
  const changed = ids.filter((id) => diff.stacks[id].status !== "unchanged");
  const summary =
    atRisk.length > 0
      ? `${WARNING} **Stateful data at risk in ${atRisk.map((id) => code(id)).join(", ")}**: see the warnings below.`
      : changed.length === 0
        ? `No differences in ${plural(ids.length, "stack")}.`
        : `${plural(changed.length, "stack")} of ${ids.length} changed; no stateful resource is removed or renamed.`;
  return [`## Synth diff: ${diff.head} against ${diff.base}`, summary, ...ids.map((id) => renderStack(id, diff.stacks[id]))].join("\n\n") + "\n";
}
