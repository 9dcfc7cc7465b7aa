import { ApplicationGateway as AzApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { PublicIp as AzPublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { UserAssignedIdentity as AzUserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { WebApplicationFirewallPolicy } from "@cdktf/provider-azurerm/lib/web-application-firewall-policy";
import { TerraformResource, TerraformStack, Testing } from "cdktf";
import { ApplicationGateway, ApplicationGatewayProps } from "../constructs/networking/application-gateway";
import { PublicIp, PublicIpProps } from "../constructs/networking/public-ip";
import { WafCustomRule, WafPolicy, WafPolicyProps } from "../constructs/networking/waf-policy";
import { KeyVault } from "../constructs/security/key-vault";
import { propagationOf, resourcesOf, testStackWithGroup } from "./helpers";

const SUBNET_ID = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/snet-dmz";
const SECRET_ID = "https://abs-kv-web-we-test-1a2b.vault.azure.net/secrets/site-tls";
const BACKEND = { fqdn: "abs-app-web-we-test-1a2b.azurewebsites.net" };
const workspace = { id: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log" };

/** A stack with one gateway built from `props` on top of the minimal required ones. */
function gateway(props: Partial<ApplicationGatewayProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const agw = new ApplicationGateway(stack, "agw", { resourceGroup: group, subnetId: SUBNET_ID, backend: BACKEND, certificate: { keyVaultSecretId: SECRET_ID }, ...props });
  return { stack, group, agw };
}

function only(stack: TerraformStack, type: string): any {
  const all = resourcesOf(stack, type);
  expect(all).toHaveLength(1);
  return all[0][1];
}

/** A resource attribute as the synthesized JSON refers to it, e.g. `${azurerm_public_ip.<logical id>.id}`. */
function ref(stack: TerraformStack, resource: TerraformResource, attribute = "id"): string {
  return `\${${resource.terraformResourceType}.${stack.getLogicalId(resource)}.${attribute}}`;
}

describe("ApplicationGateway", () => {
  it("is WAF_v2, zone-redundant, autoscaling 1-10, HTTP/2 on, with generated names", () => {
    const { stack } = gateway({ workload: "web" });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzApplicationGateway, {
      name: "abs-agw-web-we-test",
      sku: { name: "WAF_v2", tier: "WAF_v2" },
      autoscale_configuration: { min_capacity: 1, max_capacity: 10 },
      zones: ["1", "2", "3"],
      enable_http2: true,
    });
    expect(only(stack, "azurerm_application_gateway").sku.capacity).toBeUndefined();
    expect(only(stack, "azurerm_public_ip").name).toBe("abs-pip-web-agw-we-test");
    expect(only(stack, "azurerm_user_assigned_identity").name).toBe("abs-id-web-agw-we-test");
    expect(only(stack, "azurerm_web_application_firewall_policy").name).toBe("abs-waf-web-we-test");
  });

  it("attaches its WAF policy: Prevention mode, the default rule set and Bot Manager", () => {
    const { stack, agw } = gateway();
    expect(only(stack, "azurerm_application_gateway").firewall_policy_id).toBe(ref(stack, agw.wafPolicy.resource));
    expect(only(stack, "azurerm_web_application_firewall_policy").policy_settings).toMatchObject({ enabled: true, mode: "Prevention", request_body_check: true });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(WebApplicationFirewallPolicy, {
      managed_rules: {
        managed_rule_set: [
          { type: "Microsoft_DefaultRuleSet", version: "2.1" },
          { type: "Microsoft_BotManagerRuleSet", version: "1.0" },
        ],
      },
    });
  });

  it("uses a WAF policy it is given instead of creating one", () => {
    const { stack, group } = testStackWithGroup();
    const policy = new WafPolicy(stack, "waf", { resourceGroup: group, workload: "shared", mode: "Detection" });
    new ApplicationGateway(stack, "agw", { resourceGroup: group, subnetId: SUBNET_ID, backend: BACKEND, certificate: { keyVaultSecretId: SECRET_ID }, wafPolicy: policy });
    expect(only(stack, "azurerm_web_application_firewall_policy").policy_settings.mode).toBe("Detection");
    expect(only(stack, "azurerm_application_gateway").firewall_policy_id).toBe(ref(stack, policy.resource));
  });

  it("fronts a Standard, static, zone-redundant public IP in the DMZ subnet, with no private frontend", () => {
    const { stack, agw } = gateway();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzPublicIp, {
      sku: "Standard",
      allocation_method: "Static",
      ip_version: "IPv4",
      zones: ["1", "2", "3"],
      ddos_protection_mode: "VirtualNetworkInherited",
    });
    const body = only(stack, "azurerm_application_gateway");
    expect(body.frontend_ip_configuration).toEqual([{ name: "public-frontend", public_ip_address_id: ref(stack, agw.publicIp.resource) }]);
    expect(body.gateway_ip_configuration).toEqual([{ name: "gateway-ip-configuration", subnet_id: SUBNET_ID }]);
  });

  it("redirects HTTP :80 permanently to the HTTPS :443 listener, keeping path and query", () => {
    const { stack } = gateway();
    const body = only(stack, "azurerm_application_gateway");
    expect(body.frontend_port).toEqual([
      { name: "port-http-80", port: 80 },
      { name: "port-https-443", port: 443 },
    ]);
    expect(body.http_listener).toContainEqual({
      name: "listener-http",
      frontend_ip_configuration_name: "public-frontend",
      frontend_port_name: "port-http-80",
      protocol: "Http",
    });
    expect(body.redirect_configuration).toEqual([
      { name: "redirect-http-to-https", redirect_type: "Permanent", target_listener_name: "listener-https", include_path: true, include_query_string: true },
    ]);
    expect(body.request_routing_rule).toContainEqual({
      name: "rule-http-redirect",
      priority: 200,
      rule_type: "Basic",
      http_listener_name: "listener-http",
      redirect_configuration_name: "redirect-http-to-https",
    });
  });

  it("terminates TLS 1.2+ on the HTTPS listener with the Key Vault certificate read by its identity", () => {
    const { stack, agw } = gateway();
    const body = only(stack, "azurerm_application_gateway");
    expect(body.http_listener).toContainEqual({
      name: "listener-https",
      frontend_ip_configuration_name: "public-frontend",
      frontend_port_name: "port-https-443",
      protocol: "Https",
      ssl_certificate_name: "tls-certificate",
    });
    expect(body.ssl_certificate).toEqual([{ name: "tls-certificate", key_vault_secret_id: SECRET_ID }]);
    expect(body.identity).toEqual({ type: "UserAssigned", identity_ids: [ref(stack, agw.identity.resource)] });
    expect(body.ssl_policy).toEqual({ policy_type: "Predefined", policy_name: "AppGwSslPolicy20220101S" });
    expect(Testing.synth(stack)).toHaveResource(AzUserAssignedIdentity);
    // Without a vault to grant on, the caller grants the identity: no role assignment, no dependency.
    expect(resourcesOf(stack, "azurerm_role_assignment")).toHaveLength(0);
    expect(body.depends_on).toBeUndefined();
  });

  it("grants its identity Key Vault Secrets User on a vault it is given and waits for the grant", () => {
    const { stack, group } = testStackWithGroup();
    const vault = new KeyVault(stack, "kv", { resourceGroup: group, tenantId: "tenant" });
    const agw = new ApplicationGateway(stack, "agw", {
      resourceGroup: group,
      subnetId: SUBNET_ID,
      backend: BACKEND,
      certificate: { keyVaultSecretId: SECRET_ID, keyVault: vault },
    });
    const [[grantId, grant]] = resourcesOf(stack, "azurerm_role_assignment");
    expect(grant).toMatchObject({
      role_definition_name: "Key Vault Secrets User",
      scope: ref(stack, vault.resource),
      principal_id: ref(stack, agw.identity.resource, "principal_id"),
    });
    // ... until it has propagated: the gateway reads the certificate when it is created.
    expect(only(stack, "azurerm_application_gateway").depends_on).toEqual([propagationOf(stack, grantId)]);
  });

  it("routes HTTPS to the backend FQDN over HTTPS 443 with its host name, no affinity, 30 s timeout and draining", () => {
    const { stack } = gateway();
    const body = only(stack, "azurerm_application_gateway");
    expect(body.backend_address_pool).toEqual([{ name: "backend-web", fqdns: [BACKEND.fqdn] }]);
    expect(body.backend_http_settings).toEqual([
      {
        name: "backend-https",
        protocol: "Https",
        port: 443,
        cookie_based_affinity: "Disabled",
        request_timeout: 30,
        pick_host_name_from_backend_address: true,
        probe_name: "probe-health",
        connection_draining: { enabled: true, drain_timeout_sec: 30 },
      },
    ]);
    expect(body.request_routing_rule).toContainEqual({
      name: "rule-https",
      priority: 100,
      rule_type: "Basic",
      http_listener_name: "listener-https",
      backend_address_pool_name: "backend-web",
      backend_http_settings_name: "backend-https",
    });
  });

  it("probes /health over HTTPS every 30 s with the backend's host name", () => {
    const { stack } = gateway();
    expect(only(stack, "azurerm_application_gateway").probe).toEqual([
      {
        name: "probe-health",
        protocol: "Https",
        path: "/health",
        pick_host_name_from_backend_http_settings: true,
        interval: 30,
        timeout: 30,
        unhealthy_threshold: 3,
        match: { status_code: ["200-399"] },
      },
    ]);
  });

  it("takes capacity, zones, probe path, backend port and host header", () => {
    const { stack } = gateway({
      minCapacity: 0,
      maxCapacity: 2,
      zones: ["1", "2"],
      healthProbePath: "/healthz",
      backend: { fqdn: "www.example.com", port: 8443, hostHeader: "app.example.com" },
    });
    const body = only(stack, "azurerm_application_gateway");
    expect(body).toMatchObject({ autoscale_configuration: { min_capacity: 0, max_capacity: 2 }, zones: ["1", "2"] });
    expect(body.probe[0].path).toBe("/healthz");
    expect(body.backend_http_settings[0]).toMatchObject({ port: 8443, host_name: "app.example.com", pick_host_name_from_backend_address: false });
    expect(only(stack, "azurerm_public_ip").zones).toEqual(["1", "2"]);
  });

  it("sends all logs (access, performance, firewall) and all metrics to Log Analytics", () => {
    const { stack, agw } = gateway({ diagnosticSettings: [{ workspace }] });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(MonitorDiagnosticSetting, {
      target_resource_id: ref(stack, agw.resource),
      log_analytics_workspace_id: workspace.id,
      enabled_log: [{ category_group: "allLogs" }],
      enabled_metric: [{ category: "AllMetrics" }],
    });
  });

  it("protects from deletion with prevent_destroy and a CanNotDelete lock", () => {
    const { stack, agw } = gateway({ protectFromDeletion: true });
    expect(only(stack, "azurerm_application_gateway").lifecycle).toEqual({ prevent_destroy: true });
    expect(only(stack, "azurerm_management_lock")).toMatchObject({ lock_level: "CanNotDelete", scope: ref(stack, agw.resource) });
  });

  describe("rejects bad input", () => {
    it.each<[string, Partial<ApplicationGatewayProps>, string]>([
      ["a negative minimum", { minCapacity: -1 }, "test/agw: minCapacity = -1: must be a whole number from 0 to 125"],
      ["a minimum over 125", { minCapacity: 126, maxCapacity: 125 }, "test/agw: minCapacity = 126: must be a whole number from 0 to 125"],
      ["a fractional minimum", { minCapacity: 1.5 }, "test/agw: minCapacity = 1.5: must be a whole number from 0 to 125"],
      ["a maximum under 2", { maxCapacity: 1 }, "test/agw: maxCapacity = 1: must be a whole number from 2 to 125"],
      ["a maximum over 125", { maxCapacity: 126 }, "test/agw: maxCapacity = 126: must be a whole number from 2 to 125"],
      ["a maximum below the minimum", { minCapacity: 5, maxCapacity: 3 }, "test/agw: maxCapacity = 3: must be at least minCapacity (5)"],
      ["a probe path without '/'", { healthProbePath: "health" }, "test/agw: healthProbePath = \"health\": must start with '/'"],
      ["an unknown zone", { zones: ["4"] }, 'test/agw: zones[0] = "4": must be one of 1, 2, 3'],
      ["a repeated zone", { zones: ["1", "1"] }, 'test/agw: zones = ["1","1"]: must not repeat a zone'],
      [
        "a subnet that is not a subnet id",
        { subnetId: "snet-dmz" },
        'test/agw: subnetId = "snet-dmz": must be a subnet id (.../virtualNetworks/<vnet>/subnets/<subnet>)',
      ],
      [
        "a backend that is not a host name",
        { backend: { fqdn: "https://app.azurewebsites.net/" } },
        'test/agw: backend.fqdn = "https://app.azurewebsites.net/": must be a fully qualified domain name such as app.azurewebsites.net',
      ],
      ["a backend port out of range", { backend: { ...BACKEND, port: 0 } }, "test/agw: backend.port = 0: must be a whole number from 1 to 65535"],
      [
        "a versioned certificate secret",
        { certificate: { keyVaultSecretId: `${SECRET_ID}/0123456789abcdef0123456789abcdef` } },
        `test/agw: certificate.keyVaultSecretId = "${SECRET_ID}/0123456789abcdef0123456789abcdef": must be a versionless Key Vault secret id (https://<vault>.vault.azure.net/secrets/<name>), so renewals are picked up`,
      ],
      ["an illegal name", { name: "agw web" }, "test/agw: name = \"agw web\": 1-80 characters: letters, digits, '_', '.', '-'; start with a letter or digit, end with a letter, digit or '_'"],
    ])("rejects %s", (_, props, message) => {
      expect(() => gateway(props)).toThrow(message);
    });
  });
});

/** A stack with one WAF policy built from `props`. */
function policy(props: Partial<WafPolicyProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const waf = new WafPolicy(stack, "waf", { resourceGroup: group, ...props });
  return { stack, waf };
}

const rateLimit: WafCustomRule = {
  name: "RateLimitPerClient",
  priority: 10,
  action: "Block",
  matchConditions: [{ variable: "RequestUri", operator: "BeginsWith", values: ["/api/"], transforms: ["Lowercase"] }],
  rateLimit: { threshold: 300 },
};

describe("WafPolicy", () => {
  it("inspects and limits request bodies and uploads by default", () => {
    const { stack, waf } = policy();
    expect(only(stack, "azurerm_web_application_firewall_policy").policy_settings).toEqual({
      enabled: true,
      mode: "Prevention",
      request_body_check: true,
      request_body_enforcement: true,
      max_request_body_size_in_kb: 128,
      file_upload_enforcement: true,
      file_upload_limit_in_mb: 100,
    });
    expect(waf.mode).toBe("Prevention");
    expect(only(stack, "azurerm_web_application_firewall_policy").custom_rules).toBeUndefined();
  });

  it("takes OWASP 3.2, Detection mode, limits, and bot protection off", () => {
    const { stack } = policy({
      mode: "Detection",
      managedRuleSet: { type: "OWASP", version: "3.2" },
      botProtection: false,
      maxRequestBodySizeInKb: 2000,
      fileUploadLimitInMb: 750,
    });
    const body = only(stack, "azurerm_web_application_firewall_policy");
    expect(body.managed_rules.managed_rule_set).toEqual([{ type: "OWASP", version: "3.2" }]);
    expect(body.policy_settings).toMatchObject({ mode: "Detection", max_request_body_size_in_kb: 2000, file_upload_limit_in_mb: 750 });
  });

  it("takes Bot Manager 1.1 when asked", () => {
    const { stack } = policy({ botManagerVersion: "1.1" });
    expect(only(stack, "azurerm_web_application_firewall_policy").managed_rules.managed_rule_set[1]).toEqual({ type: "Microsoft_BotManagerRuleSet", version: "1.1" });
  });

  it("adds custom rules: a per-client rate limit and a match rule", () => {
    const { stack } = policy({
      customRules: [
        rateLimit,
        { name: "BlockTrace", priority: 20, action: "Block", matchConditions: [{ variable: "RequestMethod", operator: "Equal", values: ["TRACE"] }], enabled: false },
      ],
    });
    expect(only(stack, "azurerm_web_application_firewall_policy").custom_rules).toEqual([
      {
        name: "RateLimitPerClient",
        priority: 10,
        action: "Block",
        enabled: true,
        rule_type: "RateLimitRule",
        rate_limit_threshold: 300,
        rate_limit_duration: "OneMin",
        group_rate_limit_by: "ClientAddr",
        match_conditions: [
          { match_variables: [{ variable_name: "RequestUri" }], operator: "BeginsWith", match_values: ["/api/"], negation_condition: false, transforms: ["Lowercase"] },
        ],
      },
      {
        name: "BlockTrace",
        priority: 20,
        action: "Block",
        enabled: false,
        rule_type: "MatchRule",
        match_conditions: [{ match_variables: [{ variable_name: "RequestMethod" }], operator: "Equal", match_values: ["TRACE"], negation_condition: false }],
      },
    ]);
  });

  describe("rejects bad input", () => {
    it.each<[string, Partial<WafPolicyProps>, string]>([
      ["an unknown mode", { mode: "Block" as any }, 'test/waf: mode = "Block": must be one of Prevention, Detection'],
      [
        "a retired rule set",
        { managedRuleSet: { type: "OWASP", version: "3.1" } },
        'test/waf: managedRuleSet = {"type":"OWASP","version":"3.1"}: must be one of Microsoft_DefaultRuleSet 2.1, OWASP 3.2',
      ],
      [
        "an unknown rule set type",
        { managedRuleSet: { type: "Microsoft_BotManagerRuleSet" as any, version: "1.1" } },
        'test/waf: managedRuleSet = {"type":"Microsoft_BotManagerRuleSet","version":"1.1"}: must be one of Microsoft_DefaultRuleSet 2.1, OWASP 3.2',
      ],
      ["an unknown Bot Manager version", { botManagerVersion: "0.1" }, 'test/waf: botManagerVersion = "0.1": must be one of 1.0, 1.1'],
      ["a body limit over 2000 KB", { maxRequestBodySizeInKb: 4096 }, "test/waf: maxRequestBodySizeInKb = 4096: must be a whole number from 8 to 2000"],
      ["an upload limit of 0", { fileUploadLimitInMb: 0 }, "test/waf: fileUploadLimitInMb = 0: must be a whole number from 1 to 4000"],
      [
        "two rules with one priority",
        { customRules: [rateLimit, { ...rateLimit, name: "Other" }] },
        'test/waf: customRules.Other.priority = 10: must be unique in the policy: rule "RateLimitPerClient" already uses it',
      ],
      ["two rules with one name", { customRules: [rateLimit, { ...rateLimit, priority: 11 }] }, 'test/waf: customRules.RateLimitPerClient.name = "RateLimitPerClient": must be unique in the policy'],
      ["a priority over 100", { customRules: [{ ...rateLimit, priority: 101 }] }, "test/waf: customRules.RateLimitPerClient.priority = 101: must be a whole number from 1 to 100"],
      ["an unknown action", { customRules: [{ ...rateLimit, action: "Deny" as any }] }, 'test/waf: customRules.RateLimitPerClient.action = "Deny": must be one of Allow, Block, Log'],
      ["a rule without conditions", { customRules: [{ ...rateLimit, matchConditions: [] }] }, "test/waf: customRules.RateLimitPerClient.matchConditions = []: must hold at least one condition"],
      [
        "a condition without values",
        { customRules: [{ ...rateLimit, matchConditions: [{ variable: "RemoteAddr", operator: "IPMatch" }] }] },
        "test/waf: customRules.RateLimitPerClient.matchConditions[0].values = (missing): must hold at least one value unless the operator is Any",
      ],
      [
        "a rate limit of 0",
        { customRules: [{ ...rateLimit, rateLimit: { threshold: 0 } }] },
        "test/waf: customRules.RateLimitPerClient.rateLimit.threshold = 0: must be a whole number, at least 1",
      ],
      [
        "an unknown rate limit window",
        { customRules: [{ ...rateLimit, rateLimit: { threshold: 5, duration: "OneHour" as any } }] },
        'test/waf: customRules.RateLimitPerClient.rateLimit.duration = "OneHour": must be one of OneMin, FiveMins',
      ],
    ])("rejects %s", (_, props, message) => {
      expect(() => policy(props)).toThrow(message);
    });
  });
});

describe("PublicIp", () => {
  function publicIp(props: Partial<PublicIpProps> = {}) {
    const { stack, group } = testStackWithGroup();
    const pip = new PublicIp(stack, "pip", { resourceGroup: group, ...props });
    return { stack, pip };
  }

  it("is Standard, static and zone-redundant by default", () => {
    const { stack } = publicIp({ workload: "edge" });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzPublicIp, {
      name: "abs-pip-edge-we-test",
      sku: "Standard",
      allocation_method: "Static",
      zones: ["1", "2", "3"],
      ddos_protection_mode: "VirtualNetworkInherited",
    });
  });

  it("takes IP DDoS protection with a plan, and no zones", () => {
    const { stack } = publicIp({ zones: [], ddosProtectionMode: "Enabled", ddosProtectionPlanId: "/ddos/plan" });
    expect(only(stack, "azurerm_public_ip")).toMatchObject({ zones: [], ddos_protection_mode: "Enabled", ddos_protection_plan_id: "/ddos/plan" });
  });

  it.each<[string, Partial<PublicIpProps>, string]>([
    ["an unknown DDoS mode", { ddosProtectionMode: "On" as any }, 'test/pip: ddosProtectionMode = "On": must be one of VirtualNetworkInherited, Enabled, Disabled'],
    ["a DDoS plan without Enabled", { ddosProtectionPlanId: "/ddos/plan" }, 'test/pip: ddosProtectionPlanId = "/ddos/plan": needs ddosProtectionMode "Enabled"'],
    ["an unknown zone", { zones: ["1", "west"] }, 'test/pip: zones[1] = "west": must be one of 1, 2, 3'],
  ])("rejects %s", (_, props, message) => {
    expect(() => publicIp(props)).toThrow(message);
  });
});
