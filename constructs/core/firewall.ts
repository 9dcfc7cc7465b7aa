import { check } from "./errors";
import { parseCidr } from "./cidr";

/** Public-endpoint firewall of a PaaS service (storage, Key Vault, ...): the same props everywhere. */
export interface FirewallProps {
  /**
   * Reachable from the internet (still limited by the firewall); otherwise private endpoints only.
   * @default false
   */
  readonly publicNetworkAccess?: boolean;
  /**
   * Public IPv4 addresses or CIDRs allowed in; requires `publicNetworkAccess`.
   * @default none
   */
  readonly allowedIpRanges?: string[];
  /**
   * What the firewall does with traffic from outside `allowedIpRanges` when public access is on.
   * "Allow" leaves Entra ID RBAC as the only gate: for callers without fixed egress IPs (hosted CI runners).
   * @default "Deny"
   */
  readonly networkDefaultAction?: "Allow" | "Deny";
}

/**
 * Validates the firewall props and returns them with defaults applied. `widestSingleRange` is the
 * longest prefix the service accepts in CIDR form (Azure Storage rejects /31 and /32).
 */
export function resolveFirewall(where: string, props: FirewallProps, widestSingleRange = 32): Required<FirewallProps> {
  const publicNetworkAccess = props.publicNetworkAccess ?? false;
  const networkDefaultAction = props.networkDefaultAction ?? "Deny";
  const allowedIpRanges = props.allowedIpRanges ?? [];
  check(publicNetworkAccess || networkDefaultAction === "Deny", where, "networkDefaultAction", networkDefaultAction, 'must be "Deny" unless publicNetworkAccess is true');
  // Azure ignores IP rules when public access is off, so asking for both is a mistake.
  check(publicNetworkAccess || allowedIpRanges.length === 0, where, "allowedIpRanges", props.allowedIpRanges, "must be empty unless publicNetworkAccess is true");
  const rule =
    widestSingleRange < 32
      ? `must be an IPv4 address or a CIDR of /${widestSingleRange} or wider (Azure Storage rejects /31 and /32)`
      : "must be an IPv4 address or CIDR";
  allowedIpRanges.forEach((range, i) => {
    const cidr = parseCidr(range.includes("/") ? range : `${range}/32`);
    const ok = typeof cidr !== "string" && (!range.includes("/") || cidr.prefixLength <= widestSingleRange);
    check(ok, where, `allowedIpRanges.${i}`, range, rule);
  });
  return { publicNetworkAccess, networkDefaultAction, allowedIpRanges };
}
