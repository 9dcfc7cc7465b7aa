import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { estateOutdir, runTs } from "./helpers";

const root = join(__dirname, "..");
let work: string;

const app: string = JSON.parse(readFileSync(join(root, "cdktf.json"), "utf8")).app;

/** Runs cdktf.json's app command as `cdktf synth` does, into a scratch output directory. */
function runApp(env: Record<string, string>): { status: number | null; stderr: string; outdir: string } {
  const outdir = join(work, "out");
  const bundle = runTs("main.ts");
  const run = spawnSync("sh", ["-c", app], { cwd: root, encoding: "utf8", env: { ...process.env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1", ...bundle.env, ...env } });
  bundle.cleanUp();
  return { status: run.status, stderr: run.stderr, outdir };
}

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "estate-main-"));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe("main.ts", () => {
  // The successful run is global-setup.ts's: cdktf.json's app with --hcl, whose output every suite reads.
  it("synthesizes the platform stack and one stack per environment, reporting the policy outcome", () => {
    const outdir = estateOutdir();
    expect(readdirSync(join(outdir, "stacks")).sort()).toEqual(["dev", "platform", "prod", "staging"]);
    for (const stack of ["platform", "dev", "staging", "prod"]) {
      expect(existsSync(join(outdir, "stacks", stack, "cdk.tf.json"))).toBe(true);
      expect(existsSync(join(outdir, "hcl", stack, "cdk.tf"))).toBe(true);
    }
    expect(readFileSync(join(outdir, "app-stdout.txt"), "utf8")).toMatch(/^Policy: 0 findings; \d+ written suppressions \(npm run --silent policy lists them with their reasons\)\.$/m);
  });

  it("stops on bad settings with one line per problem, a non-zero exit and no output", () => {
    const overrides = join(work, "overrides.json");
    writeFileSync(overrides, JSON.stringify({ environments: { dev: { network: { subnets: { app: "10.10.0.0/25" } } }, prod: { budgetUsd: 0 } } }));
    const { status, stderr, outdir } = runApp({ ESTATE_SETTINGS_FILE: overrides });
    expect(status).toBe(1);
    expect(stderr).toContain("Synthesis stopped: 2 invalid settings:");
    expect(stderr).toContain('  - environment dev: network.subnets.app = "10.10.0.0/25": must not overlap subnet gateway (10.10.0.0/24)');
    expect(stderr).toContain("  - environment prod: budgetUsd = 0: must be greater than 0");
    expect(existsSync(outdir)).toBe(false);
  });

  it("names an unreadable overrides file", () => {
    const missing = join(work, "missing.json");
    const { status, stderr, outdir } = runApp({ ESTATE_SETTINGS_FILE: missing });
    expect(status).toBe(1);
    expect(stderr).toContain(`Synthesis stopped: settings: ESTATE_SETTINGS_FILE = "${missing}": must name a readable JSON file of overrides (ENOENT`);
    expect(existsSync(outdir)).toBe(false);
  });
});
