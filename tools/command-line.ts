import { parseArgs, ParseArgsConfig } from "node:util";
import { UsageError } from "./graph/errors";

type Parsed<T extends ParseArgsConfig> = ReturnType<typeof parseArgs<T>>;

/**
 * node:util's parseArgs for the project's CLIs, with `--help`/`-h` added: its errors (unknown options,
 * missing values, stray arguments) become UsageErrors (exit code 2), and `--help` yields undefined.
 */
export function parseCommandLine<T extends ParseArgsConfig>(config: T): Parsed<T> | undefined {
  let parsed: Parsed<T>;
  try {
    parsed = parseArgs({ ...config, options: { ...config.options, help: { type: "boolean", short: "h" } } }) as Parsed<T>;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  return (parsed.values as { help?: boolean }).help ? undefined : parsed;
}
