import { valuesAt } from "../attributes";
import type { PolicyContext, PolicyResource, PolicyRule } from "../types";

/** What a resource type's diagnostic settings must send: the signals Azure Monitor offers for it. */
type Signals = "logs" | "metrics" | "logs and metrics";

/**
 * Resource types that take Azure Monitor diagnostic settings, with the signals they offer. Types not
 * listed take none (a WAF policy's logs come through its gateway; a DDoS plan's through the public
 * IPs) or are covered another way:
 * - the SQL logical server takes no settings of its own: its databases do, and its audit goes through
 *   `<server id>/databases/master` (the SQL auditing rules check that);
 * - Application Insights: a workspace-based component already stores its telemetry in the workspace
 *   (AZ-AI-002 of the security rules demands workspace_id), and a diagnostic setting on top would
 *   send it twice.
 * A storage account's own settings carry only metrics; its blob service logs are a separate target
 * (`<id>/blobServices/default`) this rule does not demand.
 */
export const DIAGNOSTIC_SIGNALS: Readonly<Record<string, Signals>> = {
  azurerm_key_vault: "logs and metrics",
  azurerm_storage_account: "metrics",
  azurerm_redis_cache: "logs and metrics",
  // The cache sends metrics; its connection logs come from its database (`<id>/databases/default`), which
  // the ManagedRedis construct sets up next to it.
  azurerm_managed_redis: "metrics",
  azurerm_container_registry: "logs and metrics",
  azurerm_container_app_environment: "logs",
  // A container app's console and system logs flow through its environment.
  azurerm_container_app: "metrics",
  azurerm_postgresql_flexible_server: "logs and metrics",
  azurerm_mssql_database: "logs and metrics",
  azurerm_servicebus_namespace: "logs and metrics",
  azurerm_app_configuration: "logs and metrics",
  azurerm_application_gateway: "logs and metrics",
  azurerm_public_ip: "logs and metrics",
  azurerm_nat_gateway: "metrics",
  azurerm_network_security_group: "logs",
  azurerm_virtual_network: "logs and metrics",
  azurerm_log_analytics_workspace: "logs and metrics",
  azurerm_linux_web_app: "logs and metrics",
  azurerm_linux_function_app: "logs and metrics",
  azurerm_service_plan: "metrics",
  azurerm_linux_virtual_machine_scale_set: "metrics",
  azurerm_cosmosdb_account: "logs and metrics",
  azurerm_kubernetes_cluster: "logs and metrics",
  azurerm_api_management: "logs and metrics",
  azurerm_signalr_service: "logs and metrics",
  azurerm_cognitive_account: "logs and metrics",
  azurerm_cdn_frontdoor_profile: "logs and metrics",
};

/** Per stack: target_resource_id -> the diagnostic settings that send it to a Log Analytics workspace. */
const settingsByContext = new WeakMap<PolicyContext, Map<string, PolicyResource[]>>();

/** The diagnostic settings that target exactly this resource and send to a Log Analytics workspace. */
function settingsOf(resource: PolicyResource, context: PolicyContext): readonly PolicyResource[] {
  let byTarget = settingsByContext.get(context);
  if (!byTarget) {
    byTarget = new Map();
    for (const setting of context.ofType("azurerm_monitor_diagnostic_setting")) {
      const { target_resource_id: target, log_analytics_workspace_id: workspace } = setting.body;
      if (typeof workspace !== "string" || workspace === "") continue;
      byTarget.set(target, [...(byTarget.get(target) ?? []), setting]);
    }
    settingsByContext.set(context, byTarget);
  }
  // Exact match (what `context.referencing` would find, minus substrings): a setting on a child
  // (`<id>/blobServices/default`, `<id>/databases/master`) sends the child's signals, not the resource's.
  return byTarget.get(resource.ref()) ?? [];
}

const sendsLogs = (setting: PolicyResource): boolean => valuesAt(setting.body, "enabled_log").length > 0;
// `metric` is the deprecated block (with `enabled`, default true); `enabled_metric` replaces it in 4.x.
const sendsMetrics = (setting: PolicyResource): boolean =>
  valuesAt(setting.body, "enabled_metric").length > 0 || valuesAt(setting.body, "metric").some((m) => (m as { enabled?: boolean }).enabled !== false);

export const MONITORING_RULES: PolicyRule[] = [
  {
    id: "AZ-MON-001",
    title: "Every resource that supports diagnostic settings sends its logs and/or metrics to Log Analytics",
    scanners: [
      "PSRule Azure.KeyVault.Logs",
      "PSRule Azure.AKS.AuditLogs",
      "PSRule Azure.FrontDoor.Logs",
      "CIS Microsoft Azure Foundations 6.1.4: logging for Azure Key Vault is enabled",
    ],
    resourceTypes: Object.keys(DIAGNOSTIC_SIGNALS),
    fix: "pass `diagnosticSettings: [{ workspace }]` to the L2 construct (or call `addDiagnostics`): an azurerm_monitor_diagnostic_setting targeting the resource's id with log_analytics_workspace_id",
    check(resource, context) {
      const settings = settingsOf(resource, context);
      if (settings.length === 0) return "has no diagnostic setting sending to a Log Analytics workspace";
      const wanted = DIAGNOSTIC_SIGNALS[resource.type];
      const missing = [
        ...(wanted.includes("logs") && !settings.some(sendsLogs) ? ["logs"] : []),
        ...(wanted.includes("metrics") && !settings.some(sendsMetrics) ? ["metrics"] : []),
      ];
      return missing.length > 0 ? `has diagnostic settings that send no ${missing.join(" and no ")}` : undefined;
    },
  },
];
