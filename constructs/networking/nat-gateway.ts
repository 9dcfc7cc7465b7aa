import { Construct } from "constructs";
import { NatGateway as AzNatGateway } from "@cdktf/provider-azurerm/lib/nat-gateway";
import { NatGatewayPublicIpAssociation } from "@cdktf/provider-azurerm/lib/nat-gateway-public-ip-association";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { AzureResource, nextChildIndex } from "../core/azure-resource";
import { check, isWholeNumberIn } from "../core/errors";
import { CommonResourceProps, DiagnosticSettingsOptions, IResourceGroup } from "../core/interfaces";
import { assertName, NAME_RULES, Naming, resourceName } from "../core/naming";
import { DiagnosticSettings } from "../monitoring/diagnostic-settings";

const ZONES = ["1", "2", "3"];

export interface NatGatewayProps extends Omit<CommonResourceProps, "privateEndpoints"> {
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated names (`<prefix>-ng-<workload>-<region>-<env>`, and
   * `<prefix>-pip-<workload>-ng-<region>-<env>` for the public IP).
   * @default none
   */
  readonly workload?: string;
  /**
   * Availability zones of the outbound public IP; empty for regions without zones.
   * @default ["1", "2", "3"]: zone-redundant
   */
  readonly zones?: string[];
  /**
   * Minutes an idle outbound flow is kept, 4-120.
   * @default 4
   */
  readonly idleTimeoutInMinutes?: number;
}

/** A Standard NAT gateway with its own Standard static public IP: the subnets' explicit outbound path. */
export class NatGateway extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzNatGateway;
  public readonly resourceGroup: IResourceGroup;
  /** The outbound public IP. */
  public readonly publicIp: PublicIp;

  constructor(scope: Construct, id: string, props: NatGatewayProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "natGateway", props);
    const zones = props.zones ?? ZONES;
    zones.forEach((z, i) => check(ZONES.includes(z), where, `zones[${i}]`, z, `must be one of ${ZONES.join(", ")}`));
    const idleTimeoutInMinutes = props.idleTimeoutInMinutes ?? 4;
    check(isWholeNumberIn(idleTimeoutInMinutes, 4, 120), where, "idleTimeoutInMinutes", idleTimeoutInMinutes, "must be an integer 4-120");
    const publicIpName = Naming.of(this).name("publicIp", props.workload ? `${props.workload}-ng` : "ng");
    assertName(NAME_RULES.publicIp, publicIpName, where, "publicIp.name");

    this.resourceGroup = props.resourceGroup;
    const placement = { location: props.resourceGroup.location, resourceGroupName: props.resourceGroup.name, tags: props.tags };
    this.publicIp = new PublicIp(this, "public-ip", { ...placement, name: publicIpName, sku: "Standard", allocationMethod: "Static", zones });
    // Not zonal itself: a regional NAT gateway may use a zone-redundant IP, a zonal one would pin the subnets to one zone.
    this.resource = new AzNatGateway(this, "nat-gateway", { ...placement, name, skuName: "Standard", idleTimeoutInMinutes });
    new NatGatewayPublicIpAssociation(this, "public-ip-association", { natGatewayId: this.resource.id, publicIpAddressId: this.publicIp.id });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.initCapabilities(props);
  }

  /**
   * NAT gateways expose metrics only: no log categories, and asking for some is an error. Its public IP
   * sends its logs (DDoS notifications and mitigation reports) and metrics to the same place.
   */
  public override addDiagnostics(options: DiagnosticSettingsOptions): void {
    check(!options.logCategoryGroups?.length, this.node.path, "diagnosticSettings.logCategoryGroups", options.logCategoryGroups, "must be empty: NAT gateways expose metrics only");
    super.addDiagnostics({ ...options, logCategoryGroups: [] });
    const index = nextChildIndex(this, "public-ip-diagnostics");
    new DiagnosticSettings(this, `public-ip-diagnostics-${index}`, { ...options, logCategoryGroups: ["allLogs"], targetResourceId: this.publicIp.id });
  }
}
