/**
 * The rules that turn a synthesized stack into the infrastructure graph of seed 000, as data. A new
 * pattern extends the graph by adding rows here; derive.ts only interprets them.
 *
 * Paths (`identity.identity_ids`, `traffic_analytics.workspace_resource_id`) walk a resource body of
 * the synthesized Terraform JSON; a block may appear as an object or a list of objects, and both are
 * walked. Every `${...}` reference found under a path counts (a reference may be embedded in a longer
 * string, such as `${azurerm_storage_account.x.id}/blobServices/default`).
 */

/** What a service node looks like in the graph. */
export interface NodeKind {
  /** Display name; several resources of one kind are told apart by their construct path. */
  readonly name: string;
  /** The node's `type` in the graph. */
  readonly type: string;
}

/** Resource types that are services, and so nodes of the graph. */
export const NODE_KINDS: Readonly<Record<string, NodeKind>> = {
  azurerm_virtual_network: { name: "Virtual Network", type: "network" },
  azurerm_redis_cache: { name: "Redis Cache", type: "cache" },
  azurerm_managed_redis: { name: "Managed Redis", type: "cache" },
  azurerm_container_registry: { name: "Container Registry", type: "registry" },
  azurerm_container_app_environment: { name: "Container Apps", type: "compute" },
  confluent_kafka_cluster: { name: "Confluent Kafka", type: "messaging" },
  azurerm_log_analytics_workspace: { name: "Log Analytics", type: "monitoring" },
  azurerm_application_insights: { name: "Application Insights", type: "monitoring" },
  azurerm_key_vault: { name: "Key Vault", type: "security" },
  azurerm_storage_account: { name: "Storage Account", type: "storage" },
  azurerm_nat_gateway: { name: "NAT Gateway", type: "network" },
  azurerm_network_ddos_protection_plan: { name: "DDoS Protection", type: "network" },
  azurerm_linux_virtual_machine_scale_set: { name: "VM Scale Set", type: "compute" },
  azurerm_monitor_action_group: { name: "Action Group", type: "monitoring" },
  // Services of the patterns still to come (web template, ERP, metaverse).
  azurerm_mssql_server: { name: "SQL Server", type: "database" },
  azurerm_postgresql_flexible_server: { name: "PostgreSQL", type: "database" },
  azurerm_cosmosdb_account: { name: "Cosmos DB", type: "database" },
  azurerm_servicebus_namespace: { name: "Service Bus", type: "messaging" },
  azurerm_app_configuration: { name: "App Configuration", type: "configuration" },
  azurerm_linux_web_app: { name: "Web App", type: "compute" },
  azurerm_linux_function_app: { name: "Function App", type: "compute" },
  azurerm_kubernetes_cluster: { name: "Kubernetes Service", type: "compute" },
  azurerm_application_gateway: { name: "Application Gateway", type: "network" },
  azurerm_api_management: { name: "API Management", type: "gateway" },
  azurerm_signalr_service: { name: "SignalR", type: "messaging" },
  azurerm_cognitive_account: { name: "Cognitive Services", type: "ai" },
  azurerm_cdn_frontdoor_profile: { name: "Front Door", type: "network" },
  // The platform stack's regional watcher (environment stacks only name it in their flow logs).
  azurerm_network_watcher: { name: "Network Watcher", type: "network" },
};

/**
 * Top-level constructs (children of the stack) whose services keep the plain display name when several
 * resources share one; the others are qualified by their construct path.
 */
export const PRIMARY_CONSTRUCTS: readonly string[] = ["foundation", "shared-backend"];

/**
 * The systems a picture groups nodes by, keyed by construct id with their titles: a node belongs to the
 * system of its top-level construct (an environment stack's patterns) or else of its stack (the
 * platform stack is one system). Nodes of neither are drawn outside every group.
 */
export const SYSTEMS: Readonly<Record<string, string>> = {
  foundation: "Foundation [002]",
  "shared-backend": "Shared backend [000]",
  "web-app": "Web application template [003]",
  erp: "ERP microservices [004]",
  metaverse: "Metaverse platform [001]",
  platform: "Platform (deployment layer)",
};

/**
 * A resource that is part of a service rather than a service: it is not a node, and a reference to it
 * counts as a reference to its owner (which may itself be a member: an identity belongs to a container
 * app, which belongs to its environment).
 */
export type MemberRule =
  /** The owner is what the member's own `ownerAt` path references. */
  | { readonly type: string; readonly ownerAt: string }
  /** The owner is the resource (of `referrers`, or of any type) whose `referencedAt` path references the member. */
  | { readonly type: string; readonly referencedAt: string; readonly referrers?: readonly string[] };

export const MEMBER_RULES: readonly MemberRule[] = [
  { type: "azurerm_subnet", ownerAt: "virtual_network_name" },
  { type: "azurerm_container_app", ownerAt: "container_app_environment_id" },
  { type: "azurerm_user_assigned_identity", referencedAt: "identity.identity_ids" },
  { type: "confluent_environment", referencedAt: "environment.id", referrers: ["confluent_kafka_cluster"] },
  { type: "confluent_kafka_topic", ownerAt: "kafka_cluster.id" },
  { type: "confluent_api_key", ownerAt: "managed_resource.id" },
  // The platform's GitHub runners: a Container Apps job runs in its environment, like an app.
  { type: "azurerm_container_app_job", ownerAt: "container_app_environment_id" },
  { type: "azurerm_service_plan", referencedAt: "service_plan_id", referrers: ["azurerm_linux_web_app", "azurerm_linux_function_app"] },
  // The writer host name applications use: it belongs to the primary server.
  { type: "azurerm_postgresql_flexible_server_virtual_endpoint", ownerAt: "source_server_id" },
];

/**
 * One kind of edge: for each resource of `type` (matching `where`, attribute path -> exact value), an
 * edge from the owner of what `from` references to the owner of what `to` references. `"self"` is the
 * resource itself (for node types: the node).
 */
export interface EdgeRule {
  readonly type: string;
  /** Attribute paths and the value each must hold; `null`: the path must be absent. */
  readonly where?: Readonly<Record<string, string | null>>;
  readonly from: string;
  readonly to: string;
  readonly relationship: string;
}

export const SELF = "self";

export const EDGE_RULES: readonly EdgeRule[] = [
  { type: "azurerm_container_app_environment", from: SELF, to: "log_analytics_workspace_id", relationship: "sends logs" },
  { type: "azurerm_container_app_environment", from: SELF, to: "infrastructure_subnet_id", relationship: "runs in subnet" },
  { type: "azurerm_role_assignment", where: { role_definition_name: "AcrPull" }, from: "principal_id", to: "scope", relationship: "pulls images" },
  { type: "azurerm_role_assignment", where: { role_definition_name: "Key Vault Secrets User" }, from: "principal_id", to: "scope", relationship: "reads secrets" },
  // A setting with metrics "sends metrics" (logs usually ride along); a logs-only one "sends logs".
  { type: "azurerm_monitor_diagnostic_setting", where: { "enabled_metric.category": "AllMetrics" }, from: "target_resource_id", to: "log_analytics_workspace_id", relationship: "sends metrics" },
  { type: "azurerm_monitor_diagnostic_setting", where: { enabled_metric: null }, from: "target_resource_id", to: "log_analytics_workspace_id", relationship: "sends logs" },
  {
    type: "azurerm_private_endpoint",
    from: "private_service_connection.private_connection_resource_id",
    to: "subnet_id",
    relationship: "private endpoint",
  },
  { type: "azurerm_network_watcher_flow_log", from: "target_resource_id", to: "traffic_analytics.workspace_resource_id", relationship: "sends flow logs" },
  { type: "azurerm_application_insights", from: SELF, to: "workspace_id", relationship: "sends telemetry" },
  { type: "azurerm_virtual_network", from: SELF, to: "ddos_protection_plan.id", relationship: "protected by" },
  { type: "azurerm_subnet_nat_gateway_association", from: "subnet_id", to: "nat_gateway_id", relationship: "routes outbound through" },
  { type: "azurerm_application_gateway", from: SELF, to: "backend_address_pool.fqdns", relationship: "routes requests to" },
  { type: "azurerm_linux_web_app", from: SELF, to: "app_settings", relationship: "uses" },
];

/**
 * A resource that ships other services' metrics (the Confluent metrics collector): every node its body
 * references, except monitoring nodes and the collector's own node, gets an edge to the workspace behind
 * the telemetry resource it exports to (`via`: that resource type and the path of its workspace). The
 * telemetry resource may be referenced directly or through plain resources, such as the Key Vault secret
 * that holds its connection string.
 */
export interface CollectorRule {
  readonly type: string;
  /** Attribute path -> exact value that marks the collector (its tag). */
  readonly where: Readonly<Record<string, string>>;
  readonly via: { readonly type: string; readonly workspaceAt: string };
  readonly relationship: string;
}

export const COLLECTOR_RULES: readonly CollectorRule[] = [
  {
    type: "azurerm_container_app",
    where: { "tags.role": "metrics-collector" },
    via: { type: "azurerm_application_insights", workspaceAt: "workspace_id" },
    relationship: "sends metrics",
  },
];

/** Node types in output order; types not listed follow, alphabetically. */
export const TYPE_ORDER: readonly string[] = ["network", "cache", "registry", "compute", "messaging", "monitoring"];

/** Relationships in output order (the seed's); others follow, alphabetically. */
export const RELATIONSHIP_ORDER: readonly string[] = ["pulls images", "sends logs", "sends metrics", "runs in subnet", "private endpoint"];
