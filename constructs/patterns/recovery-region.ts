import { Construct } from "constructs";
import { VirtualNetworkPeering } from "@cdktf/provider-azurerm/lib/virtual-network-peering";
import { DiagnosticSettingsOptions, PrivateEndpointOptions } from "../core/interfaces";
import { Naming } from "../core/naming";
import { PRIVATE_DNS_ZONES } from "../networking/private-dns-zone";
import { RemoteVirtualNetwork, VirtualNetwork } from "../networking/virtual-network";
import { ResourceGroup } from "../resource-group/resource-group";
import { REGION_CODES, type EnvironmentSettings, type RecoverySettings } from "../../stacks/settings/schema";
import type { Foundation } from "./foundation";
import { SqlServer, SqlServerProps } from "../data/sql-server";

/** Subnet key of the secondary network's private endpoints. */
const PRIVATE_ENDPOINTS = "private-endpoints";

/** Ports of the secondaries' private endpoints: SQL, PostgreSQL and its PgBouncer. */
const SECONDARY_PORTS = ["1433", "5432", "6432"];

export interface RecoveryRegionProps {
  readonly settings: EnvironmentSettings;
  /** The secondary network's address space and private-endpoint subnet (`recovery.secondaryNetwork`). */
  readonly addressSpace: string;
  readonly privateEndpointSubnet: string;
  /** The primary region's foundation: its hub, central zones, workspace and DDoS plan. */
  readonly foundation: Foundation;
  /** The primary network, by its literal name (it keys the peering). */
  readonly primaryNetwork: RemoteVirtualNetwork;
}

/**
 * The paired region's share of the environment: what failover relies on there. A resource group for the
 * secondaries (named with the paired region's code, `abs-rg-ne-prod`) and a network with a
 * private-endpoint subnet, peered with the platform hub (the runners reach the secondaries like the
 * primaries) and with the primary network (the applications reach a failed-over server), and linked to
 * the same central privatelink zones: a secondary's endpoint registers its own name there, and the
 * failover listeners (SQL) and virtual endpoints (PostgreSQL) are CNAMEs Azure moves to it.
 */
export class RecoveryRegion extends Construct {
  public readonly location: string;
  public readonly resourceGroup: ResourceGroup;
  public readonly network: VirtualNetwork;
  public readonly peerings: VirtualNetworkPeering[];
  private readonly foundation: Foundation;
  private readonly naming: Naming;
  private readonly linkedZones = new Set<string>();

  constructor(scope: Construct, id: string, props: RecoveryRegionProps) {
    super(scope, id);
    const { settings, foundation } = props;
    this.foundation = foundation;
    this.location = settings.recovery.pairedRegion;
    // Names below carry the paired region's code: abs-rg-ne-prod, abs-vnet-ne-prod.
    this.naming = new Naming({ prefix: settings.prefix, regionCode: REGION_CODES[settings.recovery.pairedRegion], environment: settings.name }).attachTo(this);
    const diagnostics: DiagnosticSettingsOptions = { workspace: foundation.logAnalytics };
    this.resourceGroup = new ResourceGroup(this, "resource-group", { location: this.location, protectFromDeletion: settings.protectStatefulResources });
    this.network = new VirtualNetwork(this, "network", {
      resourceGroup: this.resourceGroup,
      addressSpace: [props.addressSpace],
      subnets: {
        [PRIVATE_ENDPOINTS]: {
          addressPrefix: props.privateEndpointSubnet,
          securityRules: [
            { name: "allow-primary-network", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefix: settings.network.addressSpace, destinationPortRanges: SECONDARY_PORTS, destinationAddressPrefix: props.privateEndpointSubnet, description: "The applications reach a failed-over SQL or PostgreSQL server" },
            { name: "deny-vnet-inbound", priority: 4000, direction: "Inbound", access: "Deny", protocol: "*", sourceAddressPrefix: "VirtualNetwork", destinationPortRange: "*", destinationAddressPrefix: "*", description: "Only the primary network's applications reach the secondaries" },
          ],
        },
      },
      ddosProtectionPlanId: foundation.ddosProtectionPlan?.id,
      diagnosticSettings: [diagnostics],
    });
    const hub = this.network.peerWith(foundation.hub);
    const primary = this.network.peerWith(props.primaryNetwork);
    this.peerings = [hub.outbound, hub.inbound, primary.outbound, primary.inbound];
  }

  /**
   * Where a pattern puts its secondaries: a child of the pattern (so they carry its tags) whose names
   * carry the paired region's code.
   */
  public secondaryScope(pattern: Construct): Construct {
    const id = "secondary-region";
    const existing = pattern.node.tryFindChild(id);
    if (existing) return existing as Construct;
    const scope = new Construct(pattern, id);
    this.naming.attachTo(scope);
    return scope;
  }

  /**
   * A secondary SQL server here for `primary` and an auto-failover group of all its databases: the
   * secondary shares the administrator login and password (logins do not fail over), the primary's
   * connection strings then use the group's listener.
   */
  public addSqlFailover(pattern: Construct, primary: SqlServer, props: Pick<SqlServerProps, "workload" | "tenantId" | "entraAdmin" | "auditing" | "diagnosticSettings" | "protectFromDeletion">, graceMinutes: number): SqlServer {
    const secondary = new SqlServer(this.secondaryScope(pattern), "sql", {
      ...props,
      resourceGroup: this.resourceGroup,
      administratorLogin: primary.administratorLogin,
      administratorPassword: primary.administratorPassword,
      privateEndpoints: [this.privateEndpoint("sqlServer")],
    });
    primary.addFailoverGroup({ partner: secondary, graceMinutes });
    return secondary;
  }

  /**
   * A private endpoint of a secondary in this region, registered in the central zone `key` (linked to
   * this network on first use). It waits for its subnet's NSG and for the peerings, so the runners and
   * the applications reach it once it exists.
   */
  public privateEndpoint(key: keyof typeof PRIVATE_DNS_ZONES): PrivateEndpointOptions {
    const zone = this.foundation.privateDnsZone(key);
    if (!this.linkedZones.has(key)) {
      this.linkedZones.add(key);
      zone.linkTo(this.network);
    }
    return {
      subnetId: this.network.subnetId(PRIVATE_ENDPOINTS),
      privateDnsZoneIds: [zone.id],
      dependsOn: [...this.network.subnetReady(PRIVATE_ENDPOINTS), ...this.peerings],
    };
  }
}

/** The SQL failover partner the recovery settings ask for (mode failover-group), if any. */
export function sqlFailover(pattern: Construct, primary: SqlServer, foundation: Foundation, recovery: RecoverySettings, props: Parameters<RecoveryRegion["addSqlFailover"]>[2]): SqlServer | undefined {
  if (recovery.sql.mode !== "failover-group" || !foundation.recoveryRegion) return undefined;
  return foundation.recoveryRegion.addSqlFailover(pattern, primary, props, recovery.sql.graceMinutes);
}
