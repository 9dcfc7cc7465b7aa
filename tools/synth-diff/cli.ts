import { parseCommandLine } from "../command-line";
import { UsageError } from "../graph/errors";
import { diffEstates } from "./diff";
import { renderMarkdown } from "./markdown";
import { cleanUpOnSignals, comparisonExitCode, loadSides, resolveBase, resolveHead } from "./source";

/**
 * The synth diff between a base and this tree, per stack, for review and the PR comment:
 *
 *   npm run --silent diff -- --base main                    # a git revision, synthesized in a temporary worktree
 *   npm run --silent diff -- --base old-out --head cdktf.out --format json --stack prod
 *
 * Without `--head` the working tree is synthesized into a temporary directory. Runs from the project
 * root (as npm does). Exit codes: 0 diff printed (differences are not a failure); 1 a synthesis failed;
 * 2 bad command line, missing or empty directory, unknown revision or stack.
 */
export const USAGE = "usage: npm run --silent diff -- --base <dir-or-git-ref> [--head <dir>] [--format markdown|json] [--stack <id>]";

const FORMATS = ["markdown", "json"] as const;

interface Options {
  readonly base: string;
  readonly head?: string;
  readonly format: (typeof FORMATS)[number];
  readonly stack?: string;
}

/** Reads and checks the command line; throws a UsageError. `undefined` means `--help`. */
export function parseOptions(argv: readonly string[]): Options | undefined {
  const parsed = parseCommandLine({
    args: [...argv],
    options: { base: { type: "string" }, head: { type: "string" }, format: { type: "string" }, stack: { type: "string" } },
  });
  if (!parsed) return undefined;
  const { values } = parsed;
  if (values.base === undefined) throw new UsageError("missing --base <dir-or-git-ref>");
  const format = values.format ?? "markdown";
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown --format ${JSON.stringify(format)}: known formats are ${FORMATS.join(", ")}`);
  return { base: values.base, head: values.head, format: format as Options["format"], stack: values.stack };
}

/** Runs the command from `root`; returns the exit code. Output is written only once both sides are loaded. */
export function main(argv: readonly string[], root = process.cwd()): Promise<number> {
  return comparisonExitCode("diff", USAGE, async () => {
    const options = parseOptions(argv);
    if (!options) {
      process.stdout.write(`${USAGE}\n`);
      return;
    }
    const [base, head] = await loadSides(resolveBase(root, options.base), resolveHead(root, options.head));
    if (options.stack !== undefined && !(options.stack in base.estate) && !(options.stack in head.estate)) {
      const known = [...new Set([...Object.keys(base.estate), ...Object.keys(head.estate)])].sort();
      throw new UsageError(`unknown --stack ${JSON.stringify(options.stack)}: known stacks are ${known.join(", ")}`);
    }
    const diff = diffEstates(base.estate, head.estate, { base: base.label, head: head.label }, options.stack);
    process.stdout.write(options.format === "json" ? `${JSON.stringify(diff, null, 2)}\n` : renderMarkdown(diff));
  });
}

if (require.main === module) {
  cleanUpOnSignals();
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
