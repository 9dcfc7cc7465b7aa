import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "cdktf";
import { synthesizeEstate } from "../../stacks/estate";
import { PLATFORM_STACK_ID } from "../../stacks/platform-layout";
import { loadSettings } from "../../stacks/settings/load";
import type { SynthesizedStack } from "./derive";
import { UsageError } from "./errors";

/**
 * Synthesizes the estate exactly as main.ts does, but into a temporary directory (never ./cdktf.out,
 * which a deployment may be reading), and returns the stacks' `cdk.tf.json` by id. Bad settings throw
 * the ValidationError(s) main.ts reports; an unknown stack id throws a UsageError before anything is
 * synthesized.
 */
export function synthesizeStacks(stackIds: readonly string[], env: NodeJS.ProcessEnv = process.env): Record<string, SynthesizedStack> {
  const settings = loadSettings(env);
  const outdir = mkdtempSync(join(tmpdir(), "estate-graph-"));
  try {
    const known = [PLATFORM_STACK_ID, ...settings.environments.map((e) => e.name)];
    const unknown = stackIds.find((id) => !known.includes(id));
    if (unknown !== undefined) throw new UsageError(`unknown --stack ${JSON.stringify(unknown)}: known stacks are ${known.join(", ")}`);
    synthesizeEstate(new App({ outdir }), settings);
    return Object.fromEntries(stackIds.map((id) => [id, JSON.parse(readFileSync(join(outdir, "stacks", id, "cdk.tf.json"), "utf8"))]));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** One stack's `cdk.tf.json`, as synthesizeStacks gives it. */
export function synthesizeStack(stackId: string, env: NodeJS.ProcessEnv = process.env): SynthesizedStack {
  return synthesizeStacks([stackId], env)[stackId];
}
