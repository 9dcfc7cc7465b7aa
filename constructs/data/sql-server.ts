import { Construct } from "constructs";
import { Lazy, Token } from "cdktf";
import { MssqlFailoverGroup } from "@cdktf/provider-azurerm/lib/mssql-failover-group";
import { MssqlServer as AzMssqlServer } from "@cdktf/provider-azurerm/lib/mssql-server";
import { MssqlDatabase } from "@cdktf/provider-azurerm/lib/mssql-database";
import { MssqlServerExtendedAuditingPolicy } from "@cdktf/provider-azurerm/lib/mssql-server-extended-auditing-policy";
import { MssqlServerSecurityAlertPolicy } from "@cdktf/provider-azurerm/lib/mssql-server-security-alert-policy";
import { KeyVaultSecret } from "@cdktf/provider-azurerm/lib/key-vault-secret";
import { AzureResource, nextChildIndex } from "../core/azure-resource";
import { assertNoViolations, check, GUID_PATTERN, isWholeNumberIn, Violation } from "../core/errors";
import { CommonResourceProps, DiagnosticSettingsOptions, IDiagnosticsDestination, IResourceGroup } from "../core/interfaces";
import { assertName, CHILD_NAME_RULES, kebab, Naming, resourceName } from "../core/naming";
import { DiagnosticSettings } from "../monitoring/diagnostic-settings";
import { KeyVault } from "../security/key-vault";
import { GeneratedPassword, WriteOnlyValue } from "../security/generated-password";

const withVCores = (prefix: string, vcores: number[]): string[] => vcores.map((n) => `${prefix}${n}`);
const PROVISIONED_VCORES = [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 24, 32, 40, 80];

/**
 * The single-database SKUs this project accepts: DTU (Basic, Standard S*, Premium P*) and vCore Gen5
 * (General Purpose provisioned and serverless, Business Critical, Hyperscale). Elastic pools are not offered.
 */
export const SQL_DATABASE_SKUS: readonly string[] = [
  "Basic",
  ...["S0", "S1", "S2", "S3", "S4", "S6", "S7", "S9", "S12"],
  ...["P1", "P2", "P4", "P6", "P11", "P15"],
  ...withVCores("GP_Gen5_", PROVISIONED_VCORES),
  ...withVCores("GP_S_Gen5_", [1, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 24, 32, 40]),
  ...withVCores("BC_Gen5_", PROVISIONED_VCORES),
  ...withVCores("HS_Gen5_", PROVISIONED_VCORES),
];

export type SqlBackupStorageRedundancy = "Local" | "Zone" | "Geo" | "GeoZone";
const BACKUP_STORAGE_REDUNDANCIES: readonly SqlBackupStorageRedundancy[] = ["Local", "Zone", "Geo", "GeoZone"];

/** Long-term retention of weekly full backups, as ISO 8601 durations (`P4W`, `P12M`, `P5Y`). */
export interface SqlLongTermRetention {
  /**
   * How long each weekly backup is kept: 1-520 weeks.
   * @default none
   */
  readonly weekly?: string;
  /**
   * How long the first backup of each month is kept: 1-120 months.
   * @default none
   */
  readonly monthly?: string;
  /**
   * How long the yearly backup (taken in `weekOfYear`) is kept: 1-10 years.
   * @default none
   */
  readonly yearly?: string;
  /** Week (1-52) whose backup is the yearly one; required with `yearly`, not allowed without it. */
  readonly weekOfYear?: number;
}

/** A database's size and backups: what environment settings give, once for all databases or per database. */
export interface SqlDatabaseSpec {
  /**
   * One of {@link SQL_DATABASE_SKUS}, e.g. `S0`, `GP_S_Gen5_2`, `BC_Gen5_4`.
   * @default "S0"
   */
  readonly sku?: string;
  /**
   * Maximum data size in GB; must be one the SKU offers.
   * @default the SKU's default size
   */
  readonly maxSizeGb?: number;
  /**
   * Replicas across availability zones; Premium and vCore SKUs only, not Basic or Standard.
   * @default false
   */
  readonly zoneRedundant?: boolean;
  /**
   * Days of point-in-time restore: 1-35, on Basic 1-7.
   * @default 35 (seed 004's backup retention), 7 on Basic
   */
  readonly shortTermRetentionDays?: number;
  /**
   * Long-term retention of full backups beyond the point-in-time window.
   * @default none
   */
  readonly longTermRetention?: SqlLongTermRetention;
  /**
   * Where backups are stored: `Geo` copies them to the paired region, so a database can be restored
   * there after a regional outage (seed 004's disaster recovery). Fixed once the database exists.
   * @default "Geo"
   */
  readonly backupStorageRedundancy?: SqlBackupStorageRedundancy;
}

/** One database of the server: its name plus anything that differs from `databaseDefaults`. */
export interface SqlDatabaseOptions extends SqlDatabaseSpec {
  /** Database name (1-128 characters, see CHILD_NAME_RULES.sqlDatabase); unique on the server, ignoring case. */
  readonly name: string;
}

const DEFAULT_SKU = "S0";
const DEFAULT_BACKUP_STORAGE: SqlBackupStorageRedundancy = "Geo";
const isHyperscale = (sku: string): boolean => sku.startsWith("HS_");
/** Seed 004: "Retention: 35 days"; Basic keeps at most 7. */
const defaultShortTermRetentionDays = (sku: string): number => (sku === "Basic" ? 7 : 35);

/** SKUs without zone redundancy: Basic and Standard (DTU). */
const lacksZoneRedundancy = (sku: string): boolean => sku === "Basic" || /^S\d+$/.test(sku);

/** LTR keeps weekly full backups, so every duration is measured in weeks. */
const WEEKS_PER = { D: (n: number) => n / 7, W: (n: number) => n, M: (n: number) => (n * 52) / 12, Y: (n: number) => n * 52 };
const ISO_DURATION = /^P(\d+)([DWMY])$/;
/** Azure's ranges; its own examples accept P4W as a month and P52W as a year. */
const LTR_RANGES = {
  weekly: { minWeeks: 1, maxWeeks: 520, text: "1-520 weeks", example: "P4W" },
  monthly: { minWeeks: 4, maxWeeks: 520, text: "1-120 months (4-520 weeks)", example: "P12M" },
  yearly: { minWeeks: 52, maxWeeks: 520, text: "1-10 years (52-520 weeks)", example: "P5Y" },
} as const;

function durationInWeeks(duration: string): number | undefined {
  const match = ISO_DURATION.exec(duration);
  return match ? WEEKS_PER[match[2] as keyof typeof WEEKS_PER](Number(match[1])) : undefined;
}

/**
 * The rules a database spec breaks: an unknown SKU, a size that is not positive, zone redundancy on
 * Basic or Standard, point-in-time retention outside 1-35 days (1-7 on Basic), and long-term retention
 * durations that are malformed or out of Azure's ranges. Fields are relative to the spec.
 */
export function sqlDatabaseViolations(spec: SqlDatabaseSpec): Violation[] {
  const violations: Violation[] = [];
  const sku = spec.sku ?? DEFAULT_SKU;
  if (!SQL_DATABASE_SKUS.includes(sku)) {
    violations.push({
      field: "sku",
      value: sku,
      rule: "must be a single-database SKU of SQL_DATABASE_SKUS: Basic; S0, S1, S2, S3, S4, S6, S7, S9, S12; P1, P2, P4, P6, P11, P15; or GP_Gen5_<n>, GP_S_Gen5_<n>, BC_Gen5_<n>, HS_Gen5_<n> with a vCore count Azure offers",
    });
  }
  if (spec.maxSizeGb !== undefined && !(spec.maxSizeGb > 0)) {
    violations.push({ field: "maxSizeGb", value: spec.maxSizeGb, rule: "must be a positive number of GB" });
  }
  if (spec.zoneRedundant && lacksZoneRedundancy(sku)) {
    violations.push({
      field: "zoneRedundant",
      value: spec.zoneRedundant,
      rule: `must be false on the ${sku} SKU: zone redundancy needs Premium, General Purpose, Business Critical or Hyperscale`,
    });
  }
  const retentionDays = spec.shortTermRetentionDays ?? defaultShortTermRetentionDays(sku);
  const maxRetentionDays = sku === "Basic" ? 7 : 35;
  if (!isWholeNumberIn(retentionDays, 1, maxRetentionDays)) {
    violations.push({
      field: "shortTermRetentionDays",
      value: retentionDays,
      rule: `must be a whole number of days, 1-${maxRetentionDays}${sku === "Basic" ? " on the Basic tier" : ""}`,
    });
  }
  const redundancy = spec.backupStorageRedundancy ?? DEFAULT_BACKUP_STORAGE;
  if (!BACKUP_STORAGE_REDUNDANCIES.includes(redundancy)) {
    violations.push({ field: "backupStorageRedundancy", value: redundancy, rule: `must be one of ${BACKUP_STORAGE_REDUNDANCIES.join(", ")}` });
  } else if (spec.zoneRedundant && isHyperscale(sku) && (redundancy === "Local" || redundancy === "Geo")) {
    violations.push({ field: "backupStorageRedundancy", value: redundancy, rule: "must be Zone or GeoZone for a zone-redundant Hyperscale database" });
  }
  return [...violations, ...longTermRetentionViolations(spec.longTermRetention ?? {})];
}

function longTermRetentionViolations(ltr: SqlLongTermRetention): Violation[] {
  const violations: Violation[] = [];
  for (const kind of ["weekly", "monthly", "yearly"] as const) {
    const duration = ltr[kind];
    if (duration === undefined) continue;
    const range = LTR_RANGES[kind];
    const weeks = durationInWeeks(duration);
    if (weeks === undefined || weeks < range.minWeeks || weeks > range.maxWeeks) {
      violations.push({
        field: `longTermRetention.${kind}`,
        value: duration,
        rule: `must be an ISO 8601 duration P<n>D, P<n>W, P<n>M or P<n>Y of ${range.text}, e.g. ${range.example}`,
      });
    }
  }
  if (ltr.yearly !== undefined && !isWholeNumberIn(ltr.weekOfYear ?? NaN, 1, 52)) {
    violations.push({ field: "longTermRetention.weekOfYear", value: ltr.weekOfYear, rule: "must be a whole number 1-52 when yearly is set: the week whose backup is kept as the yearly one" });
  }
  if (ltr.yearly === undefined && ltr.weekOfYear !== undefined) {
    violations.push({ field: "longTermRetention.weekOfYear", value: ltr.weekOfYear, rule: "must be unset without yearly: it only picks the week of the yearly backup" });
  }
  return violations;
}

/**
 * The rule a failover group's grace period breaks: Azure sets the grace period before an automatic
 * failover with data loss in whole hours, one at least (Set-AzSqlDatabaseFailoverGroup
 * -GracePeriodWithDataLossHours; azurerm refuses grace_minutes under 60).
 */
export function sqlFailoverGraceViolations(field: string, graceMinutes: number): Violation[] {
  return Number.isInteger(graceMinutes) && graceMinutes >= 60 && graceMinutes % 60 === 0
    ? []
    : [{ field, value: graceMinutes, rule: "must be whole hours of 60 minutes or more (Azure's grace period before an automatic failover with data loss is set in hours, one at least)" }];
}

/** An auto-failover group of all the server's databases to a partner server in another region. */
export interface SqlFailoverGroupOptions {
  /** The secondary server, in another region; the group creates the secondary databases on it. */
  readonly partner: SqlServer;
  /**
   * Minutes Azure waits after an outage before it fails over with data loss: whole hours, 60 or more.
   * @default 60
   */
  readonly graceMinutes?: number;
}

/** The Entra ID principal that administers the server (a group is the usual choice). */
export interface SqlServerEntraAdmin {
  /** Display name of the user, group or service principal: the login it connects with. */
  readonly login: string;
  /** Object id (GUID) of the user, group or service principal. */
  readonly objectId: string;
}

/** Where the server's audit log goes. */
export interface SqlServerAuditingOptions {
  /** Log Analytics workspace that receives the SQLSecurityAuditEvents. */
  readonly workspace: IDiagnosticsDestination;
}

export interface SqlServerProps extends CommonResourceProps {
  /** Where the server lives. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-sql-<workload>-<region>-<env>-<hash>`).
   * @default none
   */
  readonly workload?: string;
  /** Entra tenant id of the Entra ID administrator (pass `data.azurerm_client_config.tenant_id`). */
  readonly tenantId: string;
  /**
   * The Entra ID administrator. SQL authentication stays on next to it (seed 004: "Azure AD + SQL Auth").
   */
  readonly entraAdmin: SqlServerEntraAdmin;
  /**
   * Vault the generated administrator password is stored in, for operators. Leave it out when the
   * password reaches its users otherwise (e.g. inside connection strings the caller stores).
   * @default none: the password lives only in Azure and where the caller puts it
   */
  readonly keyVault?: KeyVault;
  /**
   * Name of the Key Vault secret that holds the administrator password (with `keyVault`).
   * @default `<workload>-sql-admin-password`, or `sql-admin-password` without a workload
   */
  readonly passwordSecretName?: string;
  /**
   * Administrator login for SQL authentication.
   * @default "sqladmin" (seed 004)
   */
  readonly administratorLogin?: string;
  /**
   * The administrator password, for a failover partner: logins live in each server's master database
   * and do not fail over, so connection strings through the group's listener need the same login and
   * password on both servers (the primary's `administratorPassword`).
   * @default a generated password (ephemeral, write-only)
   */
  readonly administratorPassword?: GeneratedPassword;
  /** Server auditing to Log Analytics; always on. */
  readonly auditing: SqlServerAuditingOptions;
  /**
   * Microsoft Defender for SQL alerts (SQL injection, anomalous access, brute force) on the server.
   * @default true
   */
  readonly threatDetection?: boolean;
  /**
   * The databases to create; each takes `databaseDefaults` for what it does not set itself.
   * @default none
   */
  readonly databases?: SqlDatabaseOptions[];
  /**
   * Size and backups shared by all databases, e.g. an environment's settings.
   * @default each field's own default (see SqlDatabaseSpec)
   */
  readonly databaseDefaults?: SqlDatabaseSpec;
}

/** Names Azure reserves for the administrator login. */
const RESERVED_LOGINS = ["admin", "administrator", "sa", "root", "dbmanager", "loginmanager", "dbo", "guest", "public", "sys"];
const LOGIN = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
/** Databases every server has (master is where the server's audit log is read from). */
const RESERVED_DATABASES = ["master", "tempdb", "model", "msdb"];
/** Characters that need no escaping in ADO.NET, JDBC or ODBC connection strings nor in URIs (RFC 3986 unreserved). */
const PASSWORD_SPECIALS = "-_.~";

/**
 * Azure SQL logical server with its databases, private by default: no public network access (private
 * endpoints only), TLS 1.2, an Entra ID administrator next to a generated SQL administrator password kept
 * in Key Vault, server auditing to Log Analytics, Defender for SQL alerts, and databases with TDE,
 * point-in-time restore and optional long-term retention.
 */
export class SqlServer extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzMssqlServer;
  public readonly resourceGroup: IResourceGroup;
  /** Host name clients connect to on port 1433 (resolves to the private endpoint inside the VNet). */
  public readonly fullyQualifiedDomainName: string;
  /** The auto-failover group, once added: its listener is where connection strings point. */
  public failoverGroup?: MssqlFailoverGroup;
  /** Object id of the server's system-assigned identity. */
  public readonly principalId: string;
  public readonly administratorLogin: string;
  /** The Key Vault secret holding the administrator password, when `keyVault` is given. */
  public readonly passwordSecret?: KeyVaultSecret;
  /**
   * The administrator password: ephemeral, for write-only arguments only (connection strings stored in
   * Key Vault through `value_wo`, see `connectionString`).
   */
  public readonly administratorPassword: GeneratedPassword;
  /** Databases by name. */
  public readonly databases: Record<string, MssqlDatabase> = {};
  protected readonly defaultPrivateEndpointSubresource = "sqlServer";
  private readonly databaseDefaults: SqlDatabaseSpec;
  private readonly workload?: string;
  private readonly tags?: Record<string, string>;
  private readonly databaseDiagnostics: DiagnosticSettingsOptions[] = [];

  constructor(scope: Construct, id: string, props: SqlServerProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "sqlServer", props);
    const administratorLogin = props.administratorLogin ?? "sqladmin";
    const loginOk = LOGIN.test(administratorLogin) && !RESERVED_LOGINS.includes(administratorLogin.toLowerCase());
    check(loginOk, where, "administratorLogin", administratorLogin, `must be 1-128 characters: letters, digits, '_'; start with a letter or '_', and not be one of ${RESERVED_LOGINS.join(", ")}`);
    const { login, objectId } = props.entraAdmin;
    check(Token.isUnresolved(objectId) || GUID_PATTERN.test(objectId), where, "entraAdmin.objectId", objectId, "must be an object id (GUID xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)");
    this.databaseDefaults = props.databaseDefaults ?? {};
    this.workload = props.workload;
    this.tags = props.tags;

    // SQL Server wants three of upper, lower, digit and symbol; the minimums guarantee all four. A
    // failover partner takes its primary's: the same draw, sent with the same version.
    const password = props.administratorPassword ?? new GeneratedPassword(this, "admin-password", { minimums: { upper: 1, lower: 1, numeric: 1, special: 1 }, overrideSpecial: PASSWORD_SPECIALS });
    const secretName = props.passwordSecretName ?? [props.workload, "sql-admin-password"].filter(Boolean).join("-");
    this.passwordSecret = props.keyVault?.addWriteOnlySecret(kebab(secretName), { name: secretName, contentType: "password", value: password.value, version: password.version, expirationDate: password.expirationDate });

    this.resourceGroup = props.resourceGroup;
    this.administratorLogin = administratorLogin;
    this.administratorPassword = password;
    this.resource = new AzMssqlServer(this, "server", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      // The only version Azure SQL Database has (the engine itself is always the latest).
      version: "12.0",
      minimumTlsVersion: "1.2",
      publicNetworkAccessEnabled: false,
      administratorLogin,
      // Write-only: sent on create and at each rotation of the password, never stored in state.
      administratorLoginPasswordWo: password.value,
      administratorLoginPasswordWoVersion: password.version,
      azureadAdministrator: {
        loginUsername: login,
        objectId,
        tenantId: props.tenantId,
        // SQL authentication stays available next to Entra ID (seed 004).
        azureadAuthenticationOnly: false,
      },
      // The server's own identity: what a customer-managed TDE key or audit storage behind a firewall trusts.
      identity: { type: "SystemAssigned" },
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.fullyQualifiedDomainName = this.resource.fullyQualifiedDomainName;
    this.principalId = this.resource.identity.principalId;

    this.addAuditing(props.auditing.workspace);
    if (props.threatDetection ?? true) {
      new MssqlServerSecurityAlertPolicy(this, "threat-detection", {
        resourceGroupName: props.resourceGroup.name,
        serverName: this.name,
        state: "Enabled",
      });
    }
    props.databases?.forEach((database) => this.addDatabase(database));
    this.initCapabilities(props);
  }

  /**
   * Adds a database (collation SQL_Latin1_General_CP1_CI_AS, TDE on, 12-hourly differential backups);
   * what `options` does not set comes from `databaseDefaults`.
   */
  public addDatabase(options: SqlDatabaseOptions): MssqlDatabase {
    const where = this.node.path;
    const { name, ...own } = options;
    assertName(CHILD_NAME_RULES.sqlDatabase, name, where, "databases");
    check(!RESERVED_DATABASES.includes(name.toLowerCase()), where, "databases", name, `must not be one of the server's own databases (${RESERVED_DATABASES.join(", ")})`);
    const taken = Object.keys(this.databases).some((existing) => existing.toLowerCase() === name.toLowerCase());
    check(!taken, where, "databases", name, "must be unique on the server (Azure compares names ignoring case)");
    const spec: SqlDatabaseSpec = { ...this.databaseDefaults, ...own };
    assertNoViolations(where, sqlDatabaseViolations(spec).map((v) => ({ ...v, field: `databases.${name}.${v.field}` })));

    const sku = spec.sku ?? DEFAULT_SKU;
    const ltr = spec.longTermRetention;
    const database = new MssqlDatabase(this, `database-${name}`, {
      name,
      serverId: this.id,
      collation: "SQL_Latin1_General_CP1_CI_AS",
      skuName: sku,
      maxSizeGb: spec.maxSizeGb,
      zoneRedundant: spec.zoneRedundant ?? false,
      storageAccountType: spec.backupStorageRedundancy ?? DEFAULT_BACKUP_STORAGE,
      transparentDataEncryptionEnabled: true,
      shortTermRetentionPolicy: {
        retentionDays: spec.shortTermRetentionDays ?? defaultShortTermRetentionDays(sku),
        // Hyperscale takes no differential backups: Azure refuses the interval there.
        backupIntervalInHours: isHyperscale(sku) ? undefined : 12,
      },
      longTermRetentionPolicy:
        ltr && (ltr.weekly ?? ltr.monthly ?? ltr.yearly) !== undefined
          ? { weeklyRetention: ltr.weekly, monthlyRetention: ltr.monthly, yearlyRetention: ltr.yearly, weekOfYear: ltr.weekOfYear }
          : undefined,
      tags: this.tags,
    });
    this.addDataChild(database);
    this.databases[name] = database;
    this.databaseDiagnostics.forEach((diagnostics) => addDatabaseDiagnostics(database, diagnostics));
    return database;
  }

  /**
   * Azure SQL takes diagnostic settings on databases, not on the logical server: every database (also
   * those added later) sends its logs (`logCategoryGroups`, all by default) and metrics.
   */
  public override addDiagnostics(options: DiagnosticSettingsOptions): void {
    this.databaseDiagnostics.push(options);
    Object.values(this.databases).forEach((database) => addDatabaseDiagnostics(database, options));
  }

  /**
   * An auto-failover group of every database (also those added later) to `partner`, with a read-write
   * listener `<group>.database.windows.net` that follows the primary; connection strings use it from
   * then on. Azure fails over by itself after `graceMinutes`; an operator may fail over sooner.
   */
  public addFailoverGroup(options: SqlFailoverGroupOptions): MssqlFailoverGroup {
    const where = this.node.path;
    check(!this.failoverGroup, where, "failoverGroup", options.partner.node.path, "must be added once: a database belongs to one failover group");
    const graceMinutes = options.graceMinutes ?? 60;
    assertNoViolations(where, sqlFailoverGraceViolations("failoverGroup.graceMinutes", graceMinutes));
    this.failoverGroup = this.addDataChild(new MssqlFailoverGroup(this, "failover-group", {
      name: Naming.of(this).name("sqlFailoverGroup", this.workload),
      serverId: this.id,
      partnerServer: [{ id: options.partner.id }],
      databases: Lazy.listValue({ produce: () => Object.values(this.databases).map((database) => database.id) }),
      readWriteEndpointFailoverPolicy: { mode: "Automatic", graceMinutes },
      // The read-only listener stays on the secondary even when it is down: reporting waits, writes do not.
      readonlyEndpointFailoverPolicyEnabled: false,
      tags: this.tags,
    }));
    return this.failoverGroup;
  }

  /**
   * ADO.NET connection string for one database with the SQL administrator login, for a Key Vault secret
   * written through `value_wo` (`KeyVault.addWriteOnlySecret`): it embeds the ephemeral password, so it
   * is built in the same run as the server's write-only password and rotates with it (same version).
   */
  public connectionString(database: string): WriteOnlyValue {
    check(Object.hasOwn(this.databases, database), this.node.path, "connectionString.database", database, `must be one of the server's databases: ${Object.keys(this.databases).join(", ") || "(none)"}`);
    return this.administratorPassword.derive(
      (password) =>
        `Server=tcp:${this.failoverGroup ? `${this.failoverGroup.name}.database.windows.net` : this.fullyQualifiedDomainName},1433;Initial Catalog=${database};` +
        `User ID=${this.administratorLogin};Password=${password};` +
        "Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;",
    );
  }



  /**
   * Server auditing with Azure Monitor as its target. Azure routes the server's audit events through
   * the master database, so its diagnostic setting sends SQLSecurityAuditEvents to the workspace.
   */
  private addAuditing(workspace: IDiagnosticsDestination): void {
    const sink = new DiagnosticSettings(this, "audit-log", {
      name: "sql-security-audit-to-log-analytics",
      targetResourceId: `${this.id}/databases/master`,
      workspace,
      // One category, not a category group: the audit events and nothing else of master.
      logCategoryGroups: [],
      logCategories: ["SQLSecurityAuditEvents"],
      metrics: false,
    });
    new MssqlServerExtendedAuditingPolicy(this, "auditing", {
      serverId: this.id,
      enabled: true,
      logMonitoringEnabled: true,
      // Events flow from the moment auditing is on.
      dependsOn: [sink.resource],
    });
  }
}

/** A database's diagnostic setting: all its logs unless the options name category groups, and its metrics. */
function addDatabaseDiagnostics(database: MssqlDatabase, options: DiagnosticSettingsOptions): DiagnosticSettings {
  return new DiagnosticSettings(database, `diagnostics-${nextChildIndex(database, "diagnostics")}`, {
    ...options,
    logCategoryGroups: options.logCategoryGroups ?? ["allLogs"],
    targetResourceId: database.id,
  });
}

