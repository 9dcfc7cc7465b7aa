import { Construct } from "constructs";
import { ManagedRedis as AzManagedRedis } from "@cdktf/provider-azurerm/lib/managed-redis";
import { AzapiResource } from "../core/azapi";
import { AzureResource, nextChildIndex } from "../core/azure-resource";
import { assertNoViolations, check } from "../core/errors";
import { CommonResourceProps, DiagnosticSettingsOptions, IPrincipal, IResourceGroup } from "../core/interfaces";
import { kebab, resourceName } from "../core/naming";
import { DiagnosticSettings } from "../monitoring/diagnostic-settings";
import { managedRedisSkuViolations } from "./redis-sku";

/** The port every Azure Managed Redis database listens on: TLS only (Learn: "Azure Managed Redis architecture"). */
export const MANAGED_REDIS_PORT = 10000;

export type ManagedRedisEvictionPolicy = "AllKeysLFU" | "AllKeysLRU" | "AllKeysRandom" | "VolatileLRU" | "VolatileLFU" | "VolatileTTL" | "VolatileRandom" | "NoEviction";
const EVICTION_POLICIES: readonly ManagedRedisEvictionPolicy[] = ["AllKeysLFU", "AllKeysLRU", "AllKeysRandom", "VolatileLRU", "VolatileLFU", "VolatileTTL", "VolatileRandom", "NoEviction"];

/**
 * How the database spreads keys over its shards (Learn: "Azure Managed Redis architecture", clustering policies):
 * `EnterpriseCluster` shows clients one endpoint, as Azure Cache for Redis did, so clients that are not
 * cluster-aware work unchanged; `OSSCluster` hands out the shard map for cluster-aware clients (more throughput).
 */
export type ManagedRedisClusteringPolicy = "EnterpriseCluster" | "OSSCluster" | "NoCluster";
const CLUSTERING_POLICIES: readonly ManagedRedisClusteringPolicy[] = ["EnterpriseCluster", "OSSCluster", "NoCluster"];

export interface ManagedRedisProps extends CommonResourceProps {
  /** Where the cache lives. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-amr-<workload>-<region>-<env>-<hash>`).
   * @default none
   */
  readonly workload?: string;
  /**
   * `<tier>_<size>`: Balanced, MemoryOptimized, ComputeOptimized or FlashOptimized (MANAGED_REDIS_TIERS).
   * @default "Balanced_B1"
   */
  readonly sku?: string;
  /**
   * A replica of every shard on another node, in another availability zone where the region has zones.
   * Off halves the price and suits development only: a node failure loses the data and the service.
   * Cannot change after creation (azurerm forces a new cache).
   * @default true
   */
  readonly highAvailability?: boolean;
  /**
   * What Redis evicts when memory is full; the default suits a cache, where any key may go.
   * @default "AllKeysLRU"
   */
  readonly evictionPolicy?: ManagedRedisEvictionPolicy;
  /**
   * See ManagedRedisClusteringPolicy. Cannot change after creation (azurerm forces a new cache).
   * @default "EnterpriseCluster"
   */
  readonly clusteringPolicy?: ManagedRedisClusteringPolicy;
  /**
   * Access keys next to Entra ID authentication. Off means clients authenticate with Entra ID only
   * (grant them `grantDataAccess`); turn it on only for clients that cannot, and keep the key in Key Vault.
   * @default false
   */
  readonly accessKeysAuthentication?: boolean;
  /**
   * Reachable from public networks. Off means private endpoints only.
   * @default false
   */
  readonly publicNetworkAccess?: boolean;
}

/**
 * Azure Managed Redis locked down by default: TLS only (client protocol `Encrypted`, port 10000), Entra ID
 * authentication without access keys, no public network access, high availability, and `AllKeysLRU` eviction.
 * The successor of Azure Cache for Redis (RedisCache), which new tenants cannot create since 2026-04-01.
 */
export class ManagedRedis extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzManagedRedis;
  public readonly resourceGroup: IResourceGroup;
  public readonly hostName: string;
  /** The TLS port (10000); there is no plain-text port when the client protocol is `Encrypted`. */
  public readonly sslPort = MANAGED_REDIS_PORT;
  /** Sensitive: the caller marks any output of it sensitive. Only meaningful with `accessKeysAuthentication`. */
  public readonly primaryAccessKey: string;
  protected readonly defaultPrivateEndpointSubresource = "redisEnterprise";
  /** The cluster resource sends metrics only; its connection logs belong to the database (addDiagnostics). */
  protected readonly defaultLogCategoryGroups: readonly string[] = [];
  private lastAccessAssignment?: AzapiResource;

  constructor(scope: Construct, id: string, props: ManagedRedisProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "managedRedis", props);
    const sku = props.sku ?? "Balanced_B1";
    const highAvailability = props.highAvailability ?? true;
    assertNoViolations(where, managedRedisSkuViolations({ sku, highAvailability }));
    const evictionPolicy = props.evictionPolicy ?? "AllKeysLRU";
    check(EVICTION_POLICIES.includes(evictionPolicy), where, "evictionPolicy", evictionPolicy, `must be one of ${EVICTION_POLICIES.join(", ")}`);
    const clusteringPolicy = props.clusteringPolicy ?? "EnterpriseCluster";
    check(CLUSTERING_POLICIES.includes(clusteringPolicy), where, "clusteringPolicy", clusteringPolicy, `must be one of ${CLUSTERING_POLICIES.join(", ")}`);

    this.resourceGroup = props.resourceGroup;
    this.resource = new AzManagedRedis(this, "cache", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      skuName: sku,
      highAvailabilityEnabled: highAvailability,
      publicNetworkAccess: props.publicNetworkAccess ? "Enabled" : "Disabled",
      defaultDatabase: {
        // TLS only: `Plaintext` would open the port without encryption.
        clientProtocol: "Encrypted",
        clusteringPolicy,
        evictionPolicy,
        // Entra ID authentication is always on for Azure Managed Redis; keys are the optional extra.
        accessKeysAuthenticationEnabled: props.accessKeysAuthentication ?? false,
      },
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.hostName = this.resource.hostname;
    this.primaryAccessKey = this.resource.defaultDatabase.primaryAccessKey;
    this.initCapabilities(props);
  }

  /** The default database: where data access and connection logs live. */
  public get databaseId(): string {
    return `${this.id}/databases/default`;
  }

  /** Metrics from the cache, connection logs from its database (the only resource that has them). */
  public addDiagnostics(options: DiagnosticSettingsOptions): void {
    super.addDiagnostics(options);
    const index = nextChildIndex(this, "database-diagnostics");
    new DiagnosticSettings(this, `database-diagnostics-${index}`, { ...options, logCategoryGroups: options.logCategoryGroups ?? ["allLogs"], metrics: false, targetResourceId: this.databaseId });
  }

  /**
   * Gives a principal data access through Entra ID. Azure Managed Redis has one built-in access policy,
   * `default` (full data access; Learn: "Use Microsoft Entra ID for cache authentication with Azure Managed
   * Redis"), assigned on the database. azurerm 4.55 has no resource for it, so the assignment is an azapi
   * resource (Microsoft.Cache/redisEnterprise/databases/accessPolicyAssignments, API 2025-04-01).
   */
  public grantDataAccess(principal: IPrincipal): AzapiResource {
    const index = nextChildIndex(this, "data-access");
    // Assignment names are letters and digits only.
    const alias = (Construct.isConstruct(principal) ? kebab(principal.node.id) : "principal").replace(/-/g, "");
    this.lastAccessAssignment = new AzapiResource(this, `data-access-${index}`, {
      type: "Microsoft.Cache/redisEnterprise/databases/accessPolicyAssignments@2025-04-01",
      name: `${alias}${index}`.slice(0, 60),
      parentId: this.databaseId,
      body: { properties: { accessPolicyName: "default", user: { objectId: principal.principalId } } },
      // One after another: each assignment updates the database, which takes one operation at a time.
      dependsOn: this.lastAccessAssignment ? [this.lastAccessAssignment] : undefined,
    });
    return this.lastAccessAssignment;
  }
}
