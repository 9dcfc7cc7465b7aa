import { TerraformOutput, TerraformResource, Testing } from "cdktf";
import { NatGateway as AzNatGateway } from "@cdktf/provider-azurerm/lib/nat-gateway";
import { NatGatewayPublicIpAssociation } from "@cdktf/provider-azurerm/lib/nat-gateway-public-ip-association";
import { NetworkSecurityRule } from "@cdktf/provider-azurerm/lib/network-security-rule";
import { PrivateDnsZone as AzPrivateDnsZone } from "@cdktf/provider-azurerm/lib/private-dns-zone";
import { PrivateDnsZoneVirtualNetworkLink } from "@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { VirtualNetwork as AzVirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { NatGateway } from "../constructs/networking/nat-gateway";
import { NetworkSecurityGroup, SecurityRuleSpec } from "../constructs/networking/network-security-group";
import { PRIVATE_DNS_ZONES, PrivateDnsZone } from "../constructs/networking/private-dns-zone";
import { SubnetSpec, VirtualNetwork, VirtualNetworkProps } from "../constructs/networking/virtual-network";
import { resourcesOf, synthJson, testStackWithGroup } from "./helpers";

const workspace = { id: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log" };

const https: SecurityRuleSpec = {
  name: "allow-https",
  priority: 200,
  direction: "Inbound",
  access: "Allow",
  protocol: "Tcp",
  sourceAddressPrefix: "AzureFrontDoor.Backend",
  destinationPortRange: "443",
  destinationAddressPrefix: "VirtualNetwork",
};

/** A VNet in a fresh `dev` stack: 10.10.0.0/16 with the given subnets. */
function vnetWith(subnets: Record<string, SubnetSpec>, extra: Partial<VirtualNetworkProps> = {}) {
  const { stack, group } = testStackWithGroup("dev");
  const vnet = new VirtualNetwork(stack, "vnet", { resourceGroup: group, addressSpace: ["10.10.0.0/16"], subnets, ...extra });
  return { stack, group, vnet };
}

/** A VNet with a NAT gateway: subnet `app` (with `app` added to its spec) leaves through it, `pe` does not. */
function natVnetWith(app: Partial<SubnetSpec>) {
  const { stack, group } = testStackWithGroup("dev");
  const nat = new NatGateway(stack, "nat", { resourceGroup: group });
  const vnet = new VirtualNetwork(stack, "vnet", {
    resourceGroup: group,
    addressSpace: ["10.10.0.0/16"],
    natGateway: nat,
    subnets: { app: { addressPrefix: "10.10.0.0/24", natGateway: true, ...app }, pe: { addressPrefix: "10.10.1.0/24" } },
  });
  return { stack, nat, vnet };
}

type Stack = Parameters<typeof resourcesOf>[0];

/** Resource bodies of a type, without the logical ids, in synth (logical id) order. */
function bodies(stack: Stack, type: string): any[] {
  return resourcesOf(stack, type).map(([, body]) => body);
}

/** A resource attribute as the synthesized JSON refers to it, e.g. `${azurerm_subnet.<logical id>.id}`. */
function ref(stack: Stack, resource: TerraformResource, attribute = "id"): string {
  return `\${${resource.terraformResourceType}.${stack.getLogicalId(resource)}.${attribute}}`;
}

describe("VirtualNetwork", () => {
  it("creates the network and one subnet resource per key, with generated, reserved and explicit names", () => {
    const { stack } = vnetWith(
      {
        app: { addressPrefix: "10.10.0.0/24" },
        GatewaySubnet: { addressPrefix: "10.10.255.0/27" },
        data: { addressPrefix: "10.10.1.0/24", name: "snet-legacy-data" },
      },
      { workload: "core", dnsServers: ["10.0.0.4"], ddosProtectionPlanId: "/ddos/plan" },
    );
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(AzVirtualNetwork, {
      name: "abs-vnet-core-we-dev",
      address_space: ["10.10.0.0/16"],
      dns_servers: ["10.0.0.4"],
      ddos_protection_plan: { id: "/ddos/plan", enable: true },
    });
    expect(Object.fromEntries(bodies(stack, "azurerm_subnet").map((s) => [s.name, s.address_prefixes]))).toEqual({
      "abs-snet-app-we-dev": ["10.10.0.0/24"],
      GatewaySubnet: ["10.10.255.0/27"],
      "snet-legacy-data": ["10.10.1.0/24"],
    });
  });

  it("closes default outbound access and applies NSGs to private endpoints by default", () => {
    const { stack } = vnetWith({ app: { addressPrefix: "10.10.0.0/24" } });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(Subnet, {
      default_outbound_access_enabled: false,
      private_endpoint_network_policies: "Enabled",
    });
  });

  it("passes delegation and service endpoints through", () => {
    const { stack } = vnetWith({
      web: {
        addressPrefix: "10.10.2.0/24",
        serviceEndpoints: ["Microsoft.Storage"],
        delegation: { name: "web", service: "Microsoft.Web/serverFarms", actions: ["Microsoft.Network/virtualNetworks/subnets/action"] },
      },
    });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(Subnet, {
      service_endpoints: ["Microsoft.Storage"],
      delegation: [{ name: "web", service_delegation: { name: "Microsoft.Web/serverFarms", actions: ["Microsoft.Network/virtualNetworks/subnets/action"] } }],
    });
  });

  it("declares the actions Azure sets on App Service and Container Apps delegations, so a second plan shows no change", () => {
    const { stack } = vnetWith({
      app: { addressPrefix: "10.10.2.0/24", delegation: { name: "app-service", service: "Microsoft.Web/serverFarms" } },
      containers: { addressPrefix: "10.10.4.0/23", delegation: { name: "container-apps", service: "Microsoft.App/environments" } },
    });
    expect(bodies(stack, "azurerm_subnet").map((s) => s.delegation[0].service_delegation)).toEqual([
      { name: "Microsoft.Web/serverFarms", actions: ["Microsoft.Network/virtualNetworks/subnets/action"] },
      { name: "Microsoft.App/environments", actions: ["Microsoft.Network/virtualNetworks/subnets/join/action"] },
    ]);
  });

  it("asks for the actions of a delegation whose defaults it does not know", () => {
    expect(() => vnetWith({ aci: { addressPrefix: "10.10.2.0/24", delegation: { name: "aci", service: "Microsoft.ContainerInstance/containerGroups" } } })).toThrow(
      "test/vnet: subnets.aci.delegation.actions = (missing): must list the actions Azure sets for Microsoft.ContainerInstance/containerGroups (only Microsoft.Web/serverFarms, Microsoft.App/environments have known defaults)",
    );
  });

  it("gives every subnet that may have one its own NSG, none to GatewaySubnet or opted-out subnets", () => {
    const { stack, vnet } = vnetWith(
      {
        app: { addressPrefix: "10.10.0.0/24", securityRules: [https] },
        data: { addressPrefix: "10.10.1.0/24" },
        plain: { addressPrefix: "10.10.2.0/24", networkSecurityGroup: false },
        GatewaySubnet: { addressPrefix: "10.10.255.0/27" },
      },
      { workload: "core" },
    );
    expect(Object.keys(vnet.networkSecurityGroups)).toEqual(["app", "data"]);
    expect(Object.keys(vnet.nsgIds)).toEqual(["app", "data"]);
    expect(bodies(stack, "azurerm_network_security_group").map((n) => n.name)).toEqual(["abs-nsg-core-app-we-dev", "abs-nsg-core-data-we-dev"]);
    const associations = bodies(stack, "azurerm_subnet_network_security_group_association");
    expect(Object.fromEntries(associations.map((a) => [a.subnet_id, a.network_security_group_id]))).toEqual({
      [ref(stack, vnet.subnets.app)]: ref(stack, vnet.networkSecurityGroups.app.resource),
      [ref(stack, vnet.subnets.data)]: ref(stack, vnet.networkSecurityGroups.data.resource),
    });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(NetworkSecurityRule, {
      name: "allow-https",
      network_security_group_name: ref(stack, vnet.networkSecurityGroups.app.resource, "name"),
    });
  });

  it("associates the NAT gateway only with the subnets that ask for it", () => {
    const { stack, nat, vnet } = natVnetWith({});
    const associations = bodies(stack, "azurerm_subnet_nat_gateway_association");
    expect(associations).toEqual([{ subnet_id: ref(stack, vnet.subnets.app), nat_gateway_id: ref(stack, nat.resource) }]);
  });

  it("names what a resource placed in a subnet waits for: its NSG association with the NSG's rules and its NAT gateway association", () => {
    const { vnet } = natVnetWith({ securityRules: [https] });
    const types = (key: string) => vnet.subnetReady(key).map((d) => (d as TerraformResource).terraformResourceType);
    expect(types("app")).toEqual(["azurerm_subnet_network_security_group_association", "azurerm_subnet_nat_gateway_association", "azurerm_network_security_rule"]);
    expect(types("pe")).toEqual(["azurerm_subnet_network_security_group_association"]);
    expect(() => vnet.subnetReady("data")).toThrow('test/vnet: subnetId = "data": must be one of the subnet keys: app, pe');
  });

  it("exposes subnet ids by key", () => {
    const { stack, vnet } = vnetWith({ app: { addressPrefix: "10.10.0.0/24" }, pe: { addressPrefix: "10.10.1.0/24" } });
    expect(Object.keys(vnet.subnetIds)).toEqual(["app", "pe"]);
    new TerraformOutput(stack, "pe-subnet", { value: vnet.subnetId("pe") });
    expect(synthJson(stack).output["pe-subnet"].value).toBe(ref(stack, vnet.subnets.pe));
  });

  it("sends diagnostics from the VNet (logs and metrics) and its NSGs (logs only)", () => {
    const { stack, vnet } = vnetWith(
      { app: { addressPrefix: "10.10.0.0/24" }, GatewaySubnet: { addressPrefix: "10.10.255.0/27" } },
      { diagnosticSettings: [{ workspace }] },
    );
    const settings = Object.fromEntries(bodies(stack, "azurerm_monitor_diagnostic_setting").map((s) => [s.target_resource_id, s]));
    expect(Object.keys(settings).sort()).toEqual([ref(stack, vnet.networkSecurityGroups.app.resource), ref(stack, vnet.resource)].sort());
    const nsg = settings[ref(stack, vnet.networkSecurityGroups.app.resource)];
    expect(nsg.enabled_log).toEqual([{ category_group: "allLogs" }]);
    expect(nsg.enabled_metric).toBeUndefined();
    expect(settings[ref(stack, vnet.resource)].enabled_log).toEqual([{ category_group: "allLogs" }]);
    expect(settings[ref(stack, vnet.resource)].enabled_metric).toEqual([{ category: "AllMetrics" }]);
  });

  it("leaves the NSGs out of a metrics-only diagnostics request", () => {
    const { stack, vnet } = vnetWith({ app: { addressPrefix: "10.10.0.0/24" } });
    vnet.addDiagnostics({ workspace, logCategoryGroups: [] });
    expect(bodies(stack, "azurerm_monitor_diagnostic_setting").map((s) => s.target_resource_id)).toEqual([ref(stack, vnet.resource)]);
  });

  describe("rejects", () => {
    const cases: Array<[string, () => unknown, string]> = [
      [
        "an invalid address space",
        () => vnetWith({}, { addressSpace: ["10.10.0.0/33"] }),
        'test/vnet: addressSpace[0] = "10.10.0.0/33": the prefix length must be 0-32',
      ],
      [
        "overlapping address spaces",
        () => vnetWith({}, { addressSpace: ["10.10.0.0/16", "10.10.128.0/17"] }),
        'test/vnet: addressSpace[1] = "10.10.128.0/17": must not overlap addressSpace[0] (10.10.0.0/16)',
      ],
      [
        "an invalid subnet CIDR",
        () => vnetWith({ app: { addressPrefix: "10.10.0.1/24" } }),
        'test/vnet: subnets.app.addressPrefix = "10.10.0.1/24": host bits are set: the network address of /24 must be a multiple of 256',
      ],
      [
        "a subnet outside the address space",
        () => vnetWith({ app: { addressPrefix: "10.20.0.0/24" } }),
        'test/vnet: subnets.app.addressPrefix = "10.20.0.0/24": must lie inside one of the address spaces 10.10.0.0/16',
      ],
      [
        "overlapping subnets, naming both",
        () => vnetWith({ app: { addressPrefix: "10.10.0.0/23" }, data: { addressPrefix: "10.10.1.0/24" } }),
        'test/vnet: subnets.data.addressPrefix = "10.10.1.0/24": must not overlap subnet "app" (10.10.0.0/23)',
      ],
      [
        "a subnet smaller than /29",
        () => vnetWith({ app: { addressPrefix: "10.10.0.0/30" } }),
        'test/vnet: subnets.app.addressPrefix = "10.10.0.0/30": must be /29 or larger for abs-snet-app-we-dev',
      ],
      [
        "a reserved subnet below its minimum size",
        () => vnetWith({ AzureBastionSubnet: { addressPrefix: "10.10.0.0/27" } }),
        'test/vnet: subnets.AzureBastionSubnet.addressPrefix = "10.10.0.0/27": must be /26 or larger for AzureBastionSubnet',
      ],
      [
        "two subnets with one name",
        () => vnetWith({ a: { addressPrefix: "10.10.0.0/24", name: "snet" }, b: { addressPrefix: "10.10.1.0/24", name: "snet" } }),
        'test/vnet: subnets.b.name = "snet": must be unique in the virtual network: subnet "a" already uses it',
      ],
      [
        "an NSG on GatewaySubnet",
        () => vnetWith({ GatewaySubnet: { addressPrefix: "10.10.255.0/27", networkSecurityGroup: true } }),
        "test/vnet: subnets.GatewaySubnet.networkSecurityGroup = true: must be false: Azure does not allow a network security group on GatewaySubnet",
      ],
      [
        "security rules on a subnet without an NSG",
        () => vnetWith({ AzureFirewallSubnet: { addressPrefix: "10.10.0.0/26", securityRules: [https] } }),
        'test/vnet: subnets.AzureFirewallSubnet.securityRules = ["allow-https"]: must be empty: the subnet has no network security group',
      ],
      [
        "natGateway: true without a NAT gateway",
        () => vnetWith({ app: { addressPrefix: "10.10.0.0/24", natGateway: true } }),
        "test/vnet: subnets.app.natGateway = true: must be false unless the virtual network has a natGateway",
      ],
      [
        "a DNS server that is not an IPv4 address",
        () => vnetWith({}, { dnsServers: ["dns.example.com"] }),
        'test/vnet: dnsServers[0] = "dns.example.com": must be an IPv4 address',
      ],
      [
        "an unknown subnet key, listing the known ones",
        () => vnetWith({ app: { addressPrefix: "10.10.0.0/24" }, pe: { addressPrefix: "10.10.1.0/24" } }).vnet.subnetId("web"),
        'test/vnet: subnetId = "web": must be one of the subnet keys: app, pe',
      ],
    ];
    it.each(cases)("%s", (_, build, message) => {
      expect(build).toThrow(message);
    });
  });
});

describe("NetworkSecurityGroup", () => {
  function nsgWith(securityRules: SecurityRuleSpec[] = []) {
    const { stack, group } = testStackWithGroup("dev");
    return { stack, nsg: new NetworkSecurityGroup(stack, "nsg", { resourceGroup: group, workload: "web", securityRules }) };
  }

  it("creates each rule as its own resource with the spec's attributes and a '*' source port", () => {
    const { stack, nsg } = nsgWith([https, { ...https, name: "deny-all", priority: 4096, access: "Deny", protocol: "*", sourceAddressPrefix: "*", destinationPortRange: "*", destinationAddressPrefix: "*" }]);
    const synth = Testing.synth(stack);
    expect(bodies(stack, "azurerm_network_security_group").map((n) => n.name)).toEqual(["abs-nsg-web-we-dev"]);
    expect(synth).toHaveResourceWithProperties(NetworkSecurityRule, {
      name: "allow-https",
      priority: 200,
      direction: "Inbound",
      access: "Allow",
      protocol: "Tcp",
      source_address_prefix: "AzureFrontDoor.Backend",
      source_port_range: "*",
      destination_port_range: "443",
      destination_address_prefix: "VirtualNetwork",
      network_security_group_name: ref(stack, nsg.resource, "name"),
    });
    expect(synth).toHaveResourceWithProperties(NetworkSecurityRule, { name: "deny-all", priority: 4096, access: "Deny" });
  });

  it("adds rules later, with lists of prefixes and ports, and the same priority in the other direction", () => {
    const { stack, nsg } = nsgWith([https]);
    nsg.addRule({
      name: "allow-out",
      priority: 200,
      direction: "Outbound",
      access: "Allow",
      protocol: "Udp",
      sourceAddressPrefixes: ["10.10.0.0/24", "10.10.1.0/24"],
      destinationPortRanges: ["53", "8000-8080"],
      destinationAddressPrefixes: ["10.0.0.4"],
    });
    expect(bodies(stack, "azurerm_network_security_rule")).toHaveLength(2);
    expect(Testing.synth(stack)).toHaveResourceWithProperties(NetworkSecurityRule, {
      name: "allow-out",
      source_address_prefixes: ["10.10.0.0/24", "10.10.1.0/24"],
      destination_port_ranges: ["53", "8000-8080"],
    });
  });

  it("sends logs but no metrics to diagnostics", () => {
    const { stack, nsg } = nsgWith();
    nsg.addDiagnostics({ workspace });
    const [setting] = bodies(stack, "azurerm_monitor_diagnostic_setting");
    expect(setting.enabled_log).toEqual([{ category_group: "allLogs" }]);
    expect(setting.enabled_metric).toBeUndefined();
  });

  describe("rejects", () => {
    const cases: Array<[string, Partial<SecurityRuleSpec>, string]> = [
      ["a priority below 100", { priority: 99 }, "test/nsg: securityRules.allow-https.priority = 99: must be an integer 100-4096"],
      ["a priority above 4096", { priority: 4097 }, "test/nsg: securityRules.allow-https.priority = 4097: must be an integer 100-4096"],
      ["a port of 0", { destinationPortRange: "0" }, 'test/nsg: securityRules.allow-https.destinationPortRange = "0": must be "*", a port 1-65535 or a range "a-b" with a <= b'],
      ["a port above 65535", { destinationPortRange: "65536" }, 'test/nsg: securityRules.allow-https.destinationPortRange = "65536": must be "*", a port 1-65535 or a range "a-b" with a <= b'],
      ["a reversed range", { destinationPortRange: "443-80" }, 'test/nsg: securityRules.allow-https.destinationPortRange = "443-80": must be "*", a port 1-65535 or a range "a-b" with a <= b'],
      [
        "a bad port in a list",
        { destinationPortRange: undefined, destinationPortRanges: ["80", "http"] },
        'test/nsg: securityRules.allow-https.destinationPortRanges[1] = "http": must be "*", a port 1-65535 or a range "a-b" with a <= b',
      ],
      ["a bad source port", { sourcePortRange: "any" }, 'test/nsg: securityRules.allow-https.sourcePortRange = "any": must be "*", a port 1-65535 or a range "a-b" with a <= b'],
      [
        "a prefix given both ways",
        { sourceAddressPrefixes: ["10.0.0.0/8"] },
        'test/nsg: securityRules.allow-https.sourceAddressPrefix = "AzureFrontDoor.Backend": must be set, or sourceAddressPrefixes instead, but not both',
      ],
      [
        "a missing destination port",
        { destinationPortRange: undefined },
        "test/nsg: securityRules.allow-https.destinationPortRange = (missing): must be set, or destinationPortRanges instead, but not both",
      ],
      [
        "an illegal rule name",
        { name: "allow https" },
        "test/nsg: securityRules.allow https.name = \"allow https\": 1-80 characters: letters, digits, '_', '.', '-'; start with a letter or digit, end with a letter, digit or '_'",
      ],
    ];
    it.each(cases)("%s", (_, change, message) => {
      expect(() => nsgWith([{ ...https, ...change }])).toThrow(message);
    });

    it("a priority already used in the same direction", () => {
      const { nsg } = nsgWith([https]);
      expect(() => nsg.addRule({ ...https, name: "allow-http", destinationPortRange: "80" })).toThrow(
        'test/nsg: securityRules.allow-http.priority = 200: must be unique among Inbound rules: rule "allow-https" already uses it',
      );
    });

    it("a rule name used twice", () => {
      const { nsg } = nsgWith([https]);
      expect(() => nsg.addRule({ ...https, priority: 300 })).toThrow('test/nsg: securityRules.allow-https.name = "allow-https": must be unique in the network security group');
    });

    it("diagnostics with metrics", () => {
      const { nsg } = nsgWith();
      expect(() => nsg.addDiagnostics({ workspace, metrics: true })).toThrow("test/nsg: diagnosticSettings.metrics = true: must be false: network security groups expose no metrics");
    });
  });
});

describe("NatGateway", () => {
  it("is a Standard gateway with a zone-redundant Standard static public IP and a 4-minute idle timeout", () => {
    const { stack, group } = testStackWithGroup("dev");
    const nat = new NatGateway(stack, "nat", { resourceGroup: group, workload: "core" });
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(AzNatGateway, { name: "abs-ng-core-we-dev", sku_name: "Standard", idle_timeout_in_minutes: 4 });
    expect(synth).toHaveResourceWithProperties(PublicIp, {
      name: "abs-pip-core-ng-we-dev",
      sku: "Standard",
      allocation_method: "Static",
      zones: ["1", "2", "3"],
    });
    expect(synth).toHaveResourceWithProperties(NatGatewayPublicIpAssociation, {
      nat_gateway_id: ref(stack, nat.resource),
      public_ip_address_id: ref(stack, nat.publicIp),
    });
  });

  it("takes zones and idle timeout", () => {
    const { stack, group } = testStackWithGroup("dev");
    new NatGateway(stack, "nat", { resourceGroup: group, zones: ["2"], idleTimeoutInMinutes: 10 });
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(PublicIp, { name: "abs-pip-ng-we-dev", zones: ["2"] });
    expect(synth).toHaveResourceWithProperties(AzNatGateway, { idle_timeout_in_minutes: 10 });
  });

  it("sends metrics only to diagnostics", () => {
    const { stack, group } = testStackWithGroup("dev");
    new NatGateway(stack, "nat", { resourceGroup: group, diagnosticSettings: [{ workspace }] });
    const [setting] = bodies(stack, "azurerm_monitor_diagnostic_setting");
    expect(setting.enabled_log).toEqual([]);
    expect(setting.enabled_metric).toEqual([{ category: "AllMetrics" }]);
  });

  describe("rejects", () => {
    it.each([
      ["an unknown zone", { zones: ["4"] }, 'test/nat: zones[0] = "4": must be one of 1, 2, 3'],
      ["an idle timeout below 4", { idleTimeoutInMinutes: 3 }, "test/nat: idleTimeoutInMinutes = 3: must be an integer 4-120"],
      [
        "diagnostics with log categories",
        { diagnosticSettings: [{ workspace, logCategoryGroups: ["allLogs"] }] },
        'test/nat: diagnosticSettings.logCategoryGroups = ["allLogs"]: must be empty: NAT gateways expose metrics only',
      ],
    ])("%s", (_, props, message) => {
      const { stack, group } = testStackWithGroup("dev");
      expect(() => new NatGateway(stack, "nat", { resourceGroup: group, ...props })).toThrow(message);
    });
  });
});

describe("PrivateDnsZone", () => {
  it("lists the privatelink zones of the services in use", () => {
    expect(PRIVATE_DNS_ZONES.vault).toBe("privatelink.vaultcore.azure.net");
    expect(PRIVATE_DNS_ZONES.blob).toBe("privatelink.blob.core.windows.net");
    expect(PRIVATE_DNS_ZONES.webApp).toBe("privatelink.azurewebsites.net");
    const names = Object.values(PRIVATE_DNS_ZONES);
    for (const name of names) expect(name).toMatch(/^privatelink\.[a-z0-9.-]+$/);
    expect(new Set(names).size).toBe(names.length);
  });

  it("links the zone to networks with registration disabled, from props and from linkTo", () => {
    const { stack, group, vnet } = vnetWith({ pe: { addressPrefix: "10.10.0.0/24" } });
    const zone = new PrivateDnsZone(stack, "vault-zone", { resourceGroup: group, zoneName: PRIVATE_DNS_ZONES.vault, virtualNetworks: [vnet], tags: { purpose: "pe" } });
    zone.linkTo({ id: "/subscriptions/0/resourceGroups/hub/providers/Microsoft.Network/virtualNetworks/hub", name: "hub" });
    const synth = Testing.synth(stack);
    expect(synth).toHaveResourceWithProperties(AzPrivateDnsZone, { name: "privatelink.vaultcore.azure.net", tags: { purpose: "pe" } });
    const links = bodies(stack, "azurerm_private_dns_zone_virtual_network_link");
    expect(Object.fromEntries(links.map((l) => [l.virtual_network_id, [l.name, l.registration_enabled, l.private_dns_zone_name]]))).toEqual({
      [ref(stack, vnet.resource)]: [`${ref(stack, vnet.resource, "name")}-link`, false, ref(stack, zone.resource, "name")],
      "/subscriptions/0/resourceGroups/hub/providers/Microsoft.Network/virtualNetworks/hub": ["hub-link", false, ref(stack, zone.resource, "name")],
    });
    expect(synth).toHaveResourceWithProperties(PrivateDnsZoneVirtualNetworkLink, { tags: { purpose: "pe" } });
  });

  describe("rejects", () => {
    it("a zone name that is not a DNS name", () => {
      const { stack, group } = testStackWithGroup("dev");
      expect(() => new PrivateDnsZone(stack, "zone", { resourceGroup: group, zoneName: "privatelink" })).toThrow(
        'test/zone: zoneName = "privatelink": must be a DNS name of two or more labels such as privatelink.vaultcore.azure.net',
      );
    });

    it("linking the same network twice", () => {
      const { stack, group, vnet } = vnetWith({});
      const zone = new PrivateDnsZone(stack, "zone", { resourceGroup: group, zoneName: PRIVATE_DNS_ZONES.blob, virtualNetworks: [vnet] });
      expect(() => zone.linkTo(vnet)).toThrow('test/zone: virtualNetworks = "test/vnet": must not be linked twice');
    });
  });
});

describe("VirtualNetwork AzureBastionSubnet", () => {
  it("gets no NSG unless asked, since Azure rejects one without Bastion's rules", () => {
    const { stack, group } = testStackWithGroup();
    new VirtualNetwork(stack, "vnet", { resourceGroup: group, addressSpace: ["10.10.0.0/16"], subnets: { AzureBastionSubnet: { addressPrefix: "10.10.0.0/26" }, app: { addressPrefix: "10.10.1.0/24" } } });
    const nsgs = resourcesOf(stack, "azurerm_network_security_group").map(([, body]) => body.name);
    expect(nsgs).toEqual(["abs-nsg-app-we-test"]);
  });
});
