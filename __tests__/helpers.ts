import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Testing, TerraformStack } from "cdktf";
import { stateStorageLocation } from "../backends/state-storage";
import { EnvironmentStack } from "../stacks/environment-stack";
import { validateSettings } from "../stacks/settings/validate";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { Naming } from "../constructs/core/naming";
import { ResourceGroup } from "../constructs/resource-group/resource-group";

/** A stack with the azurerm provider and a Naming for `abs` / `we` / `test`, as unit tests need. */
export function testStack(environment = "test"): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "test");
  new AzurermProvider(stack, "azurerm", { features: [{}] });
  new Naming({ prefix: "abs", regionCode: "we", environment }).attachTo(stack);
  return stack;
}

/** A stack plus a resource group in westeurope, the usual starting point of a construct test. */
export function testStackWithGroup(environment = "test"): { stack: TerraformStack; group: ResourceGroup } {
  const stack = testStack(environment);
  return { stack, group: new ResourceGroup(stack, "rg", { location: "westeurope" }) };
}

/** The stack's synthesized Terraform JSON, parsed. */
export function synthJson(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}

/** All resources of a type in the synthesized stack, as `[logicalId, body]` pairs. */
export function resourcesOf(stack: TerraformStack, type: string): Array<[string, any]> {
  return Object.entries(synthJson(stack).resource?.[type] ?? {});
}

/** `[logicalId, body]` of every resource of a type in parsed synthesized JSON. */
export function jsonResources(stackJson: any, type: string): Array<[string, any]> {
  return Object.entries(stackJson.resource?.[type] ?? {});
}

/**
 * The one resource of a type whose logical id starts with `prefix` (a pattern's construct id, e.g.
 * `foundation_`); fails naming the type when there is not exactly one.
 */
export function onlyResource(stackJson: any, type: string, prefix = ""): [string, any] {
  const all = jsonResources(stackJson, type).filter(([id]) => id.startsWith(prefix));
  expect([type, all.map(([id]) => id).length]).toEqual([type, 1]);
  return all[0];
}

/** Interpolation of a resource attribute: `${type.id.attr}`. */
export function attributeRef(type: string, id: string, attr = "id"): string {
  return `\${${type}.${id}.${attr}}`;
}

/**
 * The command line that runs a TypeScript entry point as the npm scripts and cdktf do (bundled by
 * tools/run-ts.sh), with the bundle in a fresh directory of its own under the project's `.build` (runs
 * that start together do not share one; inside the project the bundle finds node_modules), and a
 * function that removes that directory.
 */
export function runTs(entry: string, ...args: string[]): { file: string; args: string[]; env: Record<string, string>; cleanUp: () => void } {
  const root = join(__dirname, "..");
  mkdirSync(join(root, ".build"), { recursive: true });
  const buildDir = mkdtempSync(join(root, ".build", "test-"));
  return { file: "sh", args: ["tools/run-ts.sh", entry, ...args], env: { ESTATE_BUILD_DIR: buildDir }, cleanUp: () => rmSync(buildDir, { recursive: true, force: true }) };
}

/** The directory the default estate was synthesized into by global-setup.ts (`stacks/<id>/cdk.tf.json`, `hcl/<id>/cdk.tf`). */
export function estateOutdir(): string {
  const outdir = process.env.ESTATE_TEST_OUTDIR;
  if (!outdir) throw new Error("ESTATE_TEST_OUTDIR is not set: jest's globalSetup (__tests__/global-setup.ts) synthesizes the estate");
  return outdir;
}

/**
 * The default estate's synthesized JSON by stack id, as written by a real synth (policy checked). Without
 * `metadata`, cdktf's `//` metadata is removed as `Testing.synth` does.
 */
export function estateOutput(options: { metadata?: boolean } = {}): Record<string, any> {
  const ids = ["state", "dev", "staging", "prod"];
  return Object.fromEntries(
    ids.map((id) => {
      const text = readFileSync(join(estateOutdir(), "stacks", id, "cdk.tf.json"), "utf8");
      return [id, options.metadata ? JSON.parse(text) : JSON.parse(text, (key, value) => (key === "//" ? undefined : value))];
    }),
  );
}

/**
 * One environment's stack built from settings input (validated as main.ts does), without the other
 * stacks: for tests of a settings variant, which need not synthesize the whole estate.
 */
export function environmentStack(input: unknown, name: string): EnvironmentStack {
  const settings = validateSettings(input);
  const env = settings.environments.find((e) => e.name === name);
  if (!env) throw new Error(`no environment ${name} in the settings`);
  return new EnvironmentStack(Testing.app(), { settings: env, stateStorage: stateStorageLocation(settings.state) });
}

/** What a CLI run printed and how it ended. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a TypeScript CLI entry point as its npm script does (see runTs), from the project root. */
export async function runCli(entry: string, args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const command = runTs(entry, ...args);
  try {
    const { stdout, stderr } = await promisify(execFile)(command.file, command.args, { cwd: join(__dirname, ".."), maxBuffer: 16 * 1024 * 1024, env: { ...process.env, ...env, ...command.env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const failed = e as CliResult;
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  } finally {
    command.cleanUp();
  }
}
