import { Construct } from "constructs";
import { RoleAssignment as AzRoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { RoleAssignmentOptions } from "../core/interfaces";

export interface RoleAssignmentProps extends RoleAssignmentOptions {
  /** ARM id the role is granted on. */
  readonly scope: string;
}

/** A built-in role granted to a principal on one scope: the least privilege the caller asks for. */
export class RoleAssignment extends Construct {
  public readonly resource: AzRoleAssignment;

  constructor(scope: Construct, id: string, props: RoleAssignmentProps) {
    super(scope, id);
    this.resource = new AzRoleAssignment(this, "assignment", {
      scope: props.scope,
      roleDefinitionName: props.roleDefinitionName,
      principalId: props.principal.principalId,
      principalType: props.principal.principalType === "Infer" ? undefined : (props.principal.principalType ?? "ServicePrincipal"),
    });
  }
}
