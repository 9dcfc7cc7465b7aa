import { RedisCache as AzRedisCache } from "@cdktf/provider-azurerm/lib/redis-cache";
import { RedisCacheAccessPolicyAssignment } from "@cdktf/provider-azurerm/lib/redis-cache-access-policy-assignment";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { TerraformOutput, Testing } from "cdktf";
import { RedisCache, RedisCacheProps } from "../constructs/data/redis-cache";
import { UserAssignedIdentity } from "../constructs/security/user-assigned-identity";
import { resourcesOf, synthJson, testStackWithGroup } from "./helpers";

const CACHE_ID = "${azurerm_redis_cache.redis_cache_532F055B.id}";

/** A stack with one Redis cache built from `props`. */
function redis(props: Partial<RedisCacheProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const cache = new RedisCache(stack, "redis", { resourceGroup: group, ...props });
  return { stack, group, cache };
}

function cacheBody(stack: ReturnType<typeof redis>["stack"]): any {
  const all = resourcesOf(stack, "azurerm_redis_cache");
  expect(all).toHaveLength(1);
  return all[0][1];
}

describe("RedisCache", () => {
  it("generates a globally unique name", () => {
    const { stack } = redis({ workload: "shared" });
    expect(cacheBody(stack).name).toMatch(/^abs-redis-shared-we-test-[0-9a-f]{4}$/);
  });

  it("is a Standard C1 with TLS 1.2 only, no public access, allkeys-lru and Entra ID authentication only", () => {
    const { stack } = redis();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzRedisCache, {
      sku_name: "Standard",
      family: "C",
      capacity: 1,
      redis_version: "6",
      minimum_tls_version: "1.2",
      non_ssl_port_enabled: false,
      public_network_access_enabled: false,
      access_keys_authentication_enabled: false,
      redis_configuration: { active_directory_authentication_enabled: true, maxmemory_policy: "allkeys-lru" },
    });
    expect(cacheBody(stack).zones).toBeUndefined();
  });

  it("keeps Entra ID authentication on when access keys are enabled", () => {
    const { stack } = redis({ accessKeysAuthentication: true });
    expect(cacheBody(stack)).toMatchObject({
      access_keys_authentication_enabled: true,
      redis_configuration: { active_directory_authentication_enabled: true },
    });
  });

  it("takes a Premium size across zones, another eviction policy and public access", () => {
    const { stack } = redis({ sku: "Premium", capacity: 2, zones: ["1", "2", "3"], maxmemoryPolicy: "volatile-lru", publicNetworkAccess: true });
    expect(cacheBody(stack)).toMatchObject({
      sku_name: "Premium",
      family: "P",
      capacity: 2,
      zones: ["1", "2", "3"],
      public_network_access_enabled: true,
      redis_configuration: { maxmemory_policy: "volatile-lru" },
    });
  });

  it("takes a Basic C0 for dev", () => {
    const { stack } = redis({ sku: "Basic", capacity: 0 });
    expect(cacheBody(stack)).toMatchObject({ sku_name: "Basic", family: "C", capacity: 0 });
  });

  it("exposes host name, TLS port and the sensitive key attributes as references", () => {
    const { stack, cache } = redis({ accessKeysAuthentication: true });
    new TerraformOutput(stack, "host", { value: cache.hostName });
    new TerraformOutput(stack, "port", { value: cache.sslPort });
    new TerraformOutput(stack, "key", { value: cache.primaryAccessKey, sensitive: true });
    new TerraformOutput(stack, "connection", { value: cache.primaryConnectionString, sensitive: true });
    const { output } = synthJson(stack);
    expect(output.host.value).toBe("${azurerm_redis_cache.redis_cache_532F055B.hostname}");
    expect(output.port.value).toBe("${azurerm_redis_cache.redis_cache_532F055B.ssl_port}");
    expect(output.key.value).toBe("${azurerm_redis_cache.redis_cache_532F055B.primary_access_key}");
    expect(output.connection.value).toBe("${azurerm_redis_cache.redis_cache_532F055B.primary_connection_string}");
  });

  it("adds a private endpoint for the redisCache sub-resource with its DNS zone group", () => {
    const { stack } = redis({ privateEndpoints: [{ subnetId: "/subnets/pe", privateDnsZoneIds: ["/zones/privatelink.redis.cache.windows.net"] }] });
    const [[, endpoint]] = resourcesOf(stack, "azurerm_private_endpoint");
    expect(endpoint).toMatchObject({
      name: "abs-pe-redis-rediscache-we-test",
      subnet_id: "/subnets/pe",
      private_service_connection: { private_connection_resource_id: CACHE_ID, subresource_names: ["redisCache"], is_manual_connection: false },
      private_dns_zone_group: { name: "default", private_dns_zone_ids: ["/zones/privatelink.redis.cache.windows.net"] },
    });
  });

  it("sends all logs and metrics to Log Analytics", () => {
    const { stack } = redis({ diagnosticSettings: [{ workspace: { id: "/workspaces/log" } }] });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(MonitorDiagnosticSetting, {
      target_resource_id: CACHE_ID,
      log_analytics_workspace_id: "/workspaces/log",
      enabled_log: [{ category_group: "allLogs" }],
      enabled_metric: [{ category: "AllMetrics" }],
    });
  });

  it("grants Entra ID data access with access policy assignments, stable and distinct per call", () => {
    const { stack, group, cache } = redis();
    const app = new UserAssignedIdentity(stack, "app", { resourceGroup: group });
    cache.grantDataAccess(app);
    cache.grantDataAccess({ principalId: "22222222-2222-2222-2222-222222222222" }, "Data Reader");
    cache.grantDataAccess(app, "Data Owner");
    expect(Testing.synth(stack)).toHaveResourceWithProperties(RedisCacheAccessPolicyAssignment, {
      name: "data-reader-1",
      redis_cache_id: CACHE_ID,
      access_policy_name: "Data Reader",
      object_id: "22222222-2222-2222-2222-222222222222",
      object_id_alias: "principal-1",
    });
    const assignments = resourcesOf(stack, "azurerm_redis_cache_access_policy_assignment");
    expect(assignments.map(([address, body]) => [address, body.name, body.access_policy_name, body.object_id_alias])).toEqual([
      ["redis_data-access-0_D3A11028", "data-contributor-0", "Data Contributor", "app"],
      ["redis_data-access-1_73838251", "data-reader-1", "Data Reader", "principal-1"],
      ["redis_data-access-2_89C82437", "data-owner-2", "Data Owner", "app"],
    ]);
    expect(assignments[0][1].object_id).toMatch(/^\$\{azurerm_user_assigned_identity\.app_identity_\w+\.principal_id\}$/);
  });

  it("protects from deletion with prevent_destroy and a CanNotDelete lock", () => {
    const { stack } = redis({ protectFromDeletion: true });
    expect(cacheBody(stack).lifecycle).toEqual({ prevent_destroy: true });
    const [[, lock]] = resourcesOf(stack, "azurerm_management_lock");
    expect(lock).toMatchObject({ lock_level: "CanNotDelete", scope: CACHE_ID });
  });

  describe("rejects bad input", () => {
    it.each<[string, Partial<RedisCacheProps>, string]>([
      ["family P on the Standard tier", { family: "P" }, 'test/redis: family = "P": must be C for the Standard tier'],
      ["a Premium capacity of 6", { sku: "Premium", capacity: 6 }, "test/redis: capacity = 6: must be a whole number 1-5 for the Premium tier (P1-P5)"],
      ["a fractional capacity", { capacity: 1.5 }, "test/redis: capacity = 1.5: must be a whole number 0-6 for the Standard tier (C0-C6)"],
      ["zones on Standard", { zones: ["1", "2"] }, 'test/redis: zones = ["1","2"]: must be empty for the Standard tier: only Premium spans availability zones'],
      ["an unknown SKU", { sku: "Enterprise" as any }, 'test/redis: sku = "Enterprise": must be one of Basic, Standard, Premium'],
      [
        "an unknown eviction policy",
        { maxmemoryPolicy: "lru" as any },
        'test/redis: maxmemoryPolicy = "lru": must be one of volatile-lru, allkeys-lru, volatile-lfu, allkeys-lfu, volatile-random, allkeys-random, volatile-ttl, noeviction',
      ],
      [
        "an illegal name",
        { name: "redis--cache" },
        "test/redis: name = \"redis--cache\": 1-63 characters: letters, digits, '-'; start and end with a letter or digit, no '--'; unique across Azure",
      ],
    ])("rejects %s", (_, props, message) => {
      expect(() => redis(props)).toThrow(message);
    });

    it("reports every size problem at once", () => {
      expect(() => redis({ family: "P", capacity: 7, zones: ["1"] })).toThrow(
        [
          "3 invalid settings:",
          '  - test/redis: family = "P": must be C for the Standard tier',
          "  - test/redis: capacity = 7: must be a whole number 0-6 for the Standard tier (C0-C6)",
          '  - test/redis: zones = ["1"]: must be empty for the Standard tier: only Premium spans availability zones',
        ].join("\n"),
      );
    });

    it("rejects an access policy that is not built in", () => {
      const { cache } = redis();
      expect(() => cache.grantDataAccess({ principalId: "p" }, "Data Admin" as any)).toThrow(
        'test/redis: grantDataAccess.policy = "Data Admin": must be one of Data Owner, Data Contributor, Data Reader',
      );
    });
  });
});
