import { Construct } from "constructs";
import { Violation } from "../core/errors";
import { DiagnosticSettingsOptions, IResourceGroup, PrivateEndpointOptions } from "../core/interfaces";
import type { PRIVATE_DNS_ZONES } from "../networking/private-dns-zone";
import type { CacheSettings } from "../../stacks/settings/schema";
import { ManagedRedis } from "./managed-redis";
import { RedisCache } from "./redis-cache";
import { managedRedisSkuViolations, redisSkuViolations } from "./redis-sku";

/** A pattern's cache, whichever service the settings chose: both grant data access and expose host and TLS port. */
export type Cache = ManagedRedis | RedisCache;

/** The rules a pattern's cache settings break, for the kind they name. */
export function cacheSettingsViolations(settings: CacheSettings): Violation[] {
  return settings.kind === "managedRedis" ? managedRedisSkuViolations(settings) : redisSkuViolations(settings);
}

export interface PatternCacheProps {
  readonly resourceGroup: IResourceGroup;
  /** @default none */
  readonly workload?: string;
  /** The cache's private endpoint, given the privatelink zone of the chosen service. */
  readonly privateEndpoint: (zone: keyof Pick<typeof PRIVATE_DNS_ZONES, "managedRedis" | "redisCache">) => PrivateEndpointOptions;
  readonly diagnosticSettings: DiagnosticSettingsOptions[];
  readonly protectFromDeletion: boolean;
  /**
   * Access keys next to Entra ID (the ERP seed's password contract on an existing Azure Cache for Redis).
   * @default false
   */
  readonly accessKeysAuthentication?: boolean;
}

/**
 * The cache a pattern's settings choose, at construct id `redis` in every pattern. Both kinds keep that id,
 * but their resources differ in type (`azurerm_managed_redis` vs `azurerm_redis_cache`), so switching kinds
 * plans a destroy of the old cache: the plan gate stops it, and the README describes the side-by-side migration.
 */
export function patternCache(scope: Construct, settings: CacheSettings, props: PatternCacheProps): Cache {
  const { privateEndpoint, ...common } = props;
  if (settings.kind === "managedRedis") {
    const { kind: _kind, zones: _zones, ...size } = settings;
    return new ManagedRedis(scope, "redis", { ...common, ...size, privateEndpoints: [privateEndpoint("managedRedis")] });
  }
  const { kind: _kind, ...size } = settings;
  return new RedisCache(scope, "redis", { ...common, ...size, privateEndpoints: [privateEndpoint("redisCache")] });
}
