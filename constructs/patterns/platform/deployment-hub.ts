import { Construct } from "constructs";
import { dependable } from "cdktf";
import { DiagnosticSettingsOptions, PrivateEndpointOptions } from "../../core/interfaces";
import { LogAnalyticsWorkspace } from "../../monitoring/log-analytics-workspace";
import { NetworkWatcher, NETWORK_WATCHER_RESOURCE_GROUP } from "../../monitoring/network-watcher";
import { NatGateway } from "../../networking/nat-gateway";
import { PRIVATE_DNS_ZONES, PrivateDnsZone } from "../../networking/private-dns-zone";
import { VirtualNetwork } from "../../networking/virtual-network";
import { ResourceGroup } from "../../resource-group/resource-group";

/** Subnet keys of the hub. */
export const HUB_SUBNETS = { runners: "runners", privateEndpoints: "private-endpoints" } as const;

/** Container Apps environments with workload profiles take a subnet delegated to them alone. */
const RUNNER_DELEGATION = { name: "container-apps", service: "Microsoft.App/environments" };

export interface DeploymentHubProps {
  readonly location: string;
  /** Names of the groups and the network (PlatformLayout): the environment stacks compute the same ones. */
  readonly resourceGroupName: string;
  readonly dnsResourceGroupName: string;
  readonly networkName: string;
  readonly addressSpace: string;
  readonly runnerSubnet: string;
  readonly privateEndpointSubnet: string;
  /** Every region the estate deploys to: each gets its Network Watcher here. */
  readonly regions: readonly string[];
}

/**
 * The deployment hub: the network the pipeline's runners live in and reach every private data plane
 * from (environment networks peer with it), the central privatelink zones every private endpoint of
 * the estate registers in (CAF "Private Link and DNS integration at scale": one zone per service,
 * linked to the hub and to every environment network), the platform's Log Analytics workspace, and the
 * regional Network Watchers, created before any VNet so Azure never creates its own.
 */
export class DeploymentHub extends Construct {
  public readonly resourceGroup: ResourceGroup;
  public readonly dnsResourceGroup: ResourceGroup;
  public readonly logAnalytics: LogAnalyticsWorkspace;
  public readonly network: VirtualNetwork;
  public readonly natGateway: NatGateway;
  /** The central privatelink zones by key. */
  public readonly dnsZones: Record<keyof typeof PRIVATE_DNS_ZONES, PrivateDnsZone>;
  public readonly networkWatchers: NetworkWatcher[];
  public readonly diagnostics: DiagnosticSettingsOptions;

  constructor(scope: Construct, id: string, props: DeploymentHubProps) {
    super(scope, id);
    const { location } = props;
    this.resourceGroup = new ResourceGroup(this, "resource-group", { name: props.resourceGroupName, location, protectFromDeletion: true });
    this.dnsResourceGroup = new ResourceGroup(this, "dns-resource-group", { name: props.dnsResourceGroupName, location, protectFromDeletion: true });
    const resourceGroup = this.resourceGroup;

    const watcherGroup = new ResourceGroup(this, "network-watcher-resource-group", { name: NETWORK_WATCHER_RESOURCE_GROUP, location, protectFromDeletion: true });
    this.networkWatchers = [...new Set([location, ...props.regions])].map((region) => new NetworkWatcher(this, `network-watcher-${region}`, { resourceGroup: watcherGroup, location: region }));

    this.logAnalytics = new LogAnalyticsWorkspace(this, "log-analytics", { resourceGroup, workload: "platform", retentionInDays: 30, protectFromDeletion: true });
    this.diagnostics = { workspace: this.logAnalytics };
    this.logAnalytics.addDiagnostics(this.diagnostics);

    this.natGateway = new NatGateway(this, "nat-gateway", { resourceGroup, workload: "hub", diagnosticSettings: [{ ...this.diagnostics, logCategoryGroups: [] }] });
    this.network = new VirtualNetwork(this, "network", {
      resourceGroup,
      name: props.networkName,
      workload: "hub",
      addressSpace: [props.addressSpace],
      subnets: {
        // Runners only call out (GitHub, Azure, the environments' endpoints): nothing listens there.
        [HUB_SUBNETS.runners]: { addressPrefix: props.runnerSubnet, natGateway: true, delegation: RUNNER_DELEGATION },
        [HUB_SUBNETS.privateEndpoints]: {
          addressPrefix: props.privateEndpointSubnet,
          securityRules: [
            { name: "allow-runners-https", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefix: props.runnerSubnet, destinationPortRange: "443", destinationAddressPrefix: props.privateEndpointSubnet, description: "The runners reach the state storage and vault" },
            { name: "deny-vnet-inbound", priority: 4000, direction: "Inbound", access: "Deny", protocol: "*", sourceAddressPrefix: "VirtualNetwork", destinationPortRange: "*", destinationAddressPrefix: "*", description: "Peered environments have no business with the state" },
          ],
        },
      },
      natGateway: this.natGateway,
      diagnosticSettings: [this.diagnostics],
    });
    // Creating the first VNet of a region makes Azure create that region's watcher unless one exists.
    this.network.resource.dependsOn = this.networkWatchers.map((w) => dependable(w.resource));

    const keys = Object.keys(PRIVATE_DNS_ZONES) as (keyof typeof PRIVATE_DNS_ZONES)[];
    this.dnsZones = Object.fromEntries(
      keys.map((key) => [key, new PrivateDnsZone(this, `dns-${key}`, { resourceGroup: this.dnsResourceGroup, zoneName: PRIVATE_DNS_ZONES[key], virtualNetworks: [this.network] })]),
    ) as Record<keyof typeof PRIVATE_DNS_ZONES, PrivateDnsZone>;
  }

  /** A private endpoint in the hub, registered in the central zone `key`. */
  public privateEndpoint(key: keyof typeof PRIVATE_DNS_ZONES, subresource?: string): PrivateEndpointOptions {
    return {
      subnetId: this.network.subnetId(HUB_SUBNETS.privateEndpoints),
      privateDnsZoneIds: [this.dnsZones[key].id],
      subresource,
      dependsOn: this.network.subnetReady(HUB_SUBNETS.privateEndpoints),
    };
  }
}
