import { parseCommandLine } from "../command-line";
import { UsageError } from "../graph/errors";
import { PlanFileError } from "../plan-gate/gate";
import { readInputFile } from "../plan-gate/files";
import { composeComment, gateResultOf, graphChangesOf, InputFileError, stackDiffOf, STACK_ID } from "./compose";
import { parsePolicyReport, PolicyTextError } from "./policy";

/**
 * The pull-request comment of one stack, as Markdown on stdout:
 *
 *   npm run --silent pr-comment -- --stack dev --plan plan.json --diff synth-diff.json --policy policy.txt --graph graph-diff.json > comment.md
 *
 * --plan: `tofu show -json tfplan` output, or the `plan-gate --format json` output (which carries the override);
 * --diff: `npm run --silent diff -- --format json` output; --policy: `npm run --silent policy` output;
 * --graph: `npm run --silent graph:diff` output.
 * Exit codes: 0 done; 2 bad command line or an input file that is missing or not what its option expects.
 */
export const USAGE =
  "usage: npm run --silent pr-comment -- --stack <id> --plan <plan.json> [--diff <synth-diff.json>] [--policy <policy.txt>] [--graph <graph-diff.json>]";

interface Options {
  readonly stack: string;
  readonly plan: string;
  readonly diff?: string;
  readonly policy?: string;
  readonly graph?: string;
}

/** Reads and checks the command line; throws a UsageError. `undefined` means `--help`. */
export function parseOptions(argv: readonly string[]): Options | undefined {
  const parsed = parseCommandLine({
    args: [...argv],
    options: { stack: { type: "string" }, plan: { type: "string" }, diff: { type: "string" }, policy: { type: "string" }, graph: { type: "string" } },
  });
  if (!parsed) return undefined;
  const { values } = parsed;
  if (values.stack === undefined) throw new UsageError("missing --stack <id>");
  if (!STACK_ID.test(values.stack)) throw new UsageError(`--stack ${JSON.stringify(values.stack)}: a stack id is letters, digits, - and _`);
  if (values.plan === undefined) throw new UsageError("missing --plan <plan.json>");
  return { stack: values.stack, plan: values.plan, diff: values.diff, policy: values.policy, graph: values.graph };
}

/** Reads one input file and parses it; a parse error names the file and the option. */
function parseFile<T>(option: string, path: string, parse: (text: string) => T): T {
  const text = readInputFile(path);
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof PlanFileError || e instanceof InputFileError || e instanceof PolicyTextError) throw new InputFileError(`${option} ${path}: ${e.message}`);
    throw e;
  }
}

/** Runs the command; returns the exit code. */
export function main(argv: readonly string[]): number {
  try {
    const options = parseOptions(argv);
    if (!options) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const comment = composeComment({
      stack: options.stack,
      gate: parseFile("--plan", options.plan, gateResultOf),
      diff: options.diff === undefined ? undefined : parseFile("--diff", options.diff, (text) => stackDiffOf(text, options.stack)),
      policy: options.policy === undefined ? undefined : parseFile("--policy", options.policy, parsePolicyReport),
      graph: options.graph === undefined ? undefined : parseFile("--graph", options.graph, (text) => graphChangesOf(text, options.stack)),
    });
    process.stdout.write(comment);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) console.error(`pr-comment: ${e.message}\n${USAGE}`);
    else if (e instanceof InputFileError || e instanceof PlanFileError) console.error(`pr-comment: ${e.message}`);
    else throw e;
    return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
