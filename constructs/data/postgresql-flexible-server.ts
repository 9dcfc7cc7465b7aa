import { Construct } from "constructs";
import { TerraformResource } from "cdktf";
import { PostgresqlFlexibleServer as AzPostgresqlFlexibleServer } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server";
import { PostgresqlFlexibleServerActiveDirectoryAdministrator } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server-active-directory-administrator";
import { PostgresqlFlexibleServerConfiguration } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server-configuration";
import { PostgresqlFlexibleServerDatabase } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server-database";
import { KeyVaultSecret } from "@cdktf/provider-azurerm/lib/key-vault-secret";
import { AzureResource } from "../core/azure-resource";
import { waitFor } from "../core/dependencies";
import { assertNoViolations, check, isWholeNumberIn, Violation } from "../core/errors";
import { CommonResourceProps, IPrincipal, IResourceGroup, PrivateEndpointOptions } from "../core/interfaces";
import { kebab, resourceName } from "../core/naming";
import { PrivateEndpoint } from "../networking/private-endpoint";
import { KeyVault } from "../security/key-vault";

const sizes = (prefix: string, suffix: string, vcores: number[]): string[] => vcores.map((n) => `${prefix}${n}${suffix}`);

/**
 * The Flexible Server compute sizes this project accepts: Burstable (B_), General Purpose (GP_) and
 * Memory Optimized (MO_). Single Server names such as `B_Gen5_1` are retired and not in the list.
 */
export const POSTGRESQL_SKUS: readonly string[] = [
  ...["B1ms", "B2s", "B2ms", "B4ms", "B8ms", "B12ms", "B16ms", "B20ms"].map((size) => `B_Standard_${size}`),
  ...sizes("GP_Standard_D", "s_v3", [2, 4, 8, 16, 32, 48, 64]),
  ...sizes("GP_Standard_D", "ds_v4", [2, 4, 8, 16, 32, 48, 64]),
  ...sizes("GP_Standard_D", "ds_v5", [2, 4, 8, 16, 32, 48, 64, 96]),
  ...sizes("MO_Standard_E", "s_v3", [2, 4, 8, 16, 32, 48, 64]),
  ...sizes("MO_Standard_E", "ds_v4", [2, 4, 8, 16, 20, 32, 48, 64]),
  ...sizes("MO_Standard_E", "ds_v5", [2, 4, 8, 16, 20, 32, 48, 64, 96]),
];

/** Major versions azurerm 4.55 accepts that Azure still supports (11 and 12 are retired). */
export const POSTGRESQL_VERSIONS = ["13", "14", "15", "16", "17", "18"] as const;
export type PostgreSqlVersion = (typeof POSTGRESQL_VERSIONS)[number];

/** Storage sizes (MiB) Azure offers; storage only ever grows. */
export const POSTGRESQL_STORAGE_MB: readonly number[] = [
  32768, 65536, 131072, 262144, 524288, 1048576, 2097152, 4193280, 4194304, 8388608, 16777216, 33553408,
];

export type PostgreSqlHighAvailability = "ZoneRedundant" | "SameZone";
const HA_MODES: readonly PostgreSqlHighAvailability[] = ["ZoneRedundant", "SameZone"];

/** Names Azure reserves for the administrator login (it also refuses any `pg_` prefix). */
const RESERVED_LOGINS = ["azure_superuser", "azure_pg_admin", "admin", "administrator", "root", "guest", "public"];
/** Databases Azure creates itself. */
const RESERVED_DATABASES = ["postgres", "azure_maintenance", "azure_sys", "template0", "template1"];
/** A plain PostgreSQL identifier: no quoting needed in SQL, connection strings or tools. */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const IDENTIFIER_RULE = "1-63 characters: letters, digits, '_'; start with a letter or '_'";

/** The PgBouncer pool size Azure defaults to. */
const DEFAULT_POOL_SIZE = 50;

/** True for the Burstable tier, which lacks high availability and the built-in PgBouncer. */
export function isBurstablePostgreSqlSku(sku: string): boolean {
  return sku.startsWith("B_");
}

/** The rule a replica's source breaks: Azure offers read replicas on General Purpose and Memory Optimized only. */
export function postgreSqlReplicaViolations(field: string, sku: string, replicas: boolean): Violation[] {
  return replicas && isBurstablePostgreSqlSku(sku)
    ? [{ field, value: replicas, rule: `must be off on the Burstable SKU ${sku}: Azure offers read replicas on General Purpose and Memory Optimized only` }]
    : [];
}

/** A PostgreSQL size as settings and the construct express it. */
export interface PostgreSqlSizingSpec {
  readonly sku: string;
  readonly highAvailability?: PostgreSqlHighAvailability;
  readonly backupRetentionDays: number;
}

/** The rules a PostgreSQL size breaks: an unknown SKU, HA on Burstable or the mode, backup retention outside 7-35. */
export function postgreSqlSizingViolations(spec: PostgreSqlSizingSpec): Violation[] {
  const violations: Violation[] = [];
  if (!POSTGRESQL_SKUS.includes(spec.sku)) {
    violations.push({
      field: "sku",
      value: spec.sku,
      rule: "must be a Flexible Server SKU of POSTGRESQL_SKUS, e.g. B_Standard_B1ms, GP_Standard_D2s_v3, MO_Standard_E2ds_v5 (Single Server names such as B_Gen5_1 are retired)",
    });
  } else if (spec.highAvailability !== undefined && isBurstablePostgreSqlSku(spec.sku)) {
    violations.push({
      field: "highAvailability",
      value: spec.highAvailability,
      rule: `must be unset on the Burstable SKU ${spec.sku}: high availability needs General Purpose or Memory Optimized`,
    });
  }
  if (spec.highAvailability !== undefined && !HA_MODES.includes(spec.highAvailability)) {
    violations.push({ field: "highAvailability", value: spec.highAvailability, rule: `must be one of ${HA_MODES.join(", ")}` });
  }
  if (!isWholeNumberIn(spec.backupRetentionDays, 7, 35)) {
    violations.push({ field: "backupRetentionDays", value: spec.backupRetentionDays, rule: "must be a whole number of days, 7-35" });
  }
  return violations;
}

/** The Entra ID principal that administers the server (a group is the usual choice). */
export interface PostgreSqlEntraAdmin extends IPrincipal {
  /** Display name of the user, group or service principal: the role name it logs in with. */
  readonly principalName: string;
}

/** Weekly maintenance window, in UTC. */
export interface MaintenanceWindow {
  /** 0 = Sunday ... 6 = Saturday. */
  readonly dayOfWeek: number;
  /** 0-23. */
  readonly startHour: number;
  /**
   * 0-59.
   * @default 0
   */
  readonly startMinute?: number;
}

export interface PostgreSqlFlexibleServerProps extends CommonResourceProps {
  /** Where the server lives. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-psql-<workload>-<region>-<env>-<hash>`).
   * @default none
   */
  readonly workload?: string;
  /** Compute size, one of {@link POSTGRESQL_SKUS}, e.g. `B_Standard_B1ms`, `GP_Standard_D2s_v3`. */
  readonly sku: string;
  /** @default "16" */
  readonly version?: PostgreSqlVersion;
  /**
   * Storage in MiB, one of {@link POSTGRESQL_STORAGE_MB}; Azure can only grow it later.
   * @default 32768
   */
  readonly storageMb?: number;
  /**
   * A standby in another zone (`ZoneRedundant`) or the same zone (`SameZone`); not on Burstable SKUs.
   * @default none
   */
  readonly highAvailability?: PostgreSqlHighAvailability;
  /**
   * Days of point-in-time restore, 7-35.
   * @default 7
   */
  readonly backupRetentionDays?: number;
  /**
   * Copy backups to the paired region. Can only be chosen when the server is created.
   * @default false
   */
  readonly geoRedundantBackup?: boolean;
  /**
   * Availability zone of the primary.
   * @default Azure's choice
   */
  readonly zone?: "1" | "2" | "3";
  /** Entra tenant id for Entra ID authentication (pass `data.azurerm_client_config.tenant_id`). */
  readonly tenantId: string;
  /** Vault the generated administrator password is stored in. */
  readonly keyVault: KeyVault;
  /**
   * Name of the Key Vault secret that holds the administrator password.
   * @default `<workload>-postgres-admin-password` (the construct id without a workload)
   */
  readonly passwordSecretName?: string;
  /**
   * Administrator login for password authentication (break-glass and migrations; apps use Entra ID).
   * @default "psqladmin"
   */
  readonly administratorLogin?: string;
  /**
   * The Entra ID administrator of the server.
   * @default none: add one before apps can log in with Entra ID
   */
  readonly entraAdmin?: PostgreSqlEntraAdmin;
  /**
   * VNet integration instead of private endpoints: the subnet (delegated to
   * Microsoft.DBforPostgreSQL/flexibleServers) the server is injected into. Needs `privateDnsZoneId`.
   * @default none: the server is reached through `privateEndpoints`
   */
  readonly delegatedSubnetId?: string;
  /**
   * The private DNS zone (`*.postgres.database.azure.com`) of a VNet-integrated server; only with `delegatedSubnetId`.
   * @default none
   */
  readonly privateDnsZoneId?: string;
  /**
   * Azure's built-in PgBouncer on port 6432, in transaction pooling mode. Not available on Burstable SKUs.
   * @default true, false on Burstable SKUs
   */
  readonly pgBouncer?: boolean;
  /**
   * PgBouncer server connections per user and database pair, 1-4950.
   * @default 50
   */
  readonly pgBouncerDefaultPoolSize?: number;
  /**
   * Further server parameters, or other values for the defaults; `require_secure_transport` must stay
   * `on` and `ssl_min_protocol_version` be TLSv1.2 or TLSv1.3.
   * @default none
   */
  readonly parameters?: Record<string, string>;
  /**
   * Databases to create (UTF8, en_US.utf8).
   * @default none
   */
  readonly databases?: string[];
  /** @default Sunday 02:00 UTC */
  readonly maintenanceWindow?: MaintenanceWindow;
}

/**
 * Azure Database for PostgreSQL Flexible Server, private by default: no public network access
 * (private endpoints or VNet integration), TLS 1.2+ only, Entra ID authentication next to a generated
 * administrator password kept in Key Vault, connection logging and throttling, PgBouncer where the tier has it.
 */
export class PostgreSqlFlexibleServer extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzPostgresqlFlexibleServer;
  public readonly resourceGroup: IResourceGroup;
  /** Host name clients connect to (port 5432, or 6432 for PgBouncer). */
  public readonly fqdn: string;
  public readonly administratorLogin: string;
  /** The Key Vault secret holding the administrator password. */
  public readonly passwordSecret: KeyVaultSecret;
  /** Database ids by database name. */
  public readonly databaseIds: Record<string, string> = {};
  /** Compute size, version, storage and Entra tenant: what a replica must share. */
  public readonly sku: string;
  public readonly version: PostgreSqlVersion;
  public readonly storageMb: number;
  public readonly tenantId: string;
  protected readonly defaultPrivateEndpointSubresource = "postgresqlServer";
  private readonly delegatedSubnetId?: string;
  /** The server accepts one change at a time (ServerIsBusy otherwise), so each child waits for the one before. */
  private lastServerChange?: TerraformResource;

  constructor(scope: Construct, id: string, props: PostgreSqlFlexibleServerProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "postgresqlFlexibleServer", props);
    const backupRetentionDays = props.backupRetentionDays ?? 7;
    assertNoViolations(where, postgreSqlSizingViolations({ sku: props.sku, highAvailability: props.highAvailability, backupRetentionDays }));
    const burstable = isBurstablePostgreSqlSku(props.sku);
    const version = props.version ?? "16";
    check(POSTGRESQL_VERSIONS.includes(version), where, "version", version, `must be one of ${POSTGRESQL_VERSIONS.join(", ")}`);
    const storageMb = props.storageMb ?? 32768;
    check(POSTGRESQL_STORAGE_MB.includes(storageMb), where, "storageMb", storageMb, `must be one of ${POSTGRESQL_STORAGE_MB.join(", ")}`);
    const administratorLogin = props.administratorLogin ?? "psqladmin";
    const loginOk = IDENTIFIER.test(administratorLogin) && !administratorLogin.startsWith("pg_") && !RESERVED_LOGINS.includes(administratorLogin.toLowerCase());
    check(loginOk, where, "administratorLogin", administratorLogin, `must be ${IDENTIFIER_RULE}, not start with pg_ and not be one of ${RESERVED_LOGINS.join(", ")}`);
    const window = props.maintenanceWindow ?? { dayOfWeek: 0, startHour: 2 };
    const startMinute = window.startMinute ?? 0;
    const windowOk = isWholeNumberIn(window.dayOfWeek, 0, 6) && isWholeNumberIn(window.startHour, 0, 23) && isWholeNumberIn(startMinute, 0, 59);
    check(windowOk, where, "maintenanceWindow", window, "must have dayOfWeek 0-6 (0 = Sunday), startHour 0-23 and startMinute 0-59");
    check(!!props.delegatedSubnetId === !!props.privateDnsZoneId, where, "privateDnsZoneId", props.privateDnsZoneId, "must be set exactly when delegatedSubnetId is: a VNet-integrated server resolves through its private DNS zone");
    const pgBouncer = props.pgBouncer ?? !burstable;
    check(!(pgBouncer && burstable), where, "pgBouncer", pgBouncer, `must be false on the Burstable SKU ${props.sku}: Azure's built-in PgBouncer needs General Purpose or Memory Optimized`);
    const poolSize = props.pgBouncerDefaultPoolSize ?? DEFAULT_POOL_SIZE;
    check(isWholeNumberIn(poolSize, 1, 4950), where, "pgBouncerDefaultPoolSize", poolSize, "must be a whole number, 1-4950");
    const parameters = { ...defaultParameters(pgBouncer, poolSize), ...props.parameters };
    checkTransportParameters(where, parameters);

    const secretName = props.passwordSecretName ?? `${props.workload ?? kebab(id)}-postgres-admin-password`;
    // Named by the secret, which is unique in the vault, so servers sharing a vault never clash.
    const generated = props.keyVault.addGeneratedSecret(secretName, {
      name: secretName,
      contentType: "password",
      // Letters and digits only: safe in connection URIs without escaping; 32 of them are ~190 bits.
      special: false,
      // Azure wants three of upper, lower, digit and symbol; the minimums guarantee it.
      minimums: { upper: 1, lower: 1, numeric: 1 },
    });

    this.resourceGroup = props.resourceGroup;
    this.sku = props.sku;
    this.version = version;
    this.storageMb = storageMb;
    this.tenantId = props.tenantId;
    this.administratorLogin = administratorLogin;
    this.passwordSecret = generated.secret;
    this.delegatedSubnetId = props.delegatedSubnetId;
    this.resource = new AzPostgresqlFlexibleServer(this, "server", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      skuName: props.sku,
      version,
      storageMb,
      zone: props.zone,
      highAvailability: props.highAvailability && { mode: props.highAvailability },
      backupRetentionDays,
      geoRedundantBackupEnabled: props.geoRedundantBackup ?? false,
      publicNetworkAccessEnabled: false,
      delegatedSubnetId: props.delegatedSubnetId,
      privateDnsZoneId: props.privateDnsZoneId,
      authentication: { activeDirectoryAuthEnabled: true, passwordAuthEnabled: true, tenantId: props.tenantId },
      administratorLogin,
      // Write-only, from the same ephemeral draw as the vault secret and with its version: never in state.
      administratorPasswordWo: generated.password.value,
      administratorPasswordWoVersion: generated.password.version,
      maintenanceWindow: { dayOfWeek: window.dayOfWeek, startHour: window.startHour, startMinute },
      // After a failover Azure swaps the zones; without this the next apply would try to swap them back.
      lifecycle: props.highAvailability ? { ignoreChanges: ["zone", "high_availability[0].standby_availability_zone"] } : undefined,
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.fqdn = this.resource.fqdn;

    if (props.entraAdmin) {
      this.lastServerChange = new PostgresqlFlexibleServerActiveDirectoryAdministrator(this, "entra-admin", {
        serverName: this.name,
        resourceGroupName: props.resourceGroup.name,
        tenantId: props.tenantId,
        objectId: props.entraAdmin.principalId,
        principalName: props.entraAdmin.principalName,
        principalType: props.entraAdmin.principalType ?? "ServicePrincipal",
      });
    }
    this.lastServerChange = addServerParameters(this, this.id, parameters, this.lastServerChange);
    props.databases?.forEach((database) => this.addDatabase(database));
    this.initCapabilities(props);
  }

  /** Adds a UTF8 database with the en_US.utf8 collation. */
  public addDatabase(name: string): PostgresqlFlexibleServerDatabase {
    const where = this.node.path;
    check(IDENTIFIER.test(name), where, "databases", name, `must be ${IDENTIFIER_RULE}`);
    check(!RESERVED_DATABASES.includes(name.toLowerCase()), where, "databases", name, `must not be one of Azure's own databases (${RESERVED_DATABASES.join(", ")})`);
    check(!(name in this.databaseIds), where, "databases", name, "must be unique");
    const database = new PostgresqlFlexibleServerDatabase(this, `database-${name}`, {
      name,
      serverId: this.id,
      charset: "UTF8",
      collation: "en_US.utf8",
      dependsOn: this.afterLastServerChange(),
    });
    this.addDataChild(database);
    this.lastServerChange = database;
    this.databaseIds[name] = database.id;
    return database;
  }

  /** A server in a delegated subnet is reached through the VNet; Azure takes no private endpoint then. */
  public addPrivateEndpoint(options: PrivateEndpointOptions): PrivateEndpoint {
    check(!this.delegatedSubnetId, this.node.path, "delegatedSubnetId", this.delegatedSubnetId, "must be unset to add a private endpoint: a server is reached through VNet integration or private endpoints, not both");
    return super.addPrivateEndpoint(options);
  }


  /**
   * Makes a change to the server declared elsewhere (a replica being created from it) wait for the
   * server's last change, and the next change wait for it: the server takes one at a time.
   */
  public serializeChange(change: TerraformResource): void {
    waitFor([change], this.afterLastServerChange() ?? []);
    this.lastServerChange = change;
  }

  private afterLastServerChange(): TerraformResource[] | undefined {
    return this.lastServerChange && [this.lastServerChange];
  }
}

/** The server parameters of a server or replica, one after the other (a server takes one change at a time). Returns the last. */
export function addServerParameters(scope: Construct, serverId: string, parameters: Record<string, string>, after?: TerraformResource): TerraformResource | undefined {
  let last = after;
  for (const [parameter, value] of Object.entries(parameters)) {
    last = new PostgresqlFlexibleServerConfiguration(scope, `parameter-${kebab(parameter)}`, { name: parameter, value, serverId, dependsOn: last && [last] });
  }
  return last;
}

/** TLS only, connection logging and throttling of repeated failed logins, and PgBouncer where available. */
export function defaultParameters(pgBouncer: boolean, poolSize: number): Record<string, string> {
  return {
    require_secure_transport: "on",
    ssl_min_protocol_version: "TLSv1.2",
    log_connections: "on",
    log_disconnections: "on",
    "connection_throttle.enable": "on",
    ...(pgBouncer && {
      "pgbouncer.enabled": "true",
      "pgbouncer.default_pool_size": String(poolSize),
      // Transaction pooling serves many short app connections with few server connections.
      "pgbouncer.pool_mode": "transaction",
    }),
  };
}

/** Extra parameters may tune anything but must not weaken transport security. */
function checkTransportParameters(where: string, parameters: Record<string, string>): void {
  const secureTransport = parameters.require_secure_transport;
  check(secureTransport.toLowerCase() === "on", where, "parameters.require_secure_transport", secureTransport, "must be on: clients connect over TLS only");
  const minTls = parameters.ssl_min_protocol_version;
  check(["TLSv1.2", "TLSv1.3"].includes(minTls), where, "parameters.ssl_min_protocol_version", minTls, "must be TLSv1.2 or TLSv1.3");
}

