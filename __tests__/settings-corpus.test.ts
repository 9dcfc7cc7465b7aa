import { ValidationErrors } from "../constructs/core/errors";
import { settings } from "../stacks/settings/environments";
import { applyOverrides, SettingsOverrides } from "../stacks/settings/load";
import type { Settings } from "../stacks/settings/schema";
import { validateSettings } from "../stacks/settings/validate";

/**
 * A corpus of mistakes people make when editing stacks/settings/environments.ts or the
 * ESTATE_SETTINGS_FILE overrides (issue 7): each one, applied alone to the defaults, must stop
 * validation with exactly these lines (environment, field, value, rule) — nothing more, nothing less.
 */

/** The messages validation reports for these settings (none when they are valid). */
function problemsOf(input: unknown): string[] {
  try {
    validateSettings(input);
  } catch (e) {
    if (e instanceof ValidationErrors) return e.message.split("\n").slice(1).map((l) => l.replace(/^ {2}- /, ""));
    throw e;
  }
  return [];
}

/** The defaults with an overrides file's content applied. */
const overridden = (overrides: SettingsOverrides) => () => applyOverrides(settings, overrides);
/** The defaults with one environment's overrides applied. */
const inEnvironment = (name: string, override: Record<string, unknown>) => overridden({ environments: { [name]: override } });
/** A deep copy of the defaults, edited as someone editing environments.ts would. */
const edited = (edit: (s: Settings) => void) => () => {
  const copy = structuredClone(settings);
  edit(copy);
  return copy;
};

/**
 * The defaults with environment `from` renamed to `to` (its pipeline identity entry too, as whoever
 * renames an environment renames its pipeline) and `change` applied to it.
 */
const renamed = (from: string, to: string, change: Record<string, unknown> = {}) =>
  edited((s) => {
    const env = s.environments.find((e) => e.name === from)!;
    Object.assign(env, change, { name: to });
    s.platform.pipelines = Object.fromEntries(Object.entries(s.platform.pipelines).map(([name, pipeline]) => (name === from ? [to, { githubEnvironment: to }] : [name, pipeline])));
  });

/** The ERP services of dev with service `i` changed. */
const services = settings.environments[0].erp!.services;
const withService = (i: number, change: Record<string, unknown>) => services.map((s, j) => (j === i ? { ...s, ...change } : s));

interface Mistake {
  /** The human mistake, as the test's name. */
  readonly mistake: string;
  /** The settings with the mistake in them. */
  readonly settings: () => unknown;
  /** Every line validation must report, in order. */
  readonly expected: readonly string[];
}

const SUBSCRIPTION = "11111111-1111-1111-1111-111111111111";
const ON_ANY_TOPIC = "needs a standard, enterprise or dedicated cluster: Confluent has no topic or group role bindings on a basic cluster";

const corpus: Mistake[] = [
  // Spelling and types.
  {
    mistake: "a setting name misspelt (retentionDay for retentionDays)",
    settings: inEnvironment("staging", { logAnalytics: { retentionDay: 60 } }),
    expected: ['environment staging: logAnalytics.retentionDay = "(unknown setting)": is not a known setting (check its spelling)'],
  },
  {
    mistake: "a pattern name written in the wrong case (webapp)",
    settings: inEnvironment("dev", { patterns: ["foundation", "sharedBackend", "webapp", "erp"] }),
    expected: ['environment dev: patterns.2 = "webapp": Invalid option: expected one of "foundation"|"sharedBackend"|"webApp"|"erp"|"metaverse"'],
  },
  {
    mistake: "a budget written as a string in the overrides file",
    settings: inEnvironment("dev", { budgetUsd: "400" }),
    expected: ['environment dev: budgetUsd = "400": expected number, received string'],
  },
  {
    mistake: "availability zones written as numbers",
    settings: inEnvironment("prod", { compute: { zones: [1, 2, 3] } }),
    expected: [
      'environment prod: compute.zones.0 = 1: Invalid option: expected one of "1"|"2"|"3"',
      'environment prod: compute.zones.1 = 2: Invalid option: expected one of "1"|"2"|"3"',
      'environment prod: compute.zones.2 = 3: Invalid option: expected one of "1"|"2"|"3"',
    ],
  },

  // Network.
  {
    mistake: "a subnet written with host bits set",
    settings: inEnvironment("dev", { network: { subnets: { data: "10.10.2.1/24" } } }),
    expected: ['environment dev: network.subnets.data = "10.10.2.1/24": host bits are set: the network address of /24 must be a multiple of 256'],
  },
  {
    mistake: "a subnet with a /33 prefix",
    settings: inEnvironment("staging", { network: { subnets: { management: "10.20.3.0/33" } } }),
    expected: ['environment staging: network.subnets.management = "10.20.3.0/33": the prefix length must be 0-32'],
  },
  {
    mistake: "a subnet written as a bare address, without its prefix length",
    settings: inEnvironment("prod", { network: { subnets: { privateEndpoints: "10.30.4.0" } } }),
    expected: ['environment prod: network.subnets.privateEndpoints = "10.30.4.0": must be an IPv4 CIDR such as 10.10.0.0/16'],
  },
  {
    mistake: "a subnet with an octet above 255",
    settings: inEnvironment("prod", { network: { subnets: { app: "10.30.256.0/24" } } }),
    expected: ['environment prod: network.subnets.app = "10.30.256.0/24": each octet must be 0-255'],
  },
  {
    mistake: "a subnet placed on top of the containers subnet",
    settings: inEnvironment("dev", { network: { subnets: { privateEndpoints: "10.10.16.0/24" } } }),
    expected: ['environment dev: network.subnets.privateEndpoints = "10.10.16.0/24": must not overlap subnet containers (10.10.16.0/21)'],
  },
  {
    mistake: "a subnet copied from another environment, outside this one's address space",
    settings: inEnvironment("staging", { network: { subnets: { management: "10.10.3.0/24" } } }),
    expected: ['environment staging: network.subnets.management = "10.10.3.0/24": must lie inside the address space 10.20.0.0/16'],
  },
  {
    mistake: "a containers subnet too small for a Container Apps environment",
    settings: inEnvironment("prod", { network: { subnets: { containers: "10.30.16.0/28" } } }),
    expected: ['environment prod: network.subnets.containers = "10.30.16.0/28": must be a /27 or larger to host a Container Apps environment with workload profiles'],
  },

  // Names, location and identifiers.
  {
    mistake: "an upper-case prefix",
    settings: inEnvironment("dev", { prefix: "ABS" }),
    expected: ['environment dev: prefix = "ABS": must be 2-5 lower-case letters or digits, starting with a letter'],
  },
  {
    mistake: "the company name as prefix, longer than five characters",
    settings: inEnvironment("dev", { prefix: "contoso" }),
    expected: ['environment dev: prefix = "contoso": must be 2-5 lower-case letters or digits, starting with a letter'],
  },
  {
    mistake: "a state stack renamed so its storage account and key vault names pass 24 characters",
    settings: overridden({ state: { name: "shared1" } }),
    expected: [
      'state: names.storageAccount (built from prefix, name and location) = "abssttfstateweshared19d9d": 3-24 characters: lowercase letters and digits only; unique across Azure',
      "state: names.keyVault (built from prefix, name and location) = \"abskvtfstateweshared11e75\": 3-24 characters: letters, digits, '-'; start with a letter, end with a letter or digit, no '--'; unique across Azure",
    ],
  },
  {
    mistake: "a long prefix, environment name and region that push a container app name past 32 characters",
    settings: renamed("dev", "training", { prefix: "abcde", location: "germanywestcentral" }),
    expected: [
      "environment training: erp.services.0.name: names.containerApp (built from prefix, name and location) = \"abcde-ca-api-gateway-gwc-training\": 2-32 characters: lower-case letters, digits, '-'; start with a letter, end with a letter or digit, no '--'",
    ],
  },
  {
    mistake: "a location written as its display name",
    settings: inEnvironment("dev", { location: "West Europe" }),
    expected: [
      'environment dev: location = "West Europe": Invalid option: expected one of "westeurope"|"northeurope"|"germanywestcentral"|"swedencentral"|"francecentral"|"uksouth"|"ukwest"|"eastus"|"eastus2"|"westus3"',
    ],
  },
  {
    mistake: "a subscription id one digit short",
    settings: inEnvironment("prod", { subscriptionId: "00000000-0000-0000-0000-00000000000" }),
    expected: ['environment prod: subscriptionId = "00000000-0000-0000-0000-00000000000": must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)'],
  },
  {
    mistake: "an operator given by name instead of object id",
    settings: overridden({ state: { operatorObjectIds: ["ci-runner"] } }),
    expected: ['state: operatorObjectIds.0 = "ci-runner": must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)'],
  },
  {
    mistake: "an alert e-mail address without a top-level domain",
    settings: inEnvironment("dev", { monitoring: { alertEmails: ["platform-alerts@example"] } }),
    expected: ['environment dev: monitoring.alertEmails.0 = "platform-alerts@example": must be an e-mail address'],
  },

  // Sizes and SKUs.
  {
    mistake: "a Premium cache left on family C",
    settings: inEnvironment("prod", { webApp: { redis: { kind: "cacheForRedis", sku: "Premium", family: "C", capacity: 1 } } }),
    expected: ['environment prod: webApp.redis.family = "C": must be P for the Premium tier'],
  },
  {
    mistake: "a Premium cache sized P6",
    settings: inEnvironment("prod", { webApp: { redis: { kind: "cacheForRedis", sku: "Premium", family: "P", capacity: 6 } } }),
    expected: ["environment prod: webApp.redis.capacity = 6: must be a whole number 1-5 for the Premium tier (P1-P5)"],
  },
  {
    mistake: "availability zones on a Standard cache",
    settings: inEnvironment("staging", { webApp: { redis: { kind: "cacheForRedis", sku: "Standard", family: "C", capacity: 1, zones: ["1", "2", "3"] } } }),
    expected: ['environment staging: webApp.redis.zones = ["1","2","3"]: must be empty for the Standard tier: only Premium spans availability zones'],
  },
  {
    mistake: "an Azure Managed Redis tier that does not exist (the retiring Enterprise tier's name)",
    settings: inEnvironment("prod", { sharedBackend: { redis: { sku: "Enterprise_E10" } } }),
    expected: ["environment prod: sharedBackend.redis.sku = \"Enterprise_E10\": must be <tier>_<size> with tier one of Balanced (memory and vCPUs in balance: the general-purpose tier), MemoryOptimized (more memory per vCPU, for large data sets with modest throughput), ComputeOptimized (more vCPUs per GB, for high throughput), FlashOptimized (memory plus NVMe flash, for very large data sets at a lower price per GB)"],
  },
  {
    mistake: "a Balanced size Azure Managed Redis does not offer",
    settings: inEnvironment("dev", { erp: { redis: { sku: "Balanced_B2" } } }),
    expected: ["environment dev: erp.redis.sku = \"Balanced_B2\": must be a size the Balanced tier offers: Balanced_B0 (0.5 GB), Balanced_B1 (1 GB), Balanced_B3 (3 GB), Balanced_B5 (6 GB), Balanced_B10 (12 GB), Balanced_B20 (24 GB), Balanced_B50 (60 GB), Balanced_B100 (120 GB), Balanced_B150 (180 GB), Balanced_B250 (240 GB), Balanced_B350 (360 GB), Balanced_B500 (480 GB), Balanced_B700 (720 GB), Balanced_B1000 (960 GB)"],
  },
  {
    mistake: "a Memory Optimized size below the tier's smallest (M10)",
    settings: inEnvironment("staging", { metaverse: { redis: { sku: "MemoryOptimized_M5" } } }),
    expected: ["environment staging: metaverse.redis.sku = \"MemoryOptimized_M5\": must be a size the MemoryOptimized tier offers: MemoryOptimized_M10 (12 GB), MemoryOptimized_M20 (24 GB), MemoryOptimized_M50 (60 GB), MemoryOptimized_M100 (120 GB), MemoryOptimized_M150 (180 GB), MemoryOptimized_M250 (240 GB), MemoryOptimized_M350 (360 GB), MemoryOptimized_M500 (480 GB), MemoryOptimized_M700 (720 GB), MemoryOptimized_M1000 (960 GB), MemoryOptimized_M1500 (1440 GB), MemoryOptimized_M2000 (1920 GB)"],
  },
  {
    mistake: "availability zones on an Azure Managed Redis cache, copied from the Premium cache",
    settings: inEnvironment("prod", { webApp: { redis: { zones: ["1", "2", "3"] } } }),
    expected: ["environment prod: webApp.redis.zones = [\"1\",\"2\",\"3\"]: must be empty for Azure Managed Redis: Azure spreads a highly available cache over the region's zones itself (set highAvailability instead)"],
  },
  {
    mistake: "a cache kind the patterns cannot use",
    settings: inEnvironment("prod", { erp: { redis: { kind: "redisEnterprise", sku: "Enterprise_E10" } } }),
    expected: ["environment prod: erp.redis.kind = \"redisEnterprise\": must be one of managedRedis, cacheForRedis: the cache services the patterns can use (Azure Managed Redis, or Azure Cache for Redis for tenants that still have one)"],
  },
  {
    mistake: "a cache without its kind",
    settings: edited((s) => {
      // A copy: dev and staging share the default shared-backend settings object.
      s.environments[0].sharedBackend = { ...s.environments[0].sharedBackend!, redis: { sku: "Balanced_B1", highAvailability: true } as never };
    }),
    expected: ["environment dev: sharedBackend.redis.kind = (missing): is required"],
  },
  {
    mistake: "a retired Single Server PostgreSQL SKU copied from the seed",
    settings: inEnvironment("staging", { webApp: { postgres: { sku: "GP_Gen5_2" } } }),
    expected: [
      'environment staging: webApp.postgres.sku = "GP_Gen5_2": must be a Flexible Server SKU of POSTGRESQL_SKUS, e.g. B_Standard_B1ms, GP_Standard_D2s_v3, MO_Standard_E2ds_v5 (Single Server names such as B_Gen5_1 are retired)',
    ],
  },
  {
    mistake: "a Basic App Service plan with autoscale",
    settings: inEnvironment("dev", { webApp: { planSku: "B1" } }),
    expected: [
      'environment dev: webApp.planSku = "B1": must be Premium v3 (e.g. P0v3) for VNet-integrated apps: Basic plans have VNet integration only on newer App Service scale units, which a new plan is not guaranteed',
      'environment dev: webApp.planSku = "B1": must be Standard or Premium v3 to autoscale: Basic plans scale only by hand',
    ],
  },
  {
    mistake: "an App Service plan of an older generation (P1v2)",
    settings: inEnvironment("staging", { webApp: { planSku: "P1v2" } }),
    expected: [
      'environment staging: webApp.planSku = "P1v2": must be one of B1, B2, B3, S1, S2, S3, P0v3, P1v3, P2v3, P3v3, P1mv3, P2mv3, P3mv3, P4mv3, P5mv3: Free and Shared plans have no VNet integration or always-on',
    ],
  },
  {
    mistake: "a SQL database SKU written as its tier name",
    settings: inEnvironment("staging", { erp: { sql: { database: { sku: "Standard" } } } }),
    expected: [
      'environment staging: erp.sql.database.sku = "Standard": must be a single-database SKU of SQL_DATABASE_SKUS: Basic; S0, S1, S2, S3, S4, S6, S7, S9, S12; P1, P2, P4, P6, P11, P15; or GP_Gen5_<n>, GP_S_Gen5_<n>, BC_Gen5_<n>, HS_Gen5_<n> with a vCore count Azure offers',
    ],
  },
  {
    mistake: "an ERP placeholder image without its public registry's host",
    settings: inEnvironment("dev", { erp: { placeholderImage: "dotnet/samples:aspnetapp" } }),
    expected: ['environment dev: erp.placeholderImage = "dotnet/samples:aspnetapp": must be "host/repository:tag" of a public registry, e.g. mcr.microsoft.com/dotnet/samples:aspnetapp'],
  },
  {
    mistake: "two weeks of point-in-time restore on a Basic SQL database",
    settings: inEnvironment("dev", { erp: { sql: { database: { shortTermRetentionDays: 14 } } } }),
    expected: ["environment dev: erp.sql.database.shortTermRetentionDays = 14: must be a whole number of days, 1-7 on the Basic tier"],
  },
  {
    mistake: "messaging units on a Standard Service Bus",
    settings: inEnvironment("staging", { webApp: { serviceBus: { capacity: 1 } } }),
    expected: ["environment staging: webApp.serviceBus.capacity = 1: must be unset on Standard: messaging units and partitions are Premium only"],
  },
  {
    mistake: "autoscale minimum above its maximum",
    settings: inEnvironment("prod", { webApp: { autoscale: { minimum: 10, maximum: 4 } } }),
    expected: ["environment prod: webApp.autoscale.minimum = 10: must not exceed maximum (4)"],
  },
  {
    mistake: "an ERP service with more minimum replicas than maximum",
    settings: inEnvironment("dev", { erp: { services: withService(4, { minReplicas: 3, maxReplicas: 2 }) } }),
    expected: ["environment dev: erp.services.4.minReplicas = 3: must not exceed maxReplicas (2)"],
  },
  {
    mistake: "a CPU and memory pair Container Apps does not offer",
    settings: inEnvironment("staging", { erp: { sizing: { cpu: 1, memory: "1Gi" } } }),
    expected: ['environment staging: erp.sizing.memory = "1Gi": must be twice cpu: "2Gi" for 1 vCPU (Consumption profile)'],
  },
  {
    mistake: "a management scale set larger than the tier allows",
    settings: inEnvironment("prod", { compute: { instances: 11 } }),
    expected: ["environment prod: compute.instances = 11: must be at most 10 for the management tier"],
  },

  // ERP services.
  {
    mistake: "an ERP service copied without renaming",
    settings: inEnvironment("prod", { erp: { services: withService(6, { name: "orders" }) } }),
    expected: [
      'environment prod: erp.services.6.name = "orders": must be unique: services.4 has the same name',
      'environment prod: erp.services.6.daprAppId = "orders": must be unique: services.4 has the same Dapr app id',
    ],
  },
  {
    mistake: "two ERP services given the same Dapr app id",
    settings: inEnvironment("prod", { erp: { services: withService(2, { daprAppId: "auth" }) } }),
    expected: ['environment prod: erp.services.2.daprAppId = "auth": must be unique: services.1 has the same Dapr app id'],
  },
  {
    mistake: "a database name with a space, which makes an illegal Key Vault secret name",
    settings: inEnvironment("dev", { erp: { services: withService(3, { database: "Inventory DB" }) } }),
    expected: [
      "environment dev: erp.services.3.database = \"Inventory DB\": must give a legal Key Vault secret name, but sql-connection-inventory db is not: 1-127 characters: letters, digits and '-'",
    ],
  },
  {
    mistake: "a frontend origin without its https:// scheme",
    settings: inEnvironment("dev", { erp: { frontendOrigin: "erp.dev.example.com" } }),
    expected: ['environment dev: erp.frontendOrigin = "erp.dev.example.com": must be an origin: https://, a host name and an optional port, no path (browsers compare origins exactly)'],
  },
  {
    mistake: "an image reference that includes the registry host",
    settings: inEnvironment("dev", { webApp: { image: "abscr.azurecr.io/web/template:1.0.0" } }),
    expected: ['environment dev: webApp.image = "abscr.azurecr.io/web/template:1.0.0": must not include a registry host: the registry\'s loginServer is put in front of it'],
  },
  {
    mistake: "a health check path without its leading slash",
    settings: inEnvironment("dev", { webApp: { healthCheckPath: "health" } }),
    expected: ['environment dev: webApp.healthCheckPath = "health": must be an absolute path such as /health'],
  },

  // Cost and monitoring.
  {
    mistake: "a budget of 0",
    settings: inEnvironment("staging", { budgetUsd: 0 }),
    expected: ["environment staging: budgetUsd = 0: must be greater than 0"],
  },
  {
    mistake: "a budget starting on the last day of the month instead of the first",
    settings: inEnvironment("prod", { budgetStartDate: "2026-11-30T00:00:00Z" }),
    expected: ['environment prod: budgetStartDate = "2026-11-30T00:00:00Z": must be the first of a month at midnight UTC, e.g. 2026-11-01T00:00:00Z'],
  },
  {
    mistake: "Log Analytics retention of 7 days",
    settings: inEnvironment("prod", { logAnalytics: { retentionDays: 7 } }),
    expected: ["environment prod: logAnalytics.retentionDays = 7: must be at least 30"],
  },

  // Patterns and environments.
  {
    mistake: "a pattern's settings block deleted while the pattern stays listed",
    settings: edited((s) => {
      delete s.environments[1].webApp;
    }),
    expected: ["environment staging: webApp = (missing): is required when patterns includes webApp"],
  },
  {
    mistake: "patterns listed without the foundation",
    settings: inEnvironment("staging", { patterns: ["sharedBackend", "webApp", "erp"] }),
    expected: [
      'environment staging: patterns = ["sharedBackend","webApp","erp"]: must include foundation when it includes sharedBackend (it runs in the foundation\'s network)',
      'environment staging: patterns = ["sharedBackend","webApp","erp"]: must include foundation when it includes webApp (it runs in the foundation\'s network)',
      'environment staging: patterns = ["sharedBackend","webApp","erp"]: must include foundation when it includes erp (it runs in the foundation\'s network)',
    ],
  },
  {
    mistake: "an environment copied without renaming it",
    settings: inEnvironment("staging", { name: "dev" }),
    expected: [
      'environment dev: name = "dev": must be unique across environments and differ from the platform stack\'s name (state.name) and id (platform)',
      // staging is gone, its pipeline identity stays behind.
      'platform: pipelines.staging = {"githubEnvironment":"staging"}: must name an environment (dev, prod): an identity without an environment would deploy nothing',
    ],
  },
  {
    mistake: "Defender for Containers turned on in two environments of the same subscription",
    settings: overridden({
      environments: { dev: { subscriptionId: SUBSCRIPTION, sharedBackend: { defenderForContainers: true } }, prod: { subscriptionId: SUBSCRIPTION } },
    }),
    expected: [
      `environment prod: sharedBackend.defenderForContainers = true: must be false: environment dev already owns Defender for Containers in subscription ${SUBSCRIPTION} (one owner per subscription)`,
    ],
  },
  {
    mistake: "a basic Kafka cluster chosen to save money while the service accounts keep their topic bindings",
    settings: inEnvironment("dev", { sharedBackend: { kafka: { clusterType: "basic" } } }),
    expected: [
      `environment dev: sharedBackend.kafka.serviceAccounts.0.bindings.0 = {"role":"DeveloperWrite","topic":"*"}: ${ON_ANY_TOPIC}`,
      `environment dev: sharedBackend.kafka.serviceAccounts.1.bindings.0 = {"role":"DeveloperRead","topic":"*"}: ${ON_ANY_TOPIC}`,
      `environment dev: sharedBackend.kafka.serviceAccounts.1.bindings.1 = {"role":"DeveloperRead","group":"*"}: ${ON_ANY_TOPIC}`,
    ],
  },
  {
    mistake: "a Kafka service account name with upper case and an underscore",
    settings: inEnvironment("dev", {
      sharedBackend: { kafka: { serviceAccounts: [{ name: "App_Producer", description: "Applications publishing events", bindings: [{ role: "DeveloperWrite", topic: "*" }] }] } },
    }),
    expected: ['environment dev: sharedBackend.kafka.serviceAccounts.0.name = "App_Producer": must be 1-40 lower-case letters, digits or \'-\', starting with a letter'],
  },

  // State stack and its encryption.
  {
    mistake: "operator IP ranges listed while networkAccess stays any-network",
    settings: overridden({ state: { allowedIpRanges: ["198.51.100.0/24"] } }),
    expected: ['state: allowedIpRanges = ["198.51.100.0/24"]: must be empty with networkAccess any-network (set networkAccess to allowed-ranges to use them)'],
  },
  {
    mistake: "networkAccess misspelt as allowed-range",
    settings: overridden({ state: { networkAccess: "allowed-range", allowedIpRanges: ["198.51.100.0/24"] } }),
    expected: ['state: networkAccess = "allowed-range": Invalid option: expected one of "allowed-ranges"|"any-network"|"private"'],
  },
  {
    mistake: "a state encryption fallback that repeats the current key",
    settings: inEnvironment("prod", { stateEncryption: { fallback: { keyProvider: "azure_vault", keyName: "tofu-state-prod" } } }),
    expected: ['environment prod: stateEncryption.fallback = {"keyProvider":"azure_vault","keyName":"tofu-state-prod"}: must differ from stateEncryption.key (it is the previous key)'],
  },
  {
    mistake: "a state encryption key provider named after the Azure service (azure_keyvault)",
    settings: inEnvironment("dev", { stateEncryption: { key: { keyProvider: "azure_keyvault", keyName: "tofu-state-dev" } } }),
    expected: ["environment dev: stateEncryption.key.keyProvider = \"azure_keyvault\": Invalid discriminator value. Expected 'azure_vault' | 'pbkdf2'"],
  },
  {
    mistake: "an environment named after the platform stack",
    settings: renamed("dev", "platform"),
    expected: ['environment platform: name = "platform": must be unique across environments and differ from the platform stack\'s name (state.name) and id (platform)'],
  },
  {
    mistake: "the same operator listed twice",
    settings: overridden({ state: { operatorObjectIds: ["11111111-1111-1111-1111-111111111111", "11111111-1111-1111-1111-111111111111"] } }),
    expected: ['state: operatorObjectIds = ["11111111-1111-1111-1111-111111111111","11111111-1111-1111-1111-111111111111"]: must not list a principal twice (Azure refuses a second identical role assignment)'],
  },
  {
    mistake: "a CORS origin written with a path",
    settings: inEnvironment("dev", { erp: { frontendOrigin: "https://erp.example.com/app/" } }),
    expected: ['environment dev: erp.frontendOrigin = "https://erp.example.com/app/": must be an origin: https://, a host name and an optional port, no path (browsers compare origins exactly)'],
  },
  {
    mistake: "a traffic analytics interval Azure does not offer",
    settings: inEnvironment("dev", { sharedBackend: { flowLogs: { trafficAnalyticsIntervalMinutes: 30 } } }),
    expected: ["environment dev: sharedBackend.flowLogs.trafficAnalyticsIntervalMinutes = 30: must be 10 or 60 (minutes)"],
  },
  {
    mistake: "a paired region equal to the primary",
    settings: inEnvironment("prod", { recovery: { pairedRegion: "westeurope" } }),
    expected: ["environment prod: recovery.pairedRegion = \"westeurope\": must differ from location (westeurope): a secondary in the primary region is lost with it (Azure pairs westeurope with northeurope)"],
  },
  {
    mistake: "a paired region without the availability zones the zone-redundant secondaries need",
    settings: inEnvironment("prod", { recovery: { pairedRegion: "ukwest" } }),
    expected: ["environment prod: recovery.pairedRegion = \"ukwest\": must offer availability zones for metaverse.cosmos.zoneRedundant (the Cosmos DB read region) and sharedBackend.registry.zoneRedundancy (the registry replica): ukwest has none"],
  },
  {
    mistake: "a reporting replica on Burstable PostgreSQL",
    settings: inEnvironment("staging", { webApp: { postgres: { sku: "B_Standard_B1ms" } } }),
    expected: ["environment staging: recovery.postgres.reportingReplica = true: must be off on the Burstable SKU B_Standard_B1ms: Azure offers read replicas on General Purpose and Memory Optimized only"],
  },
  {
    mistake: "a failover group grace period under Azure's one hour",
    settings: inEnvironment("prod", { recovery: { sql: { graceMinutes: 30 } } }),
    expected: ["environment prod: recovery.sql.graceMinutes = 30: must be whole hours of 60 minutes or more (Azure's grace period before an automatic failover with data loss is set in hours, one at least)"],
  },
  {
    mistake: "a failover group grace period that is not whole hours",
    settings: inEnvironment("prod", { recovery: { sql: { graceMinutes: 90 } } }),
    expected: ["environment prod: recovery.sql.graceMinutes = 90: must be whole hours of 60 minutes or more (Azure's grace period before an automatic failover with data loss is set in hours, one at least)", "environment prod: recovery.sql.mode = \"failover-group\": cannot meet an RTO of 60 min (its RTO: 90 min (the grace period)), per \"Business continuity in Azure SQL Database\": choose a mode that does, or relax the target in recovery.exceptions.sql with a reason"],
  },
  {
    mistake: "a single-region Cosmos DB where prod demands seed 003's targets",
    settings: inEnvironment("prod", { recovery: { cosmos: { mode: "single-region" } } }),
    expected: ["environment prod: recovery.cosmos.mode = \"single-region\": cannot meet an RPO of 5 min (its RPO: < 240 min) or an RTO of 60 min (its RTO: < 1 week), per \"High availability (reliability) in Azure Cosmos DB\": choose a mode that does, or relax the target in recovery.exceptions.cosmos with a reason"],
  },
  {
    mistake: "a SQL geo-restore where prod demands an RPO of 5 minutes",
    settings: inEnvironment("prod", { recovery: { sql: { mode: "geo-backup" } } }),
    expected: ["environment prod: recovery.sql.mode = \"geo-backup\": cannot meet an RPO of 5 min (its RPO: 1 h) or an RTO of 60 min (its RTO: 12 h), per \"Business continuity in Azure SQL Database\": choose a mode that does, or relax the target in recovery.exceptions.sql with a reason"],
  },
  {
    mistake: "a failover grace period longer than the demanded RTO",
    settings: inEnvironment("prod", { recovery: { sql: { graceMinutes: 120 } } }),
    expected: ["environment prod: recovery.sql.mode = \"failover-group\": cannot meet an RTO of 60 min (its RTO: 120 min (the grace period)), per \"Business continuity in Azure SQL Database\": choose a mode that does, or relax the target in recovery.exceptions.sql with a reason"],
  },
  {
    mistake: "a PostgreSQL geo-restore without geo-redundant backups",
    settings: inEnvironment("staging", { recovery: { postgres: { mode: "geo-backup" } } }),
    expected: ["environment staging: recovery.postgres.mode = \"geo-backup\": needs webApp.postgres.geoRedundantBackup: true (a geo-restore reads the geo-redundant backup)"],
  },
  {
    mistake: "a secondary network overlapping the primary network",
    settings: inEnvironment("prod", { recovery: { secondaryNetwork: { addressSpace: "10.30.128.0/24", privateEndpoints: "10.30.128.0/26" } } }),
    expected: ["environment prod: recovery.secondaryNetwork.addressSpace = \"10.30.128.0/24\": must not overlap environment prod (10.30.0.0/16): every environment network is peered with the hub"],
  },
  {
    mistake: "a cross-region replica without a secondary network",
    settings: edited((s) => delete s.environments[2].recovery.secondaryNetwork),
    expected: ["environment prod: recovery.secondaryNetwork = (missing): is required with postgres mode geo-replica or sql mode failover-group: the secondaries' private endpoints live there"],
  },
];

describe("corpus of bad settings", () => {
  it("starts from defaults that pass, so each failure below is the mistake's alone", () => {
    expect(problemsOf(settings)).toEqual([]);
  });

  it("holds at least 24 distinct mistakes", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(24);
    expect(new Set(corpus.map((c) => c.mistake)).size).toBe(corpus.length);
    expect(new Set(corpus.map((c) => c.expected.join("\n"))).size).toBe(corpus.length);
  });

  it.each(corpus)("rejects $mistake", ({ settings: withMistake, expected }) => {
    expect(problemsOf(withMistake())).toEqual(expected);
  });
});
