import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Synthesizes every stack in fresh processes, running the app command of cdktf.json exactly as
 * `cdktf synth` does (bundle, then run), and prints the median wall time and the peak memory.
 * Usage: npm run bench -- [runs=7]
 */
const runs = Number(process.argv[2] ?? 7);
const root = join(__dirname, "..");
const app: string = JSON.parse(readFileSync(join(root, "cdktf.json"), "utf8")).app;
const work = mkdtempSync(join(tmpdir(), "estate-bench-"));
const rssFile = join(work, "rss");
const times: number[] = [];
const peaks: number[] = [];

try {
  for (let i = 0; i < runs; i++) {
    rmSync(rssFile, { force: true });
    const started = process.hrtime.bigint();
    const run = spawnSync("sh", ["-c", app], {
      cwd: root,
      encoding: "utf8",
      env: {
        ...process.env,
        CDKTF_OUTDIR: join(work, `out-${i}`),
        CHECKPOINT_DISABLE: "1",
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${join(__dirname, "peak-rss.cjs")}`.trim(),
        PEAK_RSS_FILE: rssFile,
      },
    });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (run.status !== 0) throw new Error(`synth failed (exit ${run.status}):\n${run.stderr}`);
    // Every node process the run starts reports its peak; the largest is the app.
    const peakKiB = Math.max(...readFileSync(rssFile, "utf8").trim().split("\n").map(Number));
    times.push(ms);
    peaks.push(peakKiB / 1024);
    console.log(`run ${i + 1}/${runs}: ${(ms / 1000).toFixed(2)} s, peak ${(peakKiB / 1024).toFixed(0)} MB`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`synth of all stacks, ${runs} fresh processes: median ${(median(times) / 1000).toFixed(2)} s wall, peak memory ${Math.max(...peaks).toFixed(0)} MB`);
