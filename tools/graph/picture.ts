import { SYSTEMS } from "./catalog";
import type { GraphEdge, GraphNode, InfrastructureGraph } from "./derive";
import { dotQuote } from "./formats";

/**
 * The infrastructure graph as a picture for people (the svg format, docs/ and the pull-request change
 * pictures): one cluster per system, node style by type with a legend, and the edges nearly every
 * service has (monitoring data to the workspace, a private endpoint in the network) folded, so the edges
 * that tell how services use each other stay readable. The data formats (json, redis, mermaid, dot) keep
 * every edge; this is only a way of drawing them.
 */

type Attributes = Readonly<Record<string, string | number>>;

/** A shape for the kind of thing, a colour for its family; the legend shows the types a picture has. */
const TYPE_STYLES: Readonly<Record<string, { readonly shape: string; readonly fill: string; readonly border: string }>> = {
  network: { shape: "box", fill: "#dbeafe", border: "#1d4ed8" },
  gateway: { shape: "box", fill: "#e0e7ff", border: "#4338ca" },
  compute: { shape: "box", fill: "#dcfce7", border: "#15803d" },
  registry: { shape: "box3d", fill: "#ccfbf1", border: "#0f766e" },
  cache: { shape: "box", fill: "#ffedd5", border: "#c2410c" },
  database: { shape: "cylinder", fill: "#fef3c7", border: "#a16207" },
  storage: { shape: "cylinder", fill: "#f5f5f4", border: "#57534e" },
  messaging: { shape: "cds", fill: "#f3e8ff", border: "#7e22ce" },
  security: { shape: "octagon", fill: "#fee2e2", border: "#b91c1c" },
  configuration: { shape: "component", fill: "#fae8ff", border: "#a21caf" },
  ai: { shape: "box", fill: "#fce7f3", border: "#be185d" },
  monitoring: { shape: "note", fill: "#f1f5f9", border: "#475569" },
};
const OTHER_TYPE = { shape: "box", fill: "#ffffff", border: "#6b7280" };

/** Edges of these relationships converge on one hub node; a whole-stack picture folds them. */
const FOLDS = [
  {
    relationships: ["sends logs", "sends metrics", "sends flow logs", "sends telemetry"],
    legend: "monitoring: logs, metrics,\ntelemetry, flow logs",
    attributes: { style: "dashed", color: "#94a3b8", fontcolor: "#64748b" },
  },
  { relationships: ["private endpoint"], legend: "private endpoint", attributes: { style: "dotted", color: "#1d4ed8", fontcolor: "#1d4ed8" } },
] as const;
const PLAIN_EDGE: Attributes = { color: "#334155" };

const foldOf = (edge: GraphEdge) => FOLDS.find((f) => (f.relationships as readonly string[]).includes(edge.relationship));

/** How a change picture marks what a pull request adds or removes; the rest is context. */
const CHANGES = {
  added: { mark: "+ ", color: "#15803d", dashed: false },
  removed: { mark: "− ", color: "#b91c1c", dashed: true },
} as const;

export type Change = keyof typeof CHANGES;

/** An edge's identity, for looking up its change. */
export function edgeKey(edge: GraphEdge): string {
  return JSON.stringify([edge.from, edge.to, edge.relationship]);
}

export interface PictureInput {
  /** The heading; a note on the folded edges follows it. */
  readonly title: string;
  readonly graph: InfrastructureGraph;
  /** Node name -> system (a key of SYSTEMS); nodes without one are drawn outside every cluster. */
  readonly systems: ReadonlyMap<string, string>;
  /** Fold the FOLDS edges: one per system and hub outside that system, unlabelled inside it. */
  readonly fold: boolean;
  /** Nodes (by name) and edges (by edgeKey) drawn as added or removed. */
  readonly changes?: ReadonlyMap<string, Change>;
}

/** The picture's Graphviz source; svg.ts lays it out. */
export function pictureDot(input: PictureInput): string {
  const { graph, systems, changes } = input;
  const ids = new Map(graph.nodes.map((n, i) => [n.name, `n${i}`]));
  const nodeLine = (n: GraphNode) => `${ids.get(n.name)} [${attributes(nodeAttributes(n, changes?.get(n.name)))}];`;

  const clusters = Object.keys(SYSTEMS).flatMap((system) => {
    const members = graph.nodes.filter((n) => systems.get(n.name) === system);
    if (members.length === 0) return [];
    const style = { label: SYSTEMS[system], style: "rounded,filled", fillcolor: "#f8fafc", color: "#cbd5e1", fontsize: 16 };
    return [`subgraph ${clusterId(system)} {`, `  graph [${attributes(style)}];`, ...members.map((n) => `  ${nodeLine(n)}`), "}"];
  });
  const loose = graph.nodes.filter((n) => !systems.has(n.name)).map(nodeLine);

  const folded = input.fold ? graph.edges.filter((e) => foldOf(e)) : [];
  const hubs = foldedEdges(folded, ids, systems);
  const edgeLines = graph.edges
    .filter((e) => !folded.includes(e))
    .map((e) => {
      const change = changes?.get(edgeKey(e));
      const label = `${change ? CHANGES[change].mark : ""}${e.relationship}`;
      return `${ids.get(e.from)} -> ${ids.get(e.to)} [${attributes({ label, ...(change ? changeAttributes(change) : (foldOf(e)?.attributes ?? PLAIN_EDGE)) })}];`;
    });

  const note = hubs.folded ? ` (${hubs.folded} monitoring and private-endpoint edges drawn as one per system)` : "";
  return [
    "digraph infrastructure {",
    `  graph [${attributes({ label: `${input.title}${note}`, labelloc: "t", fontsize: 20, fontname: "Helvetica" })}];`,
    // Graphviz WebAssembly has no fonts: it estimates Helvetica's text widths, and a viewer's substitute
    // (Liberation or DejaVu Sans) runs a little wider, hence the generous node margins and the padding.
    '  rankdir=LR; compound=true; newrank=true; nodesep=0.25; ranksep=0.7; pad=0.3;',
    '  node [fontname="Helvetica", fontsize=11, margin="0.18,0.06"];',
    '  edge [fontname="Helvetica", fontsize=9, arrowsize=0.7];',
    ...[...clusters, ...loose, ...hubs.lines, ...edgeLines, ...legend(graph, folded, !!changes)].map((l) => `  ${l}`),
    "}",
    "",
  ].join("\n");
}

function attributes(values: Attributes): string {
  return Object.entries(values)
    .map(([key, value]) => `${key}=${typeof value === "number" ? value : dotQuote(value)}`)
    .join(", ");
}

function clusterId(system: string): string {
  return dotQuote(`cluster_${system}`);
}

function changeAttributes(change: Change): Attributes {
  const { color, dashed } = CHANGES[change];
  return { color, fontcolor: color, penwidth: 3, ...(dashed ? { style: "dashed" } : {}) };
}

function nodeAttributes(node: GraphNode, change: Change | undefined): Attributes {
  const { shape, fill, border } = TYPE_STYLES[node.type] ?? OTHER_TYPE;
  const style = [...(shape === "box" ? ["rounded"] : []), "filled", ...(change && CHANGES[change].dashed ? ["dashed"] : [])].join(",");
  // The qualifier of a repeated kind on a line of its own keeps the boxes narrow.
  const label = `${change ? CHANGES[change].mark : ""}${node.name.replace(" (", "\n(")}`;
  return { label, shape, fillcolor: fill, color: border, ...(change ? { ...changeAttributes(change), style } : { style }) };
}

/**
 * Folded edges: from each system, one edge per fold and hub outside it, leaving the system's border
 * (`ltail`) and labelled with how many of its services it stands for and what they send; inside the
 * hub's own system (or from a node of no system), one unlabelled edge per service.
 */
function foldedEdges(edges: readonly GraphEdge[], ids: ReadonlyMap<string, string>, systems: ReadonlyMap<string, string>): { lines: string[]; folded: number } {
  const groups = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    const from = systems.get(e.from);
    const tail = from === undefined || from === systems.get(e.to) ? `node:${e.from}` : `cluster:${from}`;
    const key = JSON.stringify([tail, e.to, FOLDS.indexOf(foldOf(e)!)]);
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  let folded = 0;
  const lines = [...groups.values()].map(([first, ...rest]) => {
    const system = systems.get(first.from);
    const edge = (values: Attributes) => `${ids.get(first.from)} -> ${ids.get(first.to)} [${attributes({ ...foldOf(first)!.attributes, ...values })}];`;
    if (system === undefined || system === systems.get(first.to)) return edge({});
    const group = [first, ...rest];
    folded += group.length;
    const services = new Set(group.map((e) => e.from)).size;
    const what = [...new Set(group.map((e) => e.relationship.replace(/^sends /, "")))].join(", ");
    return edge({ ltail: `cluster_${system}`, label: `${what}\nof ${services} service${services === 1 ? "" : "s"}` });
  });
  return { lines, folded };
}

/** Legend entries in a row; rows are stacked. */
const LEGEND_ROW = 6;

/**
 * The node types the picture has, the folded edges' styles and, in a change picture, the change marks;
 * invisible edges lay each row of entries out left to right.
 */
function legend(graph: InfrastructureGraph, folded: readonly GraphEdge[], changed: boolean): string[] {
  const types = [...new Set(graph.nodes.map((n) => n.type))].sort();
  const point = attributes({ label: "", shape: "point", width: 0.05 });
  const entries = types.map((type) => [`[${attributes(nodeAttributes({ name: type, type }, undefined))}]`]);
  const samples: string[] = [];
  const sample = (label: string, values: Attributes) => {
    const id = `l${entries.length}`;
    entries.push([`[${point}]`, `${id}b [${point}];`]);
    samples.push(`${id} -> ${id}b [${attributes({ label, ...values })}];`);
  };
  for (const fold of FOLDS) if (folded.some((e) => foldOf(e) === fold)) sample(fold.legend, fold.attributes);
  if (changed) for (const change of ["added", "removed"] as const) sample(change, changeAttributes(change));
  const nodes = entries.flatMap(([own, ...more], i) => [`l${i} ${own};`, ...more]);
  const rows = entries.flatMap((_, i) => (i % LEGEND_ROW === 0 ? [] : [`l${i - 1} -> l${i} [style=invis];`]));
  return ["subgraph cluster_legend {", '  graph [label="Legend", style=rounded, color="#cbd5e1", fontsize=14];', ...[...nodes, ...samples, ...rows].map((l) => `  ${l}`), "}"];
}
