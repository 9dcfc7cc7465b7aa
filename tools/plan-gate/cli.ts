import { parseCommandLine } from "../command-line";
import { UsageError } from "../graph/errors";
import { evaluatePlan, formatText, overrideReasonProblem, PlanFileError } from "./gate";
import { readPlanFile } from "./files";

/**
 * The data-safety gate: fails when an OpenTofu plan destroys or replaces a stateful resource.
 *
 *   tofu show -json tfplan > plan.json
 *   npm run --silent plan-gate -- plan.json
 *   npm run --silent plan-gate -- plan.json --allow-stateful-destroy "ticket 123: the old audit account is retired" --format json
 *
 * Exit codes: 0 passed (or passed by override); 1 a stateful resource is destroyed or replaced; 2 bad command
 * line or a missing / malformed plan file. The report goes to stdout (text, or JSON: see gate.ts).
 */
export const USAGE = 'usage: npm run --silent plan-gate -- <plan.json> [--allow-stateful-destroy "<reason>"] [--format text|json]';

const FORMATS = ["text", "json"];

interface Options {
  readonly planFile: string;
  readonly format: string;
  readonly overrideReason?: string;
}

/** Reads and checks the command line; throws a UsageError. `undefined` means `--help`. */
export function parseOptions(argv: readonly string[]): Options | undefined {
  const parsed = parseCommandLine({
    args: [...argv],
    allowPositionals: true,
    options: { "allow-stateful-destroy": { type: "string" }, format: { type: "string" } },
  });
  if (!parsed) return undefined;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `expected one plan file, got ${positionals.length}` : "missing <plan.json>");
  const format = values.format ?? "text";
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format ${JSON.stringify(format)}: known formats are ${FORMATS.join(", ")}`);
  const overrideReason = values["allow-stateful-destroy"];
  const problem = overrideReason === undefined ? undefined : overrideReasonProblem(overrideReason);
  if (problem) throw new UsageError(`--allow-stateful-destroy: ${problem}`);
  return { planFile: positionals[0], format, overrideReason };
}

/** Runs the command; returns the exit code. */
export function main(argv: readonly string[]): number {
  try {
    const options = parseOptions(argv);
    if (!options) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const result = evaluatePlan(readPlanFile(options.planFile), options.overrideReason);
    process.stdout.write(options.format === "json" ? `${JSON.stringify(result, null, 2)}\n` : formatText(result));
    return result.passed ? 0 : 1;
  } catch (e) {
    if (e instanceof UsageError) console.error(`plan-gate: ${e.message}\n${USAGE}`);
    else if (e instanceof PlanFileError) console.error(`plan-gate: ${e.message}`);
    else throw e;
    return 2;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
