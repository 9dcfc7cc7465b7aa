import { Construct } from "constructs";
import { RoleAssignment as AzRoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { Sleep } from "@cdktf/provider-time/lib/sleep";
import { ensureTimeProvider } from "../core/providers";
import { RoleAssignmentOptions } from "../core/interfaces";

/**
 * How long a new role assignment is given before anything uses it. Azure documents that a role
 * assignment can take up to 10 minutes to take effect (Azure RBAC troubleshooting, "Role assignment
 * changes are not being detected"), and Key Vault does not retry a 403 on a secret's existence check
 * (azurerm key_vault_secret_resource.go), so a write right after the grant fails the first apply.
 * The wait runs once, when the assignment is created, and in parallel with every other wait.
 */
export const ROLE_PROPAGATION_WAIT = "600s";

export interface RoleAssignmentProps extends RoleAssignmentOptions {
  /** ARM id the role is granted on. */
  readonly scope: string;
  /**
   * An ABAC condition (version 2.0) narrowing the role, e.g. to blobs under a path or to granting only
   * some roles. @default none
   */
  readonly condition?: string;
  /** @default "" (no description) */
  readonly description?: string;
}

/** A built-in or custom role granted to a principal on one scope: the least privilege the caller asks for. */
export class RoleAssignment extends Construct {
  public readonly resource: AzRoleAssignment;
  /** The role granted (a custom role's name when it is given by id). */
  public readonly roleDefinitionName: string;
  private propagation?: Sleep;

  constructor(scope: Construct, id: string, props: RoleAssignmentProps) {
    super(scope, id);
    this.roleDefinitionName = props.roleDefinitionName;
    this.resource = new AzRoleAssignment(this, "assignment", {
      scope: props.scope,
      ...(props.roleDefinitionId ? { roleDefinitionId: props.roleDefinitionId } : { roleDefinitionName: props.roleDefinitionName }),
      principalId: props.principal.principalId,
      principalType: props.principal.principalType === "Infer" ? undefined : (props.principal.principalType ?? "ServicePrincipal"),
      condition: props.condition,
      conditionVersion: props.condition ? "2.0" : undefined,
      description: props.description,
    });
  }

  /**
   * What a resource that uses this grant when it is created depends on: a wait of
   * {@link ROLE_PROPAGATION_WAIT} after the assignment, made on first use. A new assignment (a new id)
   * waits again.
   */
  public get propagated(): Sleep {
    ensureTimeProvider(this);
    this.propagation ??= new Sleep(this, "propagation", {
      createDuration: ROLE_PROPAGATION_WAIT,
      // The reference orders the wait after the assignment.
      triggers: { role_assignment_id: this.resource.id },
    });
    return this.propagation;
  }
}
