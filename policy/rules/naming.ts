import { CHILD_NAME_RULES, NAME_RULES, type NameRule, nameViolation } from "../../constructs/core/naming";
import { isExpression } from "../attributes";
import type { PolicyRule } from "../types";

/**
 * The naming rule for each resource type whose `name` the stacks choose. Several types share a kind
 * (every Microsoft.Web/sites app is a host name; Key Vault keys, secrets and certificates share one
 * object-name rule). Every kind of NAME_RULES has a type here; CHILD_NAME_RULES.dnsLabel is for
 * container names and Dapr ids, which are not resource names.
 */
export const NAME_RULE_BY_TYPE: Readonly<Record<string, NameRule>> = {
  azurerm_resource_group: NAME_RULES.resourceGroup,
  azurerm_virtual_network: NAME_RULES.virtualNetwork,
  azurerm_virtual_network_peering: NAME_RULES.virtualNetworkPeering,
  azurerm_subnet: NAME_RULES.subnet,
  azurerm_network_security_group: NAME_RULES.networkSecurityGroup,
  azurerm_nat_gateway: NAME_RULES.natGateway,
  azurerm_public_ip: NAME_RULES.publicIp,
  azurerm_network_ddos_protection_plan: NAME_RULES.ddosProtectionPlan,
  azurerm_private_endpoint: NAME_RULES.privateEndpoint,
  azurerm_linux_virtual_machine_scale_set: NAME_RULES.virtualMachineScaleSet,
  azurerm_user_assigned_identity: NAME_RULES.userAssignedIdentity,
  azurerm_log_analytics_workspace: NAME_RULES.logAnalyticsWorkspace,
  azurerm_application_insights: NAME_RULES.applicationInsights,
  azurerm_monitor_action_group: NAME_RULES.actionGroup,
  azurerm_storage_account: NAME_RULES.storageAccount,
  azurerm_key_vault: NAME_RULES.keyVault,
  azurerm_redis_cache: NAME_RULES.redisCache,
  azurerm_managed_redis: NAME_RULES.managedRedis,
  azurerm_container_app_environment: NAME_RULES.containerAppsEnvironment,
  azurerm_container_app: NAME_RULES.containerApp,
  azurerm_container_app_job: NAME_RULES.containerAppJob,
  azurerm_network_watcher_flow_log: NAME_RULES.networkWatcherFlowLog,
  azurerm_postgresql_flexible_server: NAME_RULES.postgresqlFlexibleServer,
  azurerm_servicebus_namespace: NAME_RULES.serviceBusNamespace,
  azurerm_service_plan: NAME_RULES.appServicePlan,
  azurerm_linux_web_app: NAME_RULES.webApp,
  azurerm_windows_web_app: NAME_RULES.webApp,
  azurerm_linux_function_app: NAME_RULES.functionApp,
  azurerm_windows_function_app: NAME_RULES.functionApp,
  azurerm_kubernetes_cluster: NAME_RULES.kubernetesCluster,
  azurerm_cosmosdb_account: NAME_RULES.cosmosDbAccount,
  azurerm_cdn_frontdoor_profile: NAME_RULES.frontDoorProfile,
  azurerm_cdn_frontdoor_endpoint: NAME_RULES.frontDoorEndpoint,
  azurerm_api_management: NAME_RULES.apiManagement,
  azurerm_signalr_service: NAME_RULES.signalR,
  azurerm_cognitive_account: NAME_RULES.cognitiveAccount,
  azurerm_application_gateway: NAME_RULES.applicationGateway,
  azurerm_web_application_firewall_policy: NAME_RULES.wafPolicy,
  azurerm_monitor_autoscale_setting: NAME_RULES.autoscaleSetting,
  azurerm_monitor_metric_alert: NAME_RULES.metricAlert,
  azurerm_monitor_scheduled_query_rules_alert_v2: NAME_RULES.logQueryAlert,
  azurerm_consumption_budget_subscription: NAME_RULES.budget,
  azurerm_consumption_budget_resource_group: NAME_RULES.budget,
  azurerm_mssql_server: NAME_RULES.sqlServer,
  azurerm_mssql_failover_group: NAME_RULES.sqlFailoverGroup,
  azurerm_app_configuration: NAME_RULES.appConfiguration,
  azurerm_container_registry: NAME_RULES.containerRegistry,
  azurerm_storage_container: CHILD_NAME_RULES.storageContainer,
  azurerm_storage_share: CHILD_NAME_RULES.fileShare,
  azurerm_key_vault_secret: CHILD_NAME_RULES.keyVaultSecret,
  azurerm_key_vault_key: CHILD_NAME_RULES.keyVaultSecret,
  azurerm_key_vault_certificate: CHILD_NAME_RULES.keyVaultSecret,
  azurerm_mssql_database: CHILD_NAME_RULES.sqlDatabase,
};

export const NAMING_RULES: PolicyRule[] = [
  {
    id: "AZ-NAME-001",
    title: "Every literal resource name meets Azure's rule for its type (length, characters, start and end)",
    scanners: ["PSRule Azure.<Service>.Name rules (Azure.ResourceGroup.Name, Azure.ACR.Name, Azure.AppConfig.Name, Azure.AppGw.Name, Azure.AppInsights.Name, ...)"],
    resourceTypes: Object.keys(NAME_RULE_BY_TYPE),
    fix: "leave `name` unset so the Naming helper builds a legal one, or pick a name that meets the rule quoted in the finding",
    check(resource) {
      const name = resource.body.name;
      // A name computed at apply time (a reference) cannot be checked at synth.
      if (typeof name !== "string" || isExpression(name)) return undefined;
      // For globally unique kinds (storage, Key Vault, registries, web apps ...) only the form can be
      // checked here: whether the name is still free in Azure is known only when Azure is asked.
      const violation = nameViolation(NAME_RULE_BY_TYPE[resource.type], name);
      return violation && `has the name "${name}", which breaks the rule: ${violation}`;
    },
  },
];
