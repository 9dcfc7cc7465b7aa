import type { InfrastructureGraph } from "./derive";
import { pictureDot } from "./picture";

/**
 * Lays out Graphviz source as SVG with Graphviz compiled to WebAssembly: no system `dot` binary needed.
 * The package is ESM-only, hence the dynamic import from this CommonJS project; it is loaded once.
 */
let graphviz: Promise<{ dot(source: string): string }> | undefined;
export async function renderSvg(dot: string): Promise<string> {
  graphviz ??= import("@hpcc-js/wasm-graphviz").then(({ Graphviz }) => Graphviz.load());
  return (await graphviz).dot(dot);
}

/** The svg format: the picture of a whole stack, grouped by system, hub edges folded. */
export function toSvg(stack: string, graph: InfrastructureGraph, systems: ReadonlyMap<string, string>): Promise<string> {
  return renderSvg(pictureDot({ title: `Stack ${stack}: ${graph.nodes.length} services, ${graph.edges.length} edges`, graph, systems, fold: true }));
}
