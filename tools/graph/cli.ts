import { parseCommandLine } from "../command-line";
import { ValidationError, ValidationErrors } from "../../constructs/core/errors";
import { PolicyViolations } from "../../policy/report";
import { deriveGraph, deriveSystems, type InfrastructureGraph } from "./derive";
import { RedisStoreError, UsageError } from "./errors";
import { DEFAULT_NAMESPACE, namespaceProblem, toDot, toJson, toMermaid, toRedisCli } from "./formats";
import { parseRedisUrl, writeGraph, type RedisTarget } from "./redis-store";
import { toSvg } from "./svg";
import { skipStackTraces } from "../../stacks/stack-traces";
import { synthesizeStack } from "./synth";

/**
 * The infrastructure graph of one stack (seed 000), derived from its synthesized configuration:
 *
 *   npm run --silent graph -- --stack prod --format redis | redis-cli
 *   npm run --silent graph -- --stack prod --redis-url redis://localhost:6379/0
 *
 * Exit codes: 0 done; 1 synthesis stopped (bad settings) or Redis unreachable / refused the write;
 * 2 bad command line. On failure stdout is empty and Redis is untouched.
 */
export const USAGE =
  "usage: npm run --silent graph -- --stack <id> [--format json|redis|mermaid|dot|svg] [--namespace <ns>] [--redis-url redis://host:port[/db]]";

/** What a format may need besides the graph. */
interface RenderContext {
  readonly stack: string;
  readonly namespace: string;
  /** Node name -> system, for the picture's clusters. */
  readonly systems: ReadonlyMap<string, string>;
}

const RENDERERS: Record<string, (graph: InfrastructureGraph, context: RenderContext) => string | Promise<string>> = {
  json: toJson,
  redis: (graph, { namespace }) => toRedisCli(graph, namespace),
  mermaid: toMermaid,
  dot: toDot,
  svg: (graph, { stack, systems }) => toSvg(stack, graph, systems),
};

interface Options {
  readonly stack: string;
  readonly format: string;
  readonly namespace: string;
  readonly redis?: RedisTarget;
}

/** Reads and checks the command line; throws a UsageError. `undefined` means `--help`. */
export function parseOptions(argv: readonly string[]): Options | undefined {
  const parsed = parseCommandLine({
    args: [...argv],
    options: { stack: { type: "string" }, format: { type: "string" }, namespace: { type: "string" }, "redis-url": { type: "string" } },
  });
  if (!parsed) return undefined;
  const { values } = parsed;
  if (values.stack === undefined) throw new UsageError("missing --stack <id>");
  const redis = values["redis-url"] === undefined ? undefined : parseRedisUrl(values["redis-url"]);
  const format = values.format ?? (redis ? "redis" : "json");
  if (!(format in RENDERERS)) throw new UsageError(`unknown --format ${JSON.stringify(format)}: known formats are ${Object.keys(RENDERERS).join(", ")}`);
  // With --redis-url the graph goes to Redis and stdout stays empty; another format would be ignored.
  if (redis && format !== "redis") throw new UsageError(`--format ${format} cannot be combined with --redis-url, which writes the redis format to Redis`);
  const namespace = values.namespace ?? DEFAULT_NAMESPACE;
  const problem = namespaceProblem(namespace);
  if (problem) throw new UsageError(`--namespace ${JSON.stringify(namespace)}: ${problem}`);
  return { stack: values.stack, format, namespace, redis };
}

/** Runs the command; returns the exit code. Output is produced only once everything has succeeded. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    const options = parseOptions(argv);
    if (!options) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const synthesized = synthesizeStack(options.stack);
    const graph = deriveGraph(synthesized);
    if (options.redis) {
      const removed = await writeGraph(graph, options.redis, options.namespace);
      console.error(
        `graph: wrote stack ${options.stack} to ${options.redis.display} namespace ${options.namespace}: ` +
          `${graph.nodes.length} nodes, ${graph.edges.length} edges (${removed} previous keys replaced)`,
      );
    } else {
      const context = { stack: options.stack, namespace: options.namespace, systems: deriveSystems(synthesized) };
      process.stdout.write(await RENDERERS[options.format](graph, context));
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError) console.error(`graph: ${e.message}\n${USAGE}`);
    else if (e instanceof ValidationError || e instanceof ValidationErrors || e instanceof PolicyViolations) console.error(`Synthesis stopped: ${e.message}`);
    else if (e instanceof RedisStoreError) console.error(`graph: ${e.message}`);
    else throw e;
    return e instanceof UsageError ? 2 : 1;
  }
}

if (require.main === module) {
  skipStackTraces();
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
