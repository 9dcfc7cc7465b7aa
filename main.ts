import { App } from "cdktf";
import { ValidationError, ValidationErrors } from "./constructs/core/errors";
import { formatSuppressions, PolicyViolations } from "./policy/report";
import { synthesizeEstate } from "./stacks/estate";
import { loadSettings } from "./stacks/settings/load";
import { skipStackTraces } from "./stacks/stack-traces";

skipStackTraces();

// Everything is validated, constructed and checked against the policy rule pack before a file is
// written: a bad setting or prop, or a policy finding, exits non-zero with its message and leaves no
// stack output behind.
try {
  const settings = loadSettings();
  // App creates its output directory on construction, so it comes after the settings are known good.
  const app = new App();
  // `--hcl` (npm run synth:hcl) also writes each stack as HCL under cdktf.out/hcl/.
  const reports = synthesizeEstate(app, settings, { hcl: process.argv.includes("--hcl") });
  const suppressed = reports.reduce((n, r) => n + r.suppressed.length, 0);
  console.log(`Policy: 0 findings; ${suppressed} written suppressions (npm run --silent policy lists them with their reasons).`);
} catch (e) {
  if (!(e instanceof ValidationError || e instanceof ValidationErrors || e instanceof PolicyViolations)) throw e;
  console.error(`Synthesis stopped: ${e.message}`);
  if (e instanceof PolicyViolations) console.error(`written suppressions:\n${formatSuppressions(e.reports)}`);
  process.exitCode = 1;
}
