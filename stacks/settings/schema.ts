import { z } from "zod";
import { GUID_PATTERN } from "../../constructs/core/errors";
import { KAFKA_CLUSTER_TYPES } from "../../constructs/data/kafka-rules";
import { FUNCTION_RUNTIMES, FunctionRuntimeStack } from "../../constructs/compute/function-app";
import { COGNITIVE_ACCOUNT_KINDS, COGNITIVE_ACCOUNT_SKUS } from "../../constructs/data/cognitive-account";
import { SIGNALR_SKUS, SignalRSkuName } from "../../constructs/data/signalr-service";

/** Azure regions the estate may use, with the short code names carry (`we` in `abs-rg-we-prod`). */
export const REGION_CODES = {
  westeurope: "we",
  northeurope: "ne",
  germanywestcentral: "gwc",
  swedencentral: "sdc",
  francecentral: "frc",
  uksouth: "uks",
  ukwest: "ukw",
  eastus: "eus",
  eastus2: "eus2",
  westus3: "wus3",
} as const;

export type Location = keyof typeof REGION_CODES;

/** The data services the DR report and the recovery settings speak of. */
export const DATA_SERVICES = ["postgres", "sql", "cosmos", "storage", "registry", "cache"] as const;
export type DataService = (typeof DATA_SERVICES)[number];

/** The network segments of seed 002, plus AKS nodes and API Management [001]; every environment has all of them. */
export const SUBNET_ROLES = ["gateway", "app", "data", "management", "containers", "privateEndpoints", "aks", "apim"] as const;
export type SubnetRole = (typeof SUBNET_ROLES)[number];

/** Patterns an environment can contain; later seed systems add theirs here. */
export const PATTERNS = ["foundation", "sharedBackend", "webApp", "erp", "metaverse"] as const;
export type Pattern = (typeof PATTERNS)[number];

const guid = z.string().regex(GUID_PATTERN, "must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)");
const location = z.enum(Object.keys(REGION_CODES) as [Location, ...Location[]]);
/** Lower-case letters and digits, starting with a letter: safe inside every generated name. */
const nameToken = (max: number) =>
  z.string().regex(new RegExp(`^[a-z][a-z0-9]{1,${max - 1}}$`), `must be 2-${max} lower-case letters or digits, starting with a letter`);
const cidrText = z.string().min(1, "must be an IPv4 CIDR such as 10.10.0.0/16");

export const REPLICATION_TYPES = ["LRS", "ZRS", "GRS", "RAGRS", "GZRS", "RAGZRS"] as const;
/** Replication types that keep a copy in the paired region (seed 002: geo-redundant backups). */
export const GEO_REDUNDANT = ["GRS", "RAGRS", "GZRS", "RAGZRS"] as const;

const tags = z.strictObject({
  /** Workload tag of resources outside any pattern. */
  workload: z.string().min(1, "must not be empty"),
  costCenter: z.string().min(1, "must not be empty"),
  owner: z.string().min(1, "must not be empty"),
});

const stateEncryptionKey = z.discriminatedUnion("keyProvider", [
  /** A key in the state Key Vault (OpenTofu `azure_vault` key provider). */
  z.strictObject({
    keyProvider: z.literal("azure_vault"),
    // Also the key provider's label in the encryption block, so it starts with a letter.
    keyName: z.string().regex(/^[A-Za-z][A-Za-z0-9-]{0,126}$/, "must be 1-127 letters, digits or '-', starting with a letter (Key Vault key name)"),
  }),
  /** A passphrase from a sensitive variable (OpenTofu `pbkdf2` key provider). */
  z.strictObject({ keyProvider: z.literal("pbkdf2") }),
]);

const zone = z.enum(["1", "2", "3"]);
const wholeNumber = (min: number, max: number) =>
  z.number().int("must be a whole number").min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

const kafkaBinding = z.strictObject({
  role: z.enum(["DeveloperRead", "DeveloperWrite", "DeveloperManage", "ResourceOwner"]),
  /** A topic name, a prefix ending in `*`, or `*` for all; exactly one of topic and group. */
  topic: z.string().optional(),
  group: z.string().optional(),
});

/** The cache services a pattern can use; Azure Managed Redis is the default (see CacheSettings). */
export const CACHE_KINDS = ["managedRedis", "cacheForRedis"] as const;
export type CacheKind = (typeof CACHE_KINDS)[number];

/**
 * A pattern's cache: which service and its size. `managedRedis` (Azure Managed Redis) is what every tenant
 * can create; `cacheForRedis` (Azure Cache for Redis) is closed to tenants without a cache since 2026-04-01
 * and retires on 2028-09-30, so it is for estates that already run one. The SKU rules of each kind are
 * checked semantically (redis-sku.ts), so errors name what each size offers.
 */
const redisSize = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({
      kind: z.literal("managedRedis"),
      /** `<tier>_<size>`, e.g. `Balanced_B1`. */
      sku: z.string(),
      /** A replica on another node (and zone); off only for development. */
      highAvailability: z.boolean(),
      /** Accepted only to be refused with the rule: Azure Managed Redis places its nodes itself. */
      zones: z.array(zone).optional(),
    }),
    z.strictObject({
      kind: z.literal("cacheForRedis"),
      sku: z.enum(["Basic", "Standard", "Premium"]),
      family: z.enum(["C", "P"]),
      capacity: z.number(),
      zones: z.array(zone).optional(),
    }),
  ],
  { error: `must be one of ${CACHE_KINDS.join(", ")}: the cache services the patterns can use (Azure Managed Redis, or Azure Cache for Redis for tenants that still have one)` },
);
export type CacheSettings = z.infer<typeof redisSize>;

/** Seed 000's shared backend: sizes and switches per environment (the pattern holds the fixed rules). */
const sharedBackendSchema = z.strictObject({
  redis: redisSize,
  registry: z.strictObject({
    zoneRedundancy: z.boolean(),
    /** Days untagged manifests are kept. */
    untaggedRetentionDays: wholeNumber(0, 365),
  }),
  containerApps: z.strictObject({
    /** No public ingress endpoint: apps are reached from the VNet only. */
    internalLoadBalancer: z.boolean(),
    zoneRedundancy: z.boolean(),
  }),
  kafka: z.strictObject({
    clusterType: z.enum(KAFKA_CLUSTER_TYPES),
    availability: z.enum(["SINGLE_ZONE", "MULTI_ZONE", "LOW", "HIGH"]),
    /** Confluent units, dedicated clusters only. */
    cku: z.number().optional(),
    topics: z.array(
      z.strictObject({
        name: z.string(),
        partitions: z.number(),
        retentionMs: z.number().optional(),
        cleanupPolicy: z.enum(["delete", "compact", "delete,compact"]).optional(),
      }),
    ),
    /** Application principals with their role bindings; each gets an API key kept in Key Vault. */
    serviceAccounts: z.array(
      z.strictObject({
        name: z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, "must be 1-40 lower-case letters, digits or '-', starting with a letter"),
        description: z.string().min(1, "must not be empty"),
        bindings: z.array(kafkaBinding).min(1, "must grant at least one role"),
      }),
    ),
  }),
  metricsCollector: z.strictObject({
    /** OpenTelemetry Collector (contrib) release, pulled through the registry's cache of Docker Hub. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a release version such as 0.115.1"),
    /** How often Confluent's metrics export is scraped; it aggregates per minute. */
    scrapeIntervalSeconds: wholeNumber(60, 600),
  }),
  /**
   * Defender for Containers (registry vulnerability scanning) is a subscription-wide setting: exactly
   * one environment per subscription may turn it on.
   */
  defenderForContainers: z.boolean(),
  flowLogs: z.strictObject({
    retentionDays: wholeNumber(1, 365),
    trafficAnalyticsIntervalMinutes: z.union([z.literal(10), z.literal(60)], { error: "must be 10 or 60 (minutes)" }),
  }),
});

/** Seed 003's web application template: sizes per environment (the pattern holds the fixed rules). */
const webAppSchema = z.strictObject({
  /** App Service plan SKU (Linux): Premium v3, since the app integrates with the VNet (autoscale needs Standard or higher anyway). */
  planSku: z.string().min(1, "must not be empty"),
  /** Spread instances over availability zones (Premium v3, at least 2 instances). */
  zoneBalancing: z.boolean(),
  /** Instance counts the autoscale setting moves between [003: +1 at CPU > 70 % for 5 min, -1 at < 30 % for 10 min]. */
  autoscale: z.strictObject({ minimum: z.number(), maximum: z.number() }),
  /** `repository:tag` of the app's image in the registry. */
  image: z.string().min(1, "must not be empty"),
  healthCheckPath: z.string().regex(/^\//, "must be an absolute path such as /health"),
  /**
   * Registry the image comes from, when the environment has no shared backend (whose registry is used
   * otherwise): an ARM id.
   */
  registryId: z.string().optional(),
  postgres: z.strictObject({
    sku: z.string().min(1, "must not be empty"),
    highAvailability: z.enum(["ZoneRedundant", "SameZone"]).optional(),
    backupRetentionDays: z.number(),
    geoRedundantBackup: z.boolean(),
  }),
  redis: redisSize,
  serviceBus: z.strictObject({
    sku: z.enum(["Standard", "Premium"]),
    /** Premium messaging units. */
    capacity: z.number().optional(),
  }),
});

/** One ERP microservice [004]: a container app on the shared backend's environment. */
const erpService = z.strictObject({
  /** Container app workload name and, unless `daprAppId` says otherwise, its Dapr app id. */
  name: z.string(),
  /** @default `name` */
  daprAppId: z.string().optional(),
  /** `repository:tag` in the shared registry. */
  image: z.string().min(1, "must not be empty"),
  /** Reachable from the internet (only the API gateway [004]) or only inside the environment. */
  ingress: z.enum(["external", "internal"]),
  /** Port the service listens on. */
  targetPort: z.number(),
  /** The SQL database the service owns; its connection string is in Key Vault and App Configuration. */
  database: z.string().optional(),
  /** Overrides of `erp.sizing` for this service. */
  cpu: z.number().optional(),
  memory: z.string().optional(),
  minReplicas: z.number().optional(),
  maxReplicas: z.number().optional(),
});

/** Seed 004's ERP microservices: the services as data, and sizes per environment. */
const erpSchema = z.strictObject({
  services: z.array(erpService).min(1, "must list at least one service"),
  /** Size and replica range of every service unless it overrides them [004: 0.5 vCPU, 1 Gi, 1-10]. */
  sizing: z.strictObject({ cpu: z.number(), memory: z.string(), minReplicas: z.number(), maxReplicas: z.number() }),
  /** Concurrent HTTP requests per replica before another is added. */
  httpConcurrency: z.number(),
  /**
   * Public image (`host/repository:tag`, serving on the services' target port) the services are created with,
   * because the shared registry the same apply creates is still empty; the delivery pipeline then pushes and
   * deploys each service's `image` and owns it (later image changes are ignored). Unset: the services are
   * created with `image`, which the registry must already hold (an environment whose registry is filled).
   */
  placeholderImage: z.string().optional(),
  /** ASPNETCORE_ENVIRONMENT of the services, also an App Configuration key. */
  aspnetcoreEnvironment: z.enum(["Development", "Staging", "Production"]),
  /** Logging__LogLevel__Default. */
  logLevel: z.enum(["Trace", "Debug", "Information", "Warning", "Error", "Critical", "None"]),
  /** OpenTelemetry__Enabled. */
  openTelemetry: z.boolean(),
  jwt: z.strictObject({ issuer: z.string().min(1, "must not be empty"), audience: z.string().min(1, "must not be empty") }),
  /** CORS origin of the web frontend (Frontend:Origin). */
  frontendOrigin: z.string().regex(/^https:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, "must be an origin: https://, a host name and an optional port, no path (browsers compare origins exactly)"),
  sql: z.strictObject({
    /**
     * The Entra ID group administering the server [004: Azure AD + SQL auth]; set it per deployment in
     * the overrides file. Without it the principal running OpenTofu administers the server.
     */
    entraAdmin: z.strictObject({ login: z.string().min(1, "must not be empty"), objectId: guid }).optional(),
    /** Size and backups of each of the services' databases. */
    database: z.strictObject({
      sku: z.string().min(1, "must not be empty"),
      maxSizeGb: z.number().optional(),
      zoneRedundant: z.boolean().optional(),
      backupStorageRedundancy: z.enum(["Local", "Zone", "Geo", "GeoZone"]),
      /** Point-in-time restore window. */
      shortTermRetentionDays: z.number(),
      /** ISO 8601 durations (P4W, P12M, P5Y) of weekly, monthly and yearly backups kept. */
      longTermRetention: z
        .strictObject({ weekly: z.string().optional(), monthly: z.string().optional(), yearly: z.string().optional(), weekOfYear: z.number().optional() })
        .optional(),
    }),
  }),
  redis: redisSize,
  /**
   * Also grant each service Key Vault Secrets User on exactly the secrets its App Configuration keys
   * reference (the JWT key, Redis, its own database). Seed 004's RBAC table gives that right only to the
   * store's identity, but Azure's App Configuration providers resolve Key Vault references on the client,
   * with the service's own identity: without this the services cannot read those keys.
   */
  servicesReadReferencedSecrets: z.boolean(),
  alerts: z.strictObject({
    /** Alert when more than this share (%) of a service's requests answer 5xx in 5 minutes. */
    serverErrorPercent: z.number().positive("must be greater than 0").max(100, "must be at most 100"),
    /** Alert when a service's replicas restart more than this often in 15 minutes. */
    restarts: wholeNumber(0, 1000),
  }),
});

/** A switch for one of seed 001's additional services: on by default in every environment. */
const serviceSwitch = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ enabled: z.boolean(), ...shape });

/** Seed 001's metaverse platform: sizes per environment and a switch per additional service. */
const metaverseSchema = z.strictObject({
  aks: z.strictObject({
    /** `<major>.<minor>` (the patch follows the upgrade channel) or `<major>.<minor>.<patch>`. */
    kubernetesVersion: z.string(),
    skuTier: z.enum(["Free", "Standard"]),
    /** Entra ID groups that administer the cluster; without them the deploying principal does. */
    adminGroupObjectIds: z.array(guid).optional(),
    /** Public API server restricted to these ranges; without them the API server is private. */
    apiServerAuthorizedRanges: z.array(cidrText).optional(),
    systemPool: z.strictObject({ vmSize: z.string().min(1, "must not be empty"), nodeCount: z.number() }),
    userPool: z.strictObject({ vmSize: z.string().min(1, "must not be empty"), minCount: z.number(), maxCount: z.number() }),
    zones: z.array(zone).optional(),
  }),
  /** Cosmos DB (NoSQL) is the seed's primary database; Azure SQL is its alternative. */
  database: z.enum(["cosmos", "sql"]),
  cosmos: z.strictObject({
    /**
     * Default consistency. It bounds what a regional failover loses (Microsoft, "High availability in
     * Azure Cosmos DB"): Strong nothing, BoundedStaleness its 300 s window, the others up to 15 minutes.
     * @default "Session"
     */
    consistencyLevel: z.enum(["Strong", "BoundedStaleness", "Session", "ConsistentPrefix", "Eventual"]).optional(),
    backup: z.enum(["Continuous7Days", "Continuous30Days"]),
    zoneRedundant: z.boolean(),
    /** Databases and containers as data; every container needs a partition key. */
    databases: z.array(
      z.strictObject({
        name: z.string(),
        containers: z.array(z.strictObject({ name: z.string(), partitionKeyPaths: z.array(z.string()), defaultTtlSeconds: z.number().optional() })),
      }),
    ),
  }),
  /** The SQL alternative: one database of this size (with `database: "sql"`). */
  sql: z.strictObject({
    database: z.strictObject({
      sku: z.string().min(1, "must not be empty"),
      zoneRedundant: z.boolean().optional(),
      backupStorageRedundancy: z.enum(["Local", "Zone", "Geo", "GeoZone"]),
      shortTermRetentionDays: z.number(),
    }),
  }),
  redis: redisSize,
  assets: z.strictObject({
    /**
     * Premium only: it alone reaches a storage account that accepts no public traffic (Private Link);
     * Standard would need the account open to the internet.
     */
    frontDoorSku: z.enum(["Premium_AzureFrontDoor"]),
    /** Blob containers served through Front Door, each at `/<name>/*` [001: VR assets, media, user content]. */
    containers: z.array(z.string()).min(1, "must list at least one container"),
    /**
     * Containers anyone may read through Front Door (public content). The others need a SAS in the URL
     * (issued by the app), and Front Door caches them per URL.
     */
    anonymousReadContainers: z.array(z.string()),
    /** Seconds Front Door caches assets. */
    cacheDurationSeconds: z.number(),
  }),
  apiManagement: serviceSwitch({
    /** `Developer_1` outside prod, `Premium_<units>` in prod: the tiers that join a VNet. */
    sku: z.string(),
    publisherName: z.string().min(1, "must not be empty"),
    publisherEmail: z.email("must be an e-mail address"),
  }),
  signalR: serviceSwitch({ sku: z.enum(Object.keys(SIGNALR_SKUS) as [SignalRSkuName, ...SignalRSkuName[]]), capacity: z.number() }),
  cognitive: serviceSwitch({ kind: z.enum(COGNITIVE_ACCOUNT_KINDS), sku: z.enum(COGNITIVE_ACCOUNT_SKUS) }),
  functions: serviceSwitch({
    /** Elastic Premium plan (VNet integration, private endpoints). */
    sku: z.enum(["EP1", "EP2", "EP3"]),
    minimumInstances: z.number(),
    maximumInstances: z.number(),
    /** The functions' language, e.g. node 22. */
    runtime: z.strictObject({ stack: z.enum(Object.keys(FUNCTION_RUNTIMES) as [FunctionRuntimeStack, ...FunctionRuntimeStack[]]), version: z.string() }),
  }),
});

const minutes = z.number().positive("must be greater than 0");

/**
 * Disaster recovery [003: RPO 5 min, RTO 1 h, read replicas for reporting, async multi-region
 * replication with a manual failover of 5-15 minutes; 002: cross-region recovery plans]. Each data
 * service has a recovery mode; `npm run --silent dr -- --stack <env>` reports what each achieves.
 */
const recoverySchema = z.strictObject({
  /**
   * Where the secondaries live: Azure's pair of `location` (westeurope pairs with northeurope), or any
   * other region of PAIRED_REGIONS that offers what the modes need.
   */
  pairedRegion: location,
  /**
   * The RPO and RTO every data service must achieve in this environment (seed 003: 5 and 60 minutes).
   * A mode that cannot stops validation. Unset: nothing is demanded, the DR report only informs.
   */
  targets: z.strictObject({ rpoMinutes: minutes, rtoMinutes: minutes }).optional(),
  /**
   * Targets relaxed for one service, with the reason (shown by the DR report): for a service no Azure
   * option meets the targets with.
   */
  exceptions: z
    .partialRecord(z.enum(DATA_SERVICES), z.strictObject({ rpoMinutes: minutes.optional(), rtoMinutes: minutes.optional(), reason: z.string().min(20, "must explain the exception in 20 characters or more") }))
    .optional(),
  postgres: z.strictObject({
    /** A read replica in the primary region for reporting queries [003: read replicas for reporting, staging+]. */
    reportingReplica: z.boolean(),
    /**
     * `geo-backup`: restore the geo-redundant backup in the paired region (needs webApp.postgres.geoRedundantBackup);
     * `geo-replica`: a promotable replica in the paired region behind virtual endpoints (one host name).
     */
    mode: z.enum(["none", "geo-backup", "geo-replica"]),
    /** Alert when a replica lags more than this: the RPO the DR report counts on for a replica. */
    replicationLagAlertSeconds: wholeNumber(1, 3600),
  }),
  sql: z.strictObject({
    /** `geo-backup`: geo-restore (needs Geo or GeoZone backups); `failover-group`: a secondary server in the paired region. */
    mode: z.enum(["none", "geo-backup", "failover-group"]),
    /** Minutes Azure waits before an automatic failover with data loss (failover-group): whole hours, 60 or more. */
    graceMinutes: z.number(),
  }),
  cosmos: z.strictObject({
    /** `multi-region`: a read region in pairedRegion with service-managed failover. */
    mode: z.enum(["single-region", "multi-region"]),
  }),
  registry: z.strictObject({
    /** `geo-replicated`: a replica in pairedRegion (Premium). */
    mode: z.enum(["single-region", "geo-replicated"]),
  }),
  /**
   * The secondary region's network: a VNet with a private-endpoint subnet, peered with the hub and the
   * primary network. Required by the postgres geo-replica and the SQL failover group.
   */
  secondaryNetwork: z.strictObject({ addressSpace: cidrText, privateEndpoints: cidrText }).optional(),
});

export const environmentSchema = z.strictObject({
  /** Stack id and the `<env>` of every name: dev, staging, prod. */
  name: nameToken(8),
  /** Organisation prefix of every name. */
  prefix: nameToken(5),
  location,
  /** Subscription the stack deploys to; when absent the provider reads ARM_SUBSCRIPTION_ID. */
  subscriptionId: guid.optional(),
  tags,
  network: z.strictObject({
    addressSpace: cidrText,
    subnets: z.strictObject(Object.fromEntries(SUBNET_ROLES.map((r) => [r, cidrText])) as Record<SubnetRole, typeof cidrText>),
  }),
  storage: z.strictObject({ replication: z.enum(REPLICATION_TYPES) }),
  logAnalytics: z.strictObject({
    sku: z.enum(["PerGB2018", "CapacityReservation"]),
    retentionDays: z.number().int().min(30, "must be at least 30").max(730, "must be at most 730"),
  }),
  monitoring: z.strictObject({
    /** Who the action group emails. */
    alertEmails: z.array(z.email("must be an e-mail address")).min(1, "must name at least one address"),
  }),
  compute: z.strictObject({
    /** Size of the management scale set's VMs. */
    vmSize: z.string().min(1, "must not be empty"),
    instances: z.number().int().min(0, "must be 0 or more").max(10, "must be at most 10 for the management tier"),
    zones: z.array(zone).optional(),
  }),
  /** Monthly budget in USD (used by the cost patterns). */
  budgetUsd: z.number().positive("must be greater than 0"),
  /**
   * First day the budget counts, the first of a month (Azure's rule). Azure refuses a new budget that
   * starts before the current month; changes after creation are ignored (the argument forces a new budget).
   * Unset (the default): the first of the month the budget is created in, derived at apply time.
   */
  budgetStartDate: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-01T00:00:00Z$/, "must be the first of a month at midnight UTC, e.g. 2026-11-01T00:00:00Z").optional(),
  ddosProtection: z.boolean(),
  /** prevent_destroy plus a CanNotDelete lock on every stateful resource. */
  protectStatefulResources: z.boolean(),
  stateEncryption: z.strictObject({
    enabled: z.boolean(),
    key: stateEncryptionKey,
    /** The previous key while rotating: OpenTofu reads with it and writes with `key`. */
    fallback: stateEncryptionKey.optional(),
  }),
  patterns: z.array(z.enum(PATTERNS)),
  recovery: recoverySchema,
  /** Required when `patterns` includes sharedBackend. */
  sharedBackend: sharedBackendSchema.optional(),
  /** Required when `patterns` includes webApp. */
  webApp: webAppSchema.optional(),
  /** Required when `patterns` includes erp. */
  erp: erpSchema.optional(),
  /** Required when `patterns` includes metaverse. */
  metaverse: metaverseSchema.optional(),
});

export const stateSchema = z.strictObject({
  prefix: nameToken(5),
  location,
  /** The `<env>` part of the state resources' names. */
  name: nameToken(8),
  subscriptionId: guid.optional(),
  tags,
  /** Must keep a copy in the paired region: losing state means losing track of the estate. */
  replication: z.enum(GEO_REDUNDANT),
  /**
   * How OpenTofu reaches the state storage and vault: `allowed-ranges` admits only `allowedIpRanges`
   * through their firewalls; `any-network` (for hosted CI runners without fixed egress IPs) leaves
   * Entra ID RBAC as the only gate (shared keys are off either way); `private` closes the public
   * endpoints once the pipeline reaches both through the hub's private endpoints (after bootstrap).
   */
  networkAccess: z.enum(["allowed-ranges", "any-network", "private"]),
  /** Public egress ranges of the CI runners and operators (with `networkAccess: allowed-ranges`). */
  allowedIpRanges: z.array(cidrText),
  /** Principals (object ids) that run OpenTofu: Storage Blob Data Contributor and Key Vault Crypto User. */
  operatorObjectIds: z.array(guid).refine((ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length, "must not list a principal twice (Azure refuses a second identical role assignment)"),
  /** `local` until the state storage exists, then `remote` to keep this stack's own state in it. */
  backend: z.enum(["local", "remote"]),
});

/** A GitHub account: 1-39 letters, digits or single inner hyphens (GitHub's rule for user and organization names). */
export const GITHUB_OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** A GitHub repository name: 1-100 letters, digits, '.', '_' or '-', and not `.` or `..`. */
export const GITHUB_REPOSITORY = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,100}$/;

/**
 * The platform layer the bootstrap stack adds next to the state storage: the deployment hub network
 * with its private runners, the central privatelink zones, the pipeline identities and the regional
 * Network Watchers. Names and locations come from `state` (prefix, location, name, tags).
 */
export const platformSchema = z.strictObject({
  network: z.strictObject({
    /** The hub's address space; must not overlap any environment's (they are peered). */
    addressSpace: cidrText,
    subnets: z.strictObject({
      /** The runners' Container Apps environment (workload profiles): /27 or larger, delegated to it alone. */
      runners: cidrText,
      /** Private endpoints of the state storage and vault. */
      privateEndpoints: cidrText,
    }),
  }),
  /** The repository whose workflows deploy the estate: the federated credentials' subjects name it. */
  github: z.strictObject({
    owner: z.string().regex(GITHUB_OWNER, "must be a GitHub account name: 1-39 letters, digits or single inner hyphens"),
    repository: z.string().regex(GITHUB_REPOSITORY, "must be a GitHub repository name: 1-100 letters, digits, '.', '_' or '-' (not . or ..)"),
    /**
     * Numeric owner and repository ids, for repositories whose OIDC tokens carry immutable subjects
     * (`repo:<owner>@<ownerId>/<repo>@<repoId>:...`: created, renamed or transferred since 2026-07-15).
     * @default none: classic subjects `repo:<owner>/<repo>:...`
     */
    immutableIds: z.strictObject({ owner: wholeNumber(1, Number.MAX_SAFE_INTEGER), repository: wholeNumber(1, Number.MAX_SAFE_INTEGER) }).optional(),
  }),
  /** Ephemeral self-hosted runners: one Container Apps job execution per queued workflow job. */
  runners: z.strictObject({
    /** The label workflows select the runners by (`runs-on: [self-hosted, <label>]`). */
    label: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, "must be 1-64 letters, digits, '.', '_' or '-'"),
    /** `registry/repository:tag` of the runner image (GitHub's actions-runner image or one built on it). */
    image: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}(:\d+)?\/[a-z0-9._/-]+:[A-Za-z0-9._-]+$/, "must be a full image reference with a registry host and a pinned tag, e.g. ghcr.io/actions/actions-runner:2.336.0"),
    /** Most jobs running at once. */
    maxConcurrentJobs: wholeNumber(1, 100),
    /** vCPUs and memory of one runner (a Consumption profile pair, e.g. 2 and 4Gi). */
    cpu: z.number(),
    memory: z.string(),
    /** The longest a job may run before its replica is stopped. */
    jobTimeoutMinutes: wholeNumber(10, 1440),
    /**
     * Version of the registration token in Key Vault: raise it to write a new token (passed again in
     * TF_VAR_github_runner_token); the write-only value is sent only when this changes.
     */
    tokenVersion: wholeNumber(1, 1_000_000),
    /**
     * When the token expires, as GitHub shows it (RFC 3339, UTC): the Key Vault secret's expiration date,
     * so Key Vault raises its near-expiry event (30 days before) while there is time to renew it. Renewing:
     * a new token in TF_VAR_github_runner_token, `tokenVersion` raised and this date moved, one apply.
     */
    tokenExpiresOn: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T\d{2}:\d{2}:\d{2}Z$/, "must be an RFC 3339 UTC time such as 2027-01-31T00:00:00Z"),
  }),
  /**
   * One pipeline identity per environment, keyed by environment name: the GitHub environment its apply
   * jobs run in (the federated credential's subject).
   */
  pipelines: z.record(z.string(), z.strictObject({ githubEnvironment: z.string().regex(/^[A-Za-z0-9._ -]{1,255}$/, "must be a GitHub environment name (1-255 letters, digits, spaces, '.', '_' or '-')") })),
});

export const settingsSchema = z.strictObject({
  state: stateSchema,
  platform: platformSchema,
  environments: z.array(environmentSchema).min(1, "must define at least one environment"),
});

export type EnvironmentSettings = z.infer<typeof environmentSchema>;
export type StateSettings = z.infer<typeof stateSchema>;
export type PlatformSettings = z.infer<typeof platformSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type SharedBackendSettings = z.infer<typeof sharedBackendSchema>;
export type WebAppSettings = z.infer<typeof webAppSchema>;
export type ErpSettings = z.infer<typeof erpSchema>;
export type ErpServiceSettings = z.infer<typeof erpService>;
export type MetaverseSettings = z.infer<typeof metaverseSchema>;
export type RecoverySettings = z.infer<typeof recoverySchema>;
export type StateEncryptionKey = z.infer<typeof stateEncryptionKey>;
