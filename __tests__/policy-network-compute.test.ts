import { ApiManagement } from "@cdktf/provider-azurerm/lib/api-management";
import { ApplicationGateway, ApplicationGatewayConfig } from "@cdktf/provider-azurerm/lib/application-gateway";
import { ContainerApp, ContainerAppConfig } from "@cdktf/provider-azurerm/lib/container-app";
import { ContainerAppEnvironment } from "@cdktf/provider-azurerm/lib/container-app-environment";
import { KubernetesCluster, KubernetesClusterConfig } from "@cdktf/provider-azurerm/lib/kubernetes-cluster";
import { KubernetesClusterNodePool } from "@cdktf/provider-azurerm/lib/kubernetes-cluster-node-pool";
import { LinuxFunctionApp } from "@cdktf/provider-azurerm/lib/linux-function-app";
import { LinuxVirtualMachineScaleSet, LinuxVirtualMachineScaleSetConfig } from "@cdktf/provider-azurerm/lib/linux-virtual-machine-scale-set";
import { LinuxWebApp, LinuxWebAppConfig } from "@cdktf/provider-azurerm/lib/linux-web-app";
import { NatGatewayPublicIpAssociation } from "@cdktf/provider-azurerm/lib/nat-gateway-public-ip-association";
import { NetworkDdosProtectionPlan } from "@cdktf/provider-azurerm/lib/network-ddos-protection-plan";
import { NetworkInterface } from "@cdktf/provider-azurerm/lib/network-interface";
import { NetworkSecurityGroup, NetworkSecurityGroupSecurityRule } from "@cdktf/provider-azurerm/lib/network-security-group";
import { NetworkSecurityRule, NetworkSecurityRuleConfig } from "@cdktf/provider-azurerm/lib/network-security-rule";
import { PrivateEndpoint } from "@cdktf/provider-azurerm/lib/private-endpoint";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { SubnetNetworkSecurityGroupAssociation } from "@cdktf/provider-azurerm/lib/subnet-network-security-group-association";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { WebApplicationFirewallPolicy, WebApplicationFirewallPolicyConfig } from "@cdktf/provider-azurerm/lib/web-application-firewall-policy";
import { TerraformResource, TerraformStack } from "cdktf";
import { COMPUTE_RULES } from "../policy/rules/compute";
import { NETWORK_RULES } from "../policy/rules/network";
import type { PolicyRule } from "../policy/types";
import { testStack } from "./helpers";
import { findingsOf } from "./policy-helpers";

const RULES = [...NETWORK_RULES, ...COMPUTE_RULES];
const RG = "rg-policy";
const LOCATION = "westeurope";
const GATEWAY_PREFIX = "10.0.0.0/24";
const APP_PREFIX = "10.0.1.0/24";
const MANAGEMENT_PREFIX = "10.0.3.0/24";

function rule(id: string): PolicyRule {
  const found = RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

function addressOf(resource: TerraformResource): string {
  return `${resource.terraformResourceType}.${resource.friendlyUniqueId}`;
}

// --- builders: a secure baseline each, which a case breaks in one place -------------------------------

function subnet(stack: TerraformStack, id: string, prefix: string, name = id): Subnet {
  return new Subnet(stack, id, { name, resourceGroupName: RG, virtualNetworkName: "vnet", addressPrefixes: [prefix] });
}

function nsg(stack: TerraformStack, id: string, securityRule?: NetworkSecurityGroupSecurityRule[]): NetworkSecurityGroup {
  return new NetworkSecurityGroup(stack, id, { name: id, location: LOCATION, resourceGroupName: RG, securityRule });
}

function nsgRule(stack: TerraformStack, id: string, props: Partial<NetworkSecurityRuleConfig>): NetworkSecurityRule {
  return new NetworkSecurityRule(stack, id, {
    name: id,
    resourceGroupName: RG,
    networkSecurityGroupName: "nsg",
    priority: 100,
    direction: "Inbound",
    access: "Allow",
    protocol: "Tcp",
    sourcePortRange: "*",
    sourceAddressPrefix: "Internet",
    destinationPortRange: "443",
    destinationAddressPrefix: GATEWAY_PREFIX,
    ...props,
  });
}

/** An inline NSG rule written as the provider's list block wants it (every attribute present). */
function inlineRule(props: Partial<NetworkSecurityGroupSecurityRule>): NetworkSecurityGroupSecurityRule {
  return {
    name: "rule",
    priority: 100,
    direction: "Inbound",
    access: "Allow",
    protocol: "Tcp",
    sourcePortRange: "*",
    sourceAddressPrefix: "Internet",
    destinationPortRange: "443",
    destinationAddressPrefix: GATEWAY_PREFIX,
    ...props,
  };
}

/** A WAF_v2 gateway as the ApplicationGateway construct builds it: WAF policy, TLS 1.2 policy, HTTP redirected to HTTPS. */
function gateway(stack: TerraformStack, id: string, subnetId: string, props: Partial<ApplicationGatewayConfig> = {}): ApplicationGateway {
  return new ApplicationGateway(stack, id, {
    name: id,
    location: LOCATION,
    resourceGroupName: RG,
    sku: { name: "WAF_v2", tier: "WAF_v2", capacity: 1 },
    firewallPolicyId: "/subscriptions/0000/waf",
    gatewayIpConfiguration: [{ name: "gateway", subnetId }],
    frontendIpConfiguration: [{ name: "public", publicIpAddressId: "/subscriptions/0000/pip" }],
    frontendPort: [
      { name: "http", port: 80 },
      { name: "https", port: 443 },
    ],
    backendAddressPool: [{ name: "pool" }],
    backendHttpSettings: [{ name: "backend", cookieBasedAffinity: "Disabled", port: 443, protocol: "Https" }],
    httpListener: [
      { name: "http", frontendIpConfigurationName: "public", frontendPortName: "http", protocol: "Http" },
      { name: "https", frontendIpConfigurationName: "public", frontendPortName: "https", protocol: "Https", sslCertificateName: "cert" },
    ],
    redirectConfiguration: [{ name: "to-https", redirectType: "Permanent", targetListenerName: "https" }],
    requestRoutingRule: [
      { name: "https", ruleType: "Basic", priority: 100, httpListenerName: "https", backendAddressPoolName: "pool", backendHttpSettingsName: "backend" },
      { name: "redirect", ruleType: "Basic", priority: 200, httpListenerName: "http", redirectConfigurationName: "to-https" },
    ],
    sslCertificate: [{ name: "cert", keyVaultSecretId: "https://kv.vault.azure.net/secrets/cert" }],
    sslPolicy: { policyType: "Predefined", policyName: "AppGwSslPolicy20220101S" },
    ...props,
  });
}

function wafPolicy(stack: TerraformStack, id: string, props: Partial<WebApplicationFirewallPolicyConfig> = {}): WebApplicationFirewallPolicy {
  return new WebApplicationFirewallPolicy(stack, id, {
    name: id,
    location: LOCATION,
    resourceGroupName: RG,
    managedRules: { managedRuleSet: [{ type: "Microsoft_DefaultRuleSet", version: "2.1" }] },
    ...props,
  });
}

function publicIp(stack: TerraformStack, id: string): PublicIp {
  return new PublicIp(stack, id, { name: id, location: LOCATION, resourceGroupName: RG, allocationMethod: "Static", sku: "Standard" });
}

function vnet(stack: TerraformStack, id: string, props: Partial<ConstructorParameters<typeof VirtualNetwork>[2]> = {}): VirtualNetwork {
  return new VirtualNetwork(stack, id, { name: id, location: LOCATION, resourceGroupName: RG, addressSpace: ["10.0.0.0/16"], ...props });
}

function webApp(stack: TerraformStack, id: string, props: Partial<LinuxWebAppConfig> = {}): LinuxWebApp {
  return new LinuxWebApp(stack, id, {
    name: id,
    location: LOCATION,
    resourceGroupName: RG,
    servicePlanId: "/subscriptions/0000/plan",
    httpsOnly: true,
    publicNetworkAccessEnabled: false,
    ftpPublishBasicAuthenticationEnabled: false,
    webdeployPublishBasicAuthenticationEnabled: false,
    identity: { type: "SystemAssigned" },
    siteConfig: {},
    ...props,
  });
}

function containerApp(stack: TerraformStack, id: string, props: Partial<ContainerAppConfig> = {}): ContainerApp {
  return new ContainerApp(stack, id, {
    name: id,
    resourceGroupName: RG,
    containerAppEnvironmentId: "/subscriptions/0000/cae",
    revisionMode: "Single",
    identity: { type: "SystemAssigned" },
    template: { container: [{ name: "app", image: "app:1.0.0", cpu: 0.5, memory: "1Gi" }] },
    ingress: { targetPort: 8080, allowInsecureConnections: false, trafficWeight: [{ latestRevision: true, percentage: 100 }] },
    ...props,
  });
}

function scaleSet(stack: TerraformStack, id: string, props: Partial<LinuxVirtualMachineScaleSetConfig> = {}): LinuxVirtualMachineScaleSet {
  return new LinuxVirtualMachineScaleSet(stack, id, {
    name: id,
    location: LOCATION,
    resourceGroupName: RG,
    sku: "Standard_D2s_v5",
    adminUsername: "azureuser",
    adminSshKey: [{ username: "azureuser", publicKey: "${var.ssh_public_key}" }],
    networkInterface: [{ name: "nic", primary: true, ipConfiguration: [{ name: "internal", primary: true, subnetId: "/subscriptions/0000/subnet" }] }],
    osDisk: { caching: "ReadWrite", storageAccountType: "Premium_LRS" },
    sourceImageReference: { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" },
    ...props,
  });
}

/** An AKS cluster that passes every AKS rule: Entra ID with Azure RBAC, no local accounts, network policy, private, Container insights. */
function cluster(stack: TerraformStack, id: string, props: Partial<KubernetesClusterConfig> = {}): KubernetesCluster {
  return new KubernetesCluster(stack, id, {
    name: id,
    location: LOCATION,
    resourceGroupName: RG,
    dnsPrefix: id,
    defaultNodePool: { name: "system", vmSize: "Standard_D4s_v5", nodeCount: 3 },
    identity: { type: "SystemAssigned" },
    azureActiveDirectoryRoleBasedAccessControl: { azureRbacEnabled: true, tenantId: "00000000-0000-0000-0000-000000000000" },
    localAccountDisabled: true,
    networkProfile: { networkPlugin: "azure", networkPolicy: "azure" },
    privateClusterEnabled: true,
    omsAgent: { logAnalyticsWorkspaceId: "/subscriptions/0000/workspace" },
    ...props,
  });
}

/** A gateway subnet with an application gateway in it, the target internet rules may point at. */
function gatewayInSubnet(stack: TerraformStack): Subnet {
  const gatewaySubnet = subnet(stack, "gatewaysubnet", GATEWAY_PREFIX, "snet-gateway");
  gateway(stack, "agw", gatewaySubnet.id);
  return gatewaySubnet;
}

interface Case {
  /** What the failing resource gets wrong. */
  readonly name: string;
  readonly rule: string;
  /** Builds the failing resource (returned) next to passing ones in the same stack. */
  readonly build: (stack: TerraformStack) => TerraformResource;
  readonly problem: string;
}

const CASES: Case[] = [
  // AZ-NET-001
  {
    name: "a subnet without an NSG association, next to an associated one and a GatewaySubnet",
    rule: "AZ-NET-001",
    build: (stack) => {
      const associated = subnet(stack, "app", APP_PREFIX);
      new SubnetNetworkSecurityGroupAssociation(stack, "association", { subnetId: associated.id, networkSecurityGroupId: nsg(stack, "nsg").id });
      subnet(stack, "vpn", "10.0.250.0/27", "GatewaySubnet");
      return subnet(stack, "data", "10.0.2.0/24");
    },
    problem: "has no network security group",
  },
  {
    name: "a VNet with an inline subnet without an NSG",
    rule: "AZ-NET-001",
    build: (stack) => {
      vnet(stack, "covered", { subnet: [{ name: "app", addressPrefixes: [APP_PREFIX], securityGroup: "/subscriptions/0000/nsg" }] });
      return vnet(stack, "bare", {
        subnet: [
          { name: "app", addressPrefixes: [APP_PREFIX] },
          { name: "AzureFirewallSubnet", addressPrefixes: ["10.0.254.0/26"] },
        ],
      });
    },
    problem: 'has inline subnet "app" without a network security group',
  },
  // AZ-NET-002
  {
    name: "an internet rule to the gateway subnet on a port other than 80/443",
    rule: "AZ-NET-002",
    build: (stack) => {
      gatewayInSubnet(stack);
      nsgRule(stack, "https", {});
      nsgRule(stack, "http", { destinationPortRange: "80" });
      nsgRule(stack, "gatewaymanager", { sourceAddressPrefix: "GatewayManager", destinationPortRange: "65200-65535", destinationAddressPrefix: "*" });
      nsgRule(stack, "denyall", { access: "Deny", destinationPortRange: "*" });
      return nsgRule(stack, "alt", { destinationPortRange: "8080" });
    },
    problem: "allows inbound from the internet on ports 8080 (only 80 and 443 may be open)",
  },
  {
    name: "an internet rule on 443 to a subnet that hosts no application gateway",
    rule: "AZ-NET-002",
    build: (stack) => {
      const gatewaySubnet = gatewayInSubnet(stack);
      nsgRule(stack, "byreference", { destinationAddressPrefix: `\${${gatewaySubnet.terraformResourceType}.${gatewaySubnet.friendlyUniqueId}.address_prefixes[0]}` });
      return nsgRule(stack, "toapp", { destinationAddressPrefix: APP_PREFIX });
    },
    problem: `allows inbound from the internet to ${APP_PREFIX}, which is not an application gateway subnet`,
  },
  {
    name: "an internet rule on 443 when the stack has no application gateway at all",
    rule: "AZ-NET-002",
    build: (stack) => nsgRule(stack, "orphan", { sourceAddressPrefix: undefined, sourceAddressPrefixes: ["0.0.0.0/0"] }),
    problem: `allows inbound from the internet to ${GATEWAY_PREFIX}, which is not an application gateway subnet`,
  },
  {
    name: "an inline NSG rule open to any source on every port, and a port range spanning 80-443",
    rule: "AZ-NET-002",
    build: (stack) => {
      gatewayInSubnet(stack);
      nsg(stack, "fine", [inlineRule({ name: "https" })]);
      return nsg(stack, "open", [inlineRule({ name: "any", sourceAddressPrefix: "*", destinationPortRange: "*" }), inlineRule({ name: "span", destinationPortRange: "80-443" })]);
    },
    problem: 'security_rule "any" allows inbound from the internet on ports * (only 80 and 443 may be open); security_rule "span" allows inbound from the internet on ports 80-443 (only 80 and 443 may be open)',
  },
  // AZ-NET-003
  {
    name: "SSH from the internet (SSH from the management subnet is fine)",
    rule: "AZ-NET-003",
    build: (stack) => {
      nsgRule(stack, "sshmanagement", { sourceAddressPrefix: MANAGEMENT_PREFIX, destinationPortRange: "22", destinationAddressPrefix: APP_PREFIX });
      return nsgRule(stack, "ssh", { destinationPortRange: "22", destinationAddressPrefix: APP_PREFIX });
    },
    problem: "allows SSH (22) from the internet",
  },
  {
    name: "RDP inside a port range from any source, in an inline rule",
    rule: "AZ-NET-003",
    build: (stack) => nsg(stack, "windows", [inlineRule({ name: "admin", sourceAddressPrefix: "Any", protocol: "*", destinationPortRange: undefined, destinationPortRanges: ["3000-3400"] })]),
    problem: 'security_rule "admin" allows RDP (3389) from the internet',
  },
  // AZ-NET-004
  {
    name: "a public IP on a VM's network interface (NAT and gateway public IPs are fine)",
    rule: "AZ-NET-004",
    build: (stack) => {
      const nat = publicIp(stack, "natip");
      new NatGatewayPublicIpAssociation(stack, "natassociation", { natGatewayId: "/subscriptions/0000/nat", publicIpAddressId: nat.id });
      gateway(stack, "agw", "/subscriptions/0000/subnet", { frontendIpConfiguration: [{ name: "public", publicIpAddressId: publicIp(stack, "agwip").id }] });
      const vmIp = publicIp(stack, "vmip");
      new NetworkInterface(stack, "nic", {
        name: "nic",
        location: LOCATION,
        resourceGroupName: RG,
        ipConfiguration: [{ name: "internal", privateIpAddressAllocation: "Dynamic", subnetId: "/subscriptions/0000/subnet", publicIpAddressId: vmIp.id }],
      });
      return vmIp;
    },
    problem: "is attached to azurerm_network_interface.nic, which should not have a public IP",
  },
  // AZ-NET-005
  {
    name: "a VNet without the stack's DDoS plan",
    rule: "AZ-NET-005",
    build: (stack) => {
      const plan = new NetworkDdosProtectionPlan(stack, "ddos", { name: "ddos", location: LOCATION, resourceGroupName: RG });
      vnet(stack, "protected", { ddosProtectionPlan: { id: plan.id, enable: true } });
      return vnet(stack, "unprotected");
    },
    problem: "is not protected by the stack's DDoS protection plan azurerm_network_ddos_protection_plan.ddos",
  },
  {
    name: "a VNet with the DDoS plan switched off",
    rule: "AZ-NET-005",
    build: (stack) => {
      const plan = new NetworkDdosProtectionPlan(stack, "ddos", { name: "ddos", location: LOCATION, resourceGroupName: RG });
      return vnet(stack, "switchedoff", { ddosProtectionPlan: { id: plan.id, enable: false } });
    },
    problem: "has its DDoS protection plan switched off (ddos_protection_plan.enable)",
  },
  // AZ-AGW-001
  {
    name: "a WAF_v2 gateway without a policy or waf_configuration (one with waf_configuration is fine)",
    rule: "AZ-AGW-001",
    build: (stack) => {
      gateway(stack, "legacywaf", "/subscriptions/0000/subnet", { firewallPolicyId: undefined, wafConfiguration: { enabled: true, firewallMode: "Prevention", ruleSetVersion: "3.2" } });
      return gateway(stack, "nowaf", "/subscriptions/0000/subnet", { firewallPolicyId: undefined });
    },
    problem: "has no WAF (neither firewall_policy_id nor an enabled waf_configuration)",
  },
  {
    name: "a Standard_v2 gateway",
    rule: "AZ-AGW-001",
    build: (stack) => gateway(stack, "standard", "/subscriptions/0000/subnet", { sku: { name: "Standard_v2", tier: "Standard_v2", capacity: 1 } }),
    problem: "uses the Standard_v2 tier, which has no WAF",
  },
  // AZ-AGW-002
  {
    name: "a WAF policy in Detection mode (one with provider defaults is fine)",
    rule: "AZ-AGW-002",
    build: (stack) => {
      wafPolicy(stack, "defaults");
      return wafPolicy(stack, "detection", { policySettings: { mode: "Detection" } });
    },
    problem: 'only detects attacks (policy_settings.mode = "Detection")',
  },
  {
    name: "a disabled WAF policy",
    rule: "AZ-AGW-002",
    build: (stack) => wafPolicy(stack, "disabled", { policySettings: { enabled: false, mode: "Prevention" } }),
    problem: "is disabled (policy_settings.enabled = false)",
  },
  {
    name: "a gateway whose inline WAF only detects",
    rule: "AZ-AGW-002",
    build: (stack) =>
      gateway(stack, "detecting", "/subscriptions/0000/subnet", { firewallPolicyId: undefined, wafConfiguration: { enabled: true, firewallMode: "Detection", ruleSetVersion: "3.2" } }),
    problem: 'only detects attacks (waf_configuration.firewall_mode = "Detection")',
  },
  // AZ-AGW-003
  {
    name: "a gateway without ssl_policy (one with a CustomV2 TLS 1.2 policy is fine)",
    rule: "AZ-AGW-003",
    build: (stack) => {
      gateway(stack, "custom", "/subscriptions/0000/subnet", { sslPolicy: { policyType: "CustomV2", minProtocolVersion: "TLSv1_2", cipherSuites: ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"] } });
      return gateway(stack, "unpinned", "/subscriptions/0000/subnet", { sslPolicy: undefined });
    },
    problem: "has no ssl_policy (the TLS floor is left to the service default)",
  },
  {
    name: "a gateway on the 2015 predefined policy",
    rule: "AZ-AGW-003",
    build: (stack) => gateway(stack, "old", "/subscriptions/0000/subnet", { sslPolicy: { policyType: "Predefined", policyName: "AppGwSslPolicy20150501" } }),
    problem: "uses the predefined TLS policy AppGwSslPolicy20150501, not AppGwSslPolicy20220101(S)",
  },
  {
    name: "an SSL profile with a custom policy allowing TLS 1.1",
    rule: "AZ-AGW-003",
    build: (stack) =>
      gateway(stack, "profiled", "/subscriptions/0000/subnet", {
        sslProfile: [{ name: "legacy-clients", sslPolicy: { policyType: "Custom", minProtocolVersion: "TLSv1_1", cipherSuites: ["TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"] } }],
      }),
    problem: 'ssl_profile "legacy-clients" allows TLS below 1.2 (min_protocol_version = "TLSv1_1")',
  },
  // AZ-AGW-004
  {
    name: "an HTTP listener routed to the backend instead of redirected",
    rule: "AZ-AGW-004",
    build: (stack) => {
      gateway(stack, "redirecting", "/subscriptions/0000/subnet");
      return gateway(stack, "plainhttp", "/subscriptions/0000/subnet", {
        requestRoutingRule: [
          { name: "https", ruleType: "Basic", priority: 100, httpListenerName: "https", backendAddressPoolName: "pool", backendHttpSettingsName: "backend" },
          { name: "http", ruleType: "Basic", priority: 200, httpListenerName: "http", backendAddressPoolName: "pool", backendHttpSettingsName: "backend" },
        ],
      });
    },
    problem: 'serves plain HTTP on listener "http" instead of redirecting to HTTPS',
  },
  {
    name: "a gateway with HTTP listeners only",
    rule: "AZ-AGW-004",
    build: (stack) =>
      gateway(stack, "httponly", "/subscriptions/0000/subnet", {
        httpListener: [{ name: "http", frontendIpConfigurationName: "public", frontendPortName: "http", protocol: "Http" }],
        redirectConfiguration: undefined,
        requestRoutingRule: [{ name: "http", ruleType: "Basic", priority: 100, httpListenerName: "http", backendAddressPoolName: "pool", backendHttpSettingsName: "backend" }],
      }),
    problem: "has no HTTPS listener",
  },
  // AZ-APP-001
  {
    name: "a web app with https_only unset (provider default false)",
    rule: "AZ-APP-001",
    build: (stack) => {
      webApp(stack, "secure");
      return webApp(stack, "plain", { httpsOnly: undefined });
    },
    problem: "accepts plain HTTP (https_only defaults to false)",
  },
  {
    name: "a function app with https_only false",
    rule: "AZ-APP-001",
    build: (stack) =>
      new LinuxFunctionApp(stack, "functions", {
        name: "functions",
        location: LOCATION,
        resourceGroupName: RG,
        servicePlanId: "/subscriptions/0000/plan",
        httpsOnly: false,
        siteConfig: {},
      }),
    problem: "accepts plain HTTP (https_only = false)",
  },
  // AZ-APP-002
  {
    name: "a web app allowing TLS 1.0 on the site and 1.1 on SCM (provider defaults are fine)",
    rule: "AZ-APP-002",
    build: (stack) => {
      webApp(stack, "defaults");
      return webApp(stack, "oldtls", { siteConfig: { minimumTlsVersion: "1.0", scmMinimumTlsVersion: "1.1" } });
    },
    problem: 'allows TLS below 1.2 (site_config.minimum_tls_version = "1.0"; site_config.scm_minimum_tls_version = "1.1")',
  },
  // AZ-APP-003
  {
    name: "a web app allowing plain FTP (FTPS only is fine)",
    rule: "AZ-APP-003",
    build: (stack) => {
      webApp(stack, "ftps", { siteConfig: { ftpsState: "FtpsOnly" } });
      return webApp(stack, "ftp", { siteConfig: { ftpsState: "AllAllowed" } });
    },
    problem: 'allows plain FTP (site_config.ftps_state = "AllAllowed")',
  },
  // AZ-APP-004
  {
    name: "a web app with basic-auth publishing left at the provider defaults (true)",
    rule: "AZ-APP-004",
    build: (stack) => {
      webApp(stack, "entra");
      return webApp(stack, "basicauth", { ftpPublishBasicAuthenticationEnabled: undefined, webdeployPublishBasicAuthenticationEnabled: undefined });
    },
    problem:
      "allows publishing with basic authentication (ftp_publish_basic_authentication_enabled defaults to true; webdeploy_publish_basic_authentication_enabled defaults to true)",
  },
  // AZ-APP-005
  {
    name: "a web app with public access at the provider default (true); one with access off is fine",
    rule: "AZ-APP-005",
    build: (stack) => {
      webApp(stack, "private");
      return webApp(stack, "public", { publicNetworkAccessEnabled: undefined });
    },
    problem: "is reachable from public networks (public_network_access_enabled defaults to true)",
  },
  {
    name: "a web app with public access on next to a private endpoint (the endpoint does not close the public one)",
    rule: "AZ-APP-005",
    build: (stack) => {
      const behindEndpoint = webApp(stack, "withendpoint", { publicNetworkAccessEnabled: true });
      new PrivateEndpoint(stack, "endpoint", {
        name: "endpoint",
        location: LOCATION,
        resourceGroupName: RG,
        subnetId: "/subscriptions/0000/subnet",
        privateServiceConnection: { name: "sites", isManualConnection: false, privateConnectionResourceId: behindEndpoint.id, subresourceNames: ["sites"] },
      });
      return behindEndpoint;
    },
    problem: "is reachable from public networks (public_network_access_enabled = true)",
  },
  // AZ-APP-006
  {
    name: "a web app with remote debugging on",
    rule: "AZ-APP-006",
    build: (stack) => {
      webApp(stack, "nodebug");
      return webApp(stack, "debug", { siteConfig: { remoteDebuggingEnabled: true, remoteDebuggingVersion: "VS2022" } });
    },
    problem: "has remote debugging on (site_config.remote_debugging_enabled = true)",
  },
  // AZ-APP-007
  {
    name: "a web app without a managed identity",
    rule: "AZ-APP-007",
    build: (stack) => {
      webApp(stack, "withidentity", { identity: { type: "UserAssigned", identityIds: ["/subscriptions/0000/identity"] } });
      return webApp(stack, "anonymous", { identity: undefined });
    },
    problem: "has no managed identity",
  },
  // AZ-CA-001
  {
    name: "a container app accepting plain HTTP (no ingress at all is fine)",
    rule: "AZ-CA-001",
    build: (stack) => {
      containerApp(stack, "secure");
      containerApp(stack, "worker", { ingress: undefined });
      return containerApp(stack, "insecure", { ingress: { targetPort: 8080, allowInsecureConnections: true, trafficWeight: [{ latestRevision: true, percentage: 100 }] } });
    },
    problem: "accepts plain HTTP on its ingress (ingress.allow_insecure_connections = true)",
  },
  // AZ-CA-002
  {
    name: "a container app without a managed identity",
    rule: "AZ-CA-002",
    build: (stack) => {
      containerApp(stack, "withidentity");
      return containerApp(stack, "anonymous", { identity: undefined });
    },
    problem: "has no managed identity",
  },
  // AZ-CA-003
  {
    name: "a Container Apps environment with internal_load_balancer_enabled unset (provider default false)",
    rule: "AZ-CA-003",
    build: (stack) => {
      new ContainerAppEnvironment(stack, "internal", {
        name: "internal",
        location: LOCATION,
        resourceGroupName: RG,
        infrastructureSubnetId: "/subscriptions/0000/subnet",
        internalLoadBalancerEnabled: true,
      });
      return new ContainerAppEnvironment(stack, "external", { name: "external", location: LOCATION, resourceGroupName: RG });
    },
    problem: "is reachable on a public IP (internal_load_balancer_enabled defaults to false)",
  },
  // AZ-CA-004
  {
    name: "a container app with a connection string as a plain environment variable (a secret reference and a plain setting pass)",
    rule: "AZ-CA-004",
    build: (stack) => {
      const container = { name: "app", image: "app:1.0.0", cpu: 0.5, memory: "1Gi" };
      containerApp(stack, "referenced", { template: { container: [{ ...container, env: [{ name: "DB_PASSWORD", secretName: "db-password" }, { name: "LOG_LEVEL", value: "info" }] }] } });
      return containerApp(stack, "plain", { template: { container: [{ ...container, env: [{ name: "APPLICATIONINSIGHTS_CONNECTION_STRING", value: "${azurerm_application_insights.a.connection_string}" }] }] } });
    },
    problem: "sets APPLICATIONINSIGHTS_CONNECTION_STRING as plain values",
  },
  // AZ-VM-003
  {
    name: "a scale set without encryption at host (the provider default)",
    rule: "AZ-VM-003",
    build: (stack) => {
      scaleSet(stack, "encrypted", { encryptionAtHostEnabled: true });
      return scaleSet(stack, "plain");
    },
    problem: "leaves temp disks and disk caches unencrypted on the host (encryption_at_host_enabled defaults to false)",
  },
  // AZ-APIM-001
  {
    name: "an API Management instance with public network access (the provider default)",
    rule: "AZ-APIM-001",
    build: (stack) => {
      const apim = (id: string, publicNetworkAccessEnabled?: boolean) =>
        new ApiManagement(stack, id, { name: id, location: LOCATION, resourceGroupName: RG, publisherName: "p", publisherEmail: "p@example.com", skuName: "Developer_1", publicNetworkAccessEnabled });
      apim("closed", false);
      return apim("open");
    },
    problem: "accepts traffic on its public endpoint (public_network_access_enabled defaults to true)",
  },
  // AZ-VM-001
  {
    name: "a scale set allowing password logins (the provider default true is fine)",
    rule: "AZ-VM-001",
    build: (stack) => {
      scaleSet(stack, "keys");
      return scaleSet(stack, "passwords", { disablePasswordAuthentication: false });
    },
    problem: "allows password authentication (disable_password_authentication = false)",
  },
  // AZ-VM-002
  {
    name: "a scale set giving every instance a public IP",
    rule: "AZ-VM-002",
    build: (stack) => {
      scaleSet(stack, "private");
      return scaleSet(stack, "exposed", {
        networkInterface: [
          { name: "nic", primary: true, ipConfiguration: [{ name: "internal", primary: true, subnetId: "/subscriptions/0000/subnet", publicIpAddress: [{ name: "instance" }] }] },
        ],
      });
    },
    problem: "gives every instance a public IP (network_interface.ip_configuration.public_ip_address)",
  },
  // AZ-AKS-001
  {
    name: "an AKS cluster with Kubernetes RBAC off",
    rule: "AZ-AKS-001",
    build: (stack) => {
      cluster(stack, "secure");
      return cluster(stack, "norbac", { roleBasedAccessControlEnabled: false });
    },
    problem: "has Kubernetes RBAC off (role_based_access_control_enabled = false)",
  },
  // AZ-AKS-002
  {
    name: "an AKS cluster without Entra ID integration",
    rule: "AZ-AKS-002",
    build: (stack) => {
      cluster(stack, "secure");
      return cluster(stack, "noentra", { azureActiveDirectoryRoleBasedAccessControl: undefined });
    },
    problem: "has no Entra ID integration (azure_active_directory_role_based_access_control unset)",
  },
  {
    name: "an AKS cluster with Entra ID but azure_rbac_enabled unset (provider default false)",
    rule: "AZ-AKS-002",
    build: (stack) => cluster(stack, "kubernetesrbac", { azureActiveDirectoryRoleBasedAccessControl: { tenantId: "00000000-0000-0000-0000-000000000000" } }),
    problem: "does not authorize with Azure RBAC (azure_active_directory_role_based_access_control.azure_rbac_enabled defaults to false)",
  },
  // AZ-AKS-003
  {
    name: "an AKS cluster with local_account_disabled unset (provider default false)",
    rule: "AZ-AKS-003",
    build: (stack) => {
      cluster(stack, "secure");
      return cluster(stack, "localaccounts", { localAccountDisabled: undefined });
    },
    problem: "keeps local accounts (local_account_disabled defaults to false)",
  },
  // AZ-AKS-004
  {
    name: "an AKS cluster without a network policy",
    rule: "AZ-AKS-004",
    build: (stack) => {
      cluster(stack, "secure");
      return cluster(stack, "nopolicy", { networkProfile: { networkPlugin: "azure" } });
    },
    problem: "has no network policy (network_profile.network_policy is not set)",
  },
  // AZ-AKS-005
  {
    name: "a public AKS API server without authorized ranges (authorized ranges are fine)",
    rule: "AZ-AKS-005",
    build: (stack) => {
      cluster(stack, "private");
      cluster(stack, "allowlisted", { privateClusterEnabled: false, apiServerAccessProfile: { authorizedIpRanges: ["203.0.113.0/24"] } });
      return cluster(stack, "public", { privateClusterEnabled: undefined });
    },
    problem: "exposes its API server to any address (neither private_cluster_enabled nor authorized_ip_ranges)",
  },
  // AZ-AKS-006
  {
    name: "an AKS cluster without Container insights",
    rule: "AZ-AKS-006",
    build: (stack) => {
      cluster(stack, "monitored");
      return cluster(stack, "unmonitored", { omsAgent: undefined });
    },
    problem: "has no Container insights (oms_agent unset)",
  },
  // AZ-AKS-007
  {
    name: "an AKS default node pool with public IPs",
    rule: "AZ-AKS-007",
    build: (stack) => {
      cluster(stack, "secure");
      return cluster(stack, "publicnodes", { defaultNodePool: { name: "system", vmSize: "Standard_D4s_v5", nodeCount: 3, nodePublicIpEnabled: true } });
    },
    problem: "gives its nodes public IPs (default_node_pool.node_public_ip_enabled = true)",
  },
  {
    name: "an extra AKS node pool with public IPs",
    rule: "AZ-AKS-007",
    build: (stack) => {
      new KubernetesClusterNodePool(stack, "privatepool", { name: "private", kubernetesClusterId: "/subscriptions/0000/aks", vmSize: "Standard_D4s_v5" });
      return new KubernetesClusterNodePool(stack, "publicpool", { name: "public", kubernetesClusterId: "/subscriptions/0000/aks", vmSize: "Standard_D4s_v5", nodePublicIpEnabled: true });
    },
    problem: "gives its nodes public IPs (node_public_ip_enabled = true)",
  },
];

describe("network and compute policy rules", () => {
  it.each(CASES)("$rule flags $name", ({ rule: id, build, problem }) => {
    const stack = testStack();
    const bad = build(stack);
    const findings = findingsOf(stack, rule(id));
    expect(findings).toEqual([{ ruleId: id, path: `test/${bad.node.id}`, address: addressOf(bad), problem, fix: rule(id).fix }]);
  });

  it("has a failing case for every rule", () => {
    expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(RULES.map((r) => r.id)));
  });
});
