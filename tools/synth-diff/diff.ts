import { STATEFUL_TYPES } from "../../policy/rules/protection";
import { changedPaths, mapStrings, stripMetadata } from "./json-paths";

/**
 * The synth diff: what changes in the synthesized configuration (`cdktf.out/stacks/<id>/cdk.tf.json`)
 * between a base and a head, per stack. `npm run --silent diff -- --format json` prints this structure
 * (pretty-printed, keys in the order below, every list sorted, so equal inputs give equal text):
 *
 * ```
 * {
 *   "base": "revision main (30d95ef)",          // labels of the two sides, for headings only:
 *   "head": "the working tree",                 // "revision <ref>[ (<commit>)]", "directory <path>" or "the working tree"
 *   "stacks": {                                  // every stack of either side, sorted by id
 *     "<stack id>": {
 *       "status": "added" | "removed" | "changed" | "unchanged",   // added/removed: the stack exists on one side only
 *       "added":   ["azurerm_key_vault.x", "data.azurerm_client_config.y", ...],   // addresses only in head
 *       "removed": ["azurerm_subnet.z", ...],                                      // addresses only in base
 *       "changed": [{ "address": "azurerm_linux_web_app.w", "paths": ["site_config.minimum_tls_version", "tags.owner"] }],
 *       "renamed": [{                       // a removed and an added resource that are the same thing under a new logical id
 *         "type": "azurerm_storage_account",
 *         "from": "azurerm_storage_account.old_id",      // full addresses (data sources start with `data.`)
 *         "to": "azurerm_storage_account.new_id",
 *         "stateful": true,                 // type is in STATEFUL_TYPES (policy/rules/protection.ts)
 *         "moved": false,                   // head already declares `moved { from, to }` (cdktf moveFromId/moveTo): kept, no destroy
 *         "paths": [],                      // attributes that changed as well (empty: the same configuration)
 *         "constructPath": "prod/erp/storage/account",   // the new resource's construct path
 *         "moveFromId": "moveFromId(\"azurerm_storage_account.old_id\")",   // managed resources only: the cdktf call on the new resource
 *         "movedBlock": "moved {\n  from = azurerm_storage_account.old_id\n  to   = azurerm_storage_account.new_id\n}"
 *       }],
 *       "statefulRemoved": ["azurerm_key_vault.gone"],   // removed (not renamed) resources of a stateful type: their data is lost
 *       "outputs":       { "added": [name], "removed": [name], "changed": [{ "address": name, "paths": ["value"] }] },
 *       "configuration": { "added": [address], "removed": [address], "changed": [{ "address": "terraform.backend", "paths": ["azurerm.key"] }] }
 *     }
 *   }
 * }
 * ```
 *
 * - Addresses are Terraform's: `<type>.<logical id>` for resources, `data.<type>.<logical id>` for data
 *   sources; configuration addresses are `<top-level block>.<key>` (`terraform.backend`, `provider.azurerm`,
 *   `variable.x`). A renamed resource is in `renamed` only, never in `added` or `removed`.
 * - Paths are relative to the resource (output, block) body: dotted keys, list elements by index
 *   (`site_config.ip_restriction[0].action`), odd map keys quoted (`tags["a b"]`).
 * - cdktf's `//` metadata (construct path, logical id, policy suppressions) is ignored everywhere, and
 *   references to a renamed resource count as unchanged when they follow the rename.
 * - A rename is, per type: declared by a head `moved` block; or the same `name` argument on both sides
 *   (one resource each); or identical bodies once references to renamed resources follow their new
 *   ids (repeated until nothing more matches, so a renamed group takes its children along).
 * - Destroying anything in `statefulRemoved`, or a `renamed` entry with `stateful && !moved`, loses data.
 */
export interface SynthDiff {
  readonly base: string;
  readonly head: string;
  readonly stacks: Readonly<Record<string, StackDiff>>;
}

export interface StackDiff {
  readonly status: "added" | "removed" | "changed" | "unchanged";
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly Changed[];
  readonly renamed: readonly Rename[];
  readonly statefulRemoved: readonly string[];
  readonly outputs: Section;
  readonly configuration: Section;
}

export interface Changed {
  readonly address: string;
  readonly paths: readonly string[];
}

export interface Rename {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly stateful: boolean;
  readonly moved: boolean;
  readonly paths: readonly string[];
  readonly constructPath?: string;
  readonly moveFromId?: string;
  readonly movedBlock?: string;
}

export interface Section {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly Changed[];
}

/** One stack's parsed `cdk.tf.json` (only the parts the diff reads are typed). */
export interface StackJson {
  readonly resource?: Record<string, Record<string, unknown>>;
  readonly data?: Record<string, Record<string, unknown>>;
  readonly output?: Record<string, unknown>;
  readonly moved?: ReadonlyArray<{ readonly from: string; readonly to: string }>;
  readonly [block: string]: unknown;
}

/** Stack id -> its synthesized JSON: one side of the diff. */
export type Estate = Readonly<Record<string, StackJson>>;

/** A resource or data source of a stack. `kind` is what a rename must keep: `type` or `data.type`. */
interface Entry {
  readonly address: string;
  readonly kind: string;
  readonly type: string;
  readonly managed: boolean;
  readonly body: unknown;
}

/** Top-level blocks that are not "configuration": diffed on their own, or cdktf metadata. */
const NOT_CONFIGURATION = new Set(["resource", "data", "output", "moved", "//"]);

function entriesOf(stack: StackJson): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const [mode, blocks] of [["resource", stack.resource], ["data", stack.data]] as const) {
    for (const [type, byId] of Object.entries(blocks ?? {})) {
      for (const [id, body] of Object.entries(byId)) {
        const managed = mode === "resource";
        const kind = managed ? type : `data.${type}`;
        entries.set(`${kind}.${id}`, { address: `${kind}.${id}`, kind, type, managed, body });
      }
    }
  }
  return entries;
}

/** A Terraform reference to a resource or data source inside an interpolation: `type.id` or `data.type.id`. */
const REFERENCE = /(?<![\w.-])(?:data\.)?[A-Za-z][\w]*\.[A-Za-z_][\w-]*/g;

/**
 * The value with references to renamed addresses (base address -> head address) pointing at the new
 * ones: inside interpolations, and whole-string addresses as `depends_on` lists them.
 */
function followRenames(value: unknown, renames: ReadonlyMap<string, string>): unknown {
  if (renames.size === 0) return value;
  return mapStrings(value, (text) =>
    text.includes("${") ? text.replace(REFERENCE, (ref) => renames.get(ref) ?? ref) : (renames.get(text) ?? text),
  );
}

function groupByKind(entries: readonly Entry[]): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) groups.set(entry.kind, [...(groups.get(entry.kind) ?? []), entry]);
  return groups;
}

/** Pairs base and head entries whose keys are equal, `unique`: only keys that one entry on each side has. */
function pairByKey(base: readonly Entry[], head: readonly Entry[], key: (e: Entry, side: "base" | "head") => string | undefined, unique: boolean): Array<[Entry, Entry]> {
  const baseByKey = new Map<string, Entry[]>();
  for (const e of base) {
    const k = key(e, "base");
    if (k !== undefined) baseByKey.set(k, [...(baseByKey.get(k) ?? []), e]);
  }
  const headByKey = new Map<string, Entry[]>();
  for (const e of head) {
    const k = key(e, "head");
    if (k !== undefined) headByKey.set(k, [...(headByKey.get(k) ?? []), e]);
  }
  const pairs: Array<[Entry, Entry]> = [];
  for (const [k, heads] of headByKey) {
    const bases = baseByKey.get(k) ?? [];
    if (unique && (bases.length !== 1 || heads.length !== 1)) continue;
    for (let i = 0; i < Math.min(bases.length, heads.length); i++) pairs.push([bases[i], heads[i]]);
  }
  return pairs;
}

/**
 * Renames between resources only in base and resources only in head (base address -> head address):
 * the head's `moved` blocks first, then, per kind and until nothing more matches, the same `name`
 * argument, then identical bodies, each compared with references following the renames found so far.
 */
function detectRenames(baseOnly: readonly Entry[], headOnly: readonly Entry[], moved: StackJson["moved"] = []): Map<string, string> {
  const renames = new Map<string, string>();
  const matchedHeads = new Set<string>();
  const match = (from: Entry, to: Entry) => {
    renames.set(from.address, to.address);
    matchedHeads.add(to.address);
  };
  const baseByAddress = new Map(baseOnly.map((e) => [e.address, e]));
  const headByAddress = new Map(headOnly.map((e) => [e.address, e]));
  for (const { from, to } of moved) {
    const [b, h] = [baseByAddress.get(from), headByAddress.get(to)];
    if (b && h && b.kind === h.kind && !renames.has(from) && !matchedHeads.has(to)) match(b, h);
  }
  const nameOf = (e: Entry, side: "base" | "head"): string | undefined => {
    const name = (e.body as { name?: unknown } | null)?.name;
    return typeof name === "string" ? String(side === "base" ? followRenames(name, renames) : name) : undefined;
  };
  const bodyOf = (e: Entry, side: "base" | "head"): string =>
    JSON.stringify(stripMetadata(side === "base" ? followRenames(e.body, renames) : e.body));
  for (let before = -1; renames.size !== before; ) {
    before = renames.size;
    const bases = groupByKind(baseOnly.filter((e) => !renames.has(e.address)));
    const heads = groupByKind(headOnly.filter((e) => !matchedHeads.has(e.address)));
    for (const [kind, kindHeads] of heads) {
      const kindBases = bases.get(kind);
      if (!kindBases) continue;
      const byName = pairByKey(kindBases, kindHeads, nameOf, true);
      for (const [b, h] of byName) match(b, h);
      const named = new Set(byName.flat());
      for (const [b, h] of pairByKey(kindBases.filter((e) => !named.has(e)), kindHeads.filter((e) => !named.has(e)), bodyOf, false)) match(b, h);
    }
  }
  return renames;
}

function constructPathOf(body: unknown): string | undefined {
  const path = (body as { "//"?: { metadata?: { path?: unknown } } } | null)?.["//"]?.metadata?.path;
  return typeof path === "string" ? path : undefined;
}

function renameOf(from: Entry, to: Entry, renames: ReadonlyMap<string, string>, declared: ReadonlySet<string>): Rename {
  const rename = {
    type: to.type,
    from: from.address,
    to: to.address,
    stateful: to.managed && to.type in STATEFUL_TYPES,
    moved: declared.has(`${from.address} ${to.address}`),
    paths: changedPaths(stripMetadata(followRenames(from.body, renames)), stripMetadata(to.body)),
    constructPath: constructPathOf(to.body),
  };
  if (!to.managed) return rename;
  return {
    ...rename,
    moveFromId: `moveFromId(${JSON.stringify(from.address)})`,
    movedBlock: `moved {\n  from = ${from.address}\n  to   = ${to.address}\n}`,
  };
}

/** Added, removed and changed keys of two `name -> body` maps, bodies compared with references following renames. */
function diffSection(base: Record<string, unknown>, head: Record<string, unknown>, renames: ReadonlyMap<string, string>): Section {
  const changed: Changed[] = [];
  for (const address of Object.keys(head).filter((a) => a in base).sort()) {
    const paths = changedPaths(stripMetadata(followRenames(base[address], renames)), stripMetadata(head[address]));
    if (paths.length > 0) changed.push({ address, paths });
  }
  return {
    added: Object.keys(head).filter((a) => !(a in base)).sort(),
    removed: Object.keys(base).filter((a) => !(a in head)).sort(),
    changed,
  };
}

/** `<block>.<key>` -> body for the top-level blocks other than resources, data sources and outputs. */
function configurationOf(stack: StackJson): Record<string, unknown> {
  const blocks: Record<string, unknown> = {};
  for (const [block, value] of Object.entries(stack)) {
    if (NOT_CONFIGURATION.has(block)) continue;
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      for (const [key, body] of Object.entries(value)) blocks[`${block}.${key}`] = body;
    } else {
      blocks[block] = value;
    }
  }
  return blocks;
}

/** The diff of one stack; a side without the stack is `undefined` (everything added or removed). */
export function diffStack(base: StackJson | undefined, head: StackJson | undefined): StackDiff {
  const baseEntries = entriesOf(base ?? {});
  const headEntries = entriesOf(head ?? {});
  const baseOnly = [...baseEntries.values()].filter((e) => !headEntries.has(e.address));
  const headOnly = [...headEntries.values()].filter((e) => !baseEntries.has(e.address));
  const moved = head?.moved ?? [];
  const renames = detectRenames(baseOnly, headOnly, moved);
  const renamedTo = new Set(renames.values());
  const declared = new Set(moved.map((m) => `${m.from} ${m.to}`));

  const resources = diffSection(
    Object.fromEntries([...baseEntries].map(([a, e]) => [a, e.body])),
    Object.fromEntries([...headEntries].map(([a, e]) => [a, e.body])),
    renames,
  );
  const removed = resources.removed.filter((a) => !renames.has(a));
  const diff = {
    added: resources.added.filter((a) => !renamedTo.has(a)),
    removed,
    changed: resources.changed,
    renamed: [...renames]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([from, to]) => renameOf(baseEntries.get(from)!, headEntries.get(to)!, renames, declared)),
    statefulRemoved: removed.filter((a) => {
      const entry = baseEntries.get(a)!;
      return entry.managed && entry.type in STATEFUL_TYPES;
    }),
    outputs: diffSection(base?.output ?? {}, head?.output ?? {}, renames),
    configuration: diffSection(configurationOf(base ?? {}), configurationOf(head ?? {}), new Map()),
  };
  const status = !base ? "added" : !head ? "removed" : hasChanges(diff) ? "changed" : "unchanged";
  return { status, ...diff };
}

function hasChanges(diff: Omit<StackDiff, "status">): boolean {
  const sections = [diff, diff.outputs, diff.configuration];
  return diff.renamed.length > 0 || sections.some((s) => s.added.length + s.removed.length + s.changed.length > 0);
}

/** The diff of every stack on either side, or of `onlyStack` alone. */
export function diffEstates(base: Estate, head: Estate, labels: { base: string; head: string }, onlyStack?: string): SynthDiff {
  const ids = onlyStack !== undefined ? [onlyStack] : [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  return { base: labels.base, head: labels.head, stacks: Object.fromEntries(ids.map((id) => [id, diffStack(base[id], head[id])])) };
}

/** Whether applying the head would destroy stateful data in the stack: a stateful removal or an unmoved stateful rename. */
export function losesStatefulData(stack: StackDiff): boolean {
  return stack.statefulRemoved.length > 0 || stack.renamed.some((r) => r.stateful && !r.moved);
}
