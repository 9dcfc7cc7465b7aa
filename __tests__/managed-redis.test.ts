import { ManagedRedis as AzManagedRedis } from "@cdktf/provider-azurerm/lib/managed-redis";
import { Testing } from "cdktf";
import { ManagedRedis, ManagedRedisProps } from "../constructs/data/managed-redis";
import { CACHE_FOR_REDIS_TO_MANAGED, MANAGED_REDIS_TIERS, managedRedisFor } from "../constructs/data/redis-sku";
import { UserAssignedIdentity } from "../constructs/security/user-assigned-identity";
import { resourcesOf, synthJson, testStackWithGroup } from "./helpers";

/** A stack with one Azure Managed Redis built from `props`. */
function managedRedis(props: Partial<ManagedRedisProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const cache = new ManagedRedis(stack, "redis", { resourceGroup: group, ...props });
  return { stack, group, cache };
}

describe("ManagedRedis", () => {
  it("generates a globally unique name with the CAF abbreviation amr", () => {
    const { stack } = managedRedis({ workload: "shared" });
    expect(resourcesOf(stack, "azurerm_managed_redis")[0][1].name).toMatch(/^abs-amr-shared-we-test-[0-9a-f]{4}$/);
  });

  it("is a highly available Balanced_B1, TLS only, private, AllKeysLRU, Entra ID only, one endpoint for clients", () => {
    const { stack, cache } = managedRedis();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzManagedRedis, {
      sku_name: "Balanced_B1",
      high_availability_enabled: true,
      public_network_access: "Disabled",
      default_database: { client_protocol: "Encrypted", eviction_policy: "AllKeysLRU", clustering_policy: "EnterpriseCluster", access_keys_authentication_enabled: false },
    });
    expect(cache.sslPort).toBe(10000);
  });

  it("grants data access with the database's default access policy, one assignment after another", () => {
    const { stack, group, cache } = managedRedis();
    const first = new UserAssignedIdentity(stack, "web-app", { resourceGroup: group });
    const second = new UserAssignedIdentity(stack, "worker", { resourceGroup: group });
    cache.grantDataAccess(first);
    cache.grantDataAccess(second);
    const assignments = Object.values(synthJson(stack).resource.azapi_resource) as any[];
    expect(assignments.map((a) => [a.type, a.name, a.parent_id, a.body])).toEqual([
      ["Microsoft.Cache/redisEnterprise/databases/accessPolicyAssignments@2025-04-01", "webapp0", "${azurerm_managed_redis.redis_cache_532F055B.id}/databases/default", { properties: { accessPolicyName: "default", user: { objectId: "${azurerm_user_assigned_identity.web-app_identity_0FD87A29.principal_id}" } } }],
      ["Microsoft.Cache/redisEnterprise/databases/accessPolicyAssignments@2025-04-01", "worker1", "${azurerm_managed_redis.redis_cache_532F055B.id}/databases/default", { properties: { accessPolicyName: "default", user: { objectId: "${azurerm_user_assigned_identity.worker_identity_CE150E1A.principal_id}" } } }],
    ]);
    expect(assignments[1].depends_on).toEqual(["azapi_resource.redis_data-access-0_D3A11028"]);
  });

  it("sends metrics from the cache and connection logs from its database", () => {
    const { stack, group } = testStackWithGroup();
    const { LogAnalyticsWorkspace } = jest.requireActual("../constructs/monitoring/log-analytics-workspace");
    const workspace = new LogAnalyticsWorkspace(stack, "log", { resourceGroup: group });
    new ManagedRedis(stack, "redis", { resourceGroup: group, diagnosticSettings: [{ workspace }] });
    const settings = resourcesOf(stack, "azurerm_monitor_diagnostic_setting").map(([, d]) => [d.target_resource_id, d.enabled_log ?? [], d.enabled_metric ?? []]).sort();
    expect(settings).toEqual([
      ["${azurerm_managed_redis.redis_cache_532F055B.id}", [], [{ category: "AllMetrics" }]],
      ["${azurerm_managed_redis.redis_cache_532F055B.id}/databases/default", [{ category_group: "allLogs" }], []],
    ].sort());
  });

  it.each([
    [{ sku: "Balanced_B2" }, "sku", "Balanced_B2", "must be a size the Balanced tier offers: Balanced_B0 (0.5 GB)"],
    [{ sku: "Premium_P1" }, "sku", "Premium_P1", "must be <tier>_<size> with tier one of Balanced"],
    [{ evictionPolicy: "allkeys-lru" as never }, "evictionPolicy", "allkeys-lru", "must be one of AllKeysLFU"],
    [{ clusteringPolicy: "Cluster" as never }, "clusteringPolicy", "Cluster", "must be one of EnterpriseCluster"],
  ])("refuses %j", (props, field, value, rule) => {
    expect(() => managedRedis(props)).toThrow(`test/redis: ${field} = ${JSON.stringify(value)}: ${rule}`);
  });
});

describe("Microsoft's Azure Cache for Redis -> Azure Managed Redis mapping", () => {
  it("maps every Basic/Standard and Premium size to a Balanced size that exists, larger sizes to larger caches", () => {
    const memory = (old: string) => MANAGED_REDIS_TIERS.Balanced.sizes[CACHE_FOR_REDIS_TO_MANAGED[old as "C0"].replace(/^Balanced_/, "")];
    for (const family of [["C0", "C1", "C2", "C3", "C4", "C5", "C6"], ["P1", "P2", "P3", "P4", "P5"]]) {
      const sizes = family.map(memory);
      expect(sizes.every((gb) => gb !== undefined)).toBe(true);
      expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    }
  });

  it("keeps high availability except for Basic, which has no replica", () => {
    expect(managedRedisFor({ sku: "Basic", family: "C", capacity: 0 })).toEqual({ kind: "managedRedis", sku: "Balanced_B0", highAvailability: false });
    expect(managedRedisFor({ sku: "Standard", family: "C", capacity: 1 })).toEqual({ kind: "managedRedis", sku: "Balanced_B1", highAvailability: true });
    expect(managedRedisFor({ sku: "Premium", family: "P", capacity: 1 })).toEqual({ kind: "managedRedis", sku: "Balanced_B5", highAvailability: true });
  });
});
