import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UsageError } from "../graph/errors";
import type { Estate, StackJson } from "./diff";

/** A synthesis that failed or wrote nothing: the CLI prints the message and exits 1. */
export class SynthesisError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SynthesisError";
  }
}

/** One side of the diff: a label for headings and the stacks' JSON. */
export interface Side {
  readonly label: string;
  readonly estate: Estate;
}

/** The stacks of a cdktf output directory, `<dir>/stacks/<id>/cdk.tf.json` (none when it has no such file). */
export function readOutputDir(dir: string): Record<string, StackJson> {
  const stacks = join(dir, "stacks");
  if (!existsSync(stacks)) return {};
  const estate: Record<string, StackJson> = {};
  for (const id of readdirSync(stacks).sort()) {
    const file = join(stacks, id, "cdk.tf.json");
    if (!existsSync(file)) continue;
    try {
      estate[id] = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      throw new UsageError(`${file}: not valid JSON (${(e as Error).message})`);
    }
  }
  return estate;
}

/** A directory given on the command line: it must hold at least one stack. */
function outputDirSide(flag: string, dir: string): Side {
  if (!statSync(dir).isDirectory()) throw new UsageError(`${flag} ${JSON.stringify(dir)}: not a directory`);
  const estate = readOutputDir(dir);
  if (Object.keys(estate).length === 0) throw new UsageError(`${flag} ${JSON.stringify(dir)}: no stacks/<id>/cdk.tf.json in it`);
  return { label: `directory ${dir}`, estate };
}

// Work that must be undone if the process is interrupted: running children and temporary directories.
const children = new Set<ChildProcess>();
const cleanUps = new Set<() => void>();

/**
 * Runs the work of a CLI that compares two sides (the synth diff, the graph diff) and returns its exit
 * code: 0 done; 1 a synthesis failed; 2 a bad command line, printed with the usage.
 */
export async function comparisonExitCode(tool: string, usage: string, work: () => Promise<void>): Promise<number> {
  try {
    await work();
    return 0;
  } catch (e) {
    if (e instanceof UsageError) console.error(`${tool}: ${e.message}\n${usage}`);
    else if (e instanceof SynthesisError) console.error(`${tool}: ${e.message}`);
    else throw e;
    return e instanceof UsageError ? 2 : 1;
  }
}

/** An interrupted run leaves no worktree, temporary output or running synthesis behind. */
export function cleanUpOnSignals(): void {
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
    process.once(signal, () => {
      cleanUpNow();
      process.exit(code);
    });
  }
}

/** Stops running syntheses and removes temporary directories and worktrees (for SIGINT/SIGTERM). */
function cleanUpNow(): void {
  for (const child of children) {
    try {
      // Each synthesis runs in a process group of its own: `npx tsx` starts further processes.
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  }
  for (const cleanUp of cleanUps) cleanUp();
  cleanUps.clear();
}

async function withCleanUp<T>(cleanUp: () => void, work: () => Promise<T>): Promise<T> {
  cleanUps.add(cleanUp);
  try {
    return await work();
  } finally {
    cleanUps.delete(cleanUp);
    cleanUp();
  }
}

/** Runs the app command in `cwd` with CDKTF_OUTDIR set; throws a SynthesisError with its stderr on failure. */
function synthesize(label: string, command: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0], command.slice(1), { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    children.add(child);
    let stderr = "";
    child.stdout!.resume();
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (e) => {
      children.delete(child);
      reject(new SynthesisError(`synthesizing ${label} failed: ${e.message}`));
    });
    child.on("close", (code, signal) => {
      children.delete(child);
      if (code === 0) resolve();
      else reject(new SynthesisError(`synthesizing ${label} failed (${signal ?? `exit ${code}`}, \`${command.join(" ")}\`):\n${stderr.trim()}`));
    });
  });
}

function synthesizedSide(label: string, outdir: string): Side {
  const estate = readOutputDir(outdir);
  if (Object.keys(estate).length === 0) throw new SynthesisError(`synthesizing ${label} wrote no stacks/<id>/cdk.tf.json`);
  return { label, estate };
}

/**
 * The project in `root` as it is on disk, synthesized by `sh tools/run-ts.sh main.ts` into a temporary
 * directory (never ./cdktf.out), its bundle in a build directory of its own; both removed afterwards.
 */
export function synthesizeWorkingTree(root: string): Promise<Side> {
  const label = "the working tree";
  const outdir = mkdtempSync(join(tmpdir(), "estate-diff-head-"));
  mkdirSync(join(root, ".build"), { recursive: true });
  // Inside the project, so the bundle finds node_modules.
  const build = mkdtempSync(join(root, ".build", "diff-"));
  const cleanUp = () => {
    rmSync(outdir, { recursive: true, force: true });
    rmSync(build, { recursive: true, force: true });
  };
  return withCleanUp(cleanUp, async () => {
    const env = { ...process.env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1", ESTATE_BUILD_DIR: build };
    await synthesize(label, ["sh", "tools/run-ts.sh", "main.ts"], root, env);
    return synthesizedSide(label, outdir);
  });
}

function git(root: string, args: readonly string[]): string {
  return execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
}

/** The commit a git revision names, or undefined when it names none. */
export function resolveRevision(root: string, ref: string): string | undefined {
  try {
    return git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    return undefined;
  }
}

/**
 * A git revision synthesized in a temporary detached worktree that shares this project's node_modules
 * (a symlink): with that revision's `tools/run-ts.sh` when it has one, else `npx tsx main.ts` (revisions
 * before the esbuild runner; their cdktf.json ran main.ts through tsx). The worktree is removed
 * afterwards, also on failure.
 */
export function synthesizeRevision(root: string, ref: string, commit: string): Promise<Side> {
  const label = commit.startsWith(ref) ? `revision ${ref}` : `revision ${ref} (${commit.slice(0, 7)})`;
  const work = mkdtempSync(join(tmpdir(), "estate-diff-base-"));
  const tree = join(work, "tree");
  const outdir = join(work, "out");
  const cleanUp = () => {
    // The symlink first, so nothing below can reach into the shared node_modules.
    try {
      unlinkSync(join(tree, "node_modules"));
    } catch {
      // not created
    }
    try {
      git(root, ["worktree", "remove", "--force", tree]);
    } catch {
      // not added, or half added: the directory goes below and prune forgets it
    }
    rmSync(work, { recursive: true, force: true });
    try {
      git(root, ["worktree", "prune"]);
    } catch {
      // nothing to prune
    }
  };
  return withCleanUp(cleanUp, async () => {
    try {
      git(root, ["worktree", "add", "--detach", "--quiet", tree, commit]);
    } catch (e) {
      throw new SynthesisError(`checking out ${label} failed: ${((e as { stderr?: string }).stderr ?? String(e)).trim()}`);
    }
    symlinkSync(join(root, "node_modules"), join(tree, "node_modules"), "dir");
    if (!existsSync(join(tree, "main.ts"))) throw new SynthesisError(`${label} has no main.ts to synthesize`);
    const command = existsSync(join(tree, "tools", "run-ts.sh")) ? ["sh", "tools/run-ts.sh", "main.ts"] : ["npx", "--no", "tsx", "main.ts"];
    // The revision's bundle goes to its own .build (inside the worktree, beside the node_modules link).
    const env: NodeJS.ProcessEnv = { ...process.env, CDKTF_OUTDIR: outdir, CHECKPOINT_DISABLE: "1" };
    delete env.ESTATE_BUILD_DIR;
    await synthesize(label, command, tree, env);
    return synthesizedSide(label, outdir);
  });
}

/** Starts loading one side; returned by the resolvers once the command line has been checked. */
export type SideLoader = () => Promise<Side>;

/**
 * `--base`: an existing directory is a cdktf output; anything else must be a git revision. Checks the
 * argument now (a UsageError) and returns what loads it, so a bad `--head` is reported before anything runs.
 */
export function resolveBase(root: string, base: string): SideLoader {
  if (existsSync(base)) {
    const side = outputDirSide("--base", base);
    return async () => side;
  }
  const commit = resolveRevision(root, base);
  if (commit === undefined) throw new UsageError(`--base ${JSON.stringify(base)}: neither a directory nor a git revision`);
  return () => synthesizeRevision(root, base, commit);
}

/** `--head`: a cdktf output directory, or (absent) the working tree synthesized. */
export function resolveHead(root: string, head: string | undefined): SideLoader {
  if (head === undefined) return () => synthesizeWorkingTree(root);
  if (!existsSync(head)) throw new UsageError(`--head ${JSON.stringify(head)}: no such directory`);
  const side = outputDirSide("--head", head);
  return async () => side;
}

/** Loads both sides at once (two syntheses run in parallel); waits for both before reporting a failure. */
export async function loadSides(base: SideLoader, head: SideLoader): Promise<[Side, Side]> {
  const [b, h] = await Promise.allSettled([base(), head()]);
  if (b.status === "fulfilled" && h.status === "fulfilled") return [b.value, h.value];
  const failures = [b, h].flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
  if (failures.length === 2 && failures.every((f) => f instanceof SynthesisError)) {
    throw new SynthesisError(failures.map((f) => (f as Error).message).join("\ndiff: "));
  }
  throw failures[0];
}
