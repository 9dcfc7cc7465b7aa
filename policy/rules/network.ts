import { deepValues, isExpression, valueAt, valuesAt } from "../attributes";
import type { PolicyContext, PolicyResource, PolicyRule } from "../types";
import { isTrue, settingProblem, settingText, tls12 } from "./common";

/**
 * Network rules: NSGs on subnets, what the internet may reach, where public IPs may sit, DDoS
 * protection, and the Application Gateway (WAF, TLS policy, HTTPS listeners).
 */

/** Reserved subnets Azure refuses an NSG on (matched by their fixed names). */
const NSG_FORBIDDEN_SUBNETS = new Set(["GatewaySubnet", "AzureFirewallSubnet", "AzureFirewallManagementSubnet", "RouteServerSubnet"]);

/** Sources that mean "anyone on the internet" in an NSG rule (compared in lower case; any `/0` too). */
const INTERNET_SOURCES = new Set(["*", "internet", "any", "0.0.0.0"]);

/** Ports the internet may reach, and only on the application gateway. */
const WEB_PORTS = [80, 443];

/** Types a public IP is meant for: gateways, NAT, firewall, Bastion, load balancer. */
const PUBLIC_IP_HOLDERS = new Set([
  "azurerm_application_gateway",
  "azurerm_nat_gateway_public_ip_association",
  "azurerm_firewall",
  "azurerm_bastion_host",
  "azurerm_lb",
  "azurerm_virtual_network_gateway",
]);

/** Predefined TLS policies with a TLS 1.2 floor and current ciphers (AppGwSslPolicy20170401S keeps CBC suites). */
const SECURE_TLS_POLICIES = new Set(["AppGwSslPolicy20220101", "AppGwSslPolicy20220101S"]);

const isPrevention = (mode: unknown): boolean => mode === "Prevention";

/** Objects of a nested block list (skips anything that is not a block, e.g. a dynamic expression). */
function blocks(body: unknown, path: string): Array<Record<string, any>> {
  return valuesAt(body, path).filter((b): b is Record<string, any> => b !== null && typeof b === "object" && !Array.isArray(b));
}

/**
 * The values set under several arguments of a block. Inline blocks (e.g. an NSG's `security_rule`)
 * synthesize every attribute, the unset ones as null or "", which mean "not set" here.
 */
function argumentValues(block: unknown, ...paths: string[]): unknown[] {
  return paths.flatMap((path) => valuesAt(block, path)).filter((v) => v !== null && v !== "");
}

function lower(value: unknown): string {
  return typeof value === "string" ? value.toLowerCase() : "";
}

// --- NSG rules ---------------------------------------------------------------------------------

/** An NSG rule with the label a finding names it by: standalone rules are the resource itself. */
interface LabelledRule {
  readonly label: string;
  readonly rule: Record<string, any>;
}

function securityRulesOf(resource: PolicyResource): LabelledRule[] {
  if (resource.type === "azurerm_network_security_rule") return [{ label: "", rule: resource.body }];
  return blocks(resource.body, "security_rule").map((rule) => ({ label: `security_rule "${rule.name}" `, rule }));
}

function allowsInboundFromInternet(rule: Record<string, any>): boolean {
  const sources = argumentValues(rule, "source_address_prefix", "source_address_prefixes");
  return (
    lower(rule.direction) === "inbound" &&
    lower(rule.access) === "allow" &&
    sources.some((s) => typeof s === "string" && (INTERNET_SOURCES.has(s.toLowerCase()) || s.endsWith("/0")))
  );
}

/** The destination port ranges as written; none written means every port. */
function portRangesOf(rule: Record<string, any>): string[] {
  const ranges = argumentValues(rule, "destination_port_range", "destination_port_ranges").map(String);
  return ranges.length > 0 ? ranges : ["*"];
}

/** `[from, to]` of a range (`*`, `22`, `1000-2000`), or undefined for an expression known only at apply. */
function boundsOf(range: string): [number, number] | undefined {
  if (range.trim() === "*") return [0, 65535];
  const match = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(range);
  return match ? [Number(match[1]), Number(match[2] ?? match[1])] : undefined;
}

function opensPort(rule: Record<string, any>, port: number): boolean {
  return portRangesOf(rule).some((range) => {
    const bounds = boundsOf(range);
    return bounds !== undefined && bounds[0] <= port && port <= bounds[1];
  });
}

/** The subnets an application gateway sits in (`gateway_ip_configuration.subnet_id` refers to them). */
function gatewaySubnets(context: PolicyContext): PolicyResource[] {
  const subnetIds = context.ofType("azurerm_application_gateway").flatMap((g) => valuesAt(g.body, "gateway_ip_configuration.subnet_id"));
  return context.ofType("azurerm_subnet").filter((s) => subnetIds.some((id) => typeof id === "string" && id.includes(s.ref())));
}

/**
 * Whether a rule's destination is an application gateway's subnet: its literal prefix (as our NSG
 * rules write it) or an expression on that subnet (`${azurerm_subnet.x.address_prefixes[0]}`).
 */
function targetsGatewaySubnet(rule: Record<string, any>, subnets: readonly PolicyResource[]): boolean {
  const destinations = argumentValues(rule, "destination_address_prefix", "destination_address_prefixes");
  if (destinations.length === 0) return false; // application security groups only: VMs, not the gateway
  return destinations.every((d) =>
    subnets.some((s) => (isExpression(d) ? String(d).includes(`azurerm_subnet.${s.logicalId}.`) : valuesAt(s.body, "address_prefixes").includes(d))),
  );
}

function destinationOf(rule: Record<string, any>): string {
  const destinations = argumentValues(rule, "destination_address_prefix", "destination_address_prefixes");
  return destinations.length > 0 ? destinations.join(", ") : "application security groups";
}

function internetExposure(resource: PolicyResource, context: PolicyContext): string | undefined {
  const subnets = gatewaySubnets(context);
  const problems = securityRulesOf(resource)
    .filter(({ rule }) => allowsInboundFromInternet(rule))
    .flatMap(({ label, rule }) => {
      const ranges = portRangesOf(rule);
      const webOnly = ranges.every((range) => {
        const bounds = boundsOf(range);
        return bounds !== undefined && bounds[0] === bounds[1] && WEB_PORTS.includes(bounds[0]);
      });
      if (!webOnly) return [`${label}allows inbound from the internet on ports ${ranges.join(", ")} (only 80 and 443 may be open)`];
      if (!targetsGatewaySubnet(rule, subnets)) return [`${label}allows inbound from the internet to ${destinationOf(rule)}, which is not an application gateway subnet`];
      return [];
    });
  return problems.length > 0 ? problems.join("; ") : undefined;
}

function remoteAdminExposure(resource: PolicyResource): string | undefined {
  const problems = securityRulesOf(resource)
    .filter(({ rule }) => allowsInboundFromInternet(rule) && lower(rule.protocol) !== "icmp")
    .flatMap(({ label, rule }) => {
      const open = [
        ["SSH (22)", 22],
        ["RDP (3389)", 3389],
      ].filter(([, port]) => opensPort(rule, port as number));
      return open.length > 0 ? [`${label}allows ${open.map(([name]) => name).join(" and ")} from the internet`] : [];
    });
  return problems.length > 0 ? problems.join("; ") : undefined;
}

// --- Application gateway -------------------------------------------------------------------------

function tlsPolicyProblem(policy: Record<string, any>, where: string): string | undefined {
  const type = policy.policy_type;
  if (type === "Predefined") {
    return SECURE_TLS_POLICIES.has(policy.policy_name) ? undefined : `${where}uses the predefined TLS policy ${policy.policy_name ?? "(unnamed)"}, not AppGwSslPolicy20220101(S)`;
  }
  if (type === "Custom" || type === "CustomV2") {
    return tls12(policy.min_protocol_version) ? undefined : `${where}allows TLS below 1.2 (${settingText("min_protocol_version", policy.min_protocol_version, undefined)})`;
  }
  // Legacy form: no policy type, only the protocols switched off.
  const disabled = valuesAt(policy, "disabled_protocols");
  return disabled.includes("TLSv1_0") && disabled.includes("TLSv1_1") ? undefined : `${where}has an ssl_policy that does not rule out TLS 1.0 and 1.1`;
}

function httpsProblem(gateway: PolicyResource): string | undefined {
  const listeners = blocks(gateway.body, "http_listener");
  const protocolOf = new Map(listeners.map((l) => [l.name, lower(l.protocol)]));
  if (![...protocolOf.values()].includes("https")) return "has no HTTPS listener";
  const redirects = new Map(blocks(gateway.body, "redirect_configuration").map((r) => [r.name, r]));
  const toHttps = (name: unknown): boolean => {
    const redirect = typeof name === "string" ? redirects.get(name) : undefined;
    return redirect !== undefined && (protocolOf.get(redirect.target_listener_name) === "https" || lower(redirect.target_url).startsWith("https://"));
  };
  const plain = listeners
    .filter((l) => lower(l.protocol) === "http")
    .filter((l) => blocks(gateway.body, "request_routing_rule").some((r) => r.http_listener_name === l.name && !toHttps(r.redirect_configuration_name)))
    .map((l) => `"${l.name}"`);
  return plain.length > 0 ? `serves plain HTTP on listener ${plain.join(", ")} instead of redirecting to HTTPS` : undefined;
}

export const NETWORK_RULES: PolicyRule[] = [
  {
    id: "AZ-NET-001",
    title: "Every subnet that may have a network security group has one",
    scanners: ["Checkov CKV2_AZURE_31", "PSRule Azure.VNET.UseNSGs"],
    resourceTypes: ["azurerm_subnet", "azurerm_virtual_network"],
    fix: "Associate an NSG with the subnet (azurerm_subnet_network_security_group_association; the VirtualNetwork construct does so for every subnet unless its spec says networkSecurityGroup: false).",
    check: (resource, context) => {
      if (resource.type === "azurerm_subnet") {
        if (NSG_FORBIDDEN_SUBNETS.has(resource.body.name)) return undefined;
        return context.referencing(resource, "azurerm_subnet_network_security_group_association", "subnet_id").length > 0 ? undefined : "has no network security group";
      }
      // Subnets written inline in the VNet carry their NSG as `security_group`.
      const bare = blocks(resource.body, "subnet")
        .filter((s) => !NSG_FORBIDDEN_SUBNETS.has(s.name) && !s.security_group)
        .map((s) => `"${s.name}"`);
      return bare.length > 0 ? `has inline subnet ${bare.join(", ")} without a network security group` : undefined;
    },
  },
  {
    id: "AZ-NET-002",
    title: "Nothing inbound from the internet except 80/443 to the application gateway's subnet",
    scanners: [
      "Trivy AVD-AZU-0047 (azure-network-no-public-ingress)",
      "PSRule Azure.NSG.AnyInboundSource",
      "Checkov CKV_AZURE_160 (HTTP from the internet; allowed here to the gateway only, which redirects it)",
    ],
    resourceTypes: ["azurerm_network_security_rule", "azurerm_network_security_group"],
    fix: "Allow Internet sources only on ports 80/443 with the application gateway subnet's prefix as destination (NetworkSecurityGroup / VirtualNetwork subnet `securityRules`); publish everything else through the gateway.",
    check: internetExposure,
  },
  {
    id: "AZ-NET-003",
    title: "No SSH or RDP from the internet",
    scanners: [
      "Checkov CKV_AZURE_10",
      "Checkov CKV_AZURE_9",
      "Trivy AVD-AZU-0050 (azure-network-ssh-blocked-from-internet)",
      "Trivy AVD-AZU-0048 (azure-network-disable-rdp-from-internet)",
    ],
    resourceTypes: ["azurerm_network_security_rule", "azurerm_network_security_group"],
    fix: "Remove the rule; reach machines through Azure Bastion or the management subnet's jump hosts, with the source restricted to that subnet.",
    check: (resource) => remoteAdminExposure(resource),
  },
  {
    id: "AZ-NET-004",
    title: "Public IPs only on gateways, NAT, firewalls, Bastion and load balancers",
    scanners: ["Trivy AVD-AZU-0076 (azure-network-network-interface-public-ip)", "PSRule Azure.VM.PublicIPAttached"],
    resourceTypes: ["azurerm_public_ip"],
    fix: "Attach public IPs only to an application gateway, NAT gateway, firewall, Bastion host, load balancer or VPN gateway; reach VMs through those.",
    check: (ip, context) => {
      const holders = [...new Set(publicIpReferences(context.resources).filter(({ value }) => value.includes(ip.ref())).map(({ resource }) => resource))];
      return holders.length > 0 ? `is attached to ${holders.map((h) => h.address).join(", ")}, which should not have a public IP` : undefined;
    },
  },
  {
    id: "AZ-NET-005",
    title: "Virtual networks use the stack's DDoS protection plan",
    scanners: ["Azure Policy 'Virtual networks should be protected by Azure DDoS Protection' (no Checkov/Trivy/PSRule equivalent)"],
    resourceTypes: ["azurerm_virtual_network"],
    fix: "Pass the environment's DDoS protection plan to the VNet (VirtualNetwork `ddosProtectionPlanId`), with ddos_protection_plan.enable = true.",
    check: (vnet, context) => {
      const plans = context.ofType("azurerm_network_ddos_protection_plan");
      if (plans.length === 0) return undefined; // environments without a plan (DESIGN.md: prod only)
      if (valueAt(vnet.body, "ddos_protection_plan.id") === undefined) return `is not protected by the stack's DDoS protection plan ${plans.map((p) => p.address).join(", ")}`;
      return valueAt(vnet.body, "ddos_protection_plan.enable") === true ? undefined : "has its DDoS protection plan switched off (ddos_protection_plan.enable)";
    },
  },
  {
    id: "AZ-AGW-001",
    title: "Application gateways run a WAF",
    scanners: ["Checkov CKV_AZURE_120", "PSRule Azure.AppGw.UseWAF", "PSRule Azure.AppGw.WAFEnabled"],
    resourceTypes: ["azurerm_application_gateway"],
    fix: "Use the WAF_v2 sku with a WAF policy (ApplicationGateway `wafPolicy`, created by default) or an enabled waf_configuration.",
    check: (gateway) => {
      const tier = valueAt<string>(gateway.body, "sku.tier");
      if (tier !== undefined && !tier.startsWith("WAF")) return `uses the ${tier} tier, which has no WAF`;
      const policy = valueAt(gateway.body, "firewall_policy_id");
      if (policy !== undefined && policy !== "") return undefined;
      return valueAt(gateway.body, "waf_configuration.enabled") === true ? undefined : "has no WAF (neither firewall_policy_id nor an enabled waf_configuration)";
    },
  },
  {
    id: "AZ-AGW-002",
    title: "The WAF is enabled in Prevention mode",
    scanners: ["Checkov CKV_AZURE_122", "PSRule Azure.AppGw.Prevention", "PSRule Azure.AppGw.WAFEnabled"],
    resourceTypes: ["azurerm_web_application_firewall_policy", "azurerm_application_gateway"],
    fix: "Set policy_settings.enabled = true and mode = Prevention (WafPolicy `mode: \"Prevention\"`, its default; Detection only while tuning a new application).",
    check: (resource) => {
      if (resource.type === "azurerm_application_gateway") {
        // Only the legacy inline WAF has a mode on the gateway itself.
        const waf = blocks(resource.body, "waf_configuration")[0];
        if (waf === undefined || waf.enabled !== true) return undefined;
        return settingProblem(resource.body, "waf_configuration.firewall_mode", undefined, isPrevention, "only detects attacks");
      }
      return settingProblem(resource.body, "policy_settings.enabled", true, isTrue, "is disabled") ?? settingProblem(resource.body, "policy_settings.mode", "Prevention", isPrevention, "only detects attacks");
    },
  },
  {
    id: "AZ-AGW-003",
    title: "Application gateways accept TLS 1.2 or later only",
    scanners: ["Checkov CKV_AZURE_218", "PSRule Azure.AppGw.SSLPolicy"],
    resourceTypes: ["azurerm_application_gateway"],
    fix: "Set ssl_policy to the predefined AppGwSslPolicy20220101S (or AppGwSslPolicy20220101), or a CustomV2 policy with min_protocol_version TLSv1_2; the ApplicationGateway construct sets AppGwSslPolicy20220101S.",
    check: (gateway) => {
      const policy = blocks(gateway.body, "ssl_policy")[0];
      // Unset leaves the floor to the service default, which depends on the API version: pin it.
      const problems = [policy === undefined ? "has no ssl_policy (the TLS floor is left to the service default)" : tlsPolicyProblem(policy, "")];
      for (const profile of blocks(gateway.body, "ssl_profile")) {
        const profilePolicy = blocks(profile, "ssl_policy")[0];
        if (profilePolicy !== undefined) problems.push(tlsPolicyProblem(profilePolicy, `ssl_profile "${profile.name}" `));
      }
      const found = problems.filter((p): p is string => p !== undefined);
      return found.length > 0 ? found.join("; ") : undefined;
    },
  },
  {
    id: "AZ-AGW-004",
    title: "Application gateways serve HTTPS; HTTP listeners only redirect to it",
    scanners: ["Checkov CKV_AZURE_217", "PSRule Azure.AppGw.UseHTTPS"],
    resourceTypes: ["azurerm_application_gateway"],
    fix: "Serve the application on an HTTPS listener and route every HTTP listener to a redirect_configuration that targets the HTTPS listener (the ApplicationGateway construct does).",
    check: (gateway) => httpsProblem(gateway),
  },
];

/** Every `public_ip_address_id` outside the public IP holders, with its resource: collected once per stack, not once per IP. */
const publicIpReferencesOf = new WeakMap<readonly PolicyResource[], Array<{ resource: PolicyResource; value: string }>>();
function publicIpReferences(resources: readonly PolicyResource[]): Array<{ resource: PolicyResource; value: string }> {
  let found = publicIpReferencesOf.get(resources);
  if (!found) {
    found = resources
      .filter((r) => !PUBLIC_IP_HOLDERS.has(r.type))
      .flatMap((resource) => deepValues(resource.body).flatMap(({ key, value }) => (key === "public_ip_address_id" && typeof value === "string" ? [{ resource, value }] : [])));
    publicIpReferencesOf.set(resources, found);
  }
  return found;
}
