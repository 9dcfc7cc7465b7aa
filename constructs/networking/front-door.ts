import { Construct } from "constructs";
import { CdnFrontdoorEndpoint } from "@cdktf/provider-azurerm/lib/cdn-frontdoor-endpoint";
import { CdnFrontdoorFirewallPolicy } from "@cdktf/provider-azurerm/lib/cdn-frontdoor-firewall-policy";
import { CdnFrontdoorOrigin } from "@cdktf/provider-azurerm/lib/cdn-frontdoor-origin";
import { CdnFrontdoorOriginGroup } from "@cdktf/provider-azurerm/lib/cdn-frontdoor-origin-group";
import { CdnFrontdoorProfile } from "@cdktf/provider-azurerm/lib/cdn-frontdoor-profile";
import { CdnFrontdoorRoute } from "@cdktf/provider-azurerm/lib/cdn-frontdoor-route";
import { CdnFrontdoorRule } from "@cdktf/provider-azurerm/lib/cdn-frontdoor-rule";
import { CdnFrontdoorRuleSet } from "@cdktf/provider-azurerm/lib/cdn-frontdoor-rule-set";
import { CdnFrontdoorSecurityPolicy } from "@cdktf/provider-azurerm/lib/cdn-frontdoor-security-policy";
import { AzureResource } from "../core/azure-resource";
import { assertNoViolations, isWholeNumberIn, Violation } from "../core/errors";
import { CommonResourceProps, IResourceGroup } from "../core/interfaces";
import { assertName, NameRule, nameViolation, resourceName } from "../core/naming";

export type FrontDoorSku = "Standard_AzureFrontDoor" | "Premium_AzureFrontDoor";
const SKUS: readonly FrontDoorSku[] = ["Standard_AzureFrontDoor", "Premium_AzureFrontDoor"];

export type FrontDoorQueryStringCaching = "IgnoreQueryString" | "UseQueryString" | "IgnoreSpecifiedQueryStrings" | "IncludeSpecifiedQueryStrings";
const QUERY_STRING_CACHING: readonly FrontDoorQueryStringCaching[] = ["IgnoreQueryString", "UseQueryString", "IgnoreSpecifiedQueryStrings", "IncludeSpecifiedQueryStrings"];
/** The behaviours that key the cache on a named list of query string parameters. */
const NAMED_QUERY_STRINGS: readonly FrontDoorQueryStringCaching[] = ["IgnoreSpecifiedQueryStrings", "IncludeSpecifiedQueryStrings"];

/** Longest cache duration accepted: 365 days (the provider's limit is 365.23:59:59). */
export const MAX_CACHE_DURATION_SECONDS = 31_536_000;

/**
 * Text types worth compressing at the edge. Images, video and binary glTF are compressed already:
 * compressing them again costs edge CPU and saves nothing.
 */
export const COMPRESSED_CONTENT_TYPES: readonly string[] = [
  "application/javascript",
  "application/json",
  "application/xml",
  "image/svg+xml",
  "text/css",
  "text/html",
  "text/javascript",
  "text/plain",
  "text/xml",
];

/**
 * A route's name: Front Door allows 2-90 characters, but the route's cache rule set is named
 * `cache<route name without '-'>` and rule set names stop at 60 characters.
 */
const ROUTE_NAME_RULE: NameRule = {
  abbreviation: "",
  minLength: 2,
  maxLength: 50,
  pattern: /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/,
  description: "2-50 characters: letters, digits, '-'; start and end with a letter or digit",
};

/** Front Door WAF policy names: no hyphens, unlike every other Front Door name. */
const FIREWALL_POLICY_NAME_RULE: NameRule = {
  abbreviation: "",
  minLength: 1,
  maxLength: 128,
  pattern: /^[A-Za-z][A-Za-z0-9]*$/,
  description: "1-128 characters: letters and digits only; start with a letter",
};

/** One route of the endpoint: URL paths served from the origin (usually one blob container each). */
export interface FrontDoorRoute {
  /** Route name: 2-50 characters, letters, digits and '-', unique in the Front Door (ignoring case and '-'). */
  readonly name: string;
  /** Paths the route serves, each starting with "/"; a "*" may only end one. E.g. `["/vr-assets/*"]`. */
  readonly patterns: string[];
  /**
   * How long the edge keeps a response, in seconds (0-31536000), whatever Cache-Control the origin
   * sends. 0 turns caching (and with it compression) off for the route.
   * @default the origin's Cache-Control; Front Door caches 1-3 days when the origin sends none
   */
  readonly cacheDurationSeconds?: number;
  /**
   * Compress text responses at the edge (the types in COMPRESSED_CONTENT_TYPES).
   * @default true, unless caching is off
   */
  readonly compression?: boolean;
  /**
   * How the query string enters the cache key.
   * @default "IgnoreQueryString": blob content does not depend on it, so one copy serves every URL
   */
  readonly queryStringCaching?: FrontDoorQueryStringCaching;
  /**
   * The query string parameters the `*SpecifiedQueryStrings` behaviours include or ignore; required
   * for those two, not allowed for the others.
   * @default none
   */
  readonly queryStrings?: string[];
}

/** The storage account whose blobs Front Door serves. */
export interface FrontDoorStorageOrigin {
  /** The account's primary blob host (`<account>.blob.core.windows.net`): `storage.resource.primaryBlobHost`. */
  readonly hostName: string;
  /** ARM id of the storage account: the Private Link target. */
  readonly storageAccountId: string;
  /** Region of the storage account: where the Private Link connection is made. */
  readonly location: string;
}

/** What settings validation and the construct both check: the SKU, the origin's exposure, WAF and routes. */
export interface FrontDoorSpec {
  readonly sku: FrontDoorSku;
  readonly allowPublicOrigin?: boolean;
  readonly waf?: boolean;
  readonly healthProbePath?: string;
  readonly routes: readonly FrontDoorRoute[];
}

export interface FrontDoorProps extends Pick<CommonResourceProps, "name" | "diagnosticSettings" | "lock" | "roleAssignments" | "tags" | "protectFromDeletion"> {
  /** Where the profile, endpoint and WAF policy live (Front Door itself is global). */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated names (`<prefix>-afd-<workload>-<region>-<env>`, and the endpoint
   * `<prefix>-fde-<workload>-<region>-<env>-<hash>`).
   * @default none
   */
  readonly workload?: string;
  /**
   * Premium adds Private Link to the origin and the managed WAF rule sets.
   * @default "Premium_AzureFrontDoor"
   */
  readonly sku?: FrontDoorSku;
  /** The storage account served. */
  readonly origin: FrontDoorStorageOrigin;
  /**
   * Reach the storage account over its public endpoint instead of Private Link. Standard has no
   * Private Link, so it must be set there, as an explicit acknowledgement that the account must then
   * accept public traffic. On Premium it turns Private Link off.
   * @default false
   */
  readonly allowPublicOrigin?: boolean;
  /** The routes of the endpoint, at least one; e.g. one per container. */
  readonly routes: FrontDoorRoute[];
  /**
   * A WAF policy in Prevention mode with the Microsoft default rule set 2.1 and the bot manager rule
   * set on the endpoint. Premium only: Standard has no managed rule sets.
   * @default true on Premium, false on Standard
   */
  readonly waf?: boolean;
  /**
   * Path of the HEAD-over-HTTPS health probe. Front Door counts only a 200 as healthy, and an
   * anonymous HEAD on the account root does not return one: point it at a small blob Front Door may read.
   * @default "/"
   */
  readonly healthProbePath?: string;
}

/**
 * Azure Front Door (Standard/Premium, the successor of classic CDN) serving blob storage over HTTPS:
 * a profile with one endpoint on its default `*.azurefd.net` domain, one origin group with the
 * storage account as its origin, and a route per set of paths that redirects HTTP to HTTPS, talks
 * HTTPS only to the origin and caches at the edge.
 *
 * - Premium (the default) reaches the account through Private Link, so the account can stay closed
 *   to public networks. Azure creates that private endpoint connection *pending* on the storage
 *   account: its owner must approve it (portal, or `az network private-endpoint-connection approve`)
 *   before Front Door can fetch anything; OpenTofu cannot approve it.
 * - Standard has no Private Link: it needs `allowPublicOrigin: true`, and the account must accept
 *   public traffic (at least from the `AzureFrontDoor.Backend` service tag).
 * - TLS: the default domain accepts TLS 1.2 or later only (Front Door dropped 1.0 and 1.1 on
 *   1 March 2025), with no argument to set. Custom domains, where `minimum_tls_version` lives, are not
 *   in scope yet.
 * - Front Door fetches blobs anonymously (azurerm 4.55 cannot configure managed identity origin
 *   authentication): the account must let it read the served blobs.
 * - Caching: every route caches (and compresses text) unless its `cacheDurationSeconds` is 0; a
 *   route with a duration gets a rule set whose rule overrides the origin's TTL.
 * - Premium gets a WAF policy (Prevention, Microsoft managed rule sets) on the endpoint by default.
 */
export class FrontDoor extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  /** The profile. */
  public readonly resource: CdnFrontdoorProfile;
  public readonly resourceGroup: IResourceGroup;
  public readonly sku: FrontDoorSku;
  public readonly endpoint: CdnFrontdoorEndpoint;
  /** The endpoint's host name (`<endpoint>-<hash>.z01.azurefd.net`): where clients fetch assets. */
  public readonly endpointHostName: string;
  public readonly originGroup: CdnFrontdoorOriginGroup;
  public readonly origin: CdnFrontdoorOrigin;
  /** Routes by route name. */
  public readonly routes: Record<string, CdnFrontdoorRoute> = {};
  /** The WAF policy, when there is one. */
  public readonly firewallPolicy?: CdnFrontdoorFirewallPolicy;
  /** True when the origin is reached through Private Link. */
  public readonly privateLink: boolean;

  constructor(scope: Construct, id: string, props: FrontDoorProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "frontDoorProfile", props);
    this.sku = props.sku ?? "Premium_AzureFrontDoor";
    const premium = this.sku === "Premium_AzureFrontDoor";
    const waf = props.waf ?? premium;
    const healthProbePath = props.healthProbePath ?? "/";
    assertNoViolations(where, frontDoorViolations({ sku: this.sku, allowPublicOrigin: props.allowPublicOrigin, waf, healthProbePath, routes: props.routes }));
    this.privateLink = premium && !props.allowPublicOrigin;
    const wafName = waf ? firewallPolicyName(name, where) : undefined;

    this.resourceGroup = props.resourceGroup;
    this.resource = new CdnFrontdoorProfile(this, "profile", {
      name,
      resourceGroupName: props.resourceGroup.name,
      skuName: this.sku,
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;

    this.endpoint = new CdnFrontdoorEndpoint(this, "endpoint", {
      name: resourceName(this, "frontDoorEndpoint", { workload: props.workload }),
      cdnFrontdoorProfileId: this.id,
      tags: props.tags,
    });
    this.endpointHostName = this.endpoint.hostName;

    this.originGroup = new CdnFrontdoorOriginGroup(this, "origin-group", {
      name: "storage",
      cdnFrontdoorProfileId: this.id,
      // Static content: any edge may fetch any blob, so no affinity.
      sessionAffinityEnabled: false,
      healthProbe: { protocol: "Https", requestType: "HEAD", path: healthProbePath, intervalInSeconds: 100 },
      loadBalancing: { sampleSize: 4, successfulSamplesRequired: 3, additionalLatencyInMilliseconds: 50 },
    });
    const { origin } = props;
    this.origin = new CdnFrontdoorOrigin(this, "origin", {
      name: "blob",
      cdnFrontdoorOriginGroupId: this.originGroup.id,
      hostName: origin.hostName,
      // Blob storage picks the account by Host header.
      originHostHeader: origin.hostName,
      certificateNameCheckEnabled: true,
      httpsPort: 443,
      httpPort: 80,
      priority: 1,
      weight: 1000,
      enabled: true,
      privateLink: this.privateLink
        ? {
            targetType: "blob",
            privateLinkTargetId: origin.storageAccountId,
            location: origin.location,
            requestMessage: `Azure Front Door ${name} serves this account's blobs: approve to let it reach them privately.`,
          }
        : undefined,
    });

    props.routes.forEach((route) => this.addRoute(route));

    if (wafName) {
      this.firewallPolicy = new CdnFrontdoorFirewallPolicy(this, "waf", {
        name: wafName,
        resourceGroupName: props.resourceGroup.name,
        skuName: this.sku,
        enabled: true,
        mode: "Prevention",
        requestBodyCheckEnabled: true,
        managedRule: [
          // DRS 2.x scores anomalies: Block acts once a request's score reaches the threshold.
          { type: "Microsoft_DefaultRuleSet", version: "2.1", action: "Block" },
          { type: "Microsoft_BotManagerRuleSet", version: "1.0", action: "Block" },
        ],
        tags: props.tags,
      });
      new CdnFrontdoorSecurityPolicy(this, "security-policy", {
        name: "waf",
        cdnFrontdoorProfileId: this.id,
        securityPolicies: {
          firewall: {
            cdnFrontdoorFirewallPolicyId: this.firewallPolicy.id,
            association: { domain: [{ cdnFrontdoorDomainId: this.endpoint.id }], patternsToMatch: ["/*"] },
          },
        },
      });
    }
    this.initCapabilities(props);
  }

  /** A route to the origin; with a cache duration, also the rule set that forces it. */
  private addRoute(route: FrontDoorRoute): void {
    const seconds = route.cacheDurationSeconds;
    const caching = seconds !== 0;
    const cache: RouteCache = {
      queryStringCachingBehavior: route.queryStringCaching ?? "IgnoreQueryString",
      compressionEnabled: route.compression ?? caching,
      queryStrings: route.queryStrings,
    };
    const ruleSet = seconds ? this.cacheRuleSet(route.name, seconds, cache) : undefined;
    this.routes[route.name] = new CdnFrontdoorRoute(this, `route-${route.name}`, {
      name: route.name,
      cdnFrontdoorEndpointId: this.endpoint.id,
      cdnFrontdoorOriginGroupId: this.originGroup.id,
      cdnFrontdoorOriginIds: [this.origin.id],
      cdnFrontdoorRuleSetIds: ruleSet ? [ruleSet.id] : undefined,
      patternsToMatch: route.patterns,
      // HTTP is accepted only to be redirected; the origin is always spoken to over HTTPS.
      supportedProtocols: ["Http", "Https"],
      httpsRedirectEnabled: true,
      forwardingProtocol: "HttpsOnly",
      linkToDefaultDomain: true,
      // No cache block means no caching (and no compression) on the route.
      cache: caching ? { ...cache, contentTypesToCompress: cache.compressionEnabled ? [...COMPRESSED_CONTENT_TYPES] : undefined } : undefined,
    });
  }

  /** A rule set with one unconditional rule: the route's TTL, whatever the origin says. */
  private cacheRuleSet(routeName: string, seconds: number, cache: RouteCache): CdnFrontdoorRuleSet {
    const ruleSet = new CdnFrontdoorRuleSet(this, `cache-${routeName}`, {
      name: `cache${routeName.replace(/-/g, "")}`,
      cdnFrontdoorProfileId: this.id,
    });
    new CdnFrontdoorRule(ruleSet, "rule", {
      name: "overrideTtl",
      cdnFrontdoorRuleSetId: ruleSet.id,
      order: 1,
      behaviorOnMatch: "Continue",
      actions: {
        // Overriding the route's configuration replaces its cache settings too: repeat them.
        routeConfigurationOverrideAction: {
          cacheBehavior: "OverrideAlways",
          cacheDuration: cacheDuration(seconds),
          queryStringCachingBehavior: cache.queryStringCachingBehavior,
          queryStringParameters: cache.queryStrings,
          compressionEnabled: cache.compressionEnabled,
        },
      },
    });
    return ruleSet;
  }
}

/** A route's cache settings, shared by its cache block and its TTL rule. */
interface RouteCache {
  readonly queryStringCachingBehavior: FrontDoorQueryStringCaching;
  readonly compressionEnabled: boolean;
  readonly queryStrings?: string[];
}

/**
 * What Front Door would refuse, or what would silently not do what was asked: an unknown SKU, a
 * Standard origin without `allowPublicOrigin`, WAF on Standard, a health probe path without its
 * leading "/", no route, and per route an illegal or repeated
 * name, a pattern that does not start with "/" or repeats, a cache duration out of range, query
 * string settings that do not fit the behaviour, and cache settings on a route that does not cache.
 */
export function frontDoorViolations(spec: FrontDoorSpec): Violation[] {
  const violations: Violation[] = [];
  if (!SKUS.includes(spec.sku)) violations.push({ field: "sku", value: spec.sku, rule: `must be one of ${SKUS.join(", ")}` });
  if (spec.sku === "Standard_AzureFrontDoor" && spec.allowPublicOrigin !== true) {
    violations.push({
      field: "allowPublicOrigin",
      value: spec.allowPublicOrigin,
      rule: "must be true with Standard_AzureFrontDoor: Standard has no Private Link, so the storage account must accept public traffic (or use Premium_AzureFrontDoor)",
    });
  }
  if (spec.sku === "Standard_AzureFrontDoor" && spec.waf === true) {
    violations.push({ field: "waf", value: true, rule: "must be false with Standard_AzureFrontDoor: managed WAF rule sets need Premium_AzureFrontDoor" });
  }
  if (spec.healthProbePath !== undefined && !/^\/\S*$/.test(spec.healthProbePath)) {
    violations.push({ field: "healthProbePath", value: spec.healthProbePath, rule: 'must start with "/" and hold no spaces' });
  }
  if (spec.routes.length === 0) violations.push({ field: "routes", value: spec.routes, rule: "must hold at least one route" });
  const names = new Map<string, number>();
  const patterns = new Map<string, string>();
  spec.routes.forEach((route, i) => {
    const at = (field: string) => `routes.${i}.${field}`;
    const nameRule = nameViolation(ROUTE_NAME_RULE, route.name);
    if (nameRule) violations.push({ field: at("name"), value: route.name, rule: `must be ${nameRule}` });
    // Its rule set name drops the '-', and Azure compares names without case.
    const key = route.name.replace(/-/g, "").toLowerCase();
    const same = names.get(key);
    if (same !== undefined) violations.push({ field: at("name"), value: route.name, rule: `must be unique ignoring case and '-': routes.${same} is named alike` });
    names.set(key, i);

    if (route.patterns.length === 0) violations.push({ field: at("patterns"), value: route.patterns, rule: "must hold at least one path pattern" });
    route.patterns.forEach((pattern, j) => {
      if (!/^\/[^*\s?#]*\*?$/.test(pattern)) {
        violations.push({ field: `${at("patterns")}.${j}`, value: pattern, rule: 'must start with "/" and may end with "*", with no other "*", "?", "#" or spaces (e.g. "/media/*")' });
      }
      const owner = patterns.get(pattern.toLowerCase());
      if (owner !== undefined) violations.push({ field: `${at("patterns")}.${j}`, value: pattern, rule: `must be unique in the Front Door: ${owner} already serves it` });
      patterns.set(pattern.toLowerCase(), at("patterns"));
    });

    const duration = route.cacheDurationSeconds;
    if (duration !== undefined && !isWholeNumberIn(duration, 0, MAX_CACHE_DURATION_SECONDS)) {
      violations.push({ field: at("cacheDurationSeconds"), value: duration, rule: `must be a whole number of seconds from 0 to ${MAX_CACHE_DURATION_SECONDS} (365 days)` });
    }
    const behaviour = route.queryStringCaching;
    if (behaviour !== undefined && !QUERY_STRING_CACHING.includes(behaviour)) {
      violations.push({ field: at("queryStringCaching"), value: behaviour, rule: `must be one of ${QUERY_STRING_CACHING.join(", ")}` });
    }
    const named = behaviour !== undefined && NAMED_QUERY_STRINGS.includes(behaviour);
    if (named && !route.queryStrings?.length) {
      violations.push({ field: at("queryStrings"), value: route.queryStrings, rule: `must name at least one parameter with queryStringCaching ${behaviour}` });
    }
    if (!named && route.queryStrings !== undefined) {
      violations.push({ field: at("queryStrings"), value: route.queryStrings, rule: `must be unset unless queryStringCaching is ${NAMED_QUERY_STRINGS.join(" or ")}` });
    }
    if (duration === 0) {
      const setOnUncached = { compression: route.compression === true ? true : undefined, queryStringCaching: behaviour };
      Object.entries(setOnUncached).forEach(([field, value]) => {
        if (value !== undefined) violations.push({ field: at(field), value, rule: "must be unset when cacheDurationSeconds is 0: the route does not cache" });
      });
    }
  });
  return violations;
}

/** Seconds as Front Door's `d.HH:MM:SS` (`HH:MM:SS` under a day: the provider rejects a `0.` day). */
export function cacheDuration(seconds: number): string {
  const days = Math.floor(seconds / 86_400);
  const pad = (n: number) => String(n).padStart(2, "0");
  const time = [Math.floor((seconds % 86_400) / 3600), Math.floor((seconds % 3600) / 60), seconds % 60].map(pad).join(":");
  return days > 0 ? `${days}.${time}` : time;
}

/** The WAF policy's name: the profile's without separators (Front Door WAF names allow none), plus `waf`. */
function firewallPolicyName(profileName: string, where: string): string {
  const name = `${profileName.replace(/[^A-Za-z0-9]/g, "")}waf`;
  assertName(FIREWALL_POLICY_NAME_RULE, name, where, "name (as the WAF policy's name)");
  return name;
}
