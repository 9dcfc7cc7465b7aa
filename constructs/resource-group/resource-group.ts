import { Construct } from "constructs";
import { ResourceGroup as AzResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { AzureResource } from "../core/azure-resource";
import { ValidationError } from "../core/errors";
import { ManagementLock } from "../security/management-lock";
import { CommonResourceProps, IResourceGroup, LockOptions } from "../core/interfaces";
import { resourceName } from "../core/naming";

export interface ResourceGroupProps extends Pick<CommonResourceProps, "name" | "roleAssignments" | "tags" | "protectFromDeletion"> {
  /** Azure region, e.g. `westeurope`. */
  readonly location: string;
  /**
   * Workload part of the generated name (`<prefix>-rg-<workload>-<region>-<env>`).
   * @default none: the environment's main group, e.g. `abs-rg-we-prod`
   */
  readonly workload?: string;
}

/** Seed 002's resource group module: name, location and tags in; name, id and location out. */
export class ResourceGroup extends AzureResource implements IResourceGroup {
  /** Refers to a resource group this stack does not own. */
  public static fromName(scope: Construct, id: string, attrs: { name: string; location: string; subscriptionId: string }): IResourceGroup {
    return new ImportedResourceGroup(scope, id, attrs);
  }

  public readonly id: string;
  public readonly name: string;
  public readonly location: string;
  public readonly resource: AzResourceGroup;
  /** A group is its own placement. */
  public readonly resourceGroup: IResourceGroup = this;
  /**
   * `protectFromDeletion` is prevent_destroy only: a lock on a group would be inherited by every resource in
   * it and make every later delete or replace there fail (ScopeLocked); the stateful resources lock themselves.
   */
  protected readonly lockWhenProtected = false;

  constructor(scope: Construct, id: string, props: ResourceGroupProps) {
    super(scope, id);
    const name = resourceName(this, "resourceGroup", props);
    this.resource = new AzResourceGroup(this, "group", { name, location: props.location, tags: props.tags });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.location = this.resource.location;
    this.initCapabilities(props);
  }

  /** Refused: a lock on a group is inherited by everything in it and blocks every later replace. */
  public addLock(options: LockOptions = {}): ManagementLock {
    throw new ValidationError(this.node.path, "lock", options, "must not be set on a resource group: every resource in it inherits the lock and every later delete or replace fails; lock the stateful resources instead");
  }
}

class ImportedResourceGroup extends Construct implements IResourceGroup {
  public readonly id: string;
  public readonly name: string;
  public readonly location: string;

  constructor(scope: Construct, id: string, attrs: { name: string; location: string; subscriptionId: string }) {
    super(scope, id);
    this.id = `/subscriptions/${attrs.subscriptionId}/resourceGroups/${attrs.name}`;
    this.name = attrs.name;
    this.location = attrs.location;
  }
}
