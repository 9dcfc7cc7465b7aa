import { Construct } from "constructs";
import { NetworkDdosProtectionPlan } from "@cdktf/provider-azurerm/lib/network-ddos-protection-plan";
import { AzureResource } from "../core/azure-resource";
import { CommonResourceProps, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";

export interface DdosProtectionPlanProps extends Pick<CommonResourceProps, "name" | "lock" | "tags" | "protectFromDeletion"> {
  readonly resourceGroup: IResourceGroup;
  /** Workload part of the generated name. @default none */
  readonly workload?: string;
}

/**
 * DDoS Network Protection for the VNets that reference it (seed 001). It bills a fixed monthly fee
 * per plan, which is why environments switch it on by setting (prod only by default).
 */
export class DdosProtectionPlan extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: NetworkDdosProtectionPlan;
  public readonly resourceGroup: IResourceGroup;

  constructor(scope: Construct, id: string, props: DdosProtectionPlanProps) {
    super(scope, id);
    const name = resourceName(this, "ddosProtectionPlan", props);
    this.resourceGroup = props.resourceGroup;
    this.resource = new NetworkDdosProtectionPlan(this, "plan", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.initCapabilities(props);
  }
}
