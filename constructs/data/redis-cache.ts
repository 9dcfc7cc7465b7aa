import { Construct } from "constructs";
import { RedisCache as AzRedisCache } from "@cdktf/provider-azurerm/lib/redis-cache";
import { RedisCacheAccessPolicyAssignment } from "@cdktf/provider-azurerm/lib/redis-cache-access-policy-assignment";
import { AzureResource, nextChildIndex } from "../core/azure-resource";
import { assertNoViolations, check } from "../core/errors";
import { CommonResourceProps, IPrincipal, IResourceGroup } from "../core/interfaces";
import { kebab, resourceName } from "../core/naming";
import { REDIS_TIERS, RedisFamily, RedisSku, redisSkuViolations } from "./redis-sku";

export type RedisMaxmemoryPolicy =
  | "volatile-lru"
  | "allkeys-lru"
  | "volatile-lfu"
  | "allkeys-lfu"
  | "volatile-random"
  | "allkeys-random"
  | "volatile-ttl"
  | "noeviction";
const MAXMEMORY_POLICIES: readonly RedisMaxmemoryPolicy[] = [
  "volatile-lru",
  "allkeys-lru",
  "volatile-lfu",
  "allkeys-lfu",
  "volatile-random",
  "allkeys-random",
  "volatile-ttl",
  "noeviction",
];


/** The built-in data access policies of Azure Cache for Redis (Entra ID authentication). */
export type RedisAccessPolicy = "Data Owner" | "Data Contributor" | "Data Reader";
const ACCESS_POLICIES: readonly RedisAccessPolicy[] = ["Data Owner", "Data Contributor", "Data Reader"];

export interface RedisCacheProps extends CommonResourceProps {
  /** Where the cache lives. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-redis-<workload>-<region>-<env>-<hash>`).
   * @default none
   */
  readonly workload?: string;
  /** @default "Standard" */
  readonly sku?: RedisSku;
  /**
   * `C` for Basic and Standard, `P` for Premium.
   * @default the tier's family
   */
  readonly family?: RedisFamily;
  /**
   * Size within the family: 0-6 for C, 1-5 for P.
   * @default 1
   */
  readonly capacity?: number;
  /**
   * Availability zones the cache spans; Premium only.
   * @default none
   */
  readonly zones?: string[];
  /**
   * What Redis evicts when memory is full; the default suits a cache, where any key may go.
   * @default "allkeys-lru"
   */
  readonly maxmemoryPolicy?: RedisMaxmemoryPolicy;
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
 * Azure Cache for Redis locked down by default: TLS 1.2 only on the TLS port, Entra ID authentication
 * without access keys, no public network access, and `allkeys-lru` eviction.
 */
export class RedisCache extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzRedisCache;
  public readonly resourceGroup: IResourceGroup;
  public readonly hostName: string;
  /** The TLS port (6380); the non-TLS port is always off. */
  public readonly sslPort: number;
  /** Sensitive: the caller marks any output of it sensitive. Only meaningful with `accessKeysAuthentication`. */
  public readonly primaryAccessKey: string;
  /** Sensitive: the caller marks any output of it sensitive. Only meaningful with `accessKeysAuthentication`. */
  public readonly primaryConnectionString: string;
  protected readonly defaultPrivateEndpointSubresource = "redisCache";

  constructor(scope: Construct, id: string, props: RedisCacheProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "redisCache", props);
    const sku = props.sku ?? "Standard";
    const family = props.family ?? REDIS_TIERS[sku]?.family;
    const capacity = props.capacity ?? 1;
    assertNoViolations(where, redisSkuViolations({ sku, family, capacity, zones: props.zones }));
    const maxmemoryPolicy = props.maxmemoryPolicy ?? "allkeys-lru";
    check(MAXMEMORY_POLICIES.includes(maxmemoryPolicy), where, "maxmemoryPolicy", maxmemoryPolicy, `must be one of ${MAXMEMORY_POLICIES.join(", ")}`);

    this.resourceGroup = props.resourceGroup;
    this.resource = new AzRedisCache(this, "cache", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      skuName: sku,
      family,
      capacity,
      zones: props.zones,
      // The only version Azure still creates, and the one Entra ID authentication needs.
      redisVersion: "6",
      minimumTlsVersion: "1.2",
      nonSslPortEnabled: false,
      publicNetworkAccessEnabled: props.publicNetworkAccess ?? false,
      // Entra ID stays on either way: Azure refuses to turn keys off without it.
      accessKeysAuthenticationEnabled: props.accessKeysAuthentication ?? false,
      redisConfiguration: { activeDirectoryAuthenticationEnabled: true, maxmemoryPolicy },
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.hostName = this.resource.hostname;
    this.sslPort = this.resource.sslPort;
    this.primaryAccessKey = this.resource.primaryAccessKey;
    this.primaryConnectionString = this.resource.primaryConnectionString;
    this.initCapabilities(props);
  }

  /**
   * Gives a principal data access through Entra ID with a built-in access policy. Redis data access is
   * not an Azure RBAC role but an access policy assignment on the cache. The assignment's alias (the
   * name shown for the principal) is the principal's construct id, when it is a construct.
   */
  public grantDataAccess(principal: IPrincipal, policy: RedisAccessPolicy = "Data Contributor"): RedisCacheAccessPolicyAssignment {
    check(ACCESS_POLICIES.includes(policy), this.node.path, "grantDataAccess.policy", policy, `must be one of ${ACCESS_POLICIES.join(", ")}`);
    const index = nextChildIndex(this, "data-access");
    const alias = Construct.isConstruct(principal) ? kebab(principal.node.id) : `principal-${index}`;
    return new RedisCacheAccessPolicyAssignment(this, `data-access-${index}`, {
      name: `${kebab(policy)}-${index}`,
      redisCacheId: this.id,
      accessPolicyName: policy,
      objectId: principal.principalId,
      objectIdAlias: alias,
    });
  }
}
