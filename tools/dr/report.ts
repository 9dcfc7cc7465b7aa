import { cacheRecovery, cosmosRecovery, postgresRecovery, RecoveryFigure, registryRecovery, sqlRecovery, storageRecovery } from "../../stacks/recovery-figures";
import type { DataService, RecoverySettings } from "../../stacks/settings/schema";

/** Seed 003's targets: "RTO 1 hour max downtime, RPO 5 minutes max data loss". */
export const SEED_TARGETS = { rpoMinutes: 5, rtoMinutes: 60 } as const;

export interface ReportRow {
  readonly service: DataService;
  /** The resource's Azure name (or its address when the name is not literal). */
  readonly resource: string;
  readonly figure: RecoveryFigure;
  /** What the environment's settings demand of this service (with an exception's reason), if anything. */
  readonly demanded?: { readonly rpoMinutes: number; readonly rtoMinutes: number; readonly exception?: string };
  /** `meets` or `misses` the demanded target; `n/a` when none is demanded or targets do not apply. */
  readonly verdict: "meets" | "misses" | "n/a";
}

type Body = Record<string, unknown>;
/** A stack's `cdk.tf.json`: resources by type, then by logical id. */
export interface SynthesizedStack {
  readonly resource?: Record<string, Record<string, Body>>;
}
interface Resource {
  readonly type: string;
  readonly id: string;
  readonly body: Body;
}

/**
 * The DR report of one synthesized stack: per data service what its recovery achieves (Microsoft's
 * figures for what the configuration actually contains) next to what the settings demand.
 */
export function recoveryReport(stack: SynthesizedStack, recovery?: Pick<RecoverySettings, "targets" | "exceptions">): ReportRow[] {
  const resources: Resource[] = Object.entries(stack.resource ?? {}).flatMap(([type, byId]) => Object.entries(byId).map(([id, body]) => ({ type, id, body })));
  const ofType = (type: string) => resources.filter((r) => r.type === type);
  const ref = (r: Resource) => `\${${r.type}.${r.id}.id}`;
  /** A literal, or a reference to a resource's attribute resolved to that attribute's literal value. */
  const literal = (value: unknown): unknown => {
    const match = typeof value === "string" ? /^\$\{([a-z0-9_]+)\.([^.]+)\.([a-z_]+)\}$/.exec(value) : null;
    if (!match) return value;
    const target = resources.find((r) => r.type === match[1] && r.id === match[2]);
    return target ? literal(target.body[match[3]]) : value;
  };
  const nameOf = (r: Resource) => String(literal(r.body.name) ?? `${r.type}.${r.id}`);
  const rows: Array<Omit<ReportRow, "demanded" | "verdict">> = [];

  const servers = ofType("azurerm_postgresql_flexible_server");
  for (const primary of servers.filter((s) => s.body.create_mode !== "Replica")) {
    const replicas = servers.filter((s) => s.body.source_server_id === ref(primary));
    const geo = replicas.find((r) => literal(r.body.location) !== literal(primary.body.location));
    const lagAlert = geo && ofType("azurerm_monitor_metric_alert").find((a) => (a.body.scopes as unknown[]).includes(ref(geo)) && (a.body.criteria as Body[]).some((c) => c.metric_name === "physical_replication_delay_in_seconds"));
    const threshold = lagAlert && (lagAlert.body.criteria as Body[])[0].threshold;
    const virtualEndpoint = !!geo && ofType("azurerm_postgresql_flexible_server_virtual_endpoint").some((v) => v.body.replica_server_id === ref(geo));
    rows.push({ service: "postgres", resource: nameOf(primary), figure: postgresRecovery({ geoReplica: !!geo, lagAlertSeconds: typeof threshold === "number" ? threshold : undefined, virtualEndpoint, geoRedundantBackup: primary.body.geo_redundant_backup_enabled === true }) });
  }

  const groups = ofType("azurerm_mssql_failover_group");
  const partners = new Set(groups.flatMap((g) => (g.body.partner_server as Body[]).map((p) => p.id)));
  for (const server of ofType("azurerm_mssql_server").filter((s) => !partners.has(ref(s)))) {
    const group = groups.find((g) => g.body.server_id === ref(server));
    const grace = group && (group.body.read_write_endpoint_failover_policy as Body).grace_minutes;
    const databases = ofType("azurerm_mssql_database").filter((d) => d.body.server_id === ref(server));
    const geoBackup = databases.length > 0 && databases.every((d) => ["Geo", "GeoZone"].includes(String(d.body.storage_account_type)));
    rows.push({ service: "sql", resource: nameOf(server), figure: sqlRecovery({ failoverGroupGraceMinutes: typeof grace === "number" ? grace : undefined, geoBackup }) });
  }

  for (const account of ofType("azurerm_cosmosdb_account")) {
    const policy = account.body.consistency_policy as Body;
    const regions = new Set((account.body.geo_location as Body[]).map((g) => literal(g.location))).size;
    const figure = cosmosRecovery({ regions, consistencyLevel: String(policy.consistency_level), maxIntervalSeconds: policy.max_interval_in_seconds as number | undefined, automaticFailover: account.body.automatic_failover_enabled === true });
    rows.push({ service: "cosmos", resource: nameOf(account), figure });
  }

  // Where data lives: accounts with containers or shares (not log sinks Azure writes into, nor a runtime's own).
  const holdsData = (account: Resource) => resources.some((r) => ["azurerm_storage_container", "azurerm_storage_share"].includes(r.type) && r.body.storage_account_id === ref(account));
  // A function app's host storage holds its package and trigger state: redeployed from source, like images.
  const hostStorage = new Set(ofType("azurerm_linux_function_app").map((app) => app.body.storage_account_name));
  for (const account of ofType("azurerm_storage_account").filter(holdsData)) {
    const figure = storageRecovery(String(account.body.account_replication_type));
    const host = hostStorage.has(`\${${account.type}.${account.id}.name}`);
    rows.push({ service: "storage", resource: nameOf(account), figure: host ? { ...figure, mode: `${figure.mode}: a function app's host storage (package and triggers, redeployed from source)`, targetsApply: false } : figure });
  }

  for (const registry of ofType("azurerm_container_registry")) {
    const replicas = ((registry.body.georeplications as Body[] | undefined) ?? []).map((g) => String(g.location));
    rows.push({ service: "registry", resource: nameOf(registry), figure: registryRecovery(replicas) });
  }

  for (const cache of [...ofType("azurerm_redis_cache"), ...ofType("azurerm_managed_redis")]) {
    rows.push({ service: "cache", resource: nameOf(cache), figure: cacheRecovery() });
  }

  return rows.map((row) => judge(row, recovery));
}

function judge(row: Omit<ReportRow, "demanded" | "verdict">, recovery?: Pick<RecoverySettings, "targets" | "exceptions">): ReportRow {
  const targets = recovery?.targets;
  if (!targets || !row.figure.targetsApply) return { ...row, verdict: "n/a" };
  const exception = recovery.exceptions?.[row.service];
  const demanded = { rpoMinutes: exception?.rpoMinutes ?? targets.rpoMinutes, rtoMinutes: exception?.rtoMinutes ?? targets.rtoMinutes, exception: exception?.reason };
  const { rpoSeconds, rtoSeconds } = row.figure;
  const meets = rpoSeconds !== undefined && rpoSeconds <= demanded.rpoMinutes * 60 && rtoSeconds !== undefined && rtoSeconds <= demanded.rtoMinutes * 60;
  return { ...row, demanded, verdict: meets ? "meets" : "misses" };
}

const SERVICE_NAMES: Record<DataService, string> = { postgres: "PostgreSQL", sql: "Azure SQL", cosmos: "Cosmos DB", storage: "Storage", registry: "Container registry", cache: "Cache" };

/** The report as a Markdown table, then the exceptions' reasons and the sources. */
export function formatReport(stackId: string, rows: readonly ReportRow[]): string {
  const cell = (text: string) => text.replace(/\|/g, "\\|");
  const target = (t: { rpoMinutes: number; rtoMinutes: number }) => `RPO ${t.rpoMinutes} min, RTO ${t.rtoMinutes} min`;
  const lines = [
    `DR report for stack ${stackId} (loss of the primary region)`,
    "",
    "| service | resource | recovery mode | RPO | RTO | seed 003 target | demanded | verdict |",
    "|---|---|---|---|---|---|---|---|",
    ...rows.map((r) =>
      `| ${[SERVICE_NAMES[r.service], r.resource, r.figure.mode, r.figure.rpo, r.figure.rto, r.figure.targetsApply ? target(SEED_TARGETS) : "-", r.demanded ? `${target(r.demanded)}${r.demanded.exception ? " (exception)" : ""}` : "-", r.verdict].map(cell).join(" | ")} |`,
    ),
  ];
  const exceptions = [...new Map(rows.filter((r) => r.demanded?.exception).map((r) => [r.service, r.demanded!.exception!])).entries()];
  if (exceptions.length > 0) lines.push("", "Exceptions (recovery.exceptions):", ...exceptions.map(([service, reason]) => `- ${SERVICE_NAMES[service]}: ${reason}`));
  const sources = [...new Set(rows.map((r) => r.figure.source).filter((s) => s !== "-"))];
  lines.push("", "Sources (Microsoft Learn):", ...sources.map((s) => `- ${s}`));
  return `${lines.join("\n")}\n`;
}
