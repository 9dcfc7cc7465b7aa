import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { staging } from "../stacks/settings/environments";
import { SETTINGS_FILE_VARIABLE } from "../stacks/settings/load";
import { parseCommandLine } from "./command-line";

const USAGE = "usage: npm run bench -- [runs=7] [--extra-environments <n>]";

/**
 * Synthesizes the estate in fresh processes, running the app command of cdktf.json exactly as `cdktf
 * synth` does (bundle, then run), next to a floor app (tools/bench-floor.ts: one resource group through
 * the same toolchain), and prints the median wall time and peak memory of each and their ratio. With
 * `--extra-environments n` it also synthesizes the estate with n more environments (copies of staging,
 * through the ESTATE_SETTINGS_FILE overrides) and prints the cost of each. The three are interleaved per
 * run, so a busy machine slows them alike.
 */
const parsed = parseCommandLine({ allowPositionals: true, options: { "extra-environments": { type: "string", default: "0" } } });
if (!parsed) {
  console.log(USAGE);
  process.exit(0);
}
const runs = Number(parsed.positionals[0] ?? 7);
const extra = Number(parsed.values["extra-environments"]);
const root = join(__dirname, "..");
const app: string = JSON.parse(readFileSync(join(root, "cdktf.json"), "utf8")).app;
const work = mkdtempSync(join(tmpdir(), "estate-bench-"));
const rssFile = join(work, "rss");

interface Sample {
  readonly seconds: number;
  readonly mb: number;
}

/** Runs `command` like cdktf synth does and returns its wall time and the peak RSS of its largest process. */
function measure(command: string, env: NodeJS.ProcessEnv = {}): Sample {
  rmSync(rssFile, { force: true });
  const outdir = mkdtempSync(join(work, "out-"));
  const started = process.hrtime.bigint();
  const run = spawnSync("sh", ["-c", command], {
    cwd: root,
    encoding: "utf8",
    env: {
      ...process.env,
      ...env,
      CDKTF_OUTDIR: outdir,
      CHECKPOINT_DISABLE: "1",
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${join(__dirname, "peak-rss.cjs")}`.trim(),
      PEAK_RSS_FILE: rssFile,
    },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`${command} failed (exit ${run.status}):\n${run.stderr}`);
  rmSync(outdir, { recursive: true, force: true });
  // Every node process the run starts reports its peak; the largest is the app.
  const peakKiB = Math.max(...readFileSync(rssFile, "utf8").trim().split("\n").map(Number));
  return { seconds, mb: peakKiB / 1024 };
}

/** `n` environments more than the default estate: staging's settings on their own address spaces and names. */
function extraEnvironmentsFile(n: number): string {
  const environments = Object.fromEntries(
    Array.from({ length: n }, (_, i) => {
      const name = `extra${i + 1}`;
      return [name, JSON.parse(JSON.stringify(staging).replaceAll("10.20.", `10.${40 + i}.`).replaceAll("staging", name))];
    }),
  );
  const file = join(work, "extra-environments.json");
  writeFileSync(file, JSON.stringify({ environments }));
  return file;
}

const median = (xs: readonly Sample[]) => [...xs].sort((a, b) => a.seconds - b.seconds)[Math.floor(xs.length / 2)].seconds;
const peak = (xs: readonly Sample[]) => Math.max(...xs.map((x) => x.mb));
const show = (x: Sample) => `${x.seconds.toFixed(2)} s ${x.mb.toFixed(0)} MB`;

try {
  const overrides = extra > 0 ? extraEnvironmentsFile(extra) : undefined;
  const floor: Sample[] = [];
  const estate: Sample[] = [];
  const grown: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    floor.push(measure("sh tools/run-ts.sh tools/bench-floor.ts"));
    estate.push(measure(app));
    if (overrides) grown.push(measure(app, { [SETTINGS_FILE_VARIABLE]: overrides }));
    console.log(`run ${i + 1}/${runs}: floor ${show(floor[i])}, estate ${show(estate[i])}${overrides ? `, +${extra} environments ${show(grown[i])}` : ""}`);
  }
  console.log(`floor (one resource group), ${runs} fresh processes: median ${median(floor).toFixed(2)} s wall, peak memory ${peak(floor).toFixed(0)} MB`);
  console.log(`synth of all stacks, ${runs} fresh processes: median ${median(estate).toFixed(2)} s wall, peak memory ${peak(estate).toFixed(0)} MB`);
  console.log(`ratio to the floor: ${(median(estate) / median(floor)).toFixed(1)}x`);
  if (overrides) {
    const perEnvironment = (median(grown) - median(estate)) / extra;
    console.log(`with ${extra} extra environments: median ${median(grown).toFixed(2)} s wall, peak memory ${peak(grown).toFixed(0)} MB; ${perEnvironment.toFixed(2)} s and ${((peak(grown) - peak(estate)) / extra).toFixed(0)} MB per extra environment`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
