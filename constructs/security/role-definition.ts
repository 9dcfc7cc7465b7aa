import { Construct } from "constructs";
import { RoleDefinition as AzRoleDefinition } from "@cdktf/provider-azurerm/lib/role-definition";
import { check } from "../core/errors";

export interface RoleDefinitionProps {
  /** Role name, unique in the tenant (Azure's rule): include the prefix and stack name. */
  readonly name: string;
  /** What the role is for, shown in the portal. */
  readonly description: string;
  /** Where the definition lives, usually a subscription id (`/subscriptions/<id>`). */
  readonly scope: string;
  /** Control-plane actions allowed. */
  readonly actions: string[];
  /** Data-plane actions allowed. @default none */
  readonly dataActions?: string[];
  /** Where it may be assigned. @default [scope] */
  readonly assignableScopes?: string[];
}

/** A custom role: exactly the actions a principal needs where no built-in role is that narrow. */
export class RoleDefinition extends Construct {
  public readonly resource: AzRoleDefinition;
  /** The definition's ARM id, what a role assignment names (`roleDefinitionId`). */
  public readonly roleDefinitionId: string;
  public readonly name: string;

  constructor(scope: Construct, id: string, props: RoleDefinitionProps) {
    super(scope, id);
    const where = this.node.path;
    check(props.name.length >= 1 && props.name.length <= 512, where, "name", props.name, "must be 1-512 characters");
    check(props.actions.length + (props.dataActions?.length ?? 0) > 0, where, "actions", props.actions, "must allow at least one action");
    // Duplicates are harmless to Azure but show up as a perpetual diff (Azure returns them once).
    for (const [field, list] of Object.entries({ actions: props.actions, dataActions: props.dataActions ?? [] })) {
      check(new Set(list).size === list.length, where, field, list, "must not list an action twice");
    }
    this.name = props.name;
    this.resource = new AzRoleDefinition(this, "definition", {
      name: props.name,
      description: props.description,
      scope: props.scope,
      permissions: [{ actions: props.actions, dataActions: props.dataActions ?? [], notActions: [], notDataActions: [] }],
      assignableScopes: props.assignableScopes ?? [props.scope],
    });
    this.roleDefinitionId = this.resource.roleDefinitionResourceId;
  }
}
