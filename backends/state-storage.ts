import { namingFor } from "../stacks/settings/naming";
import type { StateSettings } from "../stacks/settings/schema";

/** Container every stack's state blob lives in. */
export const STATE_CONTAINER = "tfstate";
/** Workload part of the state resources' names. */
const WORKLOAD = "tfstate";

/** Where the state lives: computed from the settings, so the `state` stack and every backend agree by construction. */
export interface StateStorageLocation {
  readonly resourceGroupName: string;
  readonly storageAccountName: string;
  readonly containerName: string;
  readonly keyVaultName: string;
  /** `https://<vault>.vault.azure.net/`: what OpenTofu's azure_vault key provider talks to. */
  readonly keyVaultUri: string;
  readonly subscriptionId?: string;
}

export function stateStorageLocation(state: StateSettings): StateStorageLocation {
  const naming = namingFor(state);
  const keyVaultName = naming.name("keyVault", WORKLOAD);
  return {
    resourceGroupName: naming.name("resourceGroup", WORKLOAD),
    storageAccountName: naming.name("storageAccount", WORKLOAD),
    containerName: STATE_CONTAINER,
    keyVaultName,
    keyVaultUri: `https://${keyVaultName}.vault.azure.net/`,
    subscriptionId: state.subscriptionId,
  };
}
