import { Violation } from "../core/errors";

// ---------------------------------------------------------------------------------------------------
// Azure Cache for Redis (Basic, Standard, Premium): closed to tenants without a cache since 2026-04-01,
// retired on 2028-09-30 (Learn: "Azure Cache for Redis retirement: what to know").
// ---------------------------------------------------------------------------------------------------

export type RedisSku = "Basic" | "Standard" | "Premium";
export type RedisFamily = "C" | "P";

/** What each Azure Cache for Redis tier allows: its family, its sizes, and whether it spans zones. */
export const REDIS_TIERS: Record<RedisSku, { family: RedisFamily; minCapacity: number; maxCapacity: number; zones: boolean }> = {
  Basic: { family: "C", minCapacity: 0, maxCapacity: 6, zones: false },
  Standard: { family: "C", minCapacity: 0, maxCapacity: 6, zones: false },
  Premium: { family: "P", minCapacity: 1, maxCapacity: 5, zones: true },
};

/** A Redis size as settings and the RedisCache construct express it. */
export interface RedisSkuSpec {
  readonly sku: RedisSku;
  readonly family: RedisFamily;
  readonly capacity: number;
  /** Availability zones; Premium only. */
  readonly zones?: readonly string[];
}

/** The tier rules a Redis size breaks (an unknown SKU, a family or size the tier lacks, zones below Premium). */
export function redisSkuViolations(spec: RedisSkuSpec): Violation[] {
  const tier = REDIS_TIERS[spec.sku];
  if (!tier) return [{ field: "sku", value: spec.sku, rule: `must be one of ${Object.keys(REDIS_TIERS).join(", ")}` }];
  const violations: Violation[] = [];
  if (spec.family !== tier.family) {
    violations.push({ field: "family", value: spec.family, rule: `must be ${tier.family} for the ${spec.sku} tier` });
  }
  if (!Number.isInteger(spec.capacity) || spec.capacity < tier.minCapacity || spec.capacity > tier.maxCapacity) {
    violations.push({ field: "capacity", value: spec.capacity, rule: `must be a whole number ${tier.minCapacity}-${tier.maxCapacity} for the ${spec.sku} tier (${tier.family}${tier.minCapacity}-${tier.family}${tier.maxCapacity})` });
  }
  if (spec.zones && spec.zones.length > 0 && !tier.zones) {
    violations.push({ field: "zones", value: spec.zones, rule: `must be empty for the ${spec.sku} tier: only Premium spans availability zones` });
  }
  return violations;
}

// ---------------------------------------------------------------------------------------------------
// Azure Managed Redis: the successor. Sizes and memory from Learn "What is Azure Managed Redis?"
// (tiers and sizes); the SKU names are the ones azurerm 4.55's `azurerm_managed_redis.sku_name` accepts.
// ---------------------------------------------------------------------------------------------------

/** The Azure Managed Redis tiers: the part of the SKU name before `_`. */
export type ManagedRedisTier = "Balanced" | "MemoryOptimized" | "ComputeOptimized" | "FlashOptimized";

/**
 * Each tier's sizes with the memory (GB) each offers, and what the tier is for. Flash Optimized sizes
 * count memory plus the NVMe flash that holds the less-used values.
 */
export const MANAGED_REDIS_TIERS: Record<ManagedRedisTier, { readonly purpose: string; readonly sizes: Readonly<Record<string, number>> }> = {
  Balanced: {
    purpose: "memory and vCPUs in balance: the general-purpose tier",
    sizes: { B0: 0.5, B1: 1, B3: 3, B5: 6, B10: 12, B20: 24, B50: 60, B100: 120, B150: 180, B250: 240, B350: 360, B500: 480, B700: 720, B1000: 960 },
  },
  MemoryOptimized: {
    purpose: "more memory per vCPU, for large data sets with modest throughput",
    sizes: { M10: 12, M20: 24, M50: 60, M100: 120, M150: 180, M250: 240, M350: 360, M500: 480, M700: 720, M1000: 960, M1500: 1440, M2000: 1920 },
  },
  ComputeOptimized: {
    purpose: "more vCPUs per GB, for high throughput",
    sizes: { X3: 3, X5: 6, X10: 12, X20: 24, X50: 60, X100: 120, X150: 180, X250: 240, X350: 360, X500: 480, X700: 720 },
  },
  FlashOptimized: {
    purpose: "memory plus NVMe flash, for very large data sets at a lower price per GB",
    sizes: { A250: 256, A500: 512, A700: 720, A1000: 1024, A1500: 1536, A2000: 2048, A4500: 4608 },
  },
};

/** A size in words, for error messages: `Balanced_B1 (1 GB)`. */
function describeSize(tier: ManagedRedisTier, size: string): string {
  return `${tier}_${size} (${MANAGED_REDIS_TIERS[tier].sizes[size]} GB)`;
}

/** An Azure Managed Redis size as settings and the ManagedRedis construct express it. */
export interface ManagedRedisSkuSpec {
  /** `<tier>_<size>`, e.g. `Balanced_B1`. */
  readonly sku: string;
  /** Two copies of the data on separate nodes, spread over the region's availability zones. */
  readonly highAvailability?: boolean;
  /**
   * Not settable: Azure Managed Redis has no zone list (azurerm 4.55's `azurerm_managed_redis` has no
   * `zones`); with high availability its nodes span the region's zones. Present only to be refused.
   */
  readonly zones?: readonly string[];
}

/**
 * The rules an Azure Managed Redis size breaks: an unknown tier, a size the tier does not offer (the
 * message lists what each size offers), or zones, which Azure places itself.
 */
export function managedRedisSkuViolations(spec: ManagedRedisSkuSpec): Violation[] {
  const violations: Violation[] = [];
  const [tierName, size, ...rest] = String(spec.sku).split("_");
  const tier = MANAGED_REDIS_TIERS[tierName as ManagedRedisTier];
  if (!tier || rest.length > 0) {
    violations.push({ field: "sku", value: spec.sku, rule: `must be <tier>_<size> with tier one of ${Object.entries(MANAGED_REDIS_TIERS).map(([name, t]) => `${name} (${t.purpose})`).join(", ")}` });
  } else if (tier.sizes[size] === undefined) {
    const offered = Object.keys(tier.sizes).map((s) => describeSize(tierName as ManagedRedisTier, s)).join(", ");
    violations.push({ field: "sku", value: spec.sku, rule: `must be a size the ${tierName} tier offers: ${offered}` });
  }
  if (spec.zones && spec.zones.length > 0) {
    violations.push({ field: "zones", value: spec.zones, rule: "must be empty for Azure Managed Redis: Azure spreads a highly available cache over the region's zones itself (set highAvailability instead)" });
  }
  return violations;
}

/**
 * Microsoft's mapping of Azure Cache for Redis sizes to Azure Managed Redis sizes (Learn: "Migrate from
 * Azure Cache for Redis to Azure Managed Redis", SKU mapping table): the Balanced size of about the old
 * size's memory. Memory-heavy workloads on C4-C6 may prefer the Memory Optimized size of the same
 * memory (M10, M20, M50). Basic has no replica, so its caches map to a cache without high availability;
 * Standard and Premium keep one (Premium's zone redundancy comes with it).
 */
export const CACHE_FOR_REDIS_TO_MANAGED: Readonly<Record<`${RedisFamily}${number}`, string>> = {
  C0: "Balanced_B0",
  C1: "Balanced_B1",
  C2: "Balanced_B3",
  C3: "Balanced_B5",
  C4: "Balanced_B10",
  C5: "Balanced_B20",
  C6: "Balanced_B50",
  P1: "Balanced_B5",
  P2: "Balanced_B10",
  P3: "Balanced_B20",
  P4: "Balanced_B50",
  P5: "Balanced_B100",
};

/**
 * The Azure Managed Redis cache Microsoft maps an Azure Cache for Redis size to (see the table above): how
 * the settings write the seeds' sizes, so each keeps its source.
 */
export function managedRedisFor(spec: RedisSkuSpec): { kind: "managedRedis"; sku: string; highAvailability: boolean } {
  const sku = CACHE_FOR_REDIS_TO_MANAGED[`${spec.family}${spec.capacity}`];
  if (!sku) throw new Error(`no Azure Managed Redis size for ${spec.sku} ${spec.family}${spec.capacity}`);
  return { kind: "managedRedis", sku, highAvailability: spec.sku !== "Basic" };
}
