import { Construct, IConstruct } from "constructs";
import { TerraformResource } from "cdktf";
import { DiagnosticSettings } from "../monitoring/diagnostic-settings";
import { PrivateEndpoint } from "../networking/private-endpoint";
import { ManagementLock } from "../security/management-lock";
import { RoleAssignment } from "../security/role-assignment";
import { ValidationError } from "./errors";
import {
  CommonResourceProps,
  DiagnosticSettingsOptions,
  IAzureResource,
  IPrincipal,
  IResourceGroup,
  LockOptions,
  PrivateEndpointOptions,
} from "./interfaces";

/**
 * Base of every L2 construct: the uniform capabilities of the house rules (diagnostics, private
 * endpoints, role grants, locks, deletion protection) implemented once. A subclass creates its
 * provider resource, then calls `initCapabilities(props)`.
 */
export abstract class AzureResource extends Construct implements IAzureResource {
  public abstract readonly id: string;
  public abstract readonly name: string;
  /** The primary provider resource: the escape hatch, and what deletion protection applies to. */
  public abstract readonly resource: TerraformResource;
  /** Where the resource lives (private endpoints are placed there too). */
  public abstract readonly resourceGroup: IResourceGroup;
  /** Sub-resource a private endpoint exposes by default; undefined when the service has none. */
  protected readonly defaultPrivateEndpointSubresource?: string;
  /** The private endpoints added so far: what a consumer of a private-only service waits for. */
  public readonly privateEndpoints: PrivateEndpoint[] = [];
  /** Log category groups diagnostics send unless told otherwise; empty for metrics-only services. */
  protected readonly defaultLogCategoryGroups: readonly string[] = ["allLogs"];
  /**
   * Whether `protectFromDeletion` adds a CanNotDelete lock besides prevent_destroy: false where the lock
   * would be inherited by children that must stay replaceable (a resource group's resources, a cluster's
   * node pools).
   */
  protected readonly lockWhenProtected: boolean = true;
  /** Children holding data (databases, containers, queues, secrets, file shares, node pools), protected with this resource. */
  private readonly dataChildren: TerraformResource[] = [];
  private protectedFromDeletion = false;

  /** Applies the AVM cross-cutting props; call once the primary resource exists. */
  protected initCapabilities(props: CommonResourceProps): void {
    props.diagnosticSettings?.forEach((d) => this.addDiagnostics(d));
    props.roleAssignments?.forEach((r) => this.grant(r.principal, r.roleDefinitionName));
    props.privateEndpoints?.forEach((p) => this.addPrivateEndpoint(p));
    if (props.lock) this.addLock(props.lock);
    if (props.protectFromDeletion) this.protectFromDeletion();
  }

  /** Sends the resource's logs and metrics to Log Analytics. */
  public addDiagnostics(options: DiagnosticSettingsOptions): void {
    new DiagnosticSettings(this, `diagnostics-${nextChildIndex(this, "diagnostics")}`, {
      ...options,
      logCategoryGroups: options.logCategoryGroups ?? [...this.defaultLogCategoryGroups],
      targetResourceId: this.id,
    });
  }

  /** Grants a built-in role on this resource to a principal. */
  public grant(principal: IPrincipal, roleDefinitionName: string): RoleAssignment {
    const slug = roleDefinitionName.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    return new RoleAssignment(this, `grant-${slug}-${nextChildIndex(this, `grant-${slug}`)}`, {
      scope: this.id,
      principal,
      roleDefinitionName,
    });
  }

  /** Adds a management lock on this resource. */
  public addLock(options: LockOptions = {}): ManagementLock {
    return new ManagementLock(this, `lock-${nextChildIndex(this, "lock")}`, { ...options, scope: this.id });
  }

  /** Makes the resource private: an endpoint in the given subnet, registered in the private DNS zones. */
  public addPrivateEndpoint(options: PrivateEndpointOptions): PrivateEndpoint {
    const subresource = options.subresource ?? this.defaultPrivateEndpointSubresource;
    if (!subresource) {
      throw new ValidationError(this.node.path, "privateEndpoints.subresource", undefined, "this service has no default sub-resource: name one");
    }
    const endpoint = new PrivateEndpoint(this, `private-endpoint-${subresource.toLowerCase()}`, {
      resourceGroup: this.resourceGroup,
      targetResourceId: this.id,
      subresource,
      subnetId: options.subnetId,
      privateDnsZoneIds: options.privateDnsZoneIds,
      workload: `${this.node.id}-${subresource}`.toLowerCase(),
      dependsOn: options.dependsOn,
    });
    this.privateEndpoints.push(endpoint);
    return endpoint;
  }

  /**
   * What a write through the service's data plane (a secret, a key, a setting) waits for: the role
   * that allows it, propagated, and, for a private service, every private endpoint with its DNS record
   * (and what makes the endpoint reachable from the deployment network: see PrivateEndpointOptions).
   */
  protected dataPlaneDependencies(grant: RoleAssignment | undefined): TerraformResource[] | undefined {
    const all = [...(grant ? [grant.propagated] : []), ...this.privateEndpoints.map((p) => p.resource)];
    return all.length > 0 ? all : undefined;
  }

  /**
   * `lifecycle.prevent_destroy` on the primary resource and its data children, plus a CanNotDelete lock
   * (unless `lockWhenProtected` is off).
   */
  public protectFromDeletion(): void {
    this.protectedFromDeletion = true;
    [this.resource, ...this.dataChildren].forEach(preventDestroy);
    if (this.lockWhenProtected) this.addLock({ kind: "CanNotDelete" });
  }

  /**
   * Registers a child that holds data (a database, a queue, a secret, a file share): it gets prevent_destroy with this
   * resource, whether it is added before or after `protectFromDeletion`.
   */
  protected addDataChild<T extends TerraformResource>(child: T): T {
    this.dataChildren.push(child);
    if (this.protectedFromDeletion) preventDestroy(child);
    return child;
  }
}

/** Next free index for a child id prefix (`<prefix>-<n>`), so repeated calls get stable, distinct ids. */
export function nextChildIndex(scope: IConstruct, prefix: string): number {
  const own = new RegExp(`^${prefix}-\\d+$`);
  return scope.node.children.filter((c) => own.test(c.node.id)).length;
}

/** `lifecycle.prevent_destroy` on one resource, keeping its other lifecycle settings. */
export function preventDestroy(resource: TerraformResource): void {
  resource.lifecycle = { ...(resource.lifecycle ?? {}), preventDestroy: true };
}
