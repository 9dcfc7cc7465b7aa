import { App } from "cdktf";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatFindings, formatScannerMapping, formatSuppressions } from "../policy/report";
import { ALL_RULES } from "../policy/rules";
import { buildEstate } from "../stacks/estate";
import { loadSettings } from "../stacks/settings/load";

/**
 * Prints the policy findings and suppressions of every stack without stopping, then each rule's Checkov
 * and Trivy checks: `npm run --silent policy`.
 */
const outdir = mkdtempSync(join(tmpdir(), "policy-report-"));
try {
  const { platform, environments } = buildEstate(new App({ outdir }), loadSettings());
  const reports = [platform, ...environments].map((stack) => stack.checkPolicy());
  console.log(formatFindings(reports));
  console.log(`suppressed:\n${formatSuppressions(reports)}`);
  console.log(formatScannerMapping(ALL_RULES));
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
