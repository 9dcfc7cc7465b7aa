import { settings as estateSettings } from "../stacks/settings/environments";
import { validateSettings } from "../stacks/settings/validate";
import { attributeRef, centralZoneOf, estateOutput, jsonResources, onlyResource, propagationOf } from "./helpers";
import { COLLECTOR_ENV } from "../constructs/monitoring/confluent-metrics-config";
import { PLATFORM_STACK_ID } from "../stacks/platform-layout";

/**
 * Seed 000's shared backend as every environment synthesizes it: what the seed and the issue require,
 * read from the JSON the stacks really produce.
 */

let json: Record<string, any>;

beforeAll(() => {
  json = estateOutput();
});

const ENVIRONMENTS = ["dev", "staging", "prod"];

const resources = (env: string, type: string) => jsonResources(json[env], type);
/** The shared backend's own resource of a type (other patterns may have one too). */
const single = (env: string, type: string) => onlyResource(json[env], type, "shared-backend_");

const ref = attributeRef;

describe.each(ENVIRONMENTS)("shared backend in %s", (env) => {
  const settings = () => validateSettings(estateSettings).environments.find((e) => e.name === env)!;

  it("lives in the environment's main resource group and region", () => {
    const [groupId, group] = onlyResource(json[env], "azurerm_resource_group", "foundation_");
    expect(group.name).toBe(`abs-rg-we-${env}`);
    expect(group.location).toBe("westeurope");
    for (const type of ["azurerm_managed_redis", "azurerm_container_registry", "azurerm_container_app_environment", "azurerm_container_app"]) {
      expect([type, single(env, type)[1].resource_group_name]).toEqual([type, ref("azurerm_resource_group", groupId, "name")]);
    }
  });

  it("runs Azure Managed Redis with TLS only, AllKeysLRU, Entra ID auth and no public access, at the size Microsoft maps seed 004's Standard C1 to", () => {
    const [, redis] = single(env, "azurerm_managed_redis");
    expect(redis).toMatchObject({
      sku_name: "Balanced_B1",
      high_availability_enabled: true,
      public_network_access: "Disabled",
      default_database: { client_protocol: "Encrypted", eviction_policy: "AllKeysLRU", clustering_policy: "EnterpriseCluster", access_keys_authentication_enabled: false },
    });
    expect(settings().sharedBackend!.redis).toEqual({ kind: "managedRedis", sku: "Balanced_B1", highAvailability: true });
  });

  it("runs a Premium registry without admin user or public access", () => {
    const [, acr] = single(env, "azurerm_container_registry");
    expect(acr).toMatchObject({ sku: "Premium", admin_enabled: false, public_network_access_enabled: false, anonymous_pull_enabled: false, export_policy_enabled: false });
    expect(acr.zone_redundancy_enabled).toBe(env === "prod");
  });

  it("reaches Redis and the registry only through private endpoints registered in the platform's central privatelink zones", () => {
    const endpoints = resources(env, "azurerm_private_endpoint").map(([, e]) => e);
    const expectations: Array<[string, string, string]> = [
      ["azurerm_managed_redis", "redisEnterprise", "privatelink.redis.azure.net"],
      ["azurerm_container_registry", "registry", "privatelink.azurecr.io"],
    ];
    for (const [type, subresource, zoneName] of expectations) {
      const [id] = single(env, type);
      const matching = endpoints.filter((e) => e.private_service_connection.private_connection_resource_id === ref(type, id));
      expect([type, matching.length]).toEqual([type, 1]);
      expect(matching[0].private_service_connection.subresource_names).toEqual([subresource]);
      // A central zone of that name, linked to this environment's network.
      expect(matching[0].private_dns_zone_group.private_dns_zone_ids.map((z: string) => centralZoneOf(json[env], z))).toEqual([zoneName]);
      expect(matching[0].subnet_id).toMatch(/^\$\{azurerm_subnet\.foundation_network_subnet-private-endpoints_/);
    }
  });

  it("scans images with Defender for Containers only where the environment owns the subscription plan", () => {
    const plans = resources(env, "azurerm_security_center_subscription_pricing").map(([, p]) => p);
    if (env === "prod") {
      expect(plans).toHaveLength(1);
      expect(plans[0]).toMatchObject({ tier: "Standard", resource_type: "Containers" });
      expect(plans[0].extension.map((e: { name: string }) => e.name)).toContain("ContainerRegistriesVulnerabilityAssessments");
    } else {
      expect(plans).toEqual([]);
    }
  });

  it("runs the Container Apps environment in the containers subnet, internal everywhere, logging to the workspace", () => {
    const [caeId, cae] = single(env, "azurerm_container_app_environment");
    expect(cae.infrastructure_subnet_id).toMatch(/^\$\{azurerm_subnet\.foundation_network_subnet-containers_/);
    // The internet reaches the estate only through the Application Gateway (policy AZ-CA-003).
    expect(cae.internal_load_balancer_enabled).toBe(true);
    expect(cae.workload_profile).toEqual([{ name: "Consumption", workload_profile_type: "Consumption" }]);
    const [workspaceId] = resources(env, "azurerm_log_analytics_workspace")[0];
    const logs = resources(env, "azurerm_monitor_diagnostic_setting").map(([, d]) => d).filter((d) => d.target_resource_id === ref("azurerm_container_app_environment", caeId));
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ log_analytics_workspace_id: ref("azurerm_log_analytics_workspace", workspaceId), enabled_log: [{ category_group: "allLogs" }] });
  });

  it("pulls the collector image from the registry with a user-assigned identity holding AcrPull, granted and propagated before the app", () => {
    const [, app] = single(env, "azurerm_container_app");
    const [acrId] = single(env, "azurerm_container_registry");
    const identity = app.identity.identity_ids[0];
    expect(app.registry).toEqual([{ server: ref("azurerm_container_registry", acrId, "login_server"), identity }]);
    const identityLogicalId = /azurerm_user_assigned_identity\.([^.]+)\.id/.exec(identity)![1];
    const collectorPrincipal = ref("azurerm_user_assigned_identity", identityLogicalId, "principal_id");
    const pulls = resources(env, "azurerm_role_assignment").filter(([, a]) => a.role_definition_name === "AcrPull" && a.principal_id === collectorPrincipal);
    expect(pulls).toHaveLength(1);
    expect(pulls[0][1]).toMatchObject({ scope: ref("azurerm_container_registry", acrId), principal_id: ref("azurerm_user_assigned_identity", identityLogicalId, "principal_id") });
    expect(app.depends_on).toContain(propagationOf(json[env], pulls[0][0]));
    expect(app.template.container[0].image).toBe(`${ref("azurerm_container_registry", acrId, "login_server")}/otel/opentelemetry-collector-contrib:0.115.1`);
    const [cacheRuleId, cacheRule] = single(env, "azurerm_container_registry_cache_rule");
    expect(cacheRule).toMatchObject({ source_repo: "docker.io/otel/opentelemetry-collector-contrib", target_repo: "otel/opentelemetry-collector-contrib" });
    // The image exists only through the cache rule, and the registry is reachable only through its endpoint.
    expect(app.depends_on).toContain(`azurerm_container_registry_cache_rule.${cacheRuleId}`);
    const registryEndpoint = resources(env, "azurerm_private_endpoint").find(([, e]) => e.private_service_connection.private_connection_resource_id === ref("azurerm_container_registry", acrId))!;
    expect(app.depends_on).toContain(`azurerm_private_endpoint.${registryEndpoint[0]}`);
  });

  it("creates the Confluent environment and cluster on Azure in the environment's region, typed per environment", () => {
    const [clusterId, cluster] = single(env, "confluent_kafka_cluster");
    const [environmentId] = single(env, "confluent_environment");
    expect(cluster).toMatchObject({ cloud: "AZURE", region: "westeurope", environment: { id: ref("confluent_environment", environmentId) } });
    // Standard everywhere: a basic cluster cannot bind the apps' roles to topics and groups.
    expect(cluster.standard).toEqual([{}]);
    expect(cluster.availability).toBe(env === "prod" ? "MULTI_ZONE" : "SINGLE_ZONE");
    const topics = resources(env, "confluent_kafka_topic").map(([, t]) => [t.topic_name, t.partitions_count]);
    const partitions = env === "prod" ? 6 : 3;
    expect(topics.sort()).toEqual(["billing.events", "inventory.events", "notifications", "orders.events"].map((t) => [t, partitions]));
    for (const [, t] of resources(env, "confluent_kafka_topic")) expect(t.kafka_cluster).toEqual({ id: ref("confluent_kafka_cluster", clusterId) });
  });

  it("keeps every Confluent API key id and secret in Key Vault, never in an output", () => {
    const keys = resources(env, "confluent_api_key").map(([id]) => id);
    expect(keys.length).toBe(4); // topic manager, producer, consumer, metrics viewer
    const secrets = resources(env, "azurerm_key_vault_secret").map(([, s]) => s.value);
    for (const id of keys) {
      expect(secrets).toContain(ref("confluent_api_key", id));
      expect(secrets).toContain(ref("confluent_api_key", id, "secret"));
    }
    const outputs = JSON.stringify(json[env].output);
    expect(outputs).not.toContain("confluent_api_key");
  });

  it("grants the metrics viewer MetricsViewer on its environment only and feeds its key to the collector from Key Vault", () => {
    const binding = resources(env, "confluent_role_binding").map(([, b]) => b).find((b) => b.role_name === "MetricsViewer");
    expect(binding.crn_pattern).toBe(ref("confluent_environment", single(env, "confluent_environment")[0], "resource_name"));
    const [, app] = single(env, "azurerm_container_app");
    const container = app.template.container[0];
    const envNames = container.env.map((e: { name: string }) => e.name);
    expect(envNames).toEqual(expect.arrayContaining([COLLECTOR_ENV.config, `${COLLECTOR_ENV.clusterIdPrefix}0`, COLLECTOR_ENV.apiKey, COLLECTOR_ENV.apiSecret, COLLECTOR_ENV.connectionString]));
    for (const secret of app.secret) expect(secret.key_vault_secret_id).toMatch(/^\$\{azurerm_key_vault_secret\.[^.]+\.versionless_id\}$/);
    // Each secret it reads is granted to it, on that secret, and it holds no other Key Vault role.
    const identity = /azurerm_user_assigned_identity\.([^.]+)\.id/.exec(app.identity.identity_ids[0])![1];
    const grants = resources(env, "azurerm_role_assignment").map(([, a]) => a).filter((a) => a.principal_id === ref("azurerm_user_assigned_identity", identity, "principal_id"));
    const reads = grants.filter((a) => a.role_definition_name === "Key Vault Secrets User");
    expect(reads.map((a) => a.scope).sort()).toEqual(app.secret.map((s: { key_vault_secret_id: string }) => s.key_vault_secret_id.replace(".versionless_id}", ".resource_versionless_id}")).sort());
    expect(grants.map((a) => a.role_definition_name).sort()).toEqual(["AcrPull", "Key Vault Secrets User", "Key Vault Secrets User", "Key Vault Secrets User"]);
  });

  it("generates a collector configuration that scrapes Confluent's export for this cluster into Application Insights", () => {
    const [, app] = single(env, "azurerm_container_app");
    const [clusterId] = single(env, "confluent_kafka_cluster");
    const container = app.template.container[0];
    const value = (name: string) => container.env.find((e: { name: string }) => e.name === name).value;
    expect(value(`${COLLECTOR_ENV.clusterIdPrefix}0`)).toBe(ref("confluent_kafka_cluster", clusterId));
    // Terraform turns `$${` into `${`: what the collector receives is its own env syntax.
    const config = JSON.parse(value(COLLECTOR_ENV.config).replace(/\$\$\{/g, "${"));
    const scrape = config.receivers["prometheus/confluent"].config.scrape_configs[0];
    expect(scrape).toMatchObject({
      scheme: "https",
      metrics_path: "/v2/metrics/cloud/export",
      static_configs: [{ targets: ["api.telemetry.confluent.cloud"] }],
      params: { "resource.kafka.id": ["${env:KAFKA_CLUSTER_ID_0}"] },
      basic_auth: { username: "${env:CONFLUENT_METRICS_API_KEY}", password: "${env:CONFLUENT_METRICS_API_SECRET}" },
    });
    expect(config.service.pipelines.metrics).toEqual({ receivers: ["prometheus/confluent"], processors: ["memory_limiter", "batch"], exporters: ["azuremonitor"] });
    expect(config.exporters.azuremonitor.connection_string).toBe("${env:APPLICATIONINSIGHTS_CONNECTION_STRING}");
    expect([app.template.min_replicas, app.template.max_replicas]).toEqual([1, 1]);
  });

  it("sends the VNet's, Redis's and the registry's diagnostics to the workspace", () => {
    const [workspaceId] = resources(env, "azurerm_log_analytics_workspace")[0];
    const targets = resources(env, "azurerm_monitor_diagnostic_setting")
      .map(([, d]) => d)
      .filter((d) => d.log_analytics_workspace_id === ref("azurerm_log_analytics_workspace", workspaceId))
      .map((d) => d.target_resource_id);
    const [vnetId] = resources(env, "azurerm_virtual_network")[0];
    expect(targets).toContain(ref("azurerm_virtual_network", vnetId));
    const redis = ref("azurerm_managed_redis", single(env, "azurerm_managed_redis")[0]);
    // Metrics from the cache, connection logs from its database.
    expect(targets).toContain(redis);
    expect(targets).toContain(`${redis}/databases/default`);
    expect(targets).toContain(ref("azurerm_container_registry", single(env, "azurerm_container_registry")[0]));
  });

  it("logs the VNet's flows through the region's Network Watcher with traffic analytics into the workspace", () => {
    const [, flow] = single(env, "azurerm_network_watcher_flow_log");
    const [workspaceId] = resources(env, "azurerm_log_analytics_workspace")[0];
    const [vnetId] = resources(env, "azurerm_virtual_network")[0];
    expect(flow).toMatchObject({
      network_watcher_name: "NetworkWatcher_westeurope",
      resource_group_name: "NetworkWatcherRG",
      target_resource_id: ref("azurerm_virtual_network", vnetId),
      enabled: true,
      version: 2,
      retention_policy: { enabled: true, days: env === "prod" ? 90 : 30 },
      traffic_analytics: {
        enabled: true,
        workspace_id: ref("azurerm_log_analytics_workspace", workspaceId, "workspace_id"),
        workspace_resource_id: ref("azurerm_log_analytics_workspace", workspaceId),
        interval_in_minutes: env === "prod" ? 10 : 60,
      },
    });
    expect(flow.name).toBe(`abs-fl-we-${env}`);
    // The platform stack creates that watcher (and its group) before any environment's VNet.
    const platform = json[PLATFORM_STACK_ID];
    const watchers = jsonResources(platform, "azurerm_network_watcher").filter(([, w]) => w.name === flow.network_watcher_name && w.location === "westeurope");
    expect(watchers).toHaveLength(1);
    const [groupId] = jsonResources(platform, "azurerm_resource_group").find(([, g]) => g.name === flow.resource_group_name)!;
    expect(watchers[0][1].resource_group_name).toBe(ref("azurerm_resource_group", groupId, "name"));
  });

  it("protects Redis, the registry, the flow-log store and the Kafka cluster from deletion outside dev", () => {
    const protectedEnv = env !== "dev";
    const locks = resources(env, "azurerm_management_lock").map(([, l]) => l.scope);
    for (const type of ["azurerm_managed_redis", "azurerm_container_registry"]) {
      const [id, body] = single(env, type);
      expect([type, body.lifecycle?.prevent_destroy === true, locks.includes(ref(type, id))]).toEqual([type, protectedEnv, protectedEnv]);
    }
    const [, cluster] = single(env, "confluent_kafka_cluster");
    expect([cluster.lifecycle?.prevent_destroy === true, cluster.deletion_protection === true]).toEqual([protectedEnv, protectedEnv]);
  });

  it("configures the confluent provider without credentials (they come from CONFLUENT_CLOUD_API_KEY/SECRET)", () => {
    expect(json[env].provider.confluent).toEqual([{}]);
    expect(json[env].terraform.required_providers.confluent).toEqual({ source: "confluentinc/confluent", version: "2.83.4" });
  });
});
