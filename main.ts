import { App } from "cdktf";
import { ValidationError, ValidationErrors } from "./constructs/core/errors";
import { buildEstate } from "./stacks/estate";
import { loadSettings } from "./stacks/settings/load";
import { skipSourceMappedStackTraces } from "./stacks/stack-traces";

skipSourceMappedStackTraces();

// Everything is validated and constructed before app.synth() writes a file: a bad setting or prop
// exits non-zero with its message and leaves no stack output behind.
try {
  const settings = loadSettings();
  // App creates its output directory on construction, so it comes after the settings are known good.
  const app = new App();
  buildEstate(app, settings);
  app.synth();
} catch (e) {
  if (!(e instanceof ValidationError || e instanceof ValidationErrors)) throw e;
  console.error(`Synthesis stopped: ${e.message}`);
  process.exitCode = 1;
}
