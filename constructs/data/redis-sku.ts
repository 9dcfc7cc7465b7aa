import { Violation } from "../core/errors";

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
