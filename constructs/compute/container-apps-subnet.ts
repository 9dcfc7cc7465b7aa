import { Violation } from "../core/errors";
import { parseCidr } from "../core/cidr";

/**
 * The smallest infrastructure subnet a Container Apps environment with workload profiles accepts is a
 * /27 (a consumption-only environment needs a /23; we always use workload profiles).
 */
export const CONTAINER_APPS_MAX_PREFIX_LENGTH = 27;

/** Why a subnet cannot host a Container Apps environment, if it cannot. */
export function containerAppsSubnetViolations(field: string, cidrText: string): Violation[] {
  const cidr = parseCidr(cidrText);
  if (typeof cidr === "string") return [{ field, value: cidrText, rule: cidr }];
  return cidr.prefixLength > CONTAINER_APPS_MAX_PREFIX_LENGTH
    ? [{ field, value: cidrText, rule: `must be a /${CONTAINER_APPS_MAX_PREFIX_LENGTH} or larger to host a Container Apps environment with workload profiles` }]
    : [];
}
