import { Construct } from "constructs";
import { PublicIp as AzPublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { AzureResource } from "../core/azure-resource";
import { check } from "../core/errors";
import { CommonResourceProps, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";

/** The availability zones of an Azure region that has them. */
export const AVAILABILITY_ZONES: readonly string[] = ["1", "2", "3"];

/** Throws unless every zone is one of 1, 2, 3 and none repeats; empty means a region without zones. */
export function checkZones(where: string, field: string, zones: readonly string[]): void {
  zones.forEach((z, i) => check(AVAILABILITY_ZONES.includes(z), where, `${field}[${i}]`, z, `must be one of ${AVAILABILITY_ZONES.join(", ")}`));
  check(new Set(zones).size === zones.length, where, field, zones, "must not repeat a zone");
}

export type DdosProtectionMode = "VirtualNetworkInherited" | "Enabled" | "Disabled";
const DDOS_MODES: readonly DdosProtectionMode[] = ["VirtualNetworkInherited", "Enabled", "Disabled"];

export interface PublicIpProps extends Pick<CommonResourceProps, "name" | "diagnosticSettings" | "lock" | "roleAssignments" | "tags" | "protectFromDeletion"> {
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-pip-<workload>-<region>-<env>`).
   * @default none
   */
  readonly workload?: string;
  /**
   * Availability zones the address is served from; empty for regions without zones.
   * @default ["1", "2", "3"]: zone-redundant
   */
  readonly zones?: string[];
  /**
   * DDoS protection of the address. `VirtualNetworkInherited` follows the plan of the VNet the address is
   * used in (prod has one); `Enabled` is IP Protection, billed per address, or a plan of its own with `ddosProtectionPlanId`.
   * @default "VirtualNetworkInherited"
   */
  readonly ddosProtectionMode?: DdosProtectionMode;
  /**
   * DDoS protection plan (id) covering the address; only with `ddosProtectionMode: "Enabled"`.
   * @default none
   */
  readonly ddosProtectionPlanId?: string;
}

/**
 * A Standard, static IPv4 public address, zone-redundant by default: the only kind Standard load
 * balancers, NAT gateways and Application Gateway v2 accept (Basic addresses are retired).
 */
export class PublicIp extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzPublicIp;
  public readonly resourceGroup: IResourceGroup;
  /** The address, known once Azure allocates it. */
  public readonly ipAddress: string;

  constructor(scope: Construct, id: string, props: PublicIpProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "publicIp", props);
    const zones = props.zones ?? [...AVAILABILITY_ZONES];
    checkZones(where, "zones", zones);
    const ddosProtectionMode = props.ddosProtectionMode ?? "VirtualNetworkInherited";
    check(DDOS_MODES.includes(ddosProtectionMode), where, "ddosProtectionMode", ddosProtectionMode, `must be one of ${DDOS_MODES.join(", ")}`);
    if (props.ddosProtectionPlanId !== undefined) {
      check(ddosProtectionMode === "Enabled", where, "ddosProtectionPlanId", props.ddosProtectionPlanId, 'needs ddosProtectionMode "Enabled"');
    }

    this.resourceGroup = props.resourceGroup;
    this.resource = new AzPublicIp(this, "public-ip", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      sku: "Standard",
      allocationMethod: "Static",
      ipVersion: "IPv4",
      zones,
      ddosProtectionMode,
      ddosProtectionPlanId: props.ddosProtectionPlanId,
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.ipAddress = this.resource.ipAddress;
    this.initCapabilities(props);
  }
}
