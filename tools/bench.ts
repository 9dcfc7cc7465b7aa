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
const usageFile = join(work, "usage");

interface Sample {
  readonly seconds: number;
  /** CPU time of the run's node processes. */
  readonly cpu: number;
  readonly mb: number;
}

/** Runs `command` like cdktf synth does: its wall time, its node processes' CPU time and the peak RSS of the largest. */
function measure(command: string, env: NodeJS.ProcessEnv = {}): Sample {
  rmSync(usageFile, { force: true });
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
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${join(__dirname, "process-usage.cjs")}`.trim(),
      PROCESS_USAGE_FILE: usageFile,
    },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) throw new Error(`${command} failed (exit ${run.status}):\n${run.stderr}`);
  rmSync(outdir, { recursive: true, force: true });
  // Every node process the run starts reports its usage; the largest is the app.
  const usage = readFileSync(usageFile, "utf8").trim().split("\n").map((line) => line.split(" ").map(Number));
  return { seconds, cpu: usage.reduce((sum, [, micros]) => sum + micros / 1e6, 0), mb: Math.max(...usage.map(([kib]) => kib)) / 1024 };
}

/** `n` environments more than the default estate: staging's settings on their own address spaces, names and pipeline identities. */
function extraEnvironmentsFile(n: number): string {
  const environments = Object.fromEntries(
    Array.from({ length: n }, (_, i) => {
      const name = `extra${i + 1}`;
      return [name, JSON.parse(JSON.stringify(staging).replaceAll("10.20.", `10.${40 + i}.`).replaceAll("staging", name))];
    }),
  );
  // Each deploys through a pipeline identity of its own, as validation demands.
  const pipelines = Object.fromEntries(Object.keys(environments).map((name) => [name, { githubEnvironment: name }]));
  const file = join(work, "extra-environments.json");
  writeFileSync(file, JSON.stringify({ platform: { pipelines }, environments }));
  return file;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const wall = (xs: readonly Sample[]) => median(xs.map((x) => x.seconds));
const cpu = (xs: readonly Sample[]) => median(xs.map((x) => x.cpu));
const peak = (xs: readonly Sample[]) => Math.max(...xs.map((x) => x.mb));
const show = (x: Sample) => `${x.seconds.toFixed(2)} s (cpu ${x.cpu.toFixed(2)} s) ${x.mb.toFixed(0)} MB`;
const summary = (xs: readonly Sample[]) => `median ${wall(xs).toFixed(2)} s wall (cpu ${cpu(xs).toFixed(2)} s), peak memory ${peak(xs).toFixed(0)} MB`;

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
  console.log(`floor (one resource group), ${runs} fresh processes: ${summary(floor)}`);
  console.log(`synth of all stacks, ${runs} fresh processes: ${summary(estate)}`);
  console.log(`ratio to the floor: ${(wall(estate) / wall(floor)).toFixed(1)}x wall (cpu ${(cpu(estate) / cpu(floor)).toFixed(1)}x)`);
  if (overrides) {
    const per = (f: (xs: readonly Sample[]) => number) => ((f(grown) - f(estate)) / extra).toFixed(2);
    console.log(`with ${extra} extra environments: ${summary(grown)}; per extra environment ${per(wall)} s wall (cpu ${per(cpu)} s), ${((peak(grown) - peak(estate)) / extra).toFixed(0)} MB`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
