import type { InfrastructureGraph } from "./derive";
import { toDot } from "./formats";

/**
 * The graph as SVG, laid out by Graphviz compiled to WebAssembly: no system `dot` binary needed. The
 * package is ESM-only, hence the dynamic import from this CommonJS project.
 */
export async function toSvg(graph: InfrastructureGraph): Promise<string> {
  const { Graphviz } = await import("@hpcc-js/wasm-graphviz");
  const graphviz = await Graphviz.load();
  return graphviz.dot(toDot(graph));
}
