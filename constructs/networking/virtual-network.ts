import { Construct } from "constructs";
import { ITerraformDependable, TerraformProvider, TerraformResource } from "cdktf";
import { Subnet as AzSubnet } from "@cdktf/provider-azurerm/lib/subnet";
import { SubnetNatGatewayAssociation } from "@cdktf/provider-azurerm/lib/subnet-nat-gateway-association";
import { SubnetNetworkSecurityGroupAssociation } from "@cdktf/provider-azurerm/lib/subnet-network-security-group-association";
import { VirtualNetwork as AzVirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { VirtualNetworkPeering } from "@cdktf/provider-azurerm/lib/virtual-network-peering";
import { AzureResource } from "../core/azure-resource";
import { Cidr, contains, overlaps, parseCidr } from "../core/cidr";
import { check, ValidationError } from "../core/errors";
import { CommonResourceProps, DiagnosticSettingsOptions, IResourceGroup } from "../core/interfaces";
import { assertName, NAME_RULES, Naming, resourceName } from "../core/naming";
import { NatGateway } from "./nat-gateway";
import { NetworkSecurityGroup, SecurityRuleSpec } from "./network-security-group";

/** Hands a subnet to an Azure service (App Service integration, Container Apps, ...). */
export interface SubnetDelegationSpec {
  /** Name of the delegation block. */
  readonly name: string;
  /** Service delegated to, e.g. `Microsoft.Web/serverFarms`. */
  readonly service: string;
  /**
   * The actions delegated: what Azure sets for the service, since it adds them whatever the request says.
   * @default the service's actions in DELEGATION_ACTIONS; required for any other service
   */
  readonly actions?: string[];
}

/**
 * The actions Azure puts on a delegation to each service whatever the request says. azurerm's
 * `service_delegation.actions` is Optional, not Computed, so a delegation declared without them shows a
 * change on every plan (azurerm docs, azurerm_subnet: "Azure may add default actions depending on the
 * service delegation name and they can't be overwritten").
 */
export const DELEGATION_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  "Microsoft.Web/serverFarms": ["Microsoft.Network/virtualNetworks/subnets/action"],
  "Microsoft.App/environments": ["Microsoft.Network/virtualNetworks/subnets/join/action"],
};

export interface SubnetSpec {
  /** CIDR inside one of the VNet's address spaces, /29 or larger. */
  readonly addressPrefix: string;
  /**
   * @default `<prefix>-snet-<key>-<region>-<env>`; an Azure-reserved key (GatewaySubnet, AzureBastionSubnet,
   * AzureFirewallSubnet, AzureFirewallManagementSubnet, RouteServerSubnet) is used verbatim
   */
  readonly name?: string;
  /**
   * Give the subnet its own network security group.
   * @default true, except on the subnets Azure forbids one on (GatewaySubnet, AzureFirewall*Subnet, RouteServerSubnet)
   */
  readonly networkSecurityGroup?: boolean;
  /** Rules of the subnet's NSG. @default none: Azure's default rules only */
  readonly securityRules?: SecurityRuleSpec[];
  /** Send outbound traffic through the VNet's `natGateway`. @default false */
  readonly natGateway?: boolean;
  /** @default none */
  readonly delegation?: SubnetDelegationSpec;
  /** @default "Enabled": NSGs and route tables apply to private endpoints in the subnet too */
  readonly privateEndpointNetworkPolicies?: "Enabled" | "Disabled" | "NetworkSecurityGroupEnabled" | "RouteTableEnabled";
  /** Service endpoints, e.g. `Microsoft.Storage`. @default none */
  readonly serviceEndpoints?: string[];
}

/** A network another stack owns (the platform's hub), by its ARM id, name and resource group. */
export interface RemoteVirtualNetwork {
  readonly id: string;
  /** A literal name: it keys the peerings. */
  readonly name: string;
  readonly resourceGroupName: string;
  /** The provider of its subscription, when that is not this stack's. @default the stack's */
  readonly provider?: TerraformProvider;
}

export interface VirtualNetworkProps extends Omit<CommonResourceProps, "privateEndpoints"> {
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-vnet-<workload>-<region>-<env>`), also put in front
   * of the subnet key in the NSG names so two VNets in one group do not clash.
   * @default none
   */
  readonly workload?: string;
  /** IPv4 CIDRs of the network, e.g. `["10.10.0.0/16"]`. */
  readonly addressSpace: string[];
  /** Subnets by key; the key names the subnet and its NSG. */
  readonly subnets: Record<string, SubnetSpec>;
  /** @default none: Azure-provided DNS */
  readonly dnsServers?: string[];
  /** Enables DDoS Network Protection with this plan. @default none: the platform's basic protection */
  readonly ddosProtectionPlanId?: string;
  /** NAT gateway the subnets with `natGateway: true` send outbound traffic through. @default none */
  readonly natGateway?: NatGateway;
}

/** Azure-reserved subnet names: whether an NSG may be attached and the longest prefix (smallest size) allowed. */
interface SubnetLimits {
  readonly nsgAllowed: boolean;
  /** Whether the subnet gets an NSG when the spec does not say. @default nsgAllowed */
  readonly nsgByDefault?: boolean;
  readonly maxPrefixLength: number;
}

const RESERVED_SUBNETS = new Map<string, SubnetLimits>([
  ["GatewaySubnet", { nsgAllowed: false, maxPrefixLength: 29 }],
  // Azure rejects an NSG here unless it carries Bastion's required rules, so one only on request.
  ["AzureBastionSubnet", { nsgAllowed: true, maxPrefixLength: 26, nsgByDefault: false }],
  ["AzureFirewallSubnet", { nsgAllowed: false, maxPrefixLength: 26 }],
  ["AzureFirewallManagementSubnet", { nsgAllowed: false, maxPrefixLength: 26 }],
  ["RouteServerSubnet", { nsgAllowed: false, maxPrefixLength: 27 }],
]);
/** Azure keeps five addresses of every subnet, so /29 is the smallest it accepts. */
const ORDINARY_SUBNET: SubnetLimits = { nsgAllowed: true, maxPrefixLength: 29 };

function cidrOf(where: string, field: string, text: string): Cidr {
  const parsed = parseCidr(text);
  if (typeof parsed === "string") throw new ValidationError(where, field, text, parsed);
  return parsed;
}

/**
 * A virtual network with its subnets as separate resources, an NSG per subnet that may have one, and
 * optional NAT. Subnets get no default outbound access: outbound goes through the NAT gateway.
 */
export class VirtualNetwork extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzVirtualNetwork;
  public readonly resourceGroup: IResourceGroup;
  /** Subnet ids by key. */
  public readonly subnetIds: Record<string, string> = {};
  /** Subnet resources by key (escape hatch). */
  public readonly subnets: Record<string, AzSubnet> = {};
  /** The NSGs by subnet key; subnets without one are absent. */
  public readonly networkSecurityGroups: Record<string, NetworkSecurityGroup> = {};
  /** NSG ids by subnet key. */
  public readonly nsgIds: Record<string, string> = {};
  private readonly subnetAssociations: Record<string, TerraformResource[]> = {};
  private readonly addressSpace: Cidr[];
  /** Validated subnets by key, for the overlap and name checks. */
  private readonly planned = new Map<string, { name: string; cidr: Cidr }>();

  constructor(scope: Construct, id: string, private readonly props: VirtualNetworkProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "virtualNetwork", props);
    check(props.addressSpace.length > 0, where, "addressSpace", props.addressSpace, "must hold at least one CIDR");
    this.addressSpace = props.addressSpace.map((text, i) => cidrOf(where, `addressSpace[${i}]`, text));
    this.addressSpace.forEach((a, i) =>
      this.addressSpace.slice(0, i).forEach((b, j) => check(!overlaps(a, b), where, `addressSpace[${i}]`, a.text, `must not overlap addressSpace[${j}] (${b.text})`)),
    );
    props.dnsServers?.forEach((ip, i) => check(typeof parseCidr(`${ip}/32`) !== "string", where, `dnsServers[${i}]`, ip, "must be an IPv4 address"));

    this.resourceGroup = props.resourceGroup;
    this.resource = new AzVirtualNetwork(this, "vnet", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      addressSpace: props.addressSpace,
      dnsServers: props.dnsServers,
      ddosProtectionPlan: props.ddosProtectionPlanId ? { id: props.ddosProtectionPlanId, enable: true } : undefined,
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    Object.entries(props.subnets).forEach(([key, spec]) => this.addSubnet(key, spec));
    this.initCapabilities(props);
  }

  /**
   * What a resource placed in the subnet must wait for: the NSG association with the NSG's rules, and the
   * NAT gateway association. No reference implies them, so without this OpenTofu creates the consumer in
   * parallel, and Azure checks them at creation: Application Gateway v2 refuses a subnet whose NSG lacks
   * the GatewayManager rule for ports 65200-65535, API Management checks its management rule, AKS with
   * `userAssignedNATGateway` egress checks the NAT gateway; and a subnet update (association) racing a
   * private endpoint, web app or scale set placed in the subnet can fail (Azure serializes operations on a
   * subnet: AnotherOperationInProgress).
   * Rules added to the NSG later are not included.
   */
  public subnetReady(key: string): ITerraformDependable[] {
    this.subnetId(key);
    return [...this.associations(key), ...(this.networkSecurityGroups[key]?.ruleResources ?? [])];
  }

  private associations(key: string): TerraformResource[] {
    return (this.subnetAssociations[key] ??= []);
  }

  /**
   * Peers this network with another in both directions (a peering is one-way: each side needs its
   * own), for traffic between the two networks only: no forwarded traffic and no gateway transit.
   * Both peerings live in this stack; the principal running it needs the peer action on the remote.
   */
  public peerWith(remote: RemoteVirtualNetwork): { outbound: VirtualNetworkPeering; inbound: VirtualNetworkPeering } {
    const id = `peering-${remote.name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
    check(!this.node.tryFindChild(`${id}-outbound`), this.node.path, "peerWith", remote.name, "must not peer with the same network twice");
    const common = { allowVirtualNetworkAccess: true, allowForwardedTraffic: false, allowGatewayTransit: false, useRemoteGateways: false };
    const outbound = new VirtualNetworkPeering(this, `${id}-outbound`, {
      name: `${this.name}-to-${remote.name}`,
      resourceGroupName: this.resourceGroup.name,
      virtualNetworkName: this.name,
      remoteVirtualNetworkId: remote.id,
      ...common,
    });
    const inbound = new VirtualNetworkPeering(this, `${id}-inbound`, {
      name: `${remote.name}-to-${this.name}`,
      resourceGroupName: remote.resourceGroupName,
      virtualNetworkName: remote.name,
      remoteVirtualNetworkId: this.id,
      provider: remote.provider,
      ...common,
    });
    return { outbound, inbound };
  }

  /** The id of the subnet with this key; an unknown key is a ValidationError listing the known ones. */
  public subnetId(key: string): string {
    check(Object.hasOwn(this.subnetIds, key), this.node.path, "subnetId", key, `must be one of the subnet keys: ${Object.keys(this.subnetIds).join(", ")}`);
    return this.subnetIds[key];
  }

  /** Diagnostics for the VNet and, logs only, for every subnet NSG (NSGs have no metrics). */
  public override addDiagnostics(options: DiagnosticSettingsOptions): void {
    // A metrics-only request (no log groups) has nothing an NSG could send.
    if (options.logCategoryGroups?.length !== 0) {
      Object.values(this.networkSecurityGroups).forEach((nsg) => nsg.addDiagnostics({ ...options, metrics: false }));
    }
    super.addDiagnostics(options);
  }

  private addSubnet(key: string, spec: SubnetSpec): void {
    const where = this.node.path;
    const field = `subnets.${key}`;
    const reserved = RESERVED_SUBNETS.has(key) ? key : undefined;
    const name = spec.name ?? reserved ?? Naming.of(this).name("subnet", key);
    assertName(NAME_RULES.subnet, name, where, `${field}.name`);
    const sameName = [...this.planned].find(([, p]) => p.name === name);
    check(!sameName, where, `${field}.name`, name, `must be unique in the virtual network: subnet "${sameName?.[0]}" already uses it`);

    const limits = RESERVED_SUBNETS.get(name) ?? ORDINARY_SUBNET;
    const cidr = cidrOf(where, `${field}.addressPrefix`, spec.addressPrefix);
    check(cidr.prefixLength <= limits.maxPrefixLength, where, `${field}.addressPrefix`, cidr.text, `must be /${limits.maxPrefixLength} or larger for ${name}`);
    check(this.addressSpace.some((a) => contains(a, cidr)), where, `${field}.addressPrefix`, cidr.text, `must lie inside one of the address spaces ${this.props.addressSpace.join(", ")}`);
    for (const [other, p] of this.planned) {
      check(!overlaps(p.cidr, cidr), where, `${field}.addressPrefix`, cidr.text, `must not overlap subnet "${other}" (${p.cidr.text})`);
    }
    check(limits.nsgAllowed || spec.networkSecurityGroup !== true, where, `${field}.networkSecurityGroup`, true, `must be false: Azure does not allow a network security group on ${name}`);
    const withNsg = spec.networkSecurityGroup ?? limits.nsgByDefault ?? limits.nsgAllowed;
    check(withNsg || !spec.securityRules?.length, where, `${field}.securityRules`, spec.securityRules?.map((r) => r.name), "must be empty: the subnet has no network security group");
    check(!spec.natGateway || !!this.props.natGateway, where, `${field}.natGateway`, true, "must be false unless the virtual network has a natGateway");
    const delegation = spec.delegation;
    const actions = delegation && (delegation.actions ?? DELEGATION_ACTIONS[delegation.service]);
    check(!delegation || actions !== undefined, where, `${field}.delegation.actions`, undefined, `must list the actions Azure sets for ${delegation?.service} (only ${Object.keys(DELEGATION_ACTIONS).join(", ")} have known defaults)`);
    this.planned.set(key, { name, cidr });

    const subnet = new AzSubnet(this, `subnet-${key}`, {
      name,
      resourceGroupName: this.resourceGroup.name,
      virtualNetworkName: this.name,
      addressPrefixes: [spec.addressPrefix],
      defaultOutboundAccessEnabled: false,
      privateEndpointNetworkPolicies: spec.privateEndpointNetworkPolicies ?? "Enabled",
      serviceEndpoints: spec.serviceEndpoints,
      delegation: delegation && [{ name: delegation.name, serviceDelegation: { name: delegation.service, actions: actions && [...actions] } }],
    });
    this.subnets[key] = subnet;
    this.subnetIds[key] = subnet.id;

    if (withNsg) {
      const nsg = new NetworkSecurityGroup(this, `nsg-${key}`, {
        resourceGroup: this.resourceGroup,
        workload: this.props.workload ? `${this.props.workload}-${key}` : key,
        securityRules: spec.securityRules,
        tags: this.props.tags,
      });
      this.associations(key).push(new SubnetNetworkSecurityGroupAssociation(this, `nsg-association-${key}`, { subnetId: subnet.id, networkSecurityGroupId: nsg.id }));
      this.networkSecurityGroups[key] = nsg;
      this.nsgIds[key] = nsg.id;
    }
    if (spec.natGateway && this.props.natGateway) {
      this.associations(key).push(new SubnetNatGatewayAssociation(this, `nat-association-${key}`, { subnetId: subnet.id, natGatewayId: this.props.natGateway.id }));
    }
  }
}
