import { isExpression, valueAt } from "../attributes";
import type { PolicyContext, PolicyResource, PolicyRule } from "../types";

/**
 * Building blocks every area of the rule pack shares: the one-argument setting rule, how a finding
 * names an argument and its value, TLS versions, and public network access.
 */

/** What a rule needs besides the argument it reads. */
export interface SettingRuleSpec {
  readonly id: string;
  readonly title: string;
  readonly scanners: readonly string[];
  readonly fix: string;
  /** The type, or types sharing the argument, the rule inspects. */
  readonly resourceType: string | readonly string[];
  /** Dotted path of the argument, through nested blocks. */
  readonly argument: string;
  /** What the provider sends when the argument is unset; undefined when the feature is then off. */
  readonly providerDefault?: unknown;
  /** Whether the effective value complies. */
  readonly complies: (value: unknown) => boolean;
  /** The finding, e.g. "accepts shared key authorization"; the argument and its value are appended. */
  readonly problem: string;
  /** Restricts the rule to the resources it makes sense for (e.g. the SKU that has the setting). */
  readonly appliesTo?: (resource: PolicyResource, context: PolicyContext) => boolean;
}

/** A rule that demands one argument have a compliant value, counting the provider default when unset. */
export function settingRule(spec: SettingRuleSpec): PolicyRule {
  return {
    id: spec.id,
    title: spec.title,
    scanners: spec.scanners,
    resourceTypes: typeof spec.resourceType === "string" ? [spec.resourceType] : spec.resourceType,
    fix: spec.fix,
    check: (resource, context) => (spec.appliesTo && !spec.appliesTo(resource, context) ? undefined : settingProblem(resource.body, spec.argument, spec.providerDefault, spec.complies, spec.problem)),
  };
}

/**
 * The finding for one argument, or undefined when its effective value (the default when unset)
 * complies. An expression cannot be judged at synth, so it is a finding of its own: settings that
 * matter for security are literals in this estate.
 */
export function settingProblem(body: unknown, argument: string, providerDefault: unknown, complies: (value: unknown) => boolean, problem: string): string | undefined {
  const set = valueAt<unknown>(body, argument);
  const value = set ?? providerDefault;
  if (isExpression(value)) return `sets ${argument} from an expression the policy cannot check`;
  return complies(value) ? undefined : `${problem} (${settingText(argument, set, providerDefault)})`;
}

/**
 * How a finding names an argument: `name = value` when set, otherwise `name defaults to value` (what
 * the provider sends) or `name is not set`, so the reader sees why an argument nobody wrote matters.
 */
export function settingText(argument: string, set: unknown, providerDefault: unknown): string {
  if (set !== undefined) return `${argument} = ${JSON.stringify(set)}`;
  return providerDefault === undefined ? `${argument} is not set` : `${argument} defaults to ${JSON.stringify(providerDefault)}`;
}

export const isTrue = (value: unknown): boolean => value === true;
export const isFalse = (value: unknown): boolean => value === false;
export const atLeast =
  (minimum: number) =>
  (value: unknown): boolean =>
    typeof value === "number" && value >= minimum;

/**
 * A TLS version however the provider spells it ("1.2", "TLS1_2", "Tls12", "TLSv1.2", "TLSv1_2";
 * Cosmos DB's "Tls" is 1.0) as major*10+minor, e.g. 12; undefined for anything else ("Disabled").
 */
export function tlsVersion(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const match = /^(?:tls\s*v?)?(\d)?[._]?(\d)?$/i.exec(value.trim());
  return match ? Number(match[1] ?? "1") * 10 + Number(match[2] ?? "0") : undefined;
}

/** TLS 1.2 or newer. */
export const tls12 = (value: unknown): boolean => (tlsVersion(value) ?? 0) >= 12;

/** Where a service's firewall keeps its default action, for services that have one. */
export interface Firewall {
  /** The argument a finding names, e.g. `network_rules.default_action`. */
  readonly argument: string;
  /** The default action set for the resource (in its body or a separate resource), if any. */
  readonly action: (resource: PolicyResource, context: PolicyContext) => unknown;
}

/** What a public network access rule needs. */
export interface PublicNetworkRuleSpec {
  readonly id: string;
  readonly title: string;
  readonly scanners: readonly string[];
  readonly fix: string;
  readonly resourceType: string;
  /** A firewall whose default action Deny also keeps the public endpoint closed to all but allowed ranges. */
  readonly firewall?: Firewall;
  readonly appliesTo?: (resource: PolicyResource, context: PolicyContext) => boolean;
}

export const PUBLIC_ACCESS = "public_network_access_enabled";

/**
 * Public network access off (`public_network_access_enabled`, true by default on every service), or,
 * for services with a firewall, a firewall that denies by default (firewalls allow by default).
 */
export function publicNetworkRule(spec: PublicNetworkRuleSpec): PolicyRule {
  return {
    id: spec.id,
    title: spec.title,
    scanners: spec.scanners,
    resourceTypes: [spec.resourceType],
    fix: spec.fix,
    check: (resource, context) => {
      if (spec.appliesTo && !spec.appliesTo(resource, context)) return undefined;
      const open = settingProblem(resource.body, PUBLIC_ACCESS, true, isFalse, "accepts traffic from public networks");
      const publicSet = valueAt(resource.body, PUBLIC_ACCESS);
      if (open === undefined || spec.firewall === undefined || isExpression(publicSet)) return open;
      const action = spec.firewall.action(resource, context);
      if (isExpression(action)) return `sets ${spec.firewall.argument} from an expression the policy cannot check`;
      return action === "Deny" ? undefined : `accepts traffic from any network (${settingText(PUBLIC_ACCESS, publicSet, true)}, ${settingText(spec.firewall.argument, action, "Allow")})`;
    },
  };
}
