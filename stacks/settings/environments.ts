// The seeds' cache sizes, as Microsoft maps them to Azure Managed Redis (CACHE_FOR_REDIS_TO_MANAGED).
import { managedRedisFor } from "../../constructs/data/redis-sku";
import type { EnvironmentSettings, ErpSettings, MetaverseSettings, PlatformSettings, RecoverySettings, Settings, SharedBackendSettings, StateSettings, WebAppSettings } from "./schema";

/**
 * The estate's settings: everything that differs between environments lives here (DESIGN.md's table,
 * sources in brackets). Validated by `validateSettings` before any stack is built.
 */

const common: Pick<EnvironmentSettings, "prefix" | "location" | "logAnalytics" | "monitoring" | "patterns"> = {
  prefix: "abs",
  location: "westeurope", // [000]
  logAnalytics: { sku: "PerGB2018", retentionDays: 30 }, // [004]
  monitoring: { alertEmails: ["platform-alerts@example.com"] },
  patterns: ["foundation", "sharedBackend", "webApp", "erp", "metaverse"],
};

const tags = (workload: string) => ({ workload, costCenter: "platform", owner: "platform-team" });

/** Subnets of one /16: the same layout in every environment so rules read the same everywhere. */
function subnets(secondOctet: number): EnvironmentSettings["network"] {
  const net = (third: number, bits: number) => `10.${secondOctet}.${third}.0/${bits}`;
  return {
    addressSpace: `10.${secondOctet}.0.0/16`,
    subnets: {
      gateway: net(0, 24), // DMZ: Application Gateway / Front Door origin
      app: net(1, 24),
      data: net(2, 24),
      management: net(3, 24),
      privateEndpoints: net(4, 24),
      containers: net(16, 21), // Container Apps: /23 minimum for consumption-only environments
      aks: net(8, 22), // AKS nodes (Azure CNI overlay: pods take addresses outside the VNet)
      apim: net(5, 27), // API Management in the VNet: /27 at least
    },
  };
}

/** Topics of the messaging backbone [000]; partitions per environment. */
const topics = (partitions: number): SharedBackendSettings["kafka"]["topics"] =>
  ["orders.events", "inventory.events", "billing.events", "notifications"].map((name) => ({ name, partitions }));

/** Shared backend [000] as prod runs it; dev and staging are sized down from here. */
const sharedBackend: SharedBackendSettings = {
  redis: managedRedisFor({ sku: "Standard", family: "C", capacity: 1 }), // [004: Standard, 1 GB, family C]
  registry: { zoneRedundancy: true, untaggedRetentionDays: 30 },
  containerApps: { internalLoadBalancer: true, zoneRedundancy: true },
  kafka: {
    clusterType: "standard",
    availability: "MULTI_ZONE",
    topics: topics(6),
    serviceAccounts: [
      { name: "app-producer", description: "Applications publishing events", bindings: [{ role: "DeveloperWrite", topic: "*" }] },
      {
        name: "app-consumer",
        description: "Applications consuming events",
        bindings: [
          { role: "DeveloperRead", topic: "*" },
          { role: "DeveloperRead", group: "*" },
        ],
      },
    ],
  },
  metricsCollector: { version: "0.115.1", scrapeIntervalSeconds: 60 },
  defenderForContainers: true,
  flowLogs: {
    retentionDays: 90,
    trafficAnalyticsIntervalMinutes: 10,
  },
};

/**
 * Smaller and single-zone outside prod; Defender stays with prod, which owns it for a shared
 * subscription. Kafka stays standard: a basic cluster cannot bind roles to topics or consumer groups.
 */
const sizedDown: SharedBackendSettings = {
  ...sharedBackend,
  registry: { zoneRedundancy: false, untaggedRetentionDays: 7 },
  // Internal everywhere: the internet reaches the estate only through the Application Gateway (policy AZ-CA-003).
  containerApps: { internalLoadBalancer: true, zoneRedundancy: false },
  kafka: { ...sharedBackend.kafka, availability: "SINGLE_ZONE", topics: topics(3) },
  defenderForContainers: false,
  flowLogs: { ...sharedBackend.flowLogs, retentionDays: 30, trafficAnalyticsIntervalMinutes: 60 },
};

/** Web application template [003] in dev: autoscale needs a Standard plan; Burstable database, Basic cache. */
const webAppDev: WebAppSettings = {
  // Premium v3, not S1: the app integrates with the VNet, which Standard plans support only on newer scale units.
  planSku: "P0v3",
  zoneBalancing: false,
  autoscale: { minimum: 1, maximum: 3 },
  image: "web/template:1.0.0",
  healthCheckPath: "/health",
  postgres: { sku: "B_Standard_B1ms", backupRetentionDays: 7, geoRedundantBackup: false }, // [003: B_Gen5_1, retired name]
  redis: managedRedisFor({ sku: "Basic", family: "C", capacity: 0 }),
  serviceBus: { sku: "Standard" },
};

/** The seven services of seed 004: the API gateway is the only one reachable from outside. */
const erpServices: ErpSettings["services"] = [
  { name: "api-gateway", image: "erp/api-gateway:1.0.0", ingress: "external", targetPort: 8080 },
  ...["auth", "billing", "inventory", "orders", "purchasing", "sales"].map((name) => ({
    name,
    image: `erp/${name}:1.0.0`,
    ingress: "internal" as const,
    targetPort: 8080,
    database: `${name[0].toUpperCase()}${name.slice(1)}DB`, // AuthDB ... SalesDB [004]
  })),
];

/** ERP microservices [004] in dev: the seed's sizes, the smallest database that holds a schema, no geo copies. */
const erpDev: ErpSettings = {
  services: erpServices,
  sizing: { cpu: 0.5, memory: "1Gi", minReplicas: 1, maxReplicas: 10 }, // [004]
  httpConcurrency: 50,
  // The first apply creates the shared registry empty; ASP.NET Core's sample serves on 8080 like the services.
  placeholderImage: "mcr.microsoft.com/dotnet/samples:aspnetapp",
  aspnetcoreEnvironment: "Development",
  logLevel: "Debug",
  openTelemetry: true,
  jwt: { issuer: "MyApp.Auth", audience: "MyApp.All" }, // [004]
  frontendOrigin: "https://erp.dev.example.com",
  sql: {
    // The Entra admin group is per deployment (ESTATE_SETTINGS_FILE); until set, the deployer administers.
    database: { sku: "Basic", backupStorageRedundancy: "Local", shortTermRetentionDays: 7 },
  },
  redis: managedRedisFor({ sku: "Standard", family: "C", capacity: 1 }), // [004: Standard, 1 GB, family C]
  servicesReadReferencedSecrets: false, // [004: RBAC exactly as its table]
  alerts: { serverErrorPercent: 5, restarts: 3 },
};

/**
 * Metaverse platform [001] in dev: one system node, a small autoscaling user pool, Developer API
 * Management, the smallest sizes of the rest; every additional service on.
 */
const metaverseDev: MetaverseSettings = {
  aks: {
    // 1.34 reached its AKS end of life in Nov 2026; 1.36 is supported until Jun 2027 (AKS_KUBERNETES_VERSIONS).
    kubernetesVersion: "1.36",
    skuTier: "Free",
    systemPool: { vmSize: "Standard_D2s_v5", nodeCount: 1 },
    userPool: { vmSize: "Standard_D4s_v5", minCount: 1, maxCount: 3 },
  },
  database: "cosmos",
  cosmos: {
    backup: "Continuous7Days",
    zoneRedundant: false,
    // [001: users, scenario templates, sessions, interactions]
    databases: [
      {
        name: "metaverse",
        containers: [
          { name: "users", partitionKeyPaths: ["/userId"] },
          { name: "scenario-templates", partitionKeyPaths: ["/templateId"] },
          { name: "sessions", partitionKeyPaths: ["/sessionId"], defaultTtlSeconds: 2592000 },
          { name: "interactions", partitionKeyPaths: ["/sessionId"] },
        ],
      },
    ],
  },
  sql: { database: { sku: "S0", backupStorageRedundancy: "Local", shortTermRetentionDays: 7 } },
  redis: managedRedisFor({ sku: "Basic", family: "C", capacity: 0 }),
  // Premium everywhere: only it reaches the storage account through Private Link, so assets stay private.
  // User content stays private: the app hands out SAS URLs for it.
  assets: { frontDoorSku: "Premium_AzureFrontDoor", containers: ["vr-assets", "media", "user-content"], anonymousReadContainers: ["vr-assets", "media"], cacheDurationSeconds: 86400 },
  apiManagement: { enabled: true, sku: "Developer_1", publisherName: "Platform team", publisherEmail: "platform-alerts@example.com" },
  signalR: { enabled: true, sku: "Standard_S1", capacity: 1 },
  cognitive: { enabled: true, kind: "CognitiveServices", sku: "S0" },
  functions: { enabled: true, sku: "EP1", minimumInstances: 1, maximumInstances: 3, runtime: { stack: "node", version: "22" } },
};

/**
 * Recovery in dev: backups only. The paired region is westeurope's pair [Azure region pairs], where
 * geo-redundant backups and storage already replicate.
 */
const recoveryDev: RecoverySettings = {
  pairedRegion: "northeurope",
  postgres: { reportingReplica: false, mode: "none", replicationLagAlertSeconds: 60 },
  sql: { mode: "none", graceMinutes: 60 },
  cosmos: { mode: "single-region" },
  registry: { mode: "single-region" },
};

export const dev: EnvironmentSettings = {
  ...common,
  name: "dev",
  tags: tags("platform"),
  network: subnets(10),
  storage: { replication: "LRS" },
  compute: { vmSize: "Standard_B2s", instances: 1 },
  budgetUsd: 400, // [003]
  ddosProtection: false,
  protectStatefulResources: false,
  stateEncryption: { enabled: true, key: { keyProvider: "azure_vault", keyName: "tofu-state-dev" } },
  recovery: recoveryDev,
  sharedBackend: sizedDown,
  webApp: webAppDev,
  erp: erpDev,
  metaverse: metaverseDev,
};

export const staging: EnvironmentSettings = {
  ...dev,
  name: "staging",
  network: subnets(20),
  storage: { replication: "ZRS" },
  compute: { vmSize: "Standard_D2s_v5", instances: 1 },
  budgetUsd: 800, // [003]
  protectStatefulResources: true,
  stateEncryption: { enabled: true, key: { keyProvider: "azure_vault", keyName: "tofu-state-staging" } },
  // [003: read replicas for reporting, staging+]
  recovery: { ...recoveryDev, postgres: { ...recoveryDev.postgres, reportingReplica: true } },
  sharedBackend: sizedDown,
  webApp: {
    ...webAppDev,
    planSku: "P0v3",
    autoscale: { minimum: 2, maximum: 20 }, // [003]
    postgres: { sku: "GP_Standard_D2s_v3", backupRetentionDays: 7, geoRedundantBackup: false }, // [003: GP_Gen5_2]
    redis: managedRedisFor({ sku: "Standard", family: "C", capacity: 1 }),
  },
  erp: {
    ...erpDev,
    aspnetcoreEnvironment: "Staging",
    logLevel: "Information",
    frontendOrigin: "https://erp.staging.example.com",
    sql: { ...erpDev.sql, database: { sku: "S1", backupStorageRedundancy: "Zone", shortTermRetentionDays: 14 } },
  },
  metaverse: {
    ...metaverseDev,
    aks: { ...metaverseDev.aks, skuTier: "Standard", systemPool: { vmSize: "Standard_D2s_v5", nodeCount: 2 }, userPool: { vmSize: "Standard_D4s_v5", minCount: 2, maxCount: 5 } },
    cosmos: { ...metaverseDev.cosmos, backup: "Continuous30Days" },
    redis: managedRedisFor({ sku: "Standard", family: "C", capacity: 1 }),
    functions: { ...metaverseDev.functions, maximumInstances: 10 },
  },
};

export const prod: EnvironmentSettings = {
  ...dev,
  name: "prod",
  network: subnets(30),
  // [002] geo-redundant; read access, so the data can be read from the paired region during an outage.
  storage: { replication: "RAGZRS" },
  compute: { vmSize: "Standard_D2s_v5", instances: 2, zones: ["1", "2", "3"] },
  budgetUsd: 3000, // [003]
  ddosProtection: true, // [001]
  protectStatefulResources: true,
  stateEncryption: { enabled: true, key: { keyProvider: "azure_vault", keyName: "tofu-state-prod" } },
  recovery: {
    pairedRegion: "northeurope",
    targets: { rpoMinutes: 5, rtoMinutes: 60 }, // [003]
    exceptions: {
      storage: {
        rpoMinutes: 15,
        reason: "Azure Storage replicates to the paired region asynchronously with an RPO typically under 15 minutes and no faster option; blobs are files and logs, the records of truth are in the databases.",
      },
    },
    // [003: read replicas for reporting; async multi-region replication, failover a 5-15 min manual process]
    postgres: { reportingReplica: true, mode: "geo-replica", replicationLagAlertSeconds: 60 },
    sql: { mode: "failover-group", graceMinutes: 60 },
    cosmos: { mode: "multi-region" },
    registry: { mode: "geo-replicated" },
    // Outside every environment's /16 and the hub's /22: it is peered with both.
    secondaryNetwork: { addressSpace: "10.31.0.0/24", privateEndpoints: "10.31.0.0/26" },
  },
  sharedBackend, // [000] is prod's script
  webApp: {
    ...webAppDev,
    planSku: "P1v3",
    zoneBalancing: true,
    autoscale: { minimum: 2, maximum: 20 }, // [003]
    // [003: GP_Gen5_4; multi-AZ, 35-day point-in-time restore, geo-redundant backups]
    postgres: { sku: "GP_Standard_D4s_v3", highAvailability: "ZoneRedundant", backupRetentionDays: 35, geoRedundantBackup: true },
    redis: managedRedisFor({ sku: "Premium", family: "P", capacity: 1 }), // [003: Premium P1, zones: a highly available cache spans the zones]
    serviceBus: { sku: "Premium", capacity: 1 },
  },
  erp: {
    ...erpDev,
    aspnetcoreEnvironment: "Production",
    logLevel: "Warning",
    frontendOrigin: "https://erp.example.com",
    sql: {
      ...erpDev.sql,
      // [004: 35-day point-in-time restore] plus weekly and monthly long-term copies, zone-redundant and geo-backed.
      database: {
        sku: "GP_Gen5_2",
        zoneRedundant: true,
        backupStorageRedundancy: "Geo",
        shortTermRetentionDays: 35,
        longTermRetention: { weekly: "P5W", monthly: "P12M" },
      },
    },
  },
  metaverse: {
    ...metaverseDev,
    aks: {
      ...metaverseDev.aks,
      skuTier: "Standard",
      systemPool: { vmSize: "Standard_D4s_v5", nodeCount: 3 },
      userPool: { vmSize: "Standard_D8s_v5", minCount: 3, maxCount: 20 },
      zones: ["1", "2", "3"],
    },
    // Bounded staleness (300 s, Azure's floor across regions) bounds what a regional failover loses to 5 minutes [003].
    cosmos: { ...metaverseDev.cosmos, consistencyLevel: "BoundedStaleness", backup: "Continuous30Days", zoneRedundant: true },
    sql: { database: { sku: "GP_Gen5_2", zoneRedundant: true, backupStorageRedundancy: "Geo", shortTermRetentionDays: 35 } },
    redis: managedRedisFor({ sku: "Premium", family: "P", capacity: 1 }), // [003: Premium P1, zones: a highly available cache spans the zones]
    apiManagement: { ...metaverseDev.apiManagement, sku: "Premium_1" }, // a production tier that joins the VNet
    signalR: { enabled: true, sku: "Premium_P1", capacity: 1 },
    functions: { ...metaverseDev.functions, sku: "EP2", minimumInstances: 2, maximumInstances: 20 },
  },
};

export const state: StateSettings = {
  prefix: common.prefix,
  location: common.location,
  name: "shared",
  tags: tags("tfstate"),
  replication: "RAGZRS",
  // GitHub-hosted runners have no fixed egress IPs; list ranges and switch to "allowed-ranges" where they do.
  networkAccess: "any-network",
  allowedIpRanges: [],
  operatorObjectIds: [],
  backend: "local",
};

/**
 * The deployment platform next to the state storage. The hub takes 10.0.0.0/22, outside every
 * environment's /16; its runners' subnet is a /24 so the Container Apps environment has room to scale
 * (a /27 is Azure's minimum with workload profiles). Owner and repository are per deployment: set them
 * in the overrides file (ESTATE_SETTINGS_FILE).
 */
export const platform: PlatformSettings = {
  network: { addressSpace: "10.0.0.0/22", subnets: { runners: "10.0.0.0/24", privateEndpoints: "10.0.1.0/26" } },
  github: { owner: "example-org", repository: "azure-estate" },
  runners: {
    label: "azure-estate",
    // GitHub's own runner image; the job's command registers an ephemeral runner (constructs/patterns/platform/github-runners.ts).
    image: "ghcr.io/actions/actions-runner:2.336.0",
    maxConcurrentJobs: 6,
    cpu: 2,
    memory: "4Gi",
    jobTimeoutMinutes: 180,
    tokenVersion: 1,
    // Fine-grained tokens live at most 366 days; set the date GitHub showed when the token was made.
    tokenExpiresOn: "2027-06-30T00:00:00Z",
  },
  pipelines: { dev: { githubEnvironment: "dev" }, staging: { githubEnvironment: "staging" }, prod: { githubEnvironment: "prod" } },
};

export const settings: Settings = { state, platform, environments: [dev, staging, prod] };
