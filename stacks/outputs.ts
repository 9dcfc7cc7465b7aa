import { TerraformOutput, TerraformStack } from "cdktf";
import { Foundation } from "../constructs/patterns/foundation";
import { SharedBackend } from "../constructs/patterns/shared-backend";
import { WebAppTemplate } from "../constructs/patterns/web-app-template";
import { ErpMicroservices } from "../constructs/patterns/erp-microservices";
import { MetaversePlatform } from "../constructs/patterns/metaverse-platform";

type Outputs = Record<string, { value: unknown; sensitive?: boolean; description: string }>;

function emit(stack: TerraformStack, outputs: Outputs): void {
  for (const [id, o] of Object.entries(outputs)) new TerraformOutput(stack, id, o);
}

/**
 * The foundation's outputs as seed 002's module boundaries list them. Outputs are emitted here, at the
 * stack boundary, never inside constructs; anything carrying a key or connection string is sensitive.
 */
export function foundationOutputs(stack: TerraformStack, f: Foundation): void {
  emit(stack, {
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
  });
}

/** What applications of the shared backend need to find it; its credentials stay in Key Vault. */
export function sharedBackendOutputs(stack: TerraformStack, b: SharedBackend): void {
  emit(stack, {
    container_registry_login_server: { value: b.registry.loginServer, description: "Container registry login server (private endpoint only)" },
    container_registry_id: { value: b.registry.id, description: "Container registry id" },
    redis_host_name: { value: b.redis.hostName, description: "Redis host name (private endpoint only, TLS, Entra ID auth)" },
    redis_port: { value: b.redis.sslPort, description: "Redis TLS port: 10000 on Azure Managed Redis, 6380 on Azure Cache for Redis" },
    redis_id: { value: b.redis.id, description: "Redis cache id" },
    container_apps_environment_id: { value: b.containerApps.id, description: "Container Apps environment id" },
    container_apps_default_domain: { value: b.containerApps.defaultDomain, description: "Container Apps environment default domain" },
    kafka_cluster_id: { value: b.kafka.clusterId, description: "Confluent Kafka cluster id" },
    kafka_bootstrap_endpoint: { value: b.kafka.bootstrapEndpoint, description: "Kafka bootstrap endpoint (API keys are in Key Vault as kafka-<service account>-api-key/-secret)" },
  });
}

/** Where the web application template is reached and what operators look up; secrets stay in its Key Vault. */
export function webAppOutputs(stack: TerraformStack, w: WebAppTemplate): void {
  emit(stack, {
    web_resource_group_name: { value: w.resourceGroup.name, description: "Web application template resource group" },
    web_public_ip: { value: w.gateway.publicIp.ipAddress, description: "Application Gateway public IP (the only way in)" },
    web_app_default_hostname: { value: w.app.defaultHostname, description: "Web app host name (private endpoint only)" },
    web_postgres_fqdn: { value: w.postgres.fqdn, description: "PostgreSQL host (private endpoint only; password in the web Key Vault)" },
    web_key_vault_uri: { value: w.keyVault.vaultUri, description: "Web Key Vault URI" },
    web_service_bus_endpoint: { value: w.serviceBus.endpoint, description: "Service Bus endpoint (Entra ID only)" },
  });
}

/** Where the ERP system is reached and configured; its secrets stay in its Key Vault. */
export function erpOutputs(stack: TerraformStack, e: ErpMicroservices): void {
  emit(stack, {
    erp_resource_group_name: { value: e.resourceGroup.name, description: "ERP microservices resource group" },
    erp_service_fqdns: {
      value: Object.fromEntries(Object.entries(e.services).map(([name, app]) => [name, app.latestRevisionFqdn])),
      description: "FQDN of each ERP service's latest revision (only the external ones are reachable from outside the environment)",
    },
    erp_service_images: {
      value: Object.fromEntries(Object.entries(e.services).map(([name, app]) => [name, app.deployImage])),
      description: "Image per ERP service in the shared registry: what the delivery pipeline pushes and deploys",
    },
    erp_sql_server_fqdn: { value: e.sql.fullyQualifiedDomainName, description: "ERP SQL server (private endpoint only; connection strings in the ERP Key Vault)" },
    erp_app_configuration_endpoint: { value: e.appConfiguration.endpoint, description: "ERP App Configuration endpoint (Entra ID only)" },
    erp_key_vault_uri: { value: e.keyVault.vaultUri, description: "ERP Key Vault URI" },
  });
}

/** Where the metaverse platform is reached; nothing secret (workloads authenticate with Entra ID). */
export function metaverseOutputs(stack: TerraformStack, m: MetaversePlatform): void {
  emit(stack, {
    metaverse_resource_group_name: { value: m.resourceGroup.name, description: "Metaverse platform resource group" },
    metaverse_aks_cluster_name: { value: m.cluster.name, description: "AKS cluster (private API server unless authorized ranges are set)" },
    metaverse_aks_oidc_issuer_url: { value: m.cluster.oidcIssuerUrl, description: "OIDC issuer for workload identity federation" },
    metaverse_workload_identity_client_id: { value: m.workloadIdentity.clientId, description: "Client id the metaverse/metaverse-app service account is annotated with" },
    metaverse_assets_host: { value: m.frontDoor.endpointHostName, description: "Front Door host serving VR assets, media and user content" },
    metaverse_key_vault_uri: { value: m.keyVault.vaultUri, description: "Metaverse Key Vault URI" },
    ...(m.cosmos ? { metaverse_cosmos_endpoint: { value: m.cosmos.endpoint, description: "Cosmos DB endpoint (private endpoint only, Entra ID only)" } } : {}),
    ...(m.apiManagement ? { metaverse_api_gateway_url: { value: m.apiManagement.gatewayUrl, description: "API Management gateway URL (inside the VNet)" } } : {}),
  });
}
