import { App } from "cdktf";
import { invokeAspects } from "cdktf/lib/synthesize/synthesizer";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkStack } from "../policy/engine";
import { formatFindings, formatSuppressions } from "../policy/report";
import { ALL_RULES } from "../policy/rules";
import { buildEstate } from "../stacks/estate";
import { loadSettings } from "../stacks/settings/load";

/** Prints the policy findings and suppressions of every stack without stopping: `npx tsx tools/policy-report.ts`. */
const outdir = mkdtempSync(join(tmpdir(), "policy-report-"));
try {
  const app = new App({ outdir });
  const settings = loadSettings();
  const { state, environments } = buildEstate(app, settings);
  const reports = [state, ...environments].map((stack) => {
    invokeAspects(stack);
    const protect = stack === state || settings.environments.find((e) => e.name === stack.node.id)!.protectStatefulResources;
    return checkStack(stack.toTerraform(), { stack: stack.node.id, protectStatefulResources: protect, rules: ALL_RULES });
  });
  console.log(formatFindings(reports));
  console.log(`suppressed:\n${formatSuppressions(reports)}`);
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
