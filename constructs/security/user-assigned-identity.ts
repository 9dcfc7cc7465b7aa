import { Construct } from "constructs";
import { UserAssignedIdentity as AzUserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { AzureResource } from "../core/azure-resource";
import { CommonResourceProps, IPrincipal, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";

export interface UserAssignedIdentityProps extends Pick<CommonResourceProps, "name" | "lock" | "roleAssignments" | "tags" | "protectFromDeletion"> {
  /** Where the identity lives. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-id-<workload>-<region>-<env>`).
   * @default none
   */
  readonly workload?: string;
}

/** A managed identity that workloads run as and that roles are granted to (no secrets to rotate). */
export class UserAssignedIdentity extends AzureResource implements IPrincipal {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzUserAssignedIdentity;
  public readonly resourceGroup: IResourceGroup;
  /** Object id of the identity's service principal: what role assignments name. */
  public readonly principalId: string;
  public readonly principalType = "ServicePrincipal";
  /** Application (client) id, which SDKs use to pick this identity. */
  public readonly clientId: string;
  public readonly tenantId: string;

  constructor(scope: Construct, id: string, props: UserAssignedIdentityProps) {
    super(scope, id);
    const name = resourceName(this, "userAssignedIdentity", props);
    this.resourceGroup = props.resourceGroup;
    this.resource = new AzUserAssignedIdentity(this, "identity", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.principalId = this.resource.principalId;
    this.clientId = this.resource.clientId;
    this.tenantId = this.resource.tenantId;
    this.initCapabilities(props);
  }
}
