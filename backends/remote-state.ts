import { AzurermBackend, TerraformStack } from "cdktf";
import { StateStorageLocation } from "./state-storage";

/**
 * The azurerm backend in the state storage: one blob per stack (`<stack>.tfstate`), Entra ID auth (no
 * storage keys), and locking through a blob lease that OpenTofu takes for every state-changing run.
 */
export function useRemoteState(stack: TerraformStack, location: StateStorageLocation, stackName: string): AzurermBackend {
  return new AzurermBackend(stack, {
    resourceGroupName: location.resourceGroupName,
    storageAccountName: location.storageAccountName,
    containerName: location.containerName,
    key: `${stackName}.tfstate`,
    useAzureadAuth: true,
    subscriptionId: location.subscriptionId,
  });
}
