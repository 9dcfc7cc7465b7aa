import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { App } from "cdktf";
import { stateStorageLocation } from "../backends/state-storage";
import { PolicyViolations } from "../policy/report";
import { ALL_RULES } from "../policy/rules";
import type { PolicyReport, PolicyRule } from "../policy/types";
import { EnvironmentStack } from "./environment-stack";
import { EstateStack } from "./estate-stack";
import { stackHcl } from "./hcl";
import type { Settings } from "./settings/schema";
import { PlatformStack } from "./platform-stack";
import { platformLayout } from "./platform-layout";
import { RoleAssignment } from "../constructs/security/role-assignment";

/** Builds every stack of the estate from validated settings: the platform stack, then one per environment. */
export function buildEstate(app: App, settings: Settings): { platform: PlatformStack; environments: EnvironmentStack[] } {
  const stateStorage = stateStorageLocation(settings.state);
  const layout = platformLayout(settings.state);
  const environments: EnvironmentStack[] = [];
  const platform = new PlatformStack(app, {
    settings: settings.state,
    platform: settings.platform,
    location: stateStorage,
    layout,
    environments: settings.environments,
    grantedRoles: () => environments.flatMap((stack) => stack.node.findAll().filter((c) => c instanceof RoleAssignment).map((c) => (c as RoleAssignment).roleDefinitionName)),
  });
  environments.push(...settings.environments.map((env) => new EnvironmentStack(app, { settings: env, stateStorage, platform: layout })));
  return { platform, environments };
}

/** What synthesis writes besides each stack's `cdk.tf.json`. */
export interface SynthesisOptions {
  /**
   * Also write each stack as HCL, to `<outdir>/hcl/<stack>/cdk.tf`: for reviewers who read HCL, and a
   * root module of its own (next to the JSON, OpenTofu would load every resource twice).
   * @default false
   */
  readonly hcl?: boolean;
  /** @default the whole rule pack */
  readonly rules?: readonly PolicyRule[];
}

/**
 * Builds every stack, checks each against the policy rule pack, and writes them only when none has a
 * finding (see {@link writeChecked}).
 */
export function synthesizeEstate(app: App, settings: Settings, options: SynthesisOptions = {}): PolicyReport[] {
  const { platform, environments } = buildEstate(app, settings);
  return writeChecked(app, [platform, ...environments], options);
}

/**
 * Checks the stacks against the policy rule pack and synthesizes the app only when none has a finding:
 * a violation throws PolicyViolations before any stack is written. Returns the reports (suppressions).
 */
export function writeChecked(app: App, stacks: readonly EstateStack[], options: SynthesisOptions = {}): PolicyReport[] {
  const reports = stacks.map((stack) => stack.checkPolicy(options.rules ?? ALL_RULES));
  if (reports.some((r) => r.findings.length > 0)) throw new PolicyViolations(reports);
  app.synth();
  if (options.hcl) {
    for (const stack of stacks) {
      const dir = join(app.outdir, "hcl", stack.node.id);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, "cdk.tf"), stackHcl(stack.toHclTerraform().hcl, stack.toTerraform()));
    }
  }
  return reports;
}
