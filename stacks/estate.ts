import { App } from "cdktf";
import { stateStorageLocation } from "../backends/state-storage";
import { PolicyViolations } from "../policy/report";
import { ALL_RULES } from "../policy/rules";
import type { PolicyReport, PolicyRule } from "../policy/types";
import { EnvironmentStack } from "./environment-stack";
import { EstateStack } from "./estate-stack";
import type { Settings } from "./settings/schema";
import { StateStack } from "./state-stack";

/** Builds every stack of the estate from validated settings: the `state` stack, then one per environment. */
export function buildEstate(app: App, settings: Settings): { state: StateStack; environments: EnvironmentStack[] } {
  const stateStorage = stateStorageLocation(settings.state);
  const state = new StateStack(app, { settings: settings.state, location: stateStorage, environments: settings.environments });
  const environments = settings.environments.map((env) => new EnvironmentStack(app, { settings: env, stateStorage }));
  return { state, environments };
}

/**
 * Builds every stack, checks each against the policy rule pack, and writes them only when none has a
 * finding (see {@link writeChecked}).
 */
export function synthesizeEstate(app: App, settings: Settings): PolicyReport[] {
  const { state, environments } = buildEstate(app, settings);
  return writeChecked(app, [state, ...environments]);
}

/**
 * Checks the stacks against the policy rule pack and synthesizes the app only when none has a finding:
 * a violation throws PolicyViolations before any stack is written. Returns the reports (suppressions).
 */
export function writeChecked(app: App, stacks: readonly EstateStack[], rules: readonly PolicyRule[] = ALL_RULES): PolicyReport[] {
  const reports = stacks.map((stack) => stack.checkPolicy(rules));
  if (reports.some((r) => r.findings.length > 0)) throw new PolicyViolations(reports);
  app.synth();
  return reports;
}
