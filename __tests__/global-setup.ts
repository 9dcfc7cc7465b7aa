import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Synthesizes the default estate once (JSON and HCL, policy checked) before the workers start, with
 * cdktf.json's app command as `cdktf synth` runs it (plus `--hcl`), so the suites that read the
 * estate's output share it instead of synthesizing it again each. The app's stdout is kept next to the
 * output (`app-stdout.txt`) for main.test.ts.
 */
export default function globalSetup(): void {
  const root = join(__dirname, "..");
  const outdir = mkdtempSync(join(tmpdir(), "estate-tests-"));
  mkdirSync(join(root, ".build"), { recursive: true });
  const buildDir = mkdtempSync(join(root, ".build", "global-setup-"));
  const app: string = JSON.parse(readFileSync(join(root, "cdktf.json"), "utf8")).app;
  const run = spawnSync("sh", ["-c", `${app} --hcl`], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CDKTF_OUTDIR: outdir, ESTATE_BUILD_DIR: buildDir, CHECKPOINT_DISABLE: "1" },
  });
  if (run.status !== 0) throw new Error(`synthesis of the default estate failed:\n${run.stderr}`);
  writeFileSync(join(outdir, "app-stdout.txt"), run.stdout);
  process.env.ESTATE_TEST_OUTDIR = outdir;
  process.env.ESTATE_TEST_BUILD_DIR = buildDir;
}
