import { Testing } from "cdktf";
import { applyOverrides } from "../stacks/settings/load";
import { settings as estateSettings } from "../stacks/settings/environments";
import { attributeRef, centralZoneOf, environmentStack, estateOutput, jsonResources, onlyResource, pipelineIdentityPrincipal } from "./helpers";

/**
 * Seed 001's metaverse platform as every environment synthesizes it, read from the JSON the stacks
 * really produce (global-setup.ts synthesized them, policy checked).
 */

let json: Record<string, any>;

beforeAll(() => {
  json = estateOutput();
});

const ENVIRONMENTS = ["dev", "staging", "prod"] as const;
const EXPECTED = {
  dev: { userPool: [1, 3], systemNodes: 1, zones: undefined, tier: "Free", backup: "Continuous7Days", redis: ["Balanced_B0", false], apim: "Developer_1", signalR: "Standard_S1", functions: ["EP1", 1, 3] },
  staging: { userPool: [2, 5], systemNodes: 2, zones: undefined, tier: "Standard", backup: "Continuous30Days", redis: ["Balanced_B1", true], apim: "Developer_1", signalR: "Standard_S1", functions: ["EP1", 1, 10] },
  prod: { userPool: [3, 20], systemNodes: 3, zones: ["1", "2", "3"], tier: "Standard", backup: "Continuous30Days", redis: ["Balanced_B5", true], apim: "Premium_1", signalR: "Premium_P1", functions: ["EP2", 2, 20] },
} as const;
const CONTAINERS = { users: ["/userId"], "scenario-templates": ["/templateId"], sessions: ["/sessionId"], interactions: ["/sessionId"] };

const ref = attributeRef;
const resources = (env: string, type: string) => jsonResources(json[env], type);
const mine = (env: string, type: string) => resources(env, type).filter(([id]) => id.startsWith("metaverse_"));
const single = (env: string, type: string) => onlyResource(json[env], type, "metaverse_");
/** The private endpoint pointing at a resource, with the DNS zone it registers in. */
const endpointOf = (env: string, target: string) => mine(env, "azurerm_private_endpoint").find(([, p]) => p.private_service_connection.private_connection_resource_id === target)?.[1];
/** The name of the platform's central zone an endpoint registers in, when the environment links it to its network. */
const zoneName = (env: string, zoneId: string) => centralZoneOf(json[env], zoneId);

describe.each(ENVIRONMENTS)("metaverse platform in %s", (e) => {
  const expected = EXPECTED[e];

  it("lives in its own resource group", () => {
    const [groupId, group] = single(e, "azurerm_resource_group");
    expect(group.name).toBe(`abs-rg-meta-we-${e}`);
    for (const type of ["azurerm_kubernetes_cluster", "azurerm_cosmosdb_account", "azurerm_managed_redis", "azurerm_key_vault", "azurerm_cdn_frontdoor_profile", "azurerm_api_management", "azurerm_signalr_service", "azurerm_cognitive_account", "azurerm_linux_function_app"]) {
      expect([type, single(e, type)[1].resource_group_name]).toEqual([type, ref("azurerm_resource_group", groupId, "name")]);
    }
  });

  it("runs a private AKS cluster with Entra ID and Azure RBAC, no local accounts, Azure CNI overlay in its own subnet", () => {
    const [clusterId, cluster] = single(e, "azurerm_kubernetes_cluster");
    expect(cluster).toMatchObject({ private_cluster_enabled: true, local_account_disabled: true, role_based_access_control_enabled: true, sku_tier: expected.tier, automatic_upgrade_channel: "patch" });
    expect(cluster.azure_active_directory_role_based_access_control.azure_rbac_enabled).toBe(true);
    expect(cluster.network_profile).toMatchObject({ network_plugin: "azure", network_plugin_mode: "overlay", network_policy: "cilium", outbound_type: "userAssignedNATGateway" });
    expect(cluster.default_node_pool.vnet_subnet_id).toMatch(/^\$\{azurerm_subnet\.foundation_network_subnet-aks_/);
    // Without an admin group in the settings, the deploying principal (the environment's pipeline identity) administers the cluster.
    const admins = mine(e, "azurerm_role_assignment").filter(([, a]) => a.role_definition_name === "Azure Kubernetes Service RBAC Cluster Admin");
    expect(admins.map(([, a]) => [a.scope, a.principal_id])).toEqual([[ref("azurerm_kubernetes_cluster", clusterId), pipelineIdentityPrincipal(json[e], e)]]);
  });

  it("creates the cluster and API Management only once their subnets have their NSG and NAT gateway", () => {
    const associations = (subnet: string) =>
      [...resources(e, "azurerm_subnet_network_security_group_association"), ...resources(e, "azurerm_subnet_nat_gateway_association")]
        .filter(([, a]) => a.subnet_id.includes(`subnet-${subnet}_`))
        .map(([id]) => (id.includes("nsg-association") ? `azurerm_subnet_network_security_group_association.${id}` : `azurerm_subnet_nat_gateway_association.${id}`));
    for (const subnet of ["aks", "apim"]) expect([subnet, associations(subnet).length]).toEqual([subnet, 2]);
    expect(single(e, "azurerm_kubernetes_cluster")[1].depends_on).toEqual(expect.arrayContaining(associations("aks")));
    expect(single(e, "azurerm_kubernetes_cluster_node_pool")[1].depends_on).toEqual(expect.arrayContaining(associations("aks")));
    expect(single(e, "azurerm_api_management")[1].depends_on).toEqual(expect.arrayContaining(associations("apim")));
  });

  it("declares the Defender sensor (to the workspace) only where the environment's Defender plan provisions it: prod", () => {
    const [, cluster] = single(e, "azurerm_kubernetes_cluster");
    const [workspaceId] = onlyResource(json[e], "azurerm_log_analytics_workspace", "foundation_");
    expect(cluster.microsoft_defender).toEqual(e === "prod" ? { log_analytics_workspace_id: ref("azurerm_log_analytics_workspace", workspaceId) } : undefined);
  });

  it("sizes the system pool and the autoscaling user pool per environment, zonal in prod", () => {
    const [, cluster] = single(e, "azurerm_kubernetes_cluster");
    expect([cluster.default_node_pool.node_count, cluster.default_node_pool.zones]).toEqual([expected.systemNodes, expected.zones]);
    const [, pool] = single(e, "azurerm_kubernetes_cluster_node_pool");
    expect([pool.auto_scaling_enabled, pool.min_count, pool.max_count, pool.zones]).toEqual([true, ...expected.userPool, expected.zones]);
  });

  it("monitors the cluster into the foundation's workspace and has the secrets provider, workload identity and OIDC issuer", () => {
    const [, cluster] = single(e, "azurerm_kubernetes_cluster");
    const [workspaceId] = onlyResource(json[e], "azurerm_log_analytics_workspace", "foundation_");
    expect(cluster.oms_agent.log_analytics_workspace_id).toBe(ref("azurerm_log_analytics_workspace", workspaceId));
    expect(cluster).toMatchObject({ workload_identity_enabled: true, oidc_issuer_enabled: true, key_vault_secrets_provider: { secret_rotation_enabled: true } });
  });

  it("lets the kubelet pull from the shared registry, and the workloads run as one federated identity", () => {
    const [clusterId] = single(e, "azurerm_kubernetes_cluster");
    const [registryId] = onlyResource(json[e], "azurerm_container_registry", "shared-backend_");
    const pulls = resources(e, "azurerm_role_assignment").filter(([, a]) => a.principal_id === ref("azurerm_kubernetes_cluster", clusterId, "kubelet_identity[0].object_id"));
    expect(pulls.map(([, a]) => [a.role_definition_name, a.scope])).toEqual([["AcrPull", ref("azurerm_container_registry", registryId)]]);
    const [, federation] = single(e, "azurerm_federated_identity_credential");
    expect(federation).toMatchObject({ issuer: ref("azurerm_kubernetes_cluster", clusterId, "oidc_issuer_url"), subject: "system:serviceaccount:metaverse:metaverse-app", audience: ["api://AzureADTokenExchange"] });
    const identity = federation.parent_id.replace(/\.id\}$/, ".principal_id}");
    const roles = resources(e, "azurerm_role_assignment").filter(([, a]) => a.principal_id === identity).map(([, a]) => a.role_definition_name);
    expect(roles.sort()).toEqual(["Cognitive Services User", "Key Vault Secrets User", "Monitoring Metrics Publisher", "SignalR App Server", "Storage Blob Data Contributor"]);
    expect(mine(e, "azurerm_cosmosdb_sql_role_assignment").some(([, a]) => a.principal_id === identity)).toBe(true);
    expect(mine(e, "azapi_resource").map(([, a]) => a.body.properties.user.objectId)).toEqual([identity]);
  });

  it("keeps users, scenario templates, sessions and interactions in private Cosmos DB with continuous backup", () => {
    const [accountId, account] = single(e, "azurerm_cosmosdb_account");
    expect(account).toMatchObject({ public_network_access_enabled: false, local_authentication_disabled: true, minimal_tls_version: "Tls12", backup: { type: "Continuous", tier: expected.backup } });
    const containers = Object.fromEntries(mine(e, "azurerm_cosmosdb_sql_container").map(([, c]) => [c.name, c.partition_key_paths]));
    expect(containers).toEqual(CONTAINERS);
    const endpoint = endpointOf(e, ref("azurerm_cosmosdb_account", accountId));
    expect(zoneName(e, endpoint.private_dns_zone_group.private_dns_zone_ids[0])).toBe("privatelink.documents.azure.com");
  });

  it("caches in a private Azure Managed Redis sized per environment (the seed's sizes as Microsoft maps them)", () => {
    const [redisId, redis] = single(e, "azurerm_managed_redis");
    expect([redis.sku_name, redis.high_availability_enabled, redis.public_network_access]).toEqual([...expected.redis, "Disabled"]);
    expect(zoneName(e, endpointOf(e, ref("azurerm_managed_redis", redisId)).private_dns_zone_group.private_dns_zone_ids[0])).toBe("privatelink.redis.azure.net");
  });

  it("serves VR assets, media and user content from private storage through Front Door Premium over Private Link, HTTPS only", () => {
    const [storageId, storage] = mine(e, "azurerm_storage_account").find(([id]) => id.startsWith("metaverse_assets_"))!;
    expect(storage.public_network_access_enabled).toBe(false);
    expect(mine(e, "azurerm_storage_container").filter(([id]) => id.startsWith("metaverse_assets_")).map(([, c]) => c.name).sort()).toEqual(["media", "user-content", "vr-assets"]);
    expect(single(e, "azurerm_cdn_frontdoor_profile")[1].sku_name).toBe("Premium_AzureFrontDoor");
    expect(single(e, "azurerm_cdn_frontdoor_origin")[1].private_link).toMatchObject({ private_link_target_id: ref("azurerm_storage_account", storageId), target_type: "blob" });
    const routes = mine(e, "azurerm_cdn_frontdoor_route").map(([, r]) => r);
    expect(routes.map((r) => r.patterns_to_match).sort()).toEqual([["/media/*"], ["/user-content/*"], ["/vr-assets/*"]]);
    for (const route of routes) expect(route).toMatchObject({ https_redirect_enabled: true, forwarding_protocol: "HttpsOnly" });
    // VR assets and media are public; user content is read with a SAS and cached per URL only.
    const access = Object.fromEntries(mine(e, "azurerm_storage_container").filter(([id]) => id.startsWith("metaverse_assets_")).map(([, c]) => [c.name, c.container_access_type]));
    expect(access).toEqual({ "vr-assets": "blob", media: "blob", "user-content": "private" });
    const caching = Object.fromEntries(routes.map((r) => [r.patterns_to_match[0], r.cache.query_string_caching_behavior]));
    expect(caching).toEqual({ "/vr-assets/*": "IgnoreQueryString", "/media/*": "IgnoreQueryString", "/user-content/*": "UseQueryString" });
    const [wafId, waf] = single(e, "azurerm_cdn_frontdoor_firewall_policy");
    expect(waf.mode).toBe("Prevention");
    const [, securityPolicy] = single(e, "azurerm_cdn_frontdoor_security_policy");
    expect(securityPolicy.security_policies.firewall.cdn_frontdoor_firewall_policy_id).toBe(ref("azurerm_cdn_frontdoor_firewall_policy", wafId));
  });

  it("runs API Management in the VNet (Developer outside prod, Premium in prod) logging to Application Insights", () => {
    const [, apim] = single(e, "azurerm_api_management");
    expect(apim).toMatchObject({ sku_name: expected.apim, virtual_network_type: "Internal" });
    expect(apim.virtual_network_configuration.subnet_id).toMatch(/^\$\{azurerm_subnet\.foundation_network_subnet-apim_/);
    expect(single(e, "azurerm_api_management_logger")[1].application_insights.connection_string).toMatch(/^\$\{azurerm_application_insights\.metaverse_apim-application-insights_/);
  });

  it("adds SignalR, Cognitive Services and a Function App, each private with Entra ID", () => {
    const [signalRId, signalR] = single(e, "azurerm_signalr_service");
    expect([signalR.sku.name, signalR.public_network_access_enabled, signalR.local_auth_enabled]).toEqual([expected.signalR, false, false]);
    const [cognitiveId, cognitive] = single(e, "azurerm_cognitive_account");
    expect([cognitive.public_network_access_enabled, cognitive.local_auth_enabled]).toEqual([false, false]);
    const [functionId, functions] = single(e, "azurerm_linux_function_app");
    expect([functions.public_network_access_enabled, functions.https_only]).toEqual([false, true]);
    const [, plan] = single(e, "azurerm_service_plan");
    expect([plan.sku_name, functions.site_config.elastic_instance_minimum, plan.maximum_elastic_worker_count]).toEqual(expected.functions);
    for (const [type, id] of [["azurerm_signalr_service", signalRId], ["azurerm_cognitive_account", cognitiveId], ["azurerm_linux_function_app", functionId]]) {
      expect([type, endpointOf(e, ref(type, id)) !== undefined]).toEqual([type, true]);
    }
  });

  it("attaches the VNet to the DDoS protection plan in prod only", () => {
    const [, vnet] = onlyResource(json[e], "azurerm_virtual_network", "foundation_");
    expect(vnet.ddos_protection_plan !== undefined).toBe(e === "prod");
  });
});

describe("metaverse platform switches", () => {
  it("builds only the services switched on, Azure SQL instead of Cosmos DB and Azure Cache for Redis instead of Managed Redis when told", () => {
    const off = { enabled: false };
    const input = applyOverrides(estateSettings, {
      environments: { dev: { metaverse: { database: "sql", redis: { kind: "cacheForRedis", sku: "Basic", family: "C", capacity: 0 }, apiManagement: off, signalR: off, cognitive: off, functions: off } } },
    });
    const stack = environmentStack(input, "dev");
    // The variant passes the policy pack too (its SQL authentication is a written exception).
    expect(stack.checkPolicy().findings).toEqual([]);
    const dev = JSON.parse(Testing.synth(stack));
    const has = (type: string) => jsonResources(dev, type).some(([id]) => id.startsWith("metaverse_"));
    for (const type of ["azurerm_api_management", "azurerm_signalr_service", "azurerm_cognitive_account", "azurerm_linux_function_app", "azurerm_cosmosdb_account"]) expect([type, has(type)]).toEqual([type, false]);
    for (const type of ["azurerm_kubernetes_cluster", "azurerm_mssql_server", "azurerm_redis_cache", "azurerm_cdn_frontdoor_profile"]) expect([type, has(type)]).toEqual([type, true]);
    // Azure Cache for Redis, for a tenant that still has one: in its own privatelink zone, with its own access policy.
    expect(has("azurerm_managed_redis")).toBe(false);
    expect(jsonResources(dev, "azurerm_redis_cache_access_policy_assignment").filter(([id]) => id.startsWith("metaverse_"))).toHaveLength(1);
    const secrets = jsonResources(dev, "azurerm_key_vault_secret").filter(([id]) => id.startsWith("metaverse_")).map(([, s]) => s.name);
    expect(secrets.sort()).toEqual(["meta-sql-admin-password", "sql-connection-metaverse"]);
  });
});
