import { Construct } from "constructs";
import {
  WebApplicationFirewallPolicy,
  WebApplicationFirewallPolicyCustomRules,
} from "@cdktf/provider-azurerm/lib/web-application-firewall-policy";
import { AzureResource } from "../core/azure-resource";
import { check, isWholeNumberIn } from "../core/errors";
import { CommonResourceProps, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";

export type WafMode = "Prevention" | "Detection";
const MODES: readonly WafMode[] = ["Prevention", "Detection"];

/** The core (OWASP-derived) rule set a policy runs. */
export interface WafManagedRuleSet {
  readonly type: "Microsoft_DefaultRuleSet" | "OWASP";
  readonly version: string;
}

/**
 * Core rule sets an Application Gateway WAF v2 policy may run, newest first. Azure retired CRS 2.2.9 and
 * 3.0, CRS 3.1 gets no new rules, and azurerm 4.55 rejects DRS 2.2 at plan time: what is left is DRS 2.1
 * (CRS 3.3.2 plus Microsoft Threat Intelligence rules) and CRS 3.2.
 */
export const WAF_MANAGED_RULE_SETS: readonly WafManagedRuleSet[] = [
  { type: "Microsoft_DefaultRuleSet", version: "2.1" },
  { type: "OWASP", version: "3.2" },
];
// 1.0 first: 1.1 is newer, but whether azurerm 4.55 accepts it could not be confirmed offline.
const BOT_MANAGER_VERSIONS: readonly string[] = ["1.0", "1.1"];

export type WafMatchVariable =
  | "RemoteAddr"
  | "RequestMethod"
  | "QueryString"
  | "PostArgs"
  | "RequestUri"
  | "RequestHeaders"
  | "RequestBody"
  | "RequestCookies";
const MATCH_VARIABLES: readonly WafMatchVariable[] = ["RemoteAddr", "RequestMethod", "QueryString", "PostArgs", "RequestUri", "RequestHeaders", "RequestBody", "RequestCookies"];

export type WafOperator =
  | "Any"
  | "IPMatch"
  | "GeoMatch"
  | "Equal"
  | "Contains"
  | "LessThan"
  | "GreaterThan"
  | "LessThanOrEqual"
  | "GreaterThanOrEqual"
  | "BeginsWith"
  | "EndsWith"
  | "Regex";
const OPERATORS: readonly WafOperator[] = [
  "Any",
  "IPMatch",
  "GeoMatch",
  "Equal",
  "Contains",
  "LessThan",
  "GreaterThan",
  "LessThanOrEqual",
  "GreaterThanOrEqual",
  "BeginsWith",
  "EndsWith",
  "Regex",
];

export type WafTransform = "HtmlEntityDecode" | "Lowercase" | "RemoveNulls" | "Trim" | "UrlDecode" | "UrlEncode";
export type WafCustomRuleAction = "Allow" | "Block" | "Log";
const ACTIONS: readonly WafCustomRuleAction[] = ["Allow", "Block", "Log"];
export type WafRateLimitDuration = "OneMin" | "FiveMins";
const RATE_LIMIT_DURATIONS: readonly WafRateLimitDuration[] = ["OneMin", "FiveMins"];
export type WafRateLimitGroupBy = "ClientAddr" | "GeoLocation" | "None";
const RATE_LIMIT_GROUP_BY: readonly WafRateLimitGroupBy[] = ["ClientAddr", "GeoLocation", "None"];

/** One condition of a custom rule; all conditions of a rule must match. */
export interface WafMatchCondition {
  /** What is inspected. */
  readonly variable: WafMatchVariable;
  /** Header, cookie or argument name, for the collection variables. @default none: the whole collection */
  readonly selector?: string;
  readonly operator: WafOperator;
  /** Values compared with (IP ranges, country codes, strings). @default none: only for `Any` */
  readonly values?: string[];
  /** Match when the condition does NOT hold. @default false */
  readonly negate?: boolean;
  /** @default none */
  readonly transforms?: WafTransform[];
}

/** Turns a rule into a rate limit: it acts once a client exceeds `threshold` matching requests per window. */
export interface WafRateLimit {
  /** Requests per window, at least 1. */
  readonly threshold: number;
  /** @default "OneMin" */
  readonly duration?: WafRateLimitDuration;
  /** Whose requests are counted together. @default "ClientAddr" */
  readonly groupBy?: WafRateLimitGroupBy;
}

/** A custom rule, evaluated before the managed rule sets in priority order. */
export interface WafCustomRule {
  /** Unique in the policy, up to 128 characters. */
  readonly name: string;
  /** 1-100, unique in the policy; lower runs first. */
  readonly priority: number;
  readonly action: WafCustomRuleAction;
  /** At least one; all must match. */
  readonly matchConditions: WafMatchCondition[];
  /** @default none: a match rule */
  readonly rateLimit?: WafRateLimit;
  /** @default true */
  readonly enabled?: boolean;
}

export interface WafPolicyProps extends Pick<CommonResourceProps, "name" | "lock" | "roleAssignments" | "tags" | "protectFromDeletion"> {
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-waf-<workload>-<region>-<env>`).
   * @default none
   */
  readonly workload?: string;
  /**
   * `Prevention` blocks what the rules match; `Detection` only logs it (for tuning a new application).
   * @default "Prevention"
   */
  readonly mode?: WafMode;
  /**
   * The core rule set: `Microsoft_DefaultRuleSet` 2.1 or `OWASP` 3.2.
   * @default { type: "Microsoft_DefaultRuleSet", version: "2.1" }: the newest azurerm 4.55 accepts
   */
  readonly managedRuleSet?: WafManagedRuleSet;
  /**
   * Add the Bot Manager rule set (blocks known bad bots, lets verified search engines through).
   * @default true
   */
  readonly botProtection?: boolean;
  /**
   * Version of the Bot Manager rule set: 1.1 or 1.0.
   * @default "1.0"
   */
  readonly botManagerVersion?: string;
  /**
   * Largest request body accepted, in KB, 8-2000; larger bodies are blocked (request body enforcement).
   * @default 128
   */
  readonly maxRequestBodySizeInKb?: number;
  /**
   * Largest file upload accepted, in MB, 1-4000; larger uploads are blocked.
   * @default 100
   */
  readonly fileUploadLimitInMb?: number;
  /**
   * Rules evaluated before the managed rule sets, e.g. a per-client rate limit.
   * @default none
   */
  readonly customRules?: WafCustomRule[];
}

/**
 * A Web Application Firewall policy for Application Gateway WAF v2: Prevention mode, the Microsoft
 * default rule set plus Bot Manager, request bodies inspected and size-limited, optional custom rules.
 * Its logs are the gateway's firewall logs: diagnostics are set on the gateway, not here.
 */
export class WafPolicy extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: WebApplicationFirewallPolicy;
  public readonly resourceGroup: IResourceGroup;
  public readonly mode: WafMode;

  constructor(scope: Construct, id: string, props: WafPolicyProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "wafPolicy", props);
    this.mode = props.mode ?? "Prevention";
    oneOf(where, "mode", this.mode, MODES);
    const ruleSet = props.managedRuleSet ?? WAF_MANAGED_RULE_SETS[0];
    const known = WAF_MANAGED_RULE_SETS.some((s) => s.type === ruleSet.type && s.version === ruleSet.version);
    check(known, where, "managedRuleSet", ruleSet, `must be one of ${WAF_MANAGED_RULE_SETS.map((s) => `${s.type} ${s.version}`).join(", ")}`);
    const botProtection = props.botProtection ?? true;
    const botManagerVersion = props.botManagerVersion ?? BOT_MANAGER_VERSIONS[0];
    oneOf(where, "botManagerVersion", botManagerVersion, BOT_MANAGER_VERSIONS);
    const maxRequestBodySizeInKb = props.maxRequestBodySizeInKb ?? 128;
    check(isWholeNumberIn(maxRequestBodySizeInKb, 8, 2000), where, "maxRequestBodySizeInKb", maxRequestBodySizeInKb, "must be a whole number from 8 to 2000");
    const fileUploadLimitInMb = props.fileUploadLimitInMb ?? 100;
    check(isWholeNumberIn(fileUploadLimitInMb, 1, 4000), where, "fileUploadLimitInMb", fileUploadLimitInMb, "must be a whole number from 1 to 4000");
    const customRules = customRulesOf(where, props.customRules ?? []);

    this.resourceGroup = props.resourceGroup;
    this.resource = new WebApplicationFirewallPolicy(this, "policy", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      policySettings: {
        enabled: true,
        mode: this.mode,
        // Inspect bodies and block those over the limits: an uninspected body is a bypass.
        requestBodyCheck: true,
        requestBodyEnforcement: true,
        maxRequestBodySizeInKb,
        fileUploadEnforcement: true,
        fileUploadLimitInMb,
      },
      managedRules: {
        managedRuleSet: [
          { type: ruleSet.type, version: ruleSet.version },
          ...(botProtection ? [{ type: "Microsoft_BotManagerRuleSet", version: botManagerVersion }] : []),
        ],
      },
      customRules: customRules.length ? customRules : undefined,
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.initCapabilities(props);
  }
}

function oneOf<T extends string>(where: string, field: string, value: T, allowed: readonly T[]): void {
  check(allowed.includes(value), where, field, value, `must be one of ${allowed.join(", ")}`);
}

/** Validates the custom rules and maps them to the provider's blocks. */
function customRulesOf(where: string, rules: readonly WafCustomRule[]): WebApplicationFirewallPolicyCustomRules[] {
  const names = new Set<string>();
  const priorities = new Map<number, string>();
  return rules.map((rule) => {
    const field = `customRules.${rule.name}`;
    check(rule.name.length >= 1 && rule.name.length <= 128, where, `${field}.name`, rule.name, "must be 1-128 characters");
    check(!names.has(rule.name), where, `${field}.name`, rule.name, "must be unique in the policy");
    names.add(rule.name);
    check(isWholeNumberIn(rule.priority, 1, 100), where, `${field}.priority`, rule.priority, "must be a whole number from 1 to 100");
    const taken = priorities.get(rule.priority);
    check(taken === undefined, where, `${field}.priority`, rule.priority, `must be unique in the policy: rule "${taken}" already uses it`);
    priorities.set(rule.priority, rule.name);
    oneOf(where, `${field}.action`, rule.action, ACTIONS);
    check(rule.matchConditions.length > 0, where, `${field}.matchConditions`, rule.matchConditions, "must hold at least one condition");
    rule.matchConditions.forEach((c, i) => {
      oneOf(where, `${field}.matchConditions[${i}].variable`, c.variable, MATCH_VARIABLES);
      oneOf(where, `${field}.matchConditions[${i}].operator`, c.operator, OPERATORS);
      check(c.operator === "Any" || !!c.values?.length, where, `${field}.matchConditions[${i}].values`, c.values, "must hold at least one value unless the operator is Any");
    });
    const limit = rule.rateLimit;
    const rate = limit && { threshold: limit.threshold, duration: limit.duration ?? "OneMin", groupBy: limit.groupBy ?? "ClientAddr" };
    if (rate) {
      check(isWholeNumberIn(rate.threshold, 1, Infinity), where, `${field}.rateLimit.threshold`, rate.threshold, "must be a whole number, at least 1");
      oneOf(where, `${field}.rateLimit.duration`, rate.duration, RATE_LIMIT_DURATIONS);
      oneOf(where, `${field}.rateLimit.groupBy`, rate.groupBy, RATE_LIMIT_GROUP_BY);
    }
    return {
      name: rule.name,
      priority: rule.priority,
      action: rule.action,
      enabled: rule.enabled ?? true,
      ruleType: rate ? "RateLimitRule" : "MatchRule",
      rateLimitThreshold: rate?.threshold,
      rateLimitDuration: rate?.duration,
      groupRateLimitBy: rate?.groupBy,
      matchConditions: rule.matchConditions.map((c) => ({
        matchVariables: [{ variableName: c.variable, selector: c.selector }],
        operator: c.operator,
        matchValues: c.values,
        negationCondition: c.negate ?? false,
        transforms: c.transforms,
      })),
    };
  });
}
