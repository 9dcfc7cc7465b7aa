import { parseCommandLine } from "../command-line";
import { ValidationError, ValidationErrors } from "../../constructs/core/errors";
import { PolicyViolations } from "../../policy/report";
import { skipStackTraces } from "../../stacks/stack-traces";
import { loadSettings } from "../../stacks/settings/load";
import { UsageError } from "../graph/errors";
import { synthesizeStack } from "../graph/synth";
import { formatReport, recoveryReport } from "./report";

/**
 * The disaster-recovery report of one stack, computed from its synthesized configuration:
 *
 *   npm run --silent dr -- --stack prod
 *
 * Exit codes: 0 every data service meets what the environment's settings demand (or nothing is
 * demanded); 1 a service misses its target, or synthesis stopped (bad settings); 2 bad command line.
 */
export const USAGE = "usage: npm run --silent dr -- --stack <id>";

export function main(argv: readonly string[]): number {
  try {
    const parsed = parseCommandLine({ args: [...argv], options: { stack: { type: "string" } } });
    if (!parsed) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const stackId = parsed.values.stack;
    if (stackId === undefined) throw new UsageError("missing --stack <id>");
    const stack = synthesizeStack(stackId);
    const environment = loadSettings().environments.find((e) => e.name === stackId);
    const rows = recoveryReport(stack, environment?.recovery);
    process.stdout.write(formatReport(stackId, rows));
    const missed = rows.filter((r) => r.verdict === "misses");
    if (missed.length > 0) console.error(`dr: ${missed.length} data service${missed.length === 1 ? " misses its" : "s miss their"} target: ${missed.map((r) => r.resource).join(", ")}`);
    return missed.length > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) console.error(`dr: ${e.message}\n${USAGE}`);
    else if (e instanceof ValidationError || e instanceof ValidationErrors || e instanceof PolicyViolations) console.error(`Synthesis stopped: ${e.message}`);
    else throw e;
    return e instanceof UsageError ? 2 : 1;
  }
}

if (require.main === module) {
  skipStackTraces();
  process.exitCode = main(process.argv.slice(2));
}
