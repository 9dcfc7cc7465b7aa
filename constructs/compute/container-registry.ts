import { createHash } from "node:crypto";
import { Construct } from "constructs";
import { ContainerRegistry as AzContainerRegistry } from "@cdktf/provider-azurerm/lib/container-registry";
import { ContainerRegistryCacheRule } from "@cdktf/provider-azurerm/lib/container-registry-cache-rule";
import { REPOSITORY_PATTERN } from "./image-reference";
import { AzureResource } from "../core/azure-resource";
import { check, isWholeNumberIn, ValidationError } from "../core/errors";
import { CommonResourceProps, IAzureResource, IPrincipal, IResourceGroup, PrivateEndpointOptions } from "../core/interfaces";
import { resourceName } from "../core/naming";
import { PrivateEndpoint } from "../networking/private-endpoint";
import { RoleAssignment } from "../security/role-assignment";

/** A container registry workloads pull from: one this stack owns, or one it imports with `fromId`. */
export interface IContainerRegistry extends IAzureResource {
  /** Host name images are pulled from, e.g. `abscrsharedwetest1a2b.azurecr.io`. */
  readonly loginServer: string;
  /** Lets a principal pull images (AcrPull). */
  grantPull(principal: IPrincipal): RoleAssignment;
}

export type ContainerRegistrySku = "Basic" | "Standard" | "Premium";
const SKUS: readonly ContainerRegistrySku[] = ["Basic", "Standard", "Premium"];

export interface ContainerRegistryProps extends CommonResourceProps {
  /** Where the registry lives. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>cr<workload><region><env><hash>`).
   * @default none
   */
  readonly workload?: string;
  /**
   * Private endpoints, network rules, retention and zone redundancy are Premium-only, so Basic and
   * Standard are accepted only with `publicNetworkAccess` on and no private endpoints.
   * @default "Premium"
   */
  readonly sku?: ContainerRegistrySku;
  /**
   * Reachable from public networks. Off means private endpoints only, and export is blocked.
   * @default false
   */
  readonly publicNetworkAccess?: boolean;
  /**
   * Spread the registry over the region's availability zones; Premium only.
   * @default false
   */
  readonly zoneRedundancy?: boolean;
  /**
   * Days an untagged manifest is kept before it is purged, 0-365 (0 turns the policy off); Premium only.
   * @default 7 on Premium, 0 otherwise
   */
  readonly untaggedRetentionDays?: number;
  /**
   * Regions the registry replicates to (Premium only): pulls go to the closest healthy replica, so a
   * regional outage does not stop deployments. Each replica is zone-redundant when `zoneRedundancy` is.
   * @default none
   */
  readonly geoReplicationLocations?: string[];
}

/** An artifact cache rule: pulls of `targetRepository` fetch `sourceRepository` upstream once, then serve the copy. */
export interface CacheRuleOptions {
  /** Upstream repository with its registry host, e.g. `docker.io/otel/opentelemetry-collector-contrib`. */
  readonly sourceRepository: string;
  /** Repository in this registry, e.g. `otel/opentelemetry-collector-contrib`. */
  readonly targetRepository: string;
}

/** A repository name as the OCI distribution spec allows it (lower-case), without tag or digest. */
const REPOSITORY = new RegExp(`^${REPOSITORY_PATTERN}$`);
const REPOSITORY_RULE = "lower-case path components of a-z, 0-9, '.', '_', '-' separated by '/', each starting and ending with a letter or digit";
/** A registry host (with a dot, optionally a port), then a repository. */
const UPSTREAM_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?\//;
/** Cache rule names: 5-49 letters, digits and '-' (the provider rejects 50 and more). */
const CACHE_RULE_NAME_MIN = 5;
const CACHE_RULE_NAME_MAX = 49;
const ARM_ID = /^\/subscriptions\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/resourceGroups\/[^/]+\/providers\/Microsoft\.ContainerRegistry\/registries\/([A-Za-z0-9]{5,50})$/i;

/**
 * An Azure Container Registry, Premium and private by default: admin user and anonymous pull off,
 * data endpoints on, export blocked while public access is off. Workloads pull with an identity.
 */
export class ContainerRegistry extends AzureResource implements IContainerRegistry {
  /** A registry this stack does not own, by its literal ARM id, for grants. */
  public static fromId(scope: Construct, id: string, resourceId: string): IContainerRegistry {
    return new ImportedContainerRegistry(scope, id, resourceId);
  }

  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzContainerRegistry;
  public readonly resourceGroup: IResourceGroup;
  public readonly loginServer: string;
  public readonly sku: ContainerRegistrySku;
  protected readonly defaultPrivateEndpointSubresource = "registry";
  private readonly cacheRuleNames = new Set<string>();

  constructor(scope: Construct, id: string, props: ContainerRegistryProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "containerRegistry", props);
    this.sku = props.sku ?? "Premium";
    check(SKUS.includes(this.sku), where, "sku", this.sku, `must be one of ${SKUS.join(", ")}`);
    const premium = this.sku === "Premium";
    const publicNetworkAccess = props.publicNetworkAccess ?? false;
    check(premium || publicNetworkAccess, where, "sku", this.sku, "must be Premium while publicNetworkAccess is false: only Premium registries take private endpoints and network rules");
    const zoneRedundancy = props.zoneRedundancy ?? false;
    check(premium || !zoneRedundancy, where, "zoneRedundancy", zoneRedundancy, "must be false unless sku is Premium");
    const replicas = props.geoReplicationLocations ?? [];
    check(premium || replicas.length === 0, where, "geoReplicationLocations", replicas, "must be empty unless sku is Premium: only Premium registries replicate");
    const retentionDays = props.untaggedRetentionDays ?? (premium ? 7 : 0);
    check(isWholeNumberIn(retentionDays, 0, 365), where, "untaggedRetentionDays", retentionDays, "must be a whole number of days, 0-365");
    check(premium || retentionDays === 0, where, "untaggedRetentionDays", retentionDays, "must be 0 unless sku is Premium");

    this.resourceGroup = props.resourceGroup;
    this.resource = new AzContainerRegistry(this, "registry", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      sku: this.sku,
      adminEnabled: false,
      anonymousPullEnabled: false,
      publicNetworkAccessEnabled: publicNetworkAccess,
      networkRuleBypassOption: "AzureServices",
      // Regional data endpoints, so a firewall can allow exactly this registry's blob traffic.
      dataEndpointEnabled: premium,
      // Export would let anyone with push rights copy images out; Azure allows blocking it only without public access.
      exportPolicyEnabled: publicNetworkAccess,
      zoneRedundancyEnabled: zoneRedundancy,
      georeplications: replicas.length > 0 ? replicas.map((location) => ({ location, zoneRedundancyEnabled: zoneRedundancy })) : undefined,
      retentionPolicyInDays: premium ? retentionDays : undefined,
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.loginServer = this.resource.loginServer;
    this.initCapabilities(props);
  }

  /** Pull images (AcrPull). */
  public grantPull(principal: IPrincipal): RoleAssignment {
    return this.grant(principal, "AcrPull");
  }

  /** Push and pull images (AcrPush). */
  public grantPush(principal: IPrincipal): RoleAssignment {
    return this.grant(principal, "AcrPush");
  }

  /** Private endpoints are Premium-only. */
  public addPrivateEndpoint(options: PrivateEndpointOptions): PrivateEndpoint {
    check(this.sku === "Premium", this.node.path, "sku", this.sku, "must be Premium to add a private endpoint");
    return super.addPrivateEndpoint(options);
  }

  /**
   * Caches an upstream repository: the first pull of `targetRepository` fetches the image from
   * `sourceRepository`, later pulls are served from this registry (and its private endpoint).
   */
  public addCacheRule(id: string, options: CacheRuleOptions): ContainerRegistryCacheRule {
    const where = this.node.path;
    const { sourceRepository, targetRepository } = options;
    check(REPOSITORY.test(targetRepository), where, `cacheRules.${id}.targetRepository`, targetRepository, `must be ${REPOSITORY_RULE}`);
    const host = UPSTREAM_HOST.exec(sourceRepository)?.[0];
    const sourceOk = host !== undefined && REPOSITORY.test(sourceRepository.slice(host.length));
    check(sourceOk, where, `cacheRules.${id}.sourceRepository`, sourceRepository, `must be a registry host and a repository of ${REPOSITORY_RULE}, e.g. docker.io/library/nginx`);
    const name = cacheRuleName(targetRepository);
    check(!this.cacheRuleNames.has(name), where, `cacheRules.${id}.targetRepository`, targetRepository, `must give a cache rule name no other rule has (${name})`);
    this.cacheRuleNames.add(name);
    return new ContainerRegistryCacheRule(this, `cache-rule-${id}`, {
      name,
      containerRegistryId: this.id,
      sourceRepo: sourceRepository,
      targetRepo: targetRepository,
    });
  }
}

/** The cache rule name for a target repository: its letters and digits joined by '-', padded or shortened to 5-49. */
function cacheRuleName(targetRepository: string): string {
  const name = targetRepository.replace(/[^a-z0-9]+/g, "-");
  if (name.length < CACHE_RULE_NAME_MIN) return `${name}-cache`;
  if (name.length <= CACHE_RULE_NAME_MAX) return name;
  // Shortened names keep a hash of the whole repository, so two long repositories stay distinct.
  const hash = createHash("sha256").update(targetRepository).digest("hex").slice(0, 6);
  return `${name.slice(0, CACHE_RULE_NAME_MAX - hash.length - 1).replace(/-+$/, "")}-${hash}`;
}

/** A registry the stack references by id: enough to grant pulls on it. */
class ImportedContainerRegistry extends Construct implements IContainerRegistry {
  public readonly id: string;
  public readonly name: string;
  public readonly loginServer: string;

  constructor(scope: Construct, id: string, resourceId: string) {
    super(scope, id);
    const match = ARM_ID.exec(resourceId);
    if (!match) {
      throw new ValidationError(this.node.path, "resourceId", resourceId, "must be a literal ARM id /subscriptions/<guid>/resourceGroups/<group>/providers/Microsoft.ContainerRegistry/registries/<5-50 letters and digits>");
    }
    this.id = resourceId;
    this.name = match[1];
    this.loginServer = `${this.name.toLowerCase()}.azurecr.io`;
  }

  public grantPull(principal: IPrincipal): RoleAssignment {
    return new RoleAssignment(this, `grant-acrpull-${this.node.children.length}`, { scope: this.id, principal, roleDefinitionName: "AcrPull" });
  }
}
