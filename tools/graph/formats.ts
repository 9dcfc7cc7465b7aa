import type { InfrastructureGraph } from "./derive";

/** Seed 000's key prefix. */
export const DEFAULT_NAMESPACE = "shared_backend_infrastructure";

/** Why a namespace is unusable, or undefined when it is fine. */
export function namespaceProblem(namespace: string): string | undefined {
  if (namespace === "") return "must not be empty";
  // Whitespace in a key prefix only ever comes from a quoting slip, and breaks the seed's unquoted lines.
  if (/\s/.test(namespace)) return "must not contain whitespace";
  return undefined;
}

/** `{"nodes":[{"name","type"}],"edges":[{"from","to","relationship"}]}`, keys in that order. */
export function toJson(graph: InfrastructureGraph): string {
  const plain = {
    nodes: graph.nodes.map(({ name, type }) => ({ name, type })),
    edges: graph.edges.map(({ from, to, relationship }) => ({ from, to, relationship })),
  };
  return `${JSON.stringify(plain, null, 2)}\n`;
}

/** A hash of the seed's layout: key and its field/value pairs. */
export interface RedisHash {
  readonly key: string;
  readonly fields: ReadonlyArray<readonly [string, string]>;
}

/** The graph in seed 000's key layout: one hash per node and per edge, one set of relationship types. */
export interface RedisRecords {
  readonly hashes: readonly RedisHash[];
  readonly relationshipTypes: { readonly key: string; readonly members: readonly string[] };
}

export function redisRecords(graph: InfrastructureGraph, namespace: string): RedisRecords {
  return {
    hashes: [
      ...graph.nodes.map((n) => ({ key: `${namespace}.node.${n.name}`, fields: [["name", n.name], ["type", n.type]] as const })),
      ...graph.edges.map((e, i) => ({
        key: `${namespace}.edge.${i}`,
        fields: [["from_node", e.from], ["to_node", e.to], ["relationship", e.relationship]] as const,
      })),
    ],
    relationshipTypes: { key: `${namespace}.relationship.types`, members: [...new Set(graph.edges.map((e) => e.relationship))] },
  };
}

/**
 * redis-cli input that loads the graph in one transaction (`redis-cli < file`). Keys and values are
 * always quoted: the seed's names have spaces, and a quoted argument is never wrong.
 */
export function toRedisCli(graph: InfrastructureGraph, namespace: string): string {
  const { hashes, relationshipTypes } = redisRecords(graph, namespace);
  const lines = [
    "MULTI",
    ...hashes.map((h) => `HSET ${redisQuote(h.key)} ${h.fields.map(([f, v]) => `${f} ${redisQuote(v)}`).join(" ")}`),
    // SADD needs at least one member: a graph without edges has no relationship set.
    ...(relationshipTypes.members.length > 0 ? [`SADD ${redisQuote(relationshipTypes.key)} ${relationshipTypes.members.map(redisQuote).join(" ")}`] : []),
    "EXEC",
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * A double-quoted argument as redis-cli splits it (sdssplitargs): `\` and `"` escaped, every byte outside
 * printable ASCII as `\xHH` of its UTF-8 encoding, so line breaks and non-ASCII survive any terminal.
 */
export function redisQuote(value: string): string {
  let out = '"';
  for (const byte of Buffer.from(value, "utf8")) {
    if (byte === 0x5c || byte === 0x22) out += `\\${String.fromCharCode(byte)}`;
    else if (byte >= 0x20 && byte < 0x7f) out += String.fromCharCode(byte);
    else out += `\\x${byte.toString(16).padStart(2, "0")}`;
  }
  return `${out}"`;
}

/** A left-to-right Mermaid flowchart; node ids are generated, names and types live in quoted labels. */
export function toMermaid(graph: InfrastructureGraph): string {
  const ids = new Map(graph.nodes.map((n, i) => [n.name, `n${i}`]));
  return [
    "flowchart LR",
    ...graph.nodes.map((n) => `  ${ids.get(n.name)}["${mermaidText(n.name)}<br/>(${mermaidText(n.type)})"]`),
    ...graph.edges.map((e) => `  ${ids.get(e.from)} -->|"${mermaidText(e.relationship)}"| ${ids.get(e.to)}`),
    "",
  ].join("\n");
}

/** Mermaid entity codes for what would end a quoted label or be read as HTML; line breaks become spaces. */
function mermaidText(text: string): string {
  const entities: Record<string, string> = { "#": "#35;", '"': "#quot;", "&": "#amp;", "<": "#lt;", ">": "#gt;" };
  return text.replace(/[#"&<>]/g, (c) => entities[c]).replace(/[\r\n]+/g, " ");
}

/** A Graphviz digraph: nodes by their quoted names, labelled with name and type; edges labelled. */
export function toDot(graph: InfrastructureGraph): string {
  return [
    "digraph infrastructure {",
    "  rankdir=LR;",
    '  node [shape=box, style=rounded, fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
    ...graph.nodes.map((n) => `  ${dotQuote(n.name)} [label=${dotQuote(`${n.name}\n(${n.type})`)}];`),
    ...graph.edges.map((e) => `  ${dotQuote(e.from)} -> ${dotQuote(e.to)} [label=${dotQuote(e.relationship)}];`),
    "}",
    "",
  ].join("\n");
}

/**
 * A DOT quoted string. DOT itself only escapes `"`, but Graphviz reads `\` sequences in labels (`\n`,
 * `\N`, `\l`), so a literal backslash is doubled and a line break becomes `\n`.
 */
export function dotQuote(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\r?\n/g, "\\n")}"`;
}
