import { CdnFrontdoorFirewallPolicy } from "@cdktf/provider-azurerm/lib/cdn-frontdoor-firewall-policy";
import { CdnFrontdoorOrigin } from "@cdktf/provider-azurerm/lib/cdn-frontdoor-origin";
import { CdnFrontdoorOriginGroup } from "@cdktf/provider-azurerm/lib/cdn-frontdoor-origin-group";
import { CdnFrontdoorProfile } from "@cdktf/provider-azurerm/lib/cdn-frontdoor-profile";
import { CdnFrontdoorRule } from "@cdktf/provider-azurerm/lib/cdn-frontdoor-rule";
import { CdnFrontdoorSecurityPolicy } from "@cdktf/provider-azurerm/lib/cdn-frontdoor-security-policy";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { TerraformOutput, TerraformResource, TerraformStack, Testing } from "cdktf";
import {
  cacheDuration,
  COMPRESSED_CONTENT_TYPES,
  FrontDoor,
  FrontDoorProps,
  FrontDoorRoute,
  frontDoorViolations,
} from "../constructs/networking/front-door";
import { StorageAccount } from "../constructs/storage/storage-account";
import { resourcesOf, synthJson, testStackWithGroup } from "./helpers";
import { policyReport } from "./policy-helpers";

const STORAGE_ID = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/absstassetswetest1a2b";
const ORIGIN = { hostName: "absstassetswetest1a2b.blob.core.windows.net", storageAccountId: STORAGE_ID, location: "westeurope" };
const ROUTES: FrontDoorRoute[] = [
  { name: "vr-assets", patterns: ["/vr-assets/*"], cacheDurationSeconds: 7 * 86_400 },
  { name: "media", patterns: ["/media/*"] },
  { name: "user-content", patterns: ["/user-content/*"], cacheDurationSeconds: 0 },
];
const workspace = { id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log" };

/** A stack with one Front Door built from `props` on top of the minimal required ones. */
function frontDoor(props: Partial<FrontDoorProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const afd = new FrontDoor(stack, "afd", { resourceGroup: group, workload: "assets", origin: ORIGIN, routes: ROUTES, ...props });
  return { stack, group, afd };
}

function only(stack: TerraformStack, type: string): any {
  const all = resourcesOf(stack, type);
  expect(all).toHaveLength(1);
  return all[0][1];
}

/** Routes by route name. */
function routes(stack: TerraformStack): Record<string, any> {
  return Object.fromEntries(resourcesOf(stack, "azurerm_cdn_frontdoor_route").map(([, body]) => [body.name, body]));
}

function ref(stack: TerraformStack, resource: TerraformResource, attribute = "id"): string {
  return `\${${resource.terraformResourceType}.${stack.getLogicalId(resource)}.${attribute}}`;
}

describe("FrontDoor", () => {
  it("is Premium by default, with generated profile, endpoint and WAF policy names", () => {
    const { stack, afd } = frontDoor();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(CdnFrontdoorProfile, { name: "abs-afd-assets-we-test", sku_name: "Premium_AzureFrontDoor" });
    expect(only(stack, "azurerm_cdn_frontdoor_endpoint")).toMatchObject({
      name: expect.stringMatching(/^abs-fde-assets-we-test-[0-9a-f]{4}$/),
      cdn_frontdoor_profile_id: ref(stack, afd.resource),
    });
    expect(only(stack, "azurerm_cdn_frontdoor_firewall_policy").name).toBe("absafdassetswetestwaf");
    expect(afd.sku).toBe("Premium_AzureFrontDoor");
  });

  it("reaches the storage account through Private Link on Premium, over HTTPS with its blob host as Host header", () => {
    const { stack, afd } = frontDoor();
    expect(afd.privateLink).toBe(true);
    expect(Testing.synth(stack)).toHaveResourceWithProperties(CdnFrontdoorOrigin, {
      name: "blob",
      cdn_frontdoor_origin_group_id: ref(stack, afd.originGroup),
      host_name: ORIGIN.hostName,
      origin_host_header: ORIGIN.hostName,
      certificate_name_check_enabled: true,
      https_port: 443,
      enabled: true,
      private_link: {
        target_type: "blob",
        private_link_target_id: STORAGE_ID,
        location: "westeurope",
        request_message: "Azure Front Door abs-afd-assets-we-test serves this account's blobs: approve to let it reach them privately.",
      },
    });
  });

  it("takes the origin from a StorageAccount's attributes", () => {
    const { stack, group } = testStackWithGroup();
    const storage = new StorageAccount(stack, "assets", { resourceGroup: group, workload: "assets" });
    new FrontDoor(stack, "afd", {
      resourceGroup: group,
      origin: { hostName: storage.resource.primaryBlobHost, storageAccountId: storage.id, location: group.location },
      routes: ROUTES,
    });
    expect(only(stack, "azurerm_cdn_frontdoor_origin")).toMatchObject({
      host_name: ref(stack, storage.resource, "primary_blob_host"),
      private_link: { private_link_target_id: ref(stack, storage.resource), location: ref(stack, group.resource, "location") },
    });
  });

  it("probes the origin with HEAD over HTTPS", () => {
    const { stack } = frontDoor({ healthProbePath: "/media/health.txt" });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(CdnFrontdoorOriginGroup, {
      name: "storage",
      session_affinity_enabled: false,
      health_probe: { protocol: "Https", request_type: "HEAD", path: "/media/health.txt", interval_in_seconds: 100 },
    });
  });

  it("serves every route over HTTPS only: HTTP redirected, HTTPS to the origin, on the default domain", () => {
    const { stack, afd } = frontDoor();
    const all = routes(stack);
    expect(Object.keys(all).sort()).toEqual(["media", "user-content", "vr-assets"]);
    for (const route of Object.values(all)) {
      expect(route).toMatchObject({
        cdn_frontdoor_endpoint_id: ref(stack, afd.endpoint),
        cdn_frontdoor_origin_group_id: ref(stack, afd.originGroup),
        cdn_frontdoor_origin_ids: [ref(stack, afd.origin)],
        supported_protocols: ["Http", "Https"],
        https_redirect_enabled: true,
        forwarding_protocol: "HttpsOnly",
        link_to_default_domain: true,
      });
    }
    expect(all.media.patterns_to_match).toEqual(["/media/*"]);
    expect(Object.keys(afd.routes).sort()).toEqual(["media", "user-content", "vr-assets"]);
  });

  it("caches and compresses text by default, honouring the origin's TTL (no rule set)", () => {
    const { stack } = frontDoor();
    const { media } = routes(stack);
    expect(media.cache).toEqual({
      query_string_caching_behavior: "IgnoreQueryString",
      compression_enabled: true,
      content_types_to_compress: [...COMPRESSED_CONTENT_TYPES],
    });
    expect(media.cdn_frontdoor_rule_set_ids).toBeUndefined();
  });

  it("forces a route's cache duration with a rule set that repeats its cache settings", () => {
    const { stack } = frontDoor();
    const [[ruleSetId, ruleSet]] = resourcesOf(stack, "azurerm_cdn_frontdoor_rule_set");
    expect(ruleSet.name).toBe("cachevrassets");
    expect(routes(stack)["vr-assets"].cdn_frontdoor_rule_set_ids).toEqual([`\${azurerm_cdn_frontdoor_rule_set.${ruleSetId}.id}`]);
    expect(Testing.synth(stack)).toHaveResourceWithProperties(CdnFrontdoorRule, {
      name: "overrideTtl",
      cdn_frontdoor_rule_set_id: `\${azurerm_cdn_frontdoor_rule_set.${ruleSetId}.id}`,
      order: 1,
      behavior_on_match: "Continue",
      actions: {
        route_configuration_override_action: {
          cache_behavior: "OverrideAlways",
          cache_duration: "7.00:00:00",
          query_string_caching_behavior: "IgnoreQueryString",
          compression_enabled: true,
        },
      },
    });
    const [[, rule]] = resourcesOf(stack, "azurerm_cdn_frontdoor_rule");
    expect(rule.conditions).toBeUndefined();
  });

  it("turns caching off for a route whose cache duration is 0", () => {
    const { stack } = frontDoor();
    const userContent = routes(stack)["user-content"];
    expect(userContent.cache).toBeUndefined();
    expect(userContent.cdn_frontdoor_rule_set_ids).toBeUndefined();
    expect(resourcesOf(stack, "azurerm_cdn_frontdoor_rule_set")).toHaveLength(1);
  });

  it("keys the cache on named query strings, without compression when asked", () => {
    const { stack } = frontDoor({
      routes: [{ name: "media", patterns: ["/media/*", "/thumbs/*"], cacheDurationSeconds: 3600, compression: false, queryStringCaching: "IncludeSpecifiedQueryStrings", queryStrings: ["v"] }],
    });
    expect(routes(stack).media).toMatchObject({
      patterns_to_match: ["/media/*", "/thumbs/*"],
      cache: { query_string_caching_behavior: "IncludeSpecifiedQueryStrings", query_strings: ["v"], compression_enabled: false },
    });
    expect(routes(stack).media.cache.content_types_to_compress).toBeUndefined();
    expect(only(stack, "azurerm_cdn_frontdoor_rule").actions.route_configuration_override_action).toEqual({
      cache_behavior: "OverrideAlways",
      cache_duration: "01:00:00",
      query_string_caching_behavior: "IncludeSpecifiedQueryStrings",
      query_string_parameters: ["v"],
      compression_enabled: false,
    });
  });

  it("writes cache durations as Front Door's d.HH:MM:SS, without a 0 day", () => {
    expect([1, 59, 3600, 86_399, 86_400, 90_061, 31_536_000].map(cacheDuration)).toEqual([
      "00:00:01",
      "00:00:59",
      "01:00:00",
      "23:59:59",
      "1.00:00:00",
      "1.01:01:01",
      "365.00:00:00",
    ]);
  });

  it("puts a Prevention-mode WAF with the Microsoft managed rule sets on the endpoint on Premium", () => {
    const { stack, afd } = frontDoor();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(CdnFrontdoorFirewallPolicy, {
      sku_name: "Premium_AzureFrontDoor",
      enabled: true,
      mode: "Prevention",
      request_body_check_enabled: true,
      managed_rule: [
        { type: "Microsoft_DefaultRuleSet", version: "2.1", action: "Block" },
        { type: "Microsoft_BotManagerRuleSet", version: "1.0", action: "Block" },
      ],
    });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(CdnFrontdoorSecurityPolicy, {
      cdn_frontdoor_profile_id: ref(stack, afd.resource),
      security_policies: {
        firewall: {
          cdn_frontdoor_firewall_policy_id: ref(stack, afd.firewallPolicy!),
          association: { domain: [{ cdn_frontdoor_domain_id: ref(stack, afd.endpoint) }], patterns_to_match: ["/*"] },
        },
      },
    });
  });

  it("leaves the WAF out when told to", () => {
    const { stack, afd } = frontDoor({ waf: false });
    expect(afd.firewallPolicy).toBeUndefined();
    expect(resourcesOf(stack, "azurerm_cdn_frontdoor_firewall_policy")).toEqual([]);
    expect(resourcesOf(stack, "azurerm_cdn_frontdoor_security_policy")).toEqual([]);
  });

  it("on Standard with allowPublicOrigin: no Private Link and no WAF", () => {
    const { stack, afd } = frontDoor({ sku: "Standard_AzureFrontDoor", allowPublicOrigin: true });
    expect(afd.privateLink).toBe(false);
    expect(only(stack, "azurerm_cdn_frontdoor_profile").sku_name).toBe("Standard_AzureFrontDoor");
    expect(only(stack, "azurerm_cdn_frontdoor_origin").private_link).toBeUndefined();
    expect(resourcesOf(stack, "azurerm_cdn_frontdoor_firewall_policy")).toEqual([]);
  });

  it("on Premium, allowPublicOrigin turns Private Link off", () => {
    const { stack, afd } = frontDoor({ allowPublicOrigin: true });
    expect(afd.privateLink).toBe(false);
    expect(only(stack, "azurerm_cdn_frontdoor_origin").private_link).toBeUndefined();
  });

  it("exposes the profile id and name and the endpoint host name as references", () => {
    const { stack, afd } = frontDoor();
    new TerraformOutput(stack, "host", { value: afd.endpointHostName });
    new TerraformOutput(stack, "id", { value: afd.id });
    new TerraformOutput(stack, "name", { value: afd.name });
    const { output } = synthJson(stack);
    expect(output.host.value).toBe(ref(stack, afd.endpoint, "host_name"));
    expect(output.id.value).toBe(ref(stack, afd.resource));
    expect(output.name.value).toBe(ref(stack, afd.resource, "name"));
  });

  it("sends the profile's logs and metrics to Log Analytics", () => {
    const { stack, afd } = frontDoor({ diagnosticSettings: [{ workspace }] });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(MonitorDiagnosticSetting, {
      target_resource_id: ref(stack, afd.resource),
      log_analytics_workspace_id: workspace.id,
      enabled_log: [{ category_group: "allLogs" }],
      enabled_metric: [{ category: "AllMetrics" }],
    });
  });

  describe("policy", () => {
    it.each<[string, Partial<FrontDoorProps>]>([
      ["Premium with its defaults", {}],
      ["Standard with a public origin", { sku: "Standard_AzureFrontDoor", allowPublicOrigin: true }],
    ])("raises no finding on %s plus diagnostics", (_, props) => {
      const { stack } = frontDoor({ ...props, diagnosticSettings: [{ workspace }] });
      expect(policyReport(stack).findings).toEqual([]);
    });

    it("flags a profile without diagnostics (AZ-MON-001)", () => {
      const { stack } = frontDoor();
      expect(policyReport(stack).findings.map((f) => [f.ruleId, f.path, f.problem])).toEqual([
        ["AZ-MON-001", "test/afd/profile", "has no diagnostic setting sending to a Log Analytics workspace"],
      ]);
    });
  });

  describe("rejects bad input", () => {
    it("throws on Standard without allowPublicOrigin, and writes nothing", () => {
      const { stack, group } = testStackWithGroup();
      expect(() => new FrontDoor(stack, "afd", { resourceGroup: group, sku: "Standard_AzureFrontDoor", origin: ORIGIN, routes: ROUTES })).toThrow(
        "test/afd: allowPublicOrigin = (missing): must be true with Standard_AzureFrontDoor: Standard has no Private Link, so the storage account must accept public traffic (or use Premium_AzureFrontDoor)",
      );
      expect(resourcesOf(stack, "azurerm_cdn_frontdoor_profile")).toEqual([]);
    });

    const route = (overrides: Partial<FrontDoorRoute>): FrontDoorRoute[] => [{ name: "media", patterns: ["/media/*"], ...overrides }];
    it.each<[string, Partial<FrontDoorProps>, string]>([
      ["an unknown SKU", { sku: "Classic_AzureFrontDoor" as any }, 'test/afd: sku = "Classic_AzureFrontDoor": must be one of Standard_AzureFrontDoor, Premium_AzureFrontDoor'],
      [
        "WAF on Standard",
        { sku: "Standard_AzureFrontDoor", allowPublicOrigin: true, waf: true },
        "test/afd: waf = true: must be false with Standard_AzureFrontDoor: managed WAF rule sets need Premium_AzureFrontDoor",
      ],
      ["no route", { routes: [] }, "test/afd: routes = []: must hold at least one route"],
      ["a pattern without its leading /", { routes: route({ patterns: ["media/*"] }) }, 'test/afd: routes.0.patterns.0 = "media/*": must start with "/" and may end with "*", with no other "*", "?", "#" or spaces (e.g. "/media/*")'],
      ["a wildcard inside a pattern", { routes: route({ patterns: ["/*/media"] }) }, 'test/afd: routes.0.patterns.0 = "/*/media": must start with "/" and may end with "*", with no other "*", "?", "#" or spaces (e.g. "/media/*")'],
      ["a route without patterns", { routes: route({ patterns: [] }) }, "test/afd: routes.0.patterns = []: must hold at least one path pattern"],
      [
        "a pattern two routes serve",
        { routes: [...route({}), { name: "thumbs", patterns: ["/thumbs/*", "/Media/*"] }] },
        'test/afd: routes.1.patterns.1 = "/Media/*": must be unique in the Front Door: routes.0.patterns already serves it',
      ],
      ["an illegal route name", { routes: route({ name: "-media" }) }, "test/afd: routes.0.name = \"-media\": must be 2-50 characters: letters, digits, '-'; start and end with a letter or digit"],
      [
        "route names alike but for case and '-'",
        { routes: [...route({ name: "vr-assets" }), { name: "VRAssets", patterns: ["/vr/*"] }] },
        "test/afd: routes.1.name = \"VRAssets\": must be unique ignoring case and '-': routes.0 is named alike",
      ],
      ["a cache duration over 365 days", { routes: route({ cacheDurationSeconds: 31_536_001 }) }, "test/afd: routes.0.cacheDurationSeconds = 31536001: must be a whole number of seconds from 0 to 31536000 (365 days)"],
      ["a negative cache duration", { routes: route({ cacheDurationSeconds: -1 }) }, "test/afd: routes.0.cacheDurationSeconds = -1: must be a whole number of seconds from 0 to 31536000 (365 days)"],
      ["a fractional cache duration", { routes: route({ cacheDurationSeconds: 1.5 }) }, "test/afd: routes.0.cacheDurationSeconds = 1.5: must be a whole number of seconds from 0 to 31536000 (365 days)"],
      [
        "an unknown query string behaviour",
        { routes: route({ queryStringCaching: "Ignore" as any }) },
        'test/afd: routes.0.queryStringCaching = "Ignore": must be one of IgnoreQueryString, UseQueryString, IgnoreSpecifiedQueryStrings, IncludeSpecifiedQueryStrings',
      ],
      [
        "IncludeSpecifiedQueryStrings without parameters",
        { routes: route({ queryStringCaching: "IncludeSpecifiedQueryStrings" }) },
        "test/afd: routes.0.queryStrings = (missing): must name at least one parameter with queryStringCaching IncludeSpecifiedQueryStrings",
      ],
      [
        "parameters with UseQueryString",
        { routes: route({ queryStringCaching: "UseQueryString", queryStrings: ["v"] }) },
        'test/afd: routes.0.queryStrings = ["v"]: must be unset unless queryStringCaching is IgnoreSpecifiedQueryStrings or IncludeSpecifiedQueryStrings',
      ],
      [
        "compression on a route that does not cache",
        { routes: route({ cacheDurationSeconds: 0, compression: true }) },
        "test/afd: routes.0.compression = true: must be unset when cacheDurationSeconds is 0: the route does not cache",
      ],
      ["a health probe path without /", { healthProbePath: "health.txt" }, 'test/afd: healthProbePath = "health.txt": must start with "/" and hold no spaces'],
      [
        "an illegal profile name",
        { name: "afd-" },
        "test/afd: name = \"afd-\": 1-260 characters: letters, digits, '_', '.', '-'; start with a letter or digit, end with a letter, digit or '_'",
      ],
      [
        "a profile name whose WAF policy name is too long",
        { name: "a".repeat(126) },
        `test/afd: name (as the WAF policy's name) = "${"a".repeat(116)}...: 1-128 characters: letters and digits only; start with a letter`,
      ],
    ])("%s", (_, props, message) => {
      expect(() => frontDoor(props)).toThrow(message);
    });

    it("reports every problem at once", () => {
      expect(() => frontDoor({ routes: [{ name: "media", patterns: ["media"], cacheDurationSeconds: 0, queryStringCaching: "UseQueryString" }] })).toThrow(
        [
          "2 invalid settings:",
          '  - test/afd: routes.0.patterns.0 = "media": must start with "/" and may end with "*", with no other "*", "?", "#" or spaces (e.g. "/media/*")',
          '  - test/afd: routes.0.queryStringCaching = "UseQueryString": must be unset when cacheDurationSeconds is 0: the route does not cache',
        ].join("\n"),
      );
    });
  });

  it("exports its rules for settings validation", () => {
    expect(frontDoorViolations({ sku: "Premium_AzureFrontDoor", routes: ROUTES })).toEqual([]);
    expect(frontDoorViolations({ sku: "Standard_AzureFrontDoor", allowPublicOrigin: false, routes: ROUTES })).toEqual([
      expect.objectContaining({ field: "allowPublicOrigin", value: false }),
    ]);
  });
});
