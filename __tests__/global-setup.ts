import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "cdktf";
import { synthesizeEstate } from "../stacks/estate";
import { settings } from "../stacks/settings/environments";
import { validateSettings } from "../stacks/settings/validate";

/**
 * Synthesizes the default estate once (JSON and HCL, policy checked) before the workers start: the
 * suites that read the estate's output share it instead of synthesizing it again each.
 */
export default function globalSetup(): void {
  const outdir = mkdtempSync(join(tmpdir(), "estate-tests-"));
  synthesizeEstate(new App({ outdir }), validateSettings(settings), { hcl: true });
  process.env.ESTATE_TEST_OUTDIR = outdir;
}
