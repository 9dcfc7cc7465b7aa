import { kubernetesVersionViolations } from "../constructs/compute/kubernetes-cluster";
import { ValidationErrors } from "../constructs/core/errors";
import { settings } from "../stacks/settings/environments";
import { applyOverrides } from "../stacks/settings/load";
import type { Settings } from "../stacks/settings/schema";
import { validateSettings } from "../stacks/settings/validate";

/** The messages validation reports for the defaults with these overrides applied. */
function problemsWith(overrides: Parameters<typeof applyOverrides>[1]): string[] {
  return problemsOf(applyOverrides(settings, overrides));
}

/** The messages validation reports for these settings. */
function problemsOf(input: unknown): string[] {
  try {
    validateSettings(input);
  } catch (e) {
    if (e instanceof ValidationErrors) return e.message.split("\n").slice(1).map((l) => l.replace(/^ {2}- /, ""));
    throw e;
  }
  return [];
}

describe("environment settings", () => {
  it("accept the defaults: dev, staging and prod with DESIGN.md's values", () => {
    const valid: Settings = validateSettings(settings);
    expect(valid.environments.map((e) => e.name)).toEqual(["dev", "staging", "prod"]);
    const byName = Object.fromEntries(valid.environments.map((e) => [e.name, e]));
    expect(byName.dev.network.addressSpace).toBe("10.10.0.0/16");
    expect(byName.staging.network.addressSpace).toBe("10.20.0.0/16");
    expect(byName.prod.network.addressSpace).toBe("10.30.0.0/16");
    expect([byName.dev.storage.replication, byName.staging.storage.replication, byName.prod.storage.replication]).toEqual(["LRS", "ZRS", "RAGZRS"]);
    expect([byName.dev.budgetUsd, byName.staging.budgetUsd, byName.prod.budgetUsd]).toEqual([400, 800, 3000]);
    expect([byName.dev.ddosProtection, byName.staging.ddosProtection, byName.prod.ddosProtection]).toEqual([false, false, true]);
    expect([byName.dev.protectStatefulResources, byName.staging.protectStatefulResources, byName.prod.protectStatefulResources]).toEqual([false, true, true]);
    expect(valid.environments.every((e) => e.location === "westeurope" && e.logAnalytics.retentionDays === 30)).toBe(true);
  });

  it("rejects an address space that is not a CIDR", () => {
    expect(problemsWith({ environments: { dev: { network: { addressSpace: "10.10.0.0/33" } } } })).toContain(
      'environment dev: network.addressSpace = "10.10.0.0/33": the prefix length must be 0-32',
    );
  });

  it("rejects a CIDR with host bits set", () => {
    expect(problemsWith({ environments: { staging: { network: { subnets: { app: "10.20.1.5/24" } } } } })).toEqual([
      'environment staging: network.subnets.app = "10.20.1.5/24": host bits are set: the network address of /24 must be a multiple of 256',
    ]);
  });

  it("rejects a subnet outside the VNet", () => {
    expect(problemsWith({ environments: { prod: { network: { subnets: { data: "10.31.2.0/24" } } } } })).toEqual([
      'environment prod: network.subnets.data = "10.31.2.0/24": must lie inside the address space 10.30.0.0/16',
    ]);
  });

  it("rejects overlapping subnets, naming the one it overlaps", () => {
    expect(problemsWith({ environments: { dev: { network: { subnets: { app: "10.10.0.128/25" } } } } })).toEqual([
      'environment dev: network.subnets.app = "10.10.0.128/25": must not overlap subnet gateway (10.10.0.0/24)',
    ]);
  });

  it("rejects an unknown storage replication type", () => {
    expect(problemsWith({ environments: { dev: { storage: { replication: "XRS" } } } })).toEqual([
      'environment dev: storage.replication = "XRS": Invalid option: expected one of "LRS"|"ZRS"|"GRS"|"RAGRS"|"GZRS"|"RAGZRS"',
    ]);
  });

  it("rejects an unknown Log Analytics SKU", () => {
    expect(problemsWith({ environments: { dev: { logAnalytics: { sku: "Free" } } } })).toEqual([
      'environment dev: logAnalytics.sku = "Free": Invalid option: expected one of "PerGB2018"|"CapacityReservation"',
    ]);
  });

  it("rejects an unknown VM size", () => {
    expect(problemsWith({ environments: { prod: { compute: { vmSize: "Standard_Z99" } } } })).toEqual([
      'environment prod: compute.vmSize = "Standard_Z99": must be a known VM size (Standard_B1s, Standard_B1ms, Standard_B2s, Standard_B2ms ... see constructs/compute/vm-sizes.ts)',
    ]);
  });

  it("rejects an unknown location", () => {
    expect(problemsWith({ environments: { dev: { location: "moon-west" } } })[0]).toMatch(/^environment dev: location = "moon-west": Invalid option: expected one of "westeurope"/);
  });

  it("rejects a retention outside Log Analytics' range", () => {
    expect(problemsWith({ environments: { staging: { logAnalytics: { retentionDays: 7 } } } })).toEqual([
      "environment staging: logAnalytics.retentionDays = 7: must be at least 30",
    ]);
  });

  it("rejects a prefix that would make illegal names", () => {
    expect(problemsWith({ environments: { dev: { prefix: "A_b" } } })).toEqual([
      'environment dev: prefix = "A_b": must be 2-5 lower-case letters or digits, starting with a letter',
    ]);
  });

  it("rejects generated names that break Azure's rules, naming the resource type and the rule", () => {
    // Every part is legal on its own, but the state storage account name grows past 24 characters.
    const [storage, vault, ...rest] = problemsWith({ state: { prefix: "abcde", name: "platform", location: "eastus2" } });
    expect(rest).toEqual([]);
    expect(storage).toMatch(
      /^state: names\.storageAccount \(built from prefix, name and location\) = "abcdesttfstateeus2platform[0-9a-f]{4}": 3-24 characters: lowercase letters and digits only; unique across Azure$/,
    );
    expect(vault).toMatch(/^state: names\.keyVault \(built from prefix, name and location\) = "abcdekvtfstateeus2platform[0-9a-f]{4}": 3-24 characters: letters, digits, '-'; start with a letter/);
  });

  it("rejects two environments with the same name", () => {
    const twice = { ...settings, environments: [...settings.environments, settings.environments[0]] };
    expect(() => validateSettings(twice)).toThrow("environment dev: name = \"dev\": must be unique across environments and differ from the platform stack's name (state.name) and id (platform)");
  });

  it("rejects a misspelt setting instead of ignoring it", () => {
    expect(problemsWith({ environments: { dev: { ddosProtecton: true } } })).toEqual([
      'environment dev: ddosProtecton = "(unknown setting)": is not a known setting (check its spelling)',
    ]);
  });

  it("rejects a missing setting", () => {
    const problems = problemsWith({ environments: { qa: { prefix: "abs" } } });
    expect(problems).toContain("environment qa: location = (missing): is required");
    expect(problems).toContain("environment qa: network = (missing): is required");
    expect(problems).not.toContain(expect.stringMatching(/prefix/));
  });

  it("rejects a malformed subscription id and alert e-mail", () => {
    expect(problemsWith({ environments: { prod: { subscriptionId: "not-a-guid", monitoring: { alertEmails: ["ops-at-example"] } } } })).toEqual([
      'environment prod: subscriptionId = "not-a-guid": must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)',
      'environment prod: monitoring.alertEmails.0 = "ops-at-example": must be an e-mail address',
    ]);
  });

  it("rejects a non-positive budget", () => {
    expect(problemsWith({ environments: { dev: { budgetUsd: 0 } } })).toEqual(["environment dev: budgetUsd = 0: must be greater than 0"]);
  });

  it("rejects a state storage without geo-redundancy", () => {
    expect(problemsWith({ state: { replication: "LRS" } })[0]).toBe('state: replication = "LRS": Invalid option: expected one of "GRS"|"RAGRS"|"GZRS"|"RAGZRS"');
  });

  it("rejects an operator range that is not a CIDR", () => {
    expect(problemsWith({ state: { networkAccess: "allowed-ranges", allowedIpRanges: ["203.0.113.300/32"] } })).toEqual([
      'state: allowedIpRanges.0 = "203.0.113.300/32": each octet must be 0-255',
    ]);
  });

  it("rejects state network access that nothing could use, or ranges that would be ignored", () => {
    expect(problemsWith({ state: { networkAccess: "allowed-ranges" } })).toEqual([
      "state: allowedIpRanges = []: must list at least one range with networkAccess allowed-ranges: otherwise nothing can reach the state",
    ]);
    expect(problemsWith({ state: { allowedIpRanges: ["203.0.113.0/28"] } })).toEqual([
      'state: allowedIpRanges = ["203.0.113.0/28"]: must be empty with networkAccess any-network (set networkAccess to allowed-ranges to use them)',
    ]);
  });

  it("rejects a Key Vault key name that cannot label a key provider", () => {
    expect(problemsWith({ environments: { dev: { stateEncryption: { key: { keyProvider: "azure_vault", keyName: "1st-key" } } } } })).toEqual([
      'environment dev: stateEncryption.key.keyName = "1st-key": must be 1-127 letters, digits or \'-\', starting with a letter (Key Vault key name)',
    ]);
  });

  it("rejects a rotation fallback equal to the current key", () => {
    // Key Vault key names are case-insensitive: a different case is the same key.
    const key = { keyProvider: "azure_vault", keyName: "Tofu-State-Dev" };
    expect(problemsWith({ environments: { dev: { stateEncryption: { fallback: key } } } })).toEqual([
      'environment dev: stateEncryption.fallback = {"keyProvider":"azure_vault","keyName":"Tofu-State-Dev"}: must differ from stateEncryption.key (it is the previous key)',
    ]);
  });

  it("reports every problem at once, one line each", () => {
    const problems = problemsWith({ environments: { dev: { budgetUsd: -1 }, prod: { storage: { replication: "XRS" } } } });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^environment dev: budgetUsd = -1/);
    expect(problems[1]).toMatch(/^environment prod: storage.replication = "XRS"/);
  });

  it("adds an environment from overrides when it is complete", () => {
    const qa = { ...settings.environments[0], name: "qa", network: { addressSpace: "10.40.0.0/16", subnets: { gateway: "10.40.0.0/24", app: "10.40.1.0/24", data: "10.40.2.0/24", management: "10.40.3.0/24", privateEndpoints: "10.40.4.0/24", containers: "10.40.16.0/21", aks: "10.40.8.0/22", apim: "10.40.5.0/27" } } };
    // A new environment deploys through a pipeline identity of its own.
    const valid = validateSettings(applyOverrides(settings, { platform: { pipelines: { qa: { githubEnvironment: "qa" } } }, environments: { qa } }));
    expect(valid.environments.map((e) => e.name)).toEqual(["dev", "staging", "prod", "qa"]);
  });

  describe("shared backend", () => {
    it("sizes prod as seed 000 and dev/staging down", () => {
      const byName = Object.fromEntries(validateSettings(settings).environments.map((e) => [e.name, e.sharedBackend!]));
      // Seed 004's Standard C1, as Microsoft maps it to Azure Managed Redis.
      expect(byName.prod.redis).toEqual({ kind: "managedRedis", sku: "Balanced_B1", highAvailability: true });
      expect([byName.dev.kafka.clusterType, byName.staging.kafka.clusterType, byName.prod.kafka.clusterType]).toEqual(["standard", "standard", "standard"]);
      expect(byName.prod.kafka.availability).toBe("MULTI_ZONE");
      expect([byName.dev.containerApps.internalLoadBalancer, byName.prod.containerApps.internalLoadBalancer]).toEqual([true, true]);
      expect([byName.dev.defenderForContainers, byName.staging.defenderForContainers, byName.prod.defenderForContainers]).toEqual([false, false, true]);
    });

    it("rejects an unknown Kafka cluster type", () => {
      expect(problemsWith({ environments: { dev: { sharedBackend: { kafka: { clusterType: "premium" } } } } })).toEqual([
        'environment dev: sharedBackend.kafka.clusterType = "premium": Invalid option: expected one of "basic"|"standard"|"enterprise"|"dedicated"',
      ]);
    });

    it("rejects an availability the cluster type lacks, and a dedicated cluster without CKUs", () => {
      expect(problemsWith({ environments: { dev: { sharedBackend: { kafka: { clusterType: "enterprise" } } } } })).toEqual([
        'environment dev: sharedBackend.kafka.availability = "SINGLE_ZONE": must be LOW or HIGH for an enterprise cluster',
      ]);
      expect(problemsWith({ environments: { prod: { sharedBackend: { kafka: { clusterType: "dedicated" } } } } })).toEqual([
        "environment prod: sharedBackend.kafka.cku = (missing): must be a whole number of at least 2 for a MULTI_ZONE dedicated cluster",
      ]);
    });

    it("rejects topic and group role bindings on a basic cluster", () => {
      const problems = problemsWith({ environments: { dev: { sharedBackend: { kafka: { clusterType: "basic" } } } } });
      expect(problems).toHaveLength(3);
      expect(problems[0]).toBe(
        'environment dev: sharedBackend.kafka.serviceAccounts.0.bindings.0 = {"role":"DeveloperWrite","topic":"*"}: needs a standard, enterprise or dedicated cluster: Confluent has no topic or group role bindings on a basic cluster',
      );
    });

    it("rejects a topic with fewer than one partition, and a duplicate topic", () => {
      const topics = [
        { name: "orders.events", partitions: 0 },
        { name: "orders.events", partitions: 3 },
      ];
      expect(problemsWith({ environments: { staging: { sharedBackend: { kafka: { topics } } } } })).toEqual([
        "environment staging: sharedBackend.kafka.topics.0.partitions = 0: must be a whole number of at least 1",
        'environment staging: sharedBackend.kafka.topics.1.name = "orders.events": must be unique among the topics',
      ]);
    });

    it("rejects role bindings that name both a topic and a group, or an undeclared topic", () => {
      const serviceAccounts = [
        { name: "reporting", description: "Reports", bindings: [{ role: "DeveloperRead", topic: "payments", group: "reports" }] },
        { name: "audit", description: "Audit", bindings: [{ role: "DeveloperRead", topic: "payments" }] },
      ];
      expect(problemsWith({ environments: { dev: { sharedBackend: { kafka: { serviceAccounts } } } } })).toEqual([
        'environment dev: sharedBackend.kafka.serviceAccounts.0.bindings.0 = {"role":"DeveloperRead","topic":"payments","group":"reports"}: must name exactly one of topic and group',
        'environment dev: sharedBackend.kafka.serviceAccounts.1.bindings.0.topic = "payments": must be a declared topic (orders.events, inventory.events, billing.events, notifications) or a prefix ending in \'*\'',
      ]);
    });

    it("rejects a Redis size the tier does not allow", () => {
      expect(problemsWith({ environments: { prod: { sharedBackend: { redis: { kind: "cacheForRedis", sku: "Standard", family: "P", capacity: 7, zones: ["1", "2"] } } } } })).toEqual([
        'environment prod: sharedBackend.redis.family = "P": must be C for the Standard tier',
        "environment prod: sharedBackend.redis.capacity = 7: must be a whole number 0-6 for the Standard tier (C0-C6)",
        'environment prod: sharedBackend.redis.zones = ["1","2"]: must be empty for the Standard tier: only Premium spans availability zones',
      ]);
    });

    it("rejects a containers subnet too small for a Container Apps environment", () => {
      expect(problemsWith({ environments: { dev: { network: { subnets: { containers: "10.10.16.0/28" } } } } })).toEqual([
        'environment dev: network.subnets.containers = "10.10.16.0/28": must be a /27 or larger to host a Container Apps environment with workload profiles',
      ]);
    });

    it("requires its settings and the foundation", () => {
      const [dev, ...others] = settings.environments;
      expect(problemsOf({ ...settings, environments: [{ ...dev, sharedBackend: undefined }, ...others] })).toEqual([
        "environment dev: sharedBackend = (missing): is required when patterns includes sharedBackend",
      ]);
      expect(problemsWith({ environments: { dev: { patterns: ["sharedBackend"] } } })).toEqual([
        'environment dev: patterns = ["sharedBackend"]: must include foundation when it includes sharedBackend (it runs in the foundation\'s network)',
      ]);
    });

    it("allows one Defender for Containers owner per subscription", () => {
      expect(problemsWith({ environments: { staging: { sharedBackend: { defenderForContainers: true } } } })).toEqual([
        "environment prod: sharedBackend.defenderForContainers = true: must be false: environment staging already owns Defender for Containers in subscription (ARM_SUBSCRIPTION_ID) (one owner per subscription)",
      ]);
      const own = (subscriptionId: string) => ({ subscriptionId, sharedBackend: { defenderForContainers: true } });
      expect(problemsWith({ environments: { staging: own("11111111-1111-1111-1111-111111111111"), prod: own("22222222-2222-2222-2222-222222222222") } })).toEqual([]);
    });
  });

  describe("web application template", () => {
    it("rejects autoscale bounds the wrong way round, or beyond 30 instances", () => {
      expect(problemsWith({ environments: { staging: { webApp: { autoscale: { minimum: 5, maximum: 3 } } } } })).toEqual([
        "environment staging: webApp.autoscale.minimum = 5: must not exceed maximum (3)",
      ]);
      expect(problemsWith({ environments: { prod: { webApp: { autoscale: { maximum: 31 } } } } })).toEqual([
        "environment prod: webApp.autoscale.maximum = 31: must be a whole number from 1 to 30",
      ]);
    });

    it("rejects autoscale on a plan tier that cannot", () => {
      expect(problemsWith({ environments: { dev: { webApp: { planSku: "B1" } } } })).toEqual([
        'environment dev: webApp.planSku = "B1": must be Premium v3 (e.g. P0v3) for VNet-integrated apps: Basic plans have VNet integration only on newer App Service scale units, which a new plan is not guaranteed',
        'environment dev: webApp.planSku = "B1": must be Standard or Premium v3 to autoscale: Basic plans scale only by hand',
      ]);
    });

    it("rejects a PostgreSQL SKU outside the allowed set, and backup retention outside 7-35 days", () => {
      expect(problemsWith({ environments: { dev: { webApp: { postgres: { sku: "B_Gen5_1", backupRetentionDays: 36 } } } } })).toEqual([
        'environment dev: webApp.postgres.sku = "B_Gen5_1": must be a Flexible Server SKU of POSTGRESQL_SKUS, e.g. B_Standard_B1ms, GP_Standard_D2s_v3, MO_Standard_E2ds_v5 (Single Server names such as B_Gen5_1 are retired)',
        "environment dev: webApp.postgres.backupRetentionDays = 36: must be a whole number of days, 7-35",
      ]);
      expect(problemsWith({ environments: { dev: { webApp: { postgres: { backupRetentionDays: 6 } } } } })).toEqual([
        "environment dev: webApp.postgres.backupRetentionDays = 6: must be a whole number of days, 7-35",
      ]);
    });

    it("rejects a Redis size its tier lacks and Premium-only Service Bus settings on Standard", () => {
      expect(problemsWith({ environments: { dev: { webApp: { redis: { kind: "cacheForRedis", sku: "Basic", family: "C", capacity: 7 }, serviceBus: { capacity: 2 } } } } })).toEqual([
        "environment dev: webApp.redis.capacity = 7: must be a whole number 0-6 for the Basic tier (C0-C6)",
        "environment dev: webApp.serviceBus.capacity = 2: must be unset on Standard: messaging units and partitions are Premium only",
      ]);
    });

    it("rejects a budget of zero or less, and a start date that is not the first of a month", () => {
      expect(problemsWith({ environments: { dev: { budgetUsd: 0, budgetStartDate: "2026-11-15T00:00:00Z" } } })).toEqual([
        "environment dev: budgetUsd = 0: must be greater than 0",
        'environment dev: budgetStartDate = "2026-11-15T00:00:00Z": must be the first of a month at midnight UTC, e.g. 2026-11-01T00:00:00Z',
      ]);
    });

    it("needs a registry id without the shared backend", () => {
      expect(problemsWith({ environments: { dev: { patterns: ["foundation", "webApp"] } } })).toEqual([
        "environment dev: webApp.registryId = (missing): is required without the sharedBackend pattern (whose registry is used otherwise)",
      ]);
    });
  });

  describe("ERP microservices", () => {
    const services = settings.environments[0].erp!.services;
    /** The dev services with one of them replaced. */
    const withService = (i: number, change: Record<string, unknown>) => services.map((s, j) => (j === i ? { ...s, ...change } : s));
    const erpProblems = (erp: Record<string, unknown>) => problemsWith({ environments: { dev: { erp } } });

    it("rejects a service name that is no legal container app name, and one whose generated name is too long", () => {
      expect(erpProblems({ services: withService(1, { name: "Auth_Service" }) })).toEqual([
        `environment dev: erp.services.1.name = "Auth_Service": must be 1-63 lower-case letters, digits or '-', starting with a letter and ending with a letter or digit, no '--' (a container app name)`,
        `environment dev: erp.services.1.daprAppId = "Auth_Service": must be 1-63 lower-case letters, digits or '-', starting with a letter and ending with a letter or digit, no '--' (a DNS label)`,
        `environment dev: erp.services.1.name: names.containerApp (built from prefix, name and location) = "abs-ca-Auth_Service-we-dev": 2-32 characters: lower-case letters, digits, '-'; start with a letter, end with a letter or digit, no '--'`,
      ]);
      expect(erpProblems({ services: withService(2, { name: "billing-and-invoicing" }) })).toEqual([
        `environment dev: erp.services.2.name: names.containerApp (built from prefix, name and location) = "abs-ca-billing-and-invoicing-we-dev": 2-32 characters: lower-case letters, digits, '-'; start with a letter, end with a letter or digit, no '--'`,
      ]);
    });

    it("rejects two services with the same name or the same Dapr id", () => {
      expect(erpProblems({ services: withService(2, { name: "auth", database: "AuthDB" }) })).toEqual([
        "environment dev: erp.services.2.name = \"auth\": must be unique: services.1 has the same name",
        "environment dev: erp.services.2.daprAppId = \"auth\": must be unique: services.1 has the same Dapr app id",
      ]);
      expect(erpProblems({ services: withService(3, { daprAppId: "orders" }) })).toEqual([
        "environment dev: erp.services.4.daprAppId = \"orders\": must be unique: services.3 has the same Dapr app id",
      ]);
    });

    it("rejects min > max replicas and CPU/memory pairs Container Apps does not offer", () => {
      expect(erpProblems({ sizing: { minReplicas: 5, maxReplicas: 3 } })).toEqual([
        "environment dev: erp.sizing.minReplicas = 5: must not exceed maxReplicas (3)",
      ]);
      expect(erpProblems({ sizing: { cpu: 0.5, memory: "2Gi" } })).toEqual([
        'environment dev: erp.sizing.memory = "2Gi": must be twice cpu: "1Gi" for 0.5 vCPU (Consumption profile)',
      ]);
      expect(erpProblems({ services: withService(4, { cpu: 0.3 }) })).toEqual([
        "environment dev: erp.services.4.cpu = 0.3: must be 0.25-4 vCPU in steps of 0.25 (Consumption profile)",
      ]);
    });

    it("rejects a database whose connection-string secret name Key Vault refuses, and two spellings of one database", () => {
      expect(erpProblems({ services: withService(1, { database: "Auth_DB" }) })).toEqual([
        "environment dev: erp.services.1.database = \"Auth_DB\": must give a legal Key Vault secret name, but sql-connection-auth_db is not: 1-127 characters: letters, digits and '-'",
      ]);
      expect(erpProblems({ services: withService(2, { database: "authdb" }) })).toEqual([
        "environment dev: erp.services.2.database = \"authdb\": must be spelled as another service spells it (AuthDB): database names are case-insensitive",
      ]);
    });

    it("rejects an unknown database SKU, a retention the tier refuses, and a malformed long-term retention", () => {
      const problems = erpProblems({ sql: { database: { sku: "S5", shortTermRetentionDays: 40, longTermRetention: { weekly: "5 weeks" } } } });
      expect(problems).toHaveLength(3);
      expect(problems[0]).toMatch(/^environment dev: erp\.sql\.database\.sku = "S5": must be a single-database SKU of SQL_DATABASE_SKUS: Basic; S0, S1, S2, S3, S4, S6,/);
      expect(problems[1]).toBe("environment dev: erp.sql.database.shortTermRetentionDays = 40: must be a whole number of days, 1-35");
      expect(problems[2]).toBe('environment dev: erp.sql.database.longTermRetention.weekly = "5 weeks": must be an ISO 8601 duration P<n>D, P<n>W, P<n>M or P<n>Y of 1-520 weeks, e.g. P4W');
    });

    it("rejects an Entra admin id that is not a GUID, a frontend origin that is not https, and a Redis size the tier lacks", () => {
      expect(erpProblems({ sql: { entraAdmin: { login: "erp-sql-admins", objectId: "sql-admins" } }, frontendOrigin: "http://erp.example.com" })).toEqual([
        'environment dev: erp.frontendOrigin = "http://erp.example.com": must be an origin: https://, a host name and an optional port, no path (browsers compare origins exactly)',
        'environment dev: erp.sql.entraAdmin.objectId = "sql-admins": must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)',
      ]);
      expect(erpProblems({ redis: { kind: "cacheForRedis", sku: "Standard", family: "C", capacity: 9 } })).toEqual(["environment dev: erp.redis.capacity = 9: must be a whole number 0-6 for the Standard tier (C0-C6)"]);
    });

    it("needs the shared backend it runs on, and its own settings", () => {
      expect(problemsWith({ environments: { dev: { patterns: ["foundation", "erp"] } } })).toEqual([
        "environment dev: patterns = [\"foundation\",\"erp\"]: must include sharedBackend when it includes erp (its services run on the shared Container Apps environment and registry)",
      ]);
      const [dev, ...others] = settings.environments;
      expect(problemsOf({ ...settings, environments: [{ ...dev, erp: undefined }, ...others] })).toEqual([
        "environment dev: erp = (missing): is required when patterns includes erp",
      ]);
    });
  });

  describe("metaverse platform", () => {
    const metaverseProblems = (metaverse: Record<string, unknown>) => problemsWith({ environments: { dev: { metaverse } } });

    it("rejects a user pool whose minimum exceeds its maximum and a malformed Kubernetes version", () => {
      expect(metaverseProblems({ aks: { userPool: { minCount: 5, maxCount: 3 }, kubernetesVersion: "v1.31" } })).toEqual([
        'environment dev: metaverse.aks.kubernetesVersion = "v1.31": must be MAJOR.MINOR or MAJOR.MINOR.PATCH, e.g. 1.36 (^\\d+\\.\\d+(\\.\\d+)?$)',
        "environment dev: metaverse.aks.userPool.minCount = 5: must not exceed userPool.maxCount (3)",
      ]);
    });

    it("rejects 1.34, past its AKS end of life, naming the minor to pick; the settings' own version is supported today", () => {
      expect(metaverseProblems({ aks: { kubernetesVersion: "1.34" } })).toEqual([
        expect.stringMatching(/^environment dev: metaverse\.aks\.kubernetesVersion = "1\.34": reached its AKS end of life in 2026-11: pick 1\.\d+ \(supported until \d{4}-\d{2}\); AKS supports /),
      ]);
      for (const env of settings.environments) expect(kubernetesVersionViolations(env.metaverse!.aks.kubernetesVersion, new Date())).toEqual([]);
    });

    it("rejects an admin group id that is not a GUID", () => {
      expect(metaverseProblems({ aks: { adminGroupObjectIds: ["platform-admins"] } })).toEqual([
        'environment dev: metaverse.aks.adminGroupObjectIds.0 = "platform-admins": must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)',
      ]);
    });

    it("rejects a Cosmos container without a partition key", () => {
      expect(metaverseProblems({ cosmos: { databases: [{ name: "metaverse", containers: [{ name: "users", partitionKeyPaths: [] }] }] } })).toEqual([
        'environment dev: metaverse.cosmos.databases.0.containers.0.partitionKeyPaths = []: must list 1-3 partition key paths, e.g. ["/userId"] (2-3 paths make a hierarchical key): every container needs a partition key, and it cannot be changed later',
      ]);
    });

    it("rejects sizes the enabled services do not offer, and checks nothing of a service that is off", () => {
      expect(metaverseProblems({ signalR: { capacity: 15 }, functions: { minimumInstances: 5, maximumInstances: 2 } })).toEqual([
        "environment dev: metaverse.signalR.capacity = 15: must be one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100 for Standard_S1",
        "environment dev: metaverse.functions.minimumInstances = 5: must not exceed maximumInstances (2)",
      ]);
      expect(metaverseProblems({ signalR: { enabled: false, capacity: 15 } })).toEqual([]);
    });

    it("needs the shared backend whose registry the cluster pulls from", () => {
      expect(problemsWith({ environments: { dev: { patterns: ["foundation", "metaverse"] } } })).toEqual([
        'environment dev: patterns = ["foundation","metaverse"]: must include sharedBackend when it includes metaverse (its cluster pulls from the shared registry)',
      ]);
    });
  });
});
