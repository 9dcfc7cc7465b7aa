import { TerraformOutput, TerraformStack } from "cdktf";
import { Foundation } from "../constructs/patterns/foundation";

/**
 * The foundation's outputs as seed 002's module boundaries list them. Outputs are emitted here, at the
 * stack boundary, never inside constructs; anything carrying a key or connection string is sensitive.
 */
export function foundationOutputs(stack: TerraformStack, f: Foundation): void {
  const outputs: Record<string, { value: unknown; sensitive?: boolean; description: string }> = {
    resource_group_name: { value: f.resourceGroup.name, description: "Main resource group name" },
    resource_group_id: { value: f.resourceGroup.id, description: "Main resource group id" },
    resource_group_location: { value: f.resourceGroup.location, description: "Main resource group location" },
    vnet_id: { value: f.network.id, description: "Virtual network id" },
    subnet_ids: { value: f.network.subnetIds, description: "Subnet ids by role" },
    nsg_ids: { value: f.network.nsgIds, description: "Network security group ids by subnet role" },
    storage_account_id: { value: f.storage.id, description: "Storage account id" },
    storage_container_ids: { value: f.storage.containerIds, description: "Storage container ids by name" },
    storage_primary_connection_string: { value: f.storage.primaryConnectionString, sensitive: true, description: "Storage connection string (shared keys are disabled; kept for seed 002 parity)" },
    storage_primary_access_key: { value: f.storage.primaryAccessKey, sensitive: true, description: "Storage access key (shared keys are disabled; kept for seed 002 parity)" },
    key_vault_uri: { value: f.keyVault.vaultUri, description: "Key Vault URI" },
    log_analytics_workspace_id: { value: f.logAnalytics.id, description: "Log Analytics workspace resource id" },
    application_insights_connection_string: { value: f.applicationInsights.connectionString, sensitive: true, description: "Application Insights connection string" },
    management_vmss_id: { value: f.management.id, description: "Management scale set id" },
    management_vm_ids: { value: f.management.virtualMachineIds, description: "Management VM ids" },
    management_private_ips: { value: f.management.privateIpAddresses, description: "Management VM private IP addresses" },
  };
  for (const [id, o] of Object.entries(outputs)) new TerraformOutput(stack, id, o);
}
