import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { parseCommandLine } from "../command-line";
import { UsageError } from "../graph/errors";
import { ghCommands, TofuOutputs } from "./variables";

const USAGE = `npm run --silent platform:vars [-- --outputs <file>]
Prints the gh commands that set the repository variables the workflows read, from the platform stack's
outputs: the file given (tofu output -json), or tofu output -json in cdktf.out/stacks/platform.`;

try {
  const parsed = parseCommandLine({ options: { outputs: { type: "string" } } });
  if (!parsed) {
    console.log(USAGE);
  } else {
    const file = parsed.values.outputs;
    const json = file ? readFileSync(file, "utf8") : execFileSync("tofu", ["-chdir=cdktf.out/stacks/platform", "output", "-json"], { encoding: "utf8" });
    console.log(ghCommands(JSON.parse(json) as TofuOutputs));
  }
} catch (e) {
  console.error(`platform:vars: ${(e as Error).message}`);
  if (e instanceof UsageError) console.error(USAGE);
  process.exitCode = e instanceof UsageError ? 2 : 1;
}
