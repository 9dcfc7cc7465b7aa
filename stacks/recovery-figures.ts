/**
 * What each recovery mode achieves after the loss of the primary region: Microsoft's published RPO and
 * RTO, one function per data service. Settings validation applies them to the modes the settings
 * choose (a mode that cannot meet a demanded target stops synthesis); the DR report
 * (`npm run --silent dr`) applies them to what the synthesized stack actually contains.
 *
 * Sources (Microsoft Learn):
 * - SQL: "Business continuity in Azure SQL Database" (azure-sql/database/business-continuity-high-availability-disaster-recover-hadr-overview):
 *   geo-restore RPO 1 h, RTO 12 h; active geo-replication and failover groups RPO 5 s, RTO 1 h
 *   (automatic failover after the grace period, which cannot be under one hour).
 * - PostgreSQL: "Overview of business continuity with Azure Database for PostgreSQL" (postgresql/flexible-server/concepts-business-continuity):
 *   geo-restore from geo-redundant backup RPO < 1 h, RTO varies (a restore, sized by the database);
 *   cross-region read replica RPO and RTO "minutes": replication is asynchronous, so what is lost is
 *   the replica's lag at the moment of the outage, and promotion takes minutes.
 * - Cosmos DB: "High availability (reliability) in Azure Cosmos DB" (reliability/reliability-cosmos-db-nosql),
 *   region outage table: one region RPO < 240 min, RTO < 1 week; several regions with one write
 *   region and service-managed failover RTO < 15 min with RPO 0 (Strong), K and T (Bounded staleness:
 *   the staleness window) or < 15 min (Session, Consistent prefix, Eventual).
 * - Storage: "Azure storage disaster recovery planning and failover" (storage/common/storage-disaster-recovery-guidance):
 *   geo-redundant storage replicates asynchronously with an RPO typically under 15 minutes (no SLA);
 *   a customer-managed failover typically completes within an hour; RA-GRS/RA-GZRS serve reads from
 *   the secondary endpoint all along.
 * - Container Registry: "Geo-replication in Azure Container Registry" (container-registry/container-registry-geo-replication):
 *   pulls are routed to the closest healthy replica; Microsoft publishes no RPO. Images are build
 *   outputs (seed 003: code is redeployed from source), so no data target applies.
 */

export interface RecoveryFigure {
  /** Mode in words, as the report prints it. */
  readonly mode: string;
  /** Worst data loss in seconds; undefined when no bound exists (nothing to recover from, or not published). */
  readonly rpoSeconds?: number;
  /** Worst time to recover in seconds; undefined when no bound exists. */
  readonly rtoSeconds?: number;
  /** The figures as Microsoft states them. */
  readonly rpo: string;
  readonly rto: string;
  /** The Microsoft Learn page the figures come from. */
  readonly source: string;
  /** Whether RPO/RTO targets apply (not to build outputs, nor to a service another issue owns). */
  readonly targetsApply: boolean;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const SQL_SOURCE = "Business continuity in Azure SQL Database";
const POSTGRES_SOURCE = "Overview of business continuity with Azure Database for PostgreSQL";
const COSMOS_SOURCE = "High availability (reliability) in Azure Cosmos DB";
const STORAGE_SOURCE = "Azure storage disaster recovery planning and failover";
const REGISTRY_SOURCE = "Geo-replication in Azure Container Registry";

const unrecoverable = (source: string, what: string): RecoveryFigure => ({
  mode: `${what} (no copy outside the primary region)`,
  rpo: "everything since the region was lost",
  rto: "until the region recovers",
  source,
  targetsApply: true,
});

export interface PostgresRecovery {
  readonly geoReplica: boolean;
  /** Lag above which an alert fires on the geo replica: the RPO counted on. */
  readonly lagAlertSeconds?: number;
  readonly virtualEndpoint: boolean;
  readonly geoRedundantBackup: boolean;
}

/** PostgreSQL flexible server: a promotable replica in the paired region, or a geo-restore. */
export function postgresRecovery(r: PostgresRecovery): RecoveryFigure {
  if (r.geoReplica) {
    // Microsoft states "minutes" for both; the lag alert makes the loss a number the team watches.
    const lag = r.lagAlertSeconds;
    return {
      mode: `cross-region replica${r.virtualEndpoint ? " behind virtual endpoints" : ""}, promoted by hand`,
      rpoSeconds: lag,
      rtoSeconds: 15 * MINUTE,
      rpo: lag === undefined ? "the replication lag (asynchronous), not alerted on" : `the replication lag (asynchronous), alerted above ${lag} s`,
      rto: `minutes: promote the replica${r.virtualEndpoint ? "; the writer endpoint follows" : " and repoint the applications"} (15 min budgeted, seed 003's 5-15 min manual failover)`,
      source: POSTGRES_SOURCE,
      targetsApply: true,
    };
  }
  if (r.geoRedundantBackup) {
    return { mode: "geo-restore from geo-redundant backup", rpoSeconds: HOUR, rpo: "< 1 h", rto: "varies with the database size (a restore into the paired region)", source: POSTGRES_SOURCE, targetsApply: true };
  }
  return unrecoverable(POSTGRES_SOURCE, "local backups only");
}

export interface SqlRecovery {
  /** Grace period of an automatic failover group; undefined without one. */
  readonly failoverGroupGraceMinutes?: number;
  readonly geoBackup: boolean;
}

/** Azure SQL Database: an auto-failover group, or a geo-restore. */
export function sqlRecovery(r: SqlRecovery): RecoveryFigure {
  const grace = r.failoverGroupGraceMinutes;
  if (grace !== undefined) {
    // Azure fails over by itself once the grace period has passed; an operator may fail over sooner.
    return { mode: `auto-failover group (grace ${grace} min)`, rpoSeconds: 5, rtoSeconds: Math.max(HOUR, grace * MINUTE), rpo: "5 s", rto: grace <= 60 ? "1 h" : `${grace} min (the grace period)`, source: SQL_SOURCE, targetsApply: true };
  }
  if (r.geoBackup) return { mode: "geo-restore from geo-redundant backup", rpoSeconds: HOUR, rtoSeconds: 12 * HOUR, rpo: "1 h", rto: "12 h", source: SQL_SOURCE, targetsApply: true };
  return unrecoverable(SQL_SOURCE, "local or zone backups only");
}

export interface CosmosRecovery {
  readonly regions: number;
  readonly consistencyLevel: string;
  /** Bounded staleness window (T). */
  readonly maxIntervalSeconds?: number;
  readonly automaticFailover: boolean;
}

/** Cosmos DB for NoSQL with one write region. */
export function cosmosRecovery(r: CosmosRecovery): RecoveryFigure {
  if (r.regions < 2) return { mode: "single region", rpoSeconds: 240 * MINUTE, rtoSeconds: 7 * 24 * HOUR, rpo: "< 240 min", rto: "< 1 week", source: COSMOS_SOURCE, targetsApply: true };
  const rpo: Pick<RecoveryFigure, "rpoSeconds" | "rpo"> =
    r.consistencyLevel === "Strong"
      ? { rpoSeconds: 0, rpo: "0 (Strong)" }
      : r.consistencyLevel === "BoundedStaleness" && r.maxIntervalSeconds !== undefined
        ? { rpoSeconds: r.maxIntervalSeconds, rpo: `${r.maxIntervalSeconds} s (the Bounded staleness window)` }
        : { rpoSeconds: 15 * MINUTE, rpo: `< 15 min (${r.consistencyLevel})` };
  return {
    mode: `${r.regions} regions, one write region, ${r.automaticFailover ? "service-managed" : "manual"} failover`,
    ...rpo,
    rtoSeconds: r.automaticFailover ? 15 * MINUTE : undefined,
    rto: r.automaticFailover ? "< 15 min" : "until an operator fails over",
    source: COSMOS_SOURCE,
    targetsApply: true,
  };
}

/** A storage account by its replication type. */
export function storageRecovery(replication: string): RecoveryFigure {
  if (!/GRS|GZRS/.test(replication)) return unrecoverable(STORAGE_SOURCE, replication);
  const readAccess = replication.startsWith("RA");
  return {
    mode: replication,
    rpoSeconds: 15 * MINUTE,
    rtoSeconds: HOUR,
    rpo: "typically < 15 min (asynchronous, no SLA)",
    rto: `${readAccess ? "reads at once from the secondary endpoint; writes " : ""}< 1 h after a customer-managed failover`,
    source: STORAGE_SOURCE,
    targetsApply: true,
  };
}

/** A container registry by its replica regions. */
export function registryRecovery(replicaRegions: readonly string[]): RecoveryFigure {
  return {
    mode: replicaRegions.length > 0 ? `geo-replicated to ${replicaRegions.join(", ")}` : "single region",
    rpo: "no published figure: images are rebuilt and pushed from source",
    rto: replicaRegions.length > 0 ? "pulls go to the healthy replica (routing by Azure)" : "until the region recovers, or a rebuild into a new registry",
    source: REGISTRY_SOURCE,
    targetsApply: false,
  };
}

/**
 * The caches hold derived data (cache-aside entries, tokens), rebuilt from the databases after a
 * failover, so seed 003's targets do not apply to them. Azure Managed Redis offers active
 * geo-replication (azurerm_managed_redis_geo_replication, Balanced and larger tiers) for a cache whose
 * contents must survive a region; none of the estate's caches needs it.
 */
export function cacheRecovery(): RecoveryFigure {
  return {
    mode: "single region, not geo-replicated: derived data, rebuilt from the databases (active geo-replication available, not configured)",
    rpo: "contents lost; refilled on demand",
    rto: "a new cache in the paired region (tofu apply with the region as primary), minutes",
    source: "-",
    targetsApply: false,
  };
}
