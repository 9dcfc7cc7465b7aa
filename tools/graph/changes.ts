import { deriveGraph, deriveSystems, type GraphEdge, type GraphNode, type InfrastructureGraph, type SynthesizedStack } from "./derive";
import { edgeKey, pictureDot, type Change } from "./picture";

/**
 * What a change does to one stack's infrastructure graph, for the pull-request comment. `npm run --silent
 * graph:diff` prints, per stack of either side (sorted by id), nodes and edges in the graph's own order:
 *
 * ```
 * { "base": "<label>", "head": "<label>", "stacks": { "<id>": {
 *     "nodes": { "added": [{ "name", "type" }], "removed": [...] },
 *     "edges": { "added": [{ "from", "to", "relationship" }], "removed": [...] },
 *     "picture": "graph-changes/dev.svg" } } }         // only with --pictures and a change
 * ```
 *
 * A node whose type changed is removed with its old type and added with its new one.
 */
export interface GraphChanges {
  readonly nodes: { readonly added: readonly GraphNode[]; readonly removed: readonly GraphNode[] };
  readonly edges: { readonly added: readonly GraphEdge[]; readonly removed: readonly GraphEdge[] };
  /** Where the picture of the changed neighbourhood was written. */
  readonly picture?: string;
}

export interface GraphDiff {
  readonly base: string;
  readonly head: string;
  readonly stacks: Readonly<Record<string, GraphChanges>>;
}

const EMPTY: InfrastructureGraph = { nodes: [], edges: [] };
const nodeKey = (n: GraphNode) => JSON.stringify([n.name, n.type]);

/** Nodes and edges only one side has; a missing side (a stack added or removed) is an empty graph. */
export function graphChanges(base: InfrastructureGraph = EMPTY, head: InfrastructureGraph = EMPTY): GraphChanges {
  const only = <T>(side: readonly T[], other: readonly T[], key: (item: T) => string) => {
    const keys = new Set(other.map(key));
    return side.filter((item) => !keys.has(key(item)));
  };
  return {
    nodes: { added: only(head.nodes, base.nodes, nodeKey), removed: only(base.nodes, head.nodes, nodeKey) },
    edges: { added: only(head.edges, base.edges, edgeKey), removed: only(base.edges, head.edges, edgeKey) },
  };
}

/** `+1 node, −2 edges`: the counts that are not zero. */
export function changeSummary(changes: GraphChanges): string {
  const counts = [
    [changes.nodes.added, "+", "node"],
    [changes.nodes.removed, "−", "node"],
    [changes.edges.added, "+", "edge"],
    [changes.edges.removed, "−", "edge"],
  ] as const;
  return counts.flatMap(([list, sign, noun]) => (list.length ? [`${sign}${list.length} ${noun}${list.length === 1 ? "" : "s"}`] : [])).join(", ");
}

export function hasChanges(changes: GraphChanges): boolean {
  return [changes.nodes.added, changes.nodes.removed, changes.edges.added, changes.edges.removed].some((list) => list.length > 0);
}

/** A stack's graph with its nodes' systems, as the pictures need them. */
export interface DerivedStack {
  readonly graph: InfrastructureGraph;
  readonly systems: ReadonlyMap<string, string>;
}

export function deriveStack(stack: SynthesizedStack): DerivedStack {
  return { graph: deriveGraph(stack), systems: deriveSystems(stack) };
}

/**
 * The picture of what changed and what it touches: the added and removed nodes, the nodes at either end
 * of an added or removed edge, and every edge of either side between two of them, changes marked.
 * Nothing is folded: the picture is small and each changed edge matters.
 */
export function neighbourhoodDot(stack: string, changes: GraphChanges, base: DerivedStack | undefined, head: DerivedStack | undefined): string {
  const [before, after] = [base?.graph ?? EMPTY, head?.graph ?? EMPTY];
  const marks = new Map<string, Change>([
    ...changes.nodes.removed.map((n) => [n.name, "removed"] as const),
    ...changes.nodes.added.map((n) => [n.name, "added"] as const),
    ...changes.edges.removed.map((e) => [edgeKey(e), "removed"] as const),
    ...changes.edges.added.map((e) => [edgeKey(e), "added"] as const),
  ]);
  const touched = new Set([...changes.nodes.added, ...changes.nodes.removed].map((n) => n.name));
  for (const e of [...changes.edges.added, ...changes.edges.removed]) touched.add(e.from).add(e.to);
  // A node that changed type is drawn once, as it is now (the later entry wins).
  const nodes = new Map([...before.nodes, ...after.nodes].filter((n) => touched.has(n.name)).map((n) => [n.name, n]));
  const edges = new Map([...after.edges, ...before.edges].filter((e) => touched.has(e.from) && touched.has(e.to)).map((e) => [edgeKey(e), e]));
  const systems = new Map([...(base?.systems ?? []), ...(head?.systems ?? [])]);
  return pictureDot({ title: `Graph changes in stack ${stack}: ${changeSummary(changes)}`, graph: { nodes: [...nodes.values()], edges: [...edges.values()] }, systems, fold: false, changes: marks });
}
