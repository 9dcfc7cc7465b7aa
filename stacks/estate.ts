import { App } from "cdktf";
import { stateStorageLocation } from "../backends/state-storage";
import { EnvironmentStack } from "./environment-stack";
import type { Settings } from "./settings/schema";
import { StateStack } from "./state-stack";

/** Builds every stack of the estate from validated settings: the `state` stack, then one per environment. */
export function buildEstate(app: App, settings: Settings): { state: StateStack; environments: EnvironmentStack[] } {
  const stateStorage = stateStorageLocation(settings.state);
  const state = new StateStack(app, { settings: settings.state, location: stateStorage, environments: settings.environments });
  const environments = settings.environments.map((env) => new EnvironmentStack(app, { settings: env, stateStorage }));
  return { state, environments };
}
