import { Construct } from "constructs";
import type { ITerraformDependable } from "cdktf";
import { PrivateEndpoint as AzPrivateEndpoint } from "@cdktf/provider-azurerm/lib/private-endpoint";
import { IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";

export interface PrivateEndpointProps {
  readonly resourceGroup: IResourceGroup;
  /** ARM id of the resource the endpoint connects to. */
  readonly targetResourceId: string;
  /** Sub-resource (group id) exposed, e.g. `blob`, `vault`. */
  readonly subresource: string;
  /** Subnet id hosting the endpoint. */
  readonly subnetId: string;
  /** Private DNS zones the endpoint registers its A record in. */
  readonly privateDnsZoneIds: string[];
  /** Workload part of the generated name, e.g. `kv-core`. */
  readonly workload: string;
  /** @default generated: `<prefix>-pe-<workload>-<region>-<env>` */
  readonly name?: string;
  /**
   * What the endpoint waits for besides its references (its subnet's NSG and NAT gateway associations).
   * @default none
   */
  readonly dependsOn?: ITerraformDependable[];
}

/** A private endpoint with its DNS zone group, so the service resolves to a private IP inside the VNet. */
export class PrivateEndpoint extends Construct {
  public readonly resource: AzPrivateEndpoint;

  constructor(scope: Construct, id: string, props: PrivateEndpointProps) {
    super(scope, id);
    const name = resourceName(this, "privateEndpoint", props);
    this.resource = new AzPrivateEndpoint(this, "endpoint", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      subnetId: props.subnetId,
      customNetworkInterfaceName: `${name}-nic`,
      privateServiceConnection: {
        name: `${name}-connection`,
        privateConnectionResourceId: props.targetResourceId,
        subresourceNames: [props.subresource],
        isManualConnection: false,
      },
      privateDnsZoneGroup: { name: "default", privateDnsZoneIds: props.privateDnsZoneIds },
      dependsOn: props.dependsOn,
    });
  }
}
