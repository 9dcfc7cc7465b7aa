import { Construct } from "constructs";
import { ITerraformDependable, Token } from "cdktf";
import { ContainerAppEnvironment as AzContainerAppEnvironment } from "@cdktf/provider-azurerm/lib/container-app-environment";
import { PrivateDnsARecord } from "@cdktf/provider-azurerm/lib/private-dns-a-record";
import { AzureResource } from "../core/azure-resource";
import { assertNoViolations, check, isWholeNumberIn } from "../core/errors";
import { CommonResourceProps, IDiagnosticsDestination, IResourceGroup } from "../core/interfaces";
import { assertName, NAME_RULES, resourceName } from "../core/naming";
import { IVirtualNetworkRef, PrivateDnsZone } from "../networking/private-dns-zone";
import { containerAppsSubnetViolations } from "./container-apps-subnet";

/** The profile container apps run on; every environment must have it. */
export const CONSUMPTION_PROFILE = "Consumption";

/** A workload profile: the serverless Consumption profile or a dedicated VM size (`D4`, `E8`, ...). */
export interface ContainerAppsWorkloadProfile {
  /** Profile name; the Consumption profile must be named `Consumption`. */
  readonly name: string;
  /** `Consumption`, or a dedicated type such as `D4`, `D8`, `E4`, `NC24-A100`. */
  readonly workloadProfileType: string;
  /** Dedicated profiles only: fewest nodes, 0 or more. Required for them. */
  readonly minimumCount?: number;
  /** Dedicated profiles only: most nodes, at least 1 and at least `minimumCount`. Required for them. */
  readonly maximumCount?: number;
}

/** The subnet an environment is injected into. */
export interface ContainerAppsInfrastructureSubnet {
  /** ARM id of the subnet, delegated to Microsoft.App/environments and used by nothing else. */
  readonly id: string;
  /** Its address prefix (checked to be a /27 or larger unless it is a token). */
  readonly addressPrefix: string;
}

export interface ContainerAppsEnvironmentProps extends CommonResourceProps {
  /** Where the environment lives. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-cae-<workload>-<region>-<env>`).
   * @default none
   */
  readonly workload?: string;
  /** The environment's own subnet. */
  readonly infrastructureSubnet: ContainerAppsInfrastructureSubnet;
  /** Workspace that receives the apps' console and system logs. */
  readonly logAnalytics: IDiagnosticsDestination;
  /**
   * Ingress only on a private IP in the subnet: no public endpoint unless asked.
   * @default true
   */
  readonly internalLoadBalancer?: boolean;
  /**
   * Spread the environment over availability zones (needs a zone-redundant region).
   * @default false
   */
  readonly zoneRedundancy?: boolean;
  /**
   * Workload profiles; must include `{ name: "Consumption", workloadProfileType: "Consumption" }`.
   * @default [{ name: "Consumption", workloadProfileType: "Consumption" }]
   */
  readonly workloadProfiles?: ContainerAppsWorkloadProfile[];
  /**
   * Peer-to-peer encryption (mTLS) of the traffic between apps in the environment.
   * @default true
   */
  readonly mutualTls?: boolean;
  /**
   * Name of the resource group Azure creates for the environment's infrastructure (1-90 legal
   * resource group characters).
   * @default `ME_<environment name>`
   */
  readonly infrastructureResourceGroupName?: string;
  /**
   * With the internal load balancer: networks linked to the private DNS zone of the environment's
   * default domain, so they resolve the apps' internal FQDNs. Not allowed without it.
   * @default none
   */
  readonly privateDnsVirtualNetworks?: IVirtualNetworkRef[];
  /**
   * With the internal load balancer: a private DNS zone for the default domain, so apps' FQDNs resolve.
   * An environment running only jobs (no ingress) needs none. @default true
   */
  readonly privateDns?: boolean;
  /** What the environment waits for, e.g. its subnet's NSG and NAT associations. @default none */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * A Container Apps environment with workload profiles, injected into its own subnet, internal by default,
 * with mTLS between apps and app logs in Log Analytics. When internal, a private DNS zone for its default
 * domain points every app name (`*`) and the domain itself (`@`) at the environment's private IP.
 */
export class ContainerAppsEnvironment extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzContainerAppEnvironment;
  public readonly resourceGroup: IResourceGroup;
  /** DNS suffix of the apps' FQDNs (`<app>.<defaultDomain>`), known after apply. */
  public readonly defaultDomain: string;
  /** The environment's ingress IP: private with the internal load balancer, else public. */
  public readonly staticIpAddress: string;
  /** The zone of `defaultDomain` (internal environments only); `linkTo` adds networks. */
  public readonly privateDnsZone?: PrivateDnsZone;

  constructor(scope: Construct, id: string, props: ContainerAppsEnvironmentProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "containerAppsEnvironment", props);
    const prefix = props.infrastructureSubnet.addressPrefix;
    if (!Token.isUnresolved(prefix)) {
      assertNoViolations(where, containerAppsSubnetViolations("infrastructureSubnet.addressPrefix", prefix));
    }
    const profiles = props.workloadProfiles ?? [{ name: CONSUMPTION_PROFILE, workloadProfileType: CONSUMPTION_PROFILE }];
    validateWorkloadProfiles(where, profiles);
    const infrastructureResourceGroupName = props.infrastructureResourceGroupName ?? `ME_${name}`;
    assertName(NAME_RULES.resourceGroup, infrastructureResourceGroupName, where, "infrastructureResourceGroupName");
    const internal = props.internalLoadBalancer ?? true;
    const dnsNetworks = props.privateDnsVirtualNetworks ?? [];
    check(internal || dnsNetworks.length === 0, where, "privateDnsVirtualNetworks", dnsNetworks.map((v) => v.name), "must be empty unless internalLoadBalancer is true: an external environment's domain is public DNS");

    this.resourceGroup = props.resourceGroup;
    this.resource = new AzContainerAppEnvironment(this, "environment", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      infrastructureSubnetId: props.infrastructureSubnet.id,
      infrastructureResourceGroupName,
      internalLoadBalancerEnabled: internal,
      zoneRedundancyEnabled: props.zoneRedundancy ?? false,
      mutualTlsEnabled: props.mutualTls ?? true,
      // Through a diagnostic setting (below), not "log-analytics": that destination writes with the
      // workspace's shared key, which our workspaces refuse (local authentication is off).
      logsDestination: "azure-monitor",
      workloadProfile: profiles,
      tags: props.tags,
      dependsOn: props.dependsOn,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.defaultDomain = this.resource.defaultDomain;
    this.staticIpAddress = this.resource.staticIpAddress;
    if (internal && (props.privateDns ?? true)) this.privateDnsZone = this.addPrivateDns(dnsNetworks, props.tags);
    // The apps' console and system logs; the environment's few metrics are the platform's.
    this.addDiagnostics({ workspace: props.logAnalytics, metrics: false, name: "logs-to-log-analytics" });
    this.initCapabilities(props);
  }

  /** Azure creates no DNS for an internal environment: without this zone its apps' FQDNs do not resolve. */
  private addPrivateDns(networks: IVirtualNetworkRef[], tags?: Record<string, string>): PrivateDnsZone {
    const zone = new PrivateDnsZone(this, "private-dns", {
      resourceGroup: this.resourceGroup,
      zoneName: this.defaultDomain,
      virtualNetworks: networks,
      tags,
    });
    const records = { wildcard: "*", apex: "@" };
    for (const [id, recordName] of Object.entries(records)) {
      new PrivateDnsARecord(this, `dns-${id}`, {
        name: recordName,
        zoneName: zone.name,
        resourceGroupName: this.resourceGroup.name,
        ttl: 300,
        records: [this.staticIpAddress],
        tags,
      });
    }
    return zone;
  }
}

/** The Consumption profile must exist (apps run on it); dedicated profiles need their node counts. */
function validateWorkloadProfiles(where: string, profiles: readonly ContainerAppsWorkloadProfile[]): void {
  const hasConsumption = profiles.some((p) => p.name === CONSUMPTION_PROFILE && p.workloadProfileType === CONSUMPTION_PROFILE);
  check(hasConsumption, where, "workloadProfiles", profiles.map((p) => p.name), 'must include { name: "Consumption", workloadProfileType: "Consumption" }: container apps run on it');
  for (const p of profiles.filter((p) => p.workloadProfileType !== CONSUMPTION_PROFILE)) {
    const field = `workloadProfiles.${p.name}`;
    check(p.minimumCount !== undefined && isWholeNumberIn(p.minimumCount, 0, Infinity), where, `${field}.minimumCount`, p.minimumCount, "must be a whole number, 0 or more: a dedicated profile needs its node counts");
    check(p.maximumCount !== undefined && isWholeNumberIn(p.maximumCount, Math.max(1, p.minimumCount!), Infinity), where, `${field}.maximumCount`, p.maximumCount, "must be a whole number, at least 1 and at least minimumCount: a dedicated profile needs its node counts");
  }
}
