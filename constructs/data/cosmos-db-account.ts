import { Construct } from "constructs";
import { Token } from "cdktf";
import { CosmosdbAccount as AzCosmosdbAccount } from "@cdktf/provider-azurerm/lib/cosmosdb-account";
import { CosmosdbSqlContainer } from "@cdktf/provider-azurerm/lib/cosmosdb-sql-container";
import { CosmosdbSqlDatabase } from "@cdktf/provider-azurerm/lib/cosmosdb-sql-database";
import { CosmosdbSqlRoleAssignment } from "@cdktf/provider-azurerm/lib/cosmosdb-sql-role-assignment";
import { AzureResource, nextChildIndex } from "../core/azure-resource";
import { assertNoViolations, isWholeNumberIn, Violation } from "../core/errors";
import { CommonResourceProps, IPrincipal, IResourceGroup } from "../core/interfaces";
import { NameRule, nameViolation, resourceName } from "../core/naming";

export type CosmosConsistencyLevel = "Strong" | "BoundedStaleness" | "Session" | "ConsistentPrefix" | "Eventual";
export const COSMOS_CONSISTENCY_LEVELS: readonly CosmosConsistencyLevel[] = ["Strong", "BoundedStaleness", "Session", "ConsistentPrefix", "Eventual"];

/** How far back continuous backup can restore to (point-in-time restore window). */
export type CosmosBackupTier = "Continuous7Days" | "Continuous30Days";
export const COSMOS_BACKUP_TIERS: readonly CosmosBackupTier[] = ["Continuous7Days", "Continuous30Days"];

/** Built-in Cosmos DB data-plane (NoSQL) role definitions; data access is not an Azure RBAC role. */
export const COSMOS_DATA_ROLES = {
  /** Cosmos DB Built-in Data Reader: read items and metadata. */
  reader: "00000000-0000-0000-0000-000000000001",
  /** Cosmos DB Built-in Data Contributor: read, write and delete items. */
  contributor: "00000000-0000-0000-0000-000000000002",
} as const;

/** A unique key constraint: the combination of the paths' values is unique within a logical partition. */
export interface CosmosUniqueKey {
  /** 1-16 property paths, each starting with '/', e.g. `["/email"]`. */
  readonly paths: string[];
}

/** One container of a database. */
export interface CosmosContainerOptions {
  /** Container name: 1-255 characters without '/', '\\', '#' or '?', not ending with a space; unique in its database. */
  readonly name: string;
  /**
   * The partition key: 1 path (e.g. `["/userId"]`), or 2-3 for a hierarchical key (e.g.
   * `["/tenantId", "/userId"]`). Required: Azure cannot create a container without one, and it cannot
   * be changed afterwards.
   */
  readonly partitionKeyPaths: string[];
  /**
   * Time to live of items: -1 means items never expire unless they set their own `ttl`; a number of
   * seconds expires them that long after their last write.
   * @default none (TTL off: items never expire, even with a `ttl` of their own)
   */
  readonly defaultTtlSeconds?: number;
  /**
   * Unique key constraints (at most 10); fixed once the container exists.
   * @default none
   */
  readonly uniqueKeys?: CosmosUniqueKey[];
}

/** One database of the account with its containers. */
export interface CosmosDatabaseOptions {
  /** Database name: 1-255 characters without '/', '\\', '#' or '?', not ending with a space; unique in the account. */
  readonly name: string;
  /**
   * Autoscale maximum of the database's throughput in RU/s, shared by its containers: a multiple of
   * 1000 from 1000 to 1000000. The database scales between a tenth of it and it.
   * @default 1000 (100-1000 RU/s, the smallest autoscale setting)
   */
  readonly throughput?: number;
  /**
   * The database's containers.
   * @default none
   */
  readonly containers?: CosmosContainerOptions[];
}

export interface CosmosDbAccountProps extends CommonResourceProps {
  /** Where the account lives; its location is the account's primary (write) region. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-cosmos-<workload>-<region>-<env>-<hash>`).
   * @default none
   */
  readonly workload?: string;
  /**
   * Default consistency of reads. Session: each client reads its own writes in order while others see a
   * consistent prefix; the usual choice for user-facing apps, at the latency and cost of Eventual.
   * @default "Session"
   */
  readonly consistencyLevel?: CosmosConsistencyLevel;
  /**
   * Continuous backup tier (point-in-time restore over the last 7 or 30 days). Periodic backup is not
   * offered: continuous backup can restore any second of the window and is what AZ-COSMOS-004 prefers.
   * @default "Continuous30Days"
   */
  readonly backupTier?: CosmosBackupTier;
  /**
   * Replicas across availability zones in every region of the account (fixed once a region exists).
   * @default false
   */
  readonly zoneRedundant?: boolean;
  /**
   * Read regions the account replicates to, in failover order (e.g. `["northeurope"]`).
   * @default none: a single-region account
   */
  readonly failoverLocations?: string[];
  /**
   * Let Azure fail over to the next region of `failoverLocations` when the write region is down
   * (service-managed failover); without it, failover is a manual operation.
   * @default true
   */
  readonly automaticFailover?: boolean;
  /**
   * Databases (each with shared autoscale throughput) and their containers.
   * @default none
   */
  readonly databases?: CosmosDatabaseOptions[];
}

/** What environment settings give for an account: the props {@link cosmosViolations} checks. */
export interface CosmosSpec extends Pick<CosmosDbAccountProps, "consistencyLevel" | "backupTier" | "failoverLocations" | "databases"> {
  /**
   * The account's primary region, which `failoverLocations` must not repeat.
   * @default not checked
   */
  readonly location?: string;
}

/** Cosmos DB's rule for database and container names. */
const COSMOS_CHILD_NAME_RULE: NameRule = {
  abbreviation: "",
  minLength: 1,
  maxLength: 255,
  pattern: /^[^/\\#?]*[^/\\#? ]$/,
  description: "1-255 characters without '/', '\\', '#' or '?', not ending with a space",
};
/** A JSON property path: '/' before each property name (e.g. /userId, /address/city). */
const PROPERTY_PATH = /^(\/[^/\s*?"'\\]+)+$/;
const PROPERTY_PATH_RULE = "must be a property path like /userId or /address/city: '/' before each property name, no empty name, whitespace, '*', '?', quote or '\\'";
const MAX_PARTITION_KEY_PATHS = 3;
const MAX_UNIQUE_KEYS = 10;
const MAX_UNIQUE_KEY_PATHS = 16;
const DEFAULT_THROUGHPUT = 1000;
/** Cosmos DB's largest TTL: a signed 32-bit number of seconds. */
const MAX_TTL_SECONDS = 2147483647;
const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const sameRegion = (a: string, b: string): boolean => a.replace(/\s+/g, "").toLowerCase() === b.replace(/\s+/g, "").toLowerCase();

/**
 * The rules an account spec breaks: unknown consistency level or backup tier, repeated failover
 * regions, and for databases and containers illegal or repeated names, missing or malformed partition
 * keys, autoscale throughput outside 1000-1000000 in steps of 1000, TTL outside -1 or 1-2147483647
 * seconds and malformed unique keys. Fields are relative to the spec (`databases.0.containers.1.name`).
 */
export function cosmosViolations(spec: CosmosSpec): Violation[] {
  const violations: Violation[] = [];
  const consistencyLevel = spec.consistencyLevel ?? "Session";
  if (!COSMOS_CONSISTENCY_LEVELS.includes(consistencyLevel)) {
    violations.push({ field: "consistencyLevel", value: consistencyLevel, rule: `must be one of ${COSMOS_CONSISTENCY_LEVELS.join(", ")}` });
  }
  const backupTier = spec.backupTier ?? "Continuous30Days";
  if (!COSMOS_BACKUP_TIERS.includes(backupTier)) {
    violations.push({ field: "backupTier", value: backupTier, rule: `must be one of ${COSMOS_BACKUP_TIERS.join(", ")}` });
  }
  const failoverLocations = spec.failoverLocations ?? [];
  failoverLocations.forEach((location, i) => {
    const field = `failoverLocations.${i}`;
    // A resource group's location is a reference the primary region cannot be compared with at synth.
    if (spec.location !== undefined && !Token.isUnresolved(spec.location) && sameRegion(location, spec.location)) {
      violations.push({ field, value: location, rule: "must differ from the account's primary region" });
    }
    const earlier = failoverLocations.findIndex((other) => sameRegion(other, location));
    if (earlier < i) violations.push({ field, value: location, rule: `must be unique: failoverLocations.${earlier} is the same region` });
  });
  violations.push(...childrenViolations("databases", spec.databases ?? [], "account", databaseViolations));
  return violations;
}

/** Name rule and case-insensitive uniqueness for databases or containers, then each child's own rules. */
function childrenViolations<T extends { readonly name: string }>(field: string, children: readonly T[], parent: string, own: (child: T) => Violation[]): Violation[] {
  return children.flatMap((child, i) => {
    const at = (v: Violation): Violation => ({ ...v, field: `${field}.${i}.${v.field}` });
    const nameRule = nameViolation(COSMOS_CHILD_NAME_RULE, String(child.name ?? ""));
    const earlier = children.findIndex((other) => sameName(String(other.name), String(child.name)));
    const nameProblems: Violation[] = [
      ...(nameRule ? [{ field: "name", value: child.name, rule: `must be ${nameRule}` }] : []),
      // ARM resource ids, which Terraform addresses databases and containers by, ignore case.
      ...(!nameRule && earlier < i ? [{ field: "name", value: child.name, rule: `must be unique in the ${parent} ignoring case: ${field}.${earlier} has the same name` }] : []),
    ];
    return [...nameProblems, ...own(child)].map(at);
  });
}

function databaseViolations(database: CosmosDatabaseOptions): Violation[] {
  const violations: Violation[] = [];
  const throughput = database.throughput ?? DEFAULT_THROUGHPUT;
  if (!(isWholeNumberIn(throughput, 1000, 1000000) && throughput % 1000 === 0)) {
    violations.push({ field: "throughput", value: throughput, rule: "must be an autoscale maximum in RU/s: a multiple of 1000 from 1000 to 1000000" });
  }
  return [...violations, ...childrenViolations("containers", database.containers ?? [], "database", containerViolations)];
}

function containerViolations(container: CosmosContainerOptions): Violation[] {
  const violations: Violation[] = [];
  const paths = container.partitionKeyPaths;
  if (!Array.isArray(paths) || paths.length < 1 || paths.length > MAX_PARTITION_KEY_PATHS) {
    violations.push({
      field: "partitionKeyPaths",
      value: paths,
      rule: `must list 1-${MAX_PARTITION_KEY_PATHS} partition key paths, e.g. ["/userId"] (2-${MAX_PARTITION_KEY_PATHS} paths make a hierarchical key): every container needs a partition key, and it cannot be changed later`,
    });
  } else {
    violations.push(...pathViolations("partitionKeyPaths", paths, "partition key"));
  }
  const ttl = container.defaultTtlSeconds;
  if (ttl !== undefined && ttl !== -1 && !isWholeNumberIn(ttl, 1, MAX_TTL_SECONDS)) {
    violations.push({ field: "defaultTtlSeconds", value: ttl, rule: `must be -1 (items expire only with a ttl of their own) or a whole number of seconds from 1 to ${MAX_TTL_SECONDS}` });
  }
  const uniqueKeys = container.uniqueKeys ?? [];
  if (uniqueKeys.length > MAX_UNIQUE_KEYS) {
    violations.push({ field: "uniqueKeys", value: uniqueKeys.length, rule: `must have at most ${MAX_UNIQUE_KEYS} unique keys` });
  }
  uniqueKeys.forEach((key, i) => {
    const field = `uniqueKeys.${i}.paths`;
    if (!Array.isArray(key.paths) || key.paths.length < 1 || key.paths.length > MAX_UNIQUE_KEY_PATHS) {
      violations.push({ field, value: key.paths, rule: `must list 1-${MAX_UNIQUE_KEY_PATHS} property paths, e.g. ["/email"]` });
    } else {
      violations.push(...pathViolations(field, key.paths, "unique key"));
    }
  });
  return violations;
}

/** Each path well formed and none repeated. */
function pathViolations(field: string, paths: readonly string[], what: string): Violation[] {
  return paths.flatMap((path, i): Violation[] => {
    if (typeof path !== "string" || !PROPERTY_PATH.test(path)) return [{ field: `${field}.${i}`, value: path, rule: PROPERTY_PATH_RULE }];
    return paths.indexOf(path) < i ? [{ field: `${field}.${i}`, value: path, rule: `must not repeat a path of the same ${what}` }] : [];
  });
}

/**
 * Azure Cosmos DB for NoSQL locked down by default: no public network access (private endpoints only,
 * sub-resource `Sql`), Entra ID data access only (no account keys, no metadata writes with keys), TLS
 * 1.2, continuous backup, a system-assigned identity, and databases with shared autoscale throughput.
 */
export class CosmosDbAccount extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzCosmosdbAccount;
  public readonly resourceGroup: IResourceGroup;
  /** Document endpoint (`https://<name>.documents.azure.com:443/`); resolves privately inside the VNet. */
  public readonly endpoint: string;
  /** Object id of the account's system-assigned identity. */
  public readonly principalId: string;
  /** Databases by name. */
  public readonly databases: Record<string, CosmosdbSqlDatabase> = {};
  /** Containers by `<database>/<container>` ('/' cannot occur in either name). */
  public readonly containers: Record<string, CosmosdbSqlContainer> = {};
  protected readonly defaultPrivateEndpointSubresource = "Sql";
  private readonly databaseOptions: CosmosDatabaseOptions[] = [];

  constructor(scope: Construct, id: string, props: CosmosDbAccountProps) {
    super(scope, id);
    const name = resourceName(this, "cosmosDbAccount", props);
    const consistencyLevel = props.consistencyLevel ?? "Session";
    const failoverLocations = props.failoverLocations ?? [];
    // Every problem at once, as settings validation reports them.
    assertNoViolations(this.node.path, cosmosViolations({ ...props, failoverLocations, location: props.resourceGroup.location }));

    const zoneRedundant = props.zoneRedundant ?? false;
    this.resourceGroup = props.resourceGroup;
    this.resource = new AzCosmosdbAccount(this, "account", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      kind: "GlobalDocumentDB",
      offerType: "Standard",
      consistencyPolicy: {
        consistencyLevel,
        // Azure's floor for bounded staleness across regions; also legal for a single region.
        ...(consistencyLevel === "BoundedStaleness" ? { maxIntervalInSeconds: 300, maxStalenessPrefix: 100000 } : {}),
      },
      geoLocation: [props.resourceGroup.location, ...failoverLocations].map((location, failoverPriority) => ({ location, failoverPriority, zoneRedundant })),
      automaticFailoverEnabled: props.automaticFailover ?? true,
      backup: { type: "Continuous", tier: props.backupTier ?? "Continuous30Days" },
      publicNetworkAccessEnabled: false,
      networkAclBypassForAzureServices: false,
      // Entra ID only: data access through grantDataContributor/grantDataReader, and databases,
      // containers and throughput change only through ARM (so through this code), never with a key.
      localAuthenticationDisabled: true,
      accessKeyMetadataWritesEnabled: false,
      minimalTlsVersion: "Tls12",
      identity: { type: "SystemAssigned" },
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.endpoint = this.resource.endpoint;
    this.principalId = this.resource.identity.principalId;
    props.databases?.forEach((database) => this.createDatabase(database));
    this.initCapabilities(props);
  }

  /** Adds a database with its containers, checked like the `databases` prop (and against those already added). */
  public addDatabase(options: CosmosDatabaseOptions): CosmosdbSqlDatabase {
    assertNoViolations(this.node.path, cosmosViolations({ databases: [...this.databaseOptions, options] }));
    return this.createDatabase(options);
  }

  /** Lets a principal read, write and delete items in every container (Cosmos DB Built-in Data Contributor). */
  public grantDataContributor(principal: IPrincipal): CosmosdbSqlRoleAssignment {
    return this.grantDataRole(principal, "contributor");
  }

  /** Lets a principal read items and metadata in every container (Cosmos DB Built-in Data Reader). */
  public grantDataReader(principal: IPrincipal): CosmosdbSqlRoleAssignment {
    return this.grantDataRole(principal, "reader");
  }


  private createDatabase(options: CosmosDatabaseOptions): CosmosdbSqlDatabase {
    const database = new CosmosdbSqlDatabase(this, `database-${options.name}`, {
      name: options.name,
      accountName: this.name,
      resourceGroupName: this.resourceGroup.name,
      autoscaleSettings: { maxThroughput: options.throughput ?? DEFAULT_THROUGHPUT },
    });
    this.databaseOptions.push(options);
    this.databases[options.name] = database;
    this.addDataChild(database);
    for (const container of options.containers ?? []) {
      const paths = container.partitionKeyPaths;
      const resource = new CosmosdbSqlContainer(database, `container-${container.name}`, {
        name: container.name,
        accountName: this.name,
        resourceGroupName: this.resourceGroup.name,
        databaseName: database.name,
        partitionKeyPaths: paths,
        // Hierarchical keys are MultiHash; version 2 hashes long key values in full.
        partitionKeyKind: paths.length > 1 ? "MultiHash" : "Hash",
        partitionKeyVersion: 2,
        defaultTtl: container.defaultTtlSeconds,
        uniqueKey: container.uniqueKeys?.map((key) => ({ paths: key.paths })),
      });
      this.containers[`${options.name}/${container.name}`] = resource;
      this.addDataChild(resource);
    }
    return database;
  }

  private grantDataRole(principal: IPrincipal, role: keyof typeof COSMOS_DATA_ROLES): CosmosdbSqlRoleAssignment {
    const prefix = `data-${role}`;
    return new CosmosdbSqlRoleAssignment(this, `${prefix}-${nextChildIndex(this, prefix)}`, {
      accountName: this.name,
      resourceGroupName: this.resourceGroup.name,
      roleDefinitionId: `${this.id}/sqlRoleDefinitions/${COSMOS_DATA_ROLES[role]}`,
      principalId: principal.principalId,
      scope: this.id,
    });
  }
}
