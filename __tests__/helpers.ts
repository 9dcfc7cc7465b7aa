import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Testing, TerraformStack } from "cdktf";
import { stateStorageLocation } from "../backends/state-storage";
import { EnvironmentStack } from "../stacks/environment-stack";
import { validateSettings } from "../stacks/settings/validate";
import { PLATFORM_STACK_ID, platformLayout } from "../stacks/platform-layout";
import { settings as defaultSettings } from "../stacks/settings/environments";
import type { StateSettings } from "../stacks/settings/schema";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { Naming } from "../constructs/core/naming";
import { ResourceGroup } from "../constructs/resource-group/resource-group";
import { ROLE_PROPAGATION_WAIT } from "../constructs/security/role-assignment";

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

/** The ephemeral `random_password` blocks of the synthesized stack, as `[name, arguments]` pairs. */
export function ephemeralPasswordsOf(stack: TerraformStack): Array<[string, any]> {
  return Object.entries(synthJson(stack).ephemeral?.random_password ?? {});
}

/** `[logicalId, body]` of every resource of a type in parsed synthesized JSON. */
export function jsonResources(stackJson: any, type: string): Array<[string, any]> {
  return Object.entries(stackJson.resource?.[type] ?? {});
}

/** Logical ids of disaster recovery's secondaries: the paired region's network and servers, the reporting replica. */
export const SECONDARY = /(^|_)(recovery-region|secondary-region|reporting-replica)_/;

/**
 * The one primary resource of a type whose logical id starts with `prefix` (a pattern's construct id,
 * e.g. `foundation_`), disaster recovery's secondaries aside (tests/disaster-recovery.test.ts covers
 * them); fails naming the type when there is not exactly one.
 */
export function onlyResource(stackJson: any, type: string, prefix = ""): [string, any] {
  const all = jsonResources(stackJson, type).filter(([id]) => id.startsWith(prefix) && !SECONDARY.test(id));
  expect([type, all.map(([id]) => id).length]).toEqual([type, 1]);
  return all[0];
}

/** Interpolation of a resource attribute: `${type.id.attr}`. */
export function attributeRef(type: string, id: string, attr = "id"): string {
  return `\${${type}.${id}.${attr}}`;
}

/**
 * The address (`time_sleep.<id>`) of the wait that lets the role assignment `assignmentId` propagate
 * before anything uses it: fails unless exactly one time_sleep is triggered by that assignment's id
 * and it waits ROLE_PROPAGATION_WAIT. Takes a stack or its parsed synthesized JSON.
 */
export function propagationOf(stackOrJson: TerraformStack | any, assignmentId: string): string {
  const stackJson = stackOrJson instanceof TerraformStack ? synthJson(stackOrJson) : stackOrJson;
  const waits = jsonResources(stackJson, "time_sleep").filter(([, wait]) => wait.triggers?.role_assignment_id === attributeRef("azurerm_role_assignment", assignmentId));
  expect([assignmentId, waits.length]).toEqual([assignmentId, 1]);
  expect([assignmentId, waits[0][1].create_duration]).toEqual([assignmentId, ROLE_PROPAGATION_WAIT]);
  return `time_sleep.${waits[0][0]}`;
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
  const ids = [PLATFORM_STACK_ID, "dev", "staging", "prod"];
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
  return new EnvironmentStack(Testing.app(), { settings: env, stateStorage: stateStorageLocation(settings.state), platform: platformLayout(settings.state) });
}

/**
 * The name of the platform's central privatelink zone a private endpoint registers in, given the zone
 * id in its DNS zone group: an ARM id in the platform's DNS resource group (the default settings'
 * unless given) of a zone this environment links to its own network. Undefined for any other id, so a
 * zone the environment created itself, or one it does not link, does not count.
 */
export function centralZoneOf(envJson: any, zoneId: string, dnsResourceGroupName = platformLayout(defaultSettings.state).dnsResourceGroupName): string | undefined {
  const match = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Network\/privateDnsZones\/([^/]+)$/.exec(zoneId);
  if (!match || match[1] !== dnsResourceGroupName) return undefined;
  const zone = match[2];
  const networks = jsonResources(envJson, "azurerm_virtual_network").map(([id]) => attributeRef("azurerm_virtual_network", id));
  const linked = jsonResources(envJson, "azurerm_private_dns_zone_virtual_network_link").some(
    ([, link]) => link.private_dns_zone_name === zone && link.resource_group_name === dnsResourceGroupName && networks.includes(link.virtual_network_id) && link.registration_enabled === false,
  );
  return linked ? zone : undefined;
}

/**
 * `${data.azurerm_user_assigned_identity.<id>.principal_id}` of the environment's pipeline identity: the
 * deployer of its grants, looked up by the name and group the platform stack gives it (the default
 * settings' layout unless given). Fails unless the stack looks it up exactly once.
 */
export function pipelineIdentityPrincipal(envJson: any, environment: string, state: StateSettings = defaultSettings.state): string {
  const layout = platformLayout(state);
  const lookups = Object.entries<any>(envJson.data?.azurerm_user_assigned_identity ?? {}).filter(
    ([, identity]) => identity.name === layout.pipelineIdentityName(environment) && identity.resource_group_name === layout.resourceGroupName,
  );
  expect([environment, lookups.length]).toEqual([environment, 1]);
  return `\${data.azurerm_user_assigned_identity.${lookups[0][0]}.principal_id}`;
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
