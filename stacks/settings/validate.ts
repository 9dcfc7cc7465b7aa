import { z } from "zod";
import { contains, overlaps, parseCidr, Cidr } from "../../constructs/core/cidr";
import { Problem, ValidationErrors, Violation } from "../../constructs/core/errors";
import { containerAppsSubnetViolations } from "../../constructs/compute/container-apps-subnet";
import { kafkaClusterViolations, kafkaRbacViolations, kafkaServiceAccountViolations, kafkaTopicViolations } from "../../constructs/data/kafka-rules";
import { cacheSettingsViolations } from "../../constructs/data/cache";
import { appServicePlanViolations } from "../../constructs/compute/app-service-plan";
import { postgreSqlReplicaViolations, postgreSqlSizingViolations } from "../../constructs/data/postgresql-flexible-server";
import { serviceBusSkuViolations } from "../../constructs/data/service-bus-namespace";
import { sqlDatabaseViolations, sqlFailoverGraceViolations } from "../../constructs/data/sql-server";
import { cosmosRecovery, postgresRecovery, RecoveryFigure, sqlRecovery, storageRecovery } from "../recovery-figures";
import { REGIONS } from "./regions";
import { imageViolations } from "../../constructs/compute/image-reference";
import { erpServiceViolations } from "../../constructs/patterns/erp-services";
import { apiManagementSkuViolations } from "../../constructs/compute/api-management";
import { functionAppViolations } from "../../constructs/compute/function-app";
import { kubernetesViolations } from "../../constructs/compute/kubernetes-cluster";
import { cognitiveAccountViolations } from "../../constructs/data/cognitive-account";
import { cosmosViolations } from "../../constructs/data/cosmos-db-account";
import { signalRSkuViolations } from "../../constructs/data/signalr-service";
import { frontDoorViolations } from "../../constructs/networking/front-door";
import { CHILD_NAME_RULES, NAME_RULES, NamedKind, nameViolation } from "../../constructs/core/naming";
import { VM_SIZES } from "../../constructs/compute/vm-sizes";
import { stateStorageLocation } from "../../backends/state-storage";
import { PLATFORM_STACK_ID, platformLayout } from "../platform-layout";
import { containerAppSizingViolations } from "../../constructs/compute/container-app";
import { namingFor } from "./naming";
import { DataService, EnvironmentSettings, environmentSchema, PlatformSettings, platformSchema, Settings, settingsSchema, StateSettings, stateSchema, SUBNET_ROLES } from "./schema";

/**
 * Validates the settings of the whole estate and returns them typed, or throws one ValidationErrors
 * listing every problem (environment, field, value, rule). Runs before any stack is constructed, so a
 * bad setting writes nothing.
 */
export function validateSettings(input: unknown): Settings {
  const parsed = settingsSchema.safeParse(input);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => structuralProblem(input, issue));
  // The semantic checks run on every part that is well-formed, so one pass reports everything.
  // Well-formed settings parse once; otherwise each part is parsed on its own to check what it can.
  const environments = parsed.success ? parsed.data.environments : wellFormed(environmentSchema, valueAt(input, ["environments"]));
  const [state] = parsed.success ? [parsed.data.state] : wellFormed(stateSchema, [valueAt(input, ["state"])]);
  const [platform] = parsed.success ? [parsed.data.platform] : wellFormed(platformSchema, [valueAt(input, ["platform"])]);
  problems.push(
    ...uniqueNames(environments, state?.name),
    ...(platform ? platformProblems(platform, environments, state, environmentNames(input)) : []),
    ...addressSpaceOverlaps(environments, platform),
    ...defenderOwners(environments),
    ...(state ? stateProblems(state) : []),
    ...environments.flatMap((env) => [...networkProblems(env), ...nameProblems(env), ...computeProblems(env), ...encryptionProblems(env), ...sharedBackendProblems(env), ...webAppProblems(env), ...erpProblems(env), ...metaverseProblems(env), ...recoveryProblems(env)]),
  );
  if (!parsed.success || problems.length > 0) throw new ValidationErrors(problems);
  return parsed.data;
}

/** The names of the environments in the input, whatever else is wrong with them. */
function environmentNames(input: unknown): string[] {
  const items = valueAt(input, ["environments"]);
  return Array.isArray(items) ? items.map((e) => valueAt(e, ["name"])).filter((n): n is string => typeof n === "string") : [];
}

function wellFormed<T>(schema: z.ZodType<T>, items: unknown): T[] {
  return Array.isArray(items) ? items.flatMap((item) => schema.safeParse(item).data ?? []) : [];
}

function structuralProblem(input: unknown, issue: z.core.$ZodIssue): Problem {
  const path = issue.path.map(String);
  const { where, rest } = locate(input, path);
  const keys = issue.code === "unrecognized_keys" ? issue.keys : undefined;
  const value = keys ? "(unknown setting)" : valueAt(input, path);
  const rule = keys ? "is not a known setting (check its spelling)" : value === undefined ? "is required" : issue.message.replace(/^Invalid input: /, "");
  return { where, field: [...rest, ...(keys ? [keys.join(",")] : [])].join(".") || "(root)", value, rule };
}

/** Splits a settings path into the environment it belongs to and the field inside it. */
function locate(input: unknown, path: string[]): { where: string; rest: string[] } {
  if (path[0] === "environments" && path.length > 1) {
    const name = valueAt(input, ["environments", path[1], "name"]);
    return { where: `environment ${typeof name === "string" ? name : `#${path[1]}`}`, rest: path.slice(2) };
  }
  if (path[0] === "state" || path[0] === "platform") return { where: path[0], rest: path.slice(1) };
  return { where: "settings", rest: path };
}

function valueAt(input: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), input);
}

function uniqueNames(environments: EnvironmentSettings[], stateName: string | undefined): Problem[] {
  // The platform stack's id is taken too: stacks are named after environments.
  const seen = new Set<string>([PLATFORM_STACK_ID, ...(stateName ? [stateName] : [])]);
  return environments.flatMap((env) => {
    const duplicate = seen.has(env.name);
    seen.add(env.name);
    return duplicate
      ? [{ where: `environment ${env.name}`, field: "name", value: env.name, rule: `must be unique across environments and differ from the platform stack's name (state.name) and id (${PLATFORM_STACK_ID})` }]
      : [];
  });
}

function networkProblems(env: EnvironmentSettings): Problem[] {
  const where = `environment ${env.name}`;
  const problems: Problem[] = [];
  const space = parseCidr(env.network.addressSpace);
  if (typeof space === "string") problems.push({ where, field: "network.addressSpace", value: env.network.addressSpace, rule: space });

  const parsed: Array<[string, Cidr]> = [];
  for (const role of SUBNET_ROLES) {
    const text = env.network.subnets[role];
    const cidr = parseCidr(text);
    const field = `network.subnets.${role}`;
    if (typeof cidr === "string") {
      problems.push({ where, field, value: text, rule: cidr });
      continue;
    }
    if (typeof space !== "string" && !contains(space, cidr)) {
      problems.push({ where, field, value: text, rule: `must lie inside the address space ${space.text}` });
    }
    const clash = parsed.find(([, other]) => overlaps(other, cidr));
    if (clash) problems.push({ where, field, value: text, rule: `must not overlap subnet ${clash[0]} (${clash[1].text})` });
    parsed.push([role, cidr]);
  }
  return problems;
}

/** Every generated name must be legal for its resource type: a bad prefix or name fails here, not at apply. */
function nameProblems(env: EnvironmentSettings): Problem[] {
  const naming = namingFor(env);
  const candidates: Array<[NamedKind, string | undefined]> = [
    ...(Object.keys(NAME_RULES) as NamedKind[]).map((kind): [NamedKind, undefined] => [kind, undefined]),
    ...SUBNET_ROLES.map((role): [NamedKind, string] => ["subnet", role]),
  ];
  return candidates.flatMap(([kind, workload]) =>
    nameProblem(`environment ${env.name}`, `names.${kind}${workload ? `.${workload}` : ""}`, kind, naming.name(kind, workload)),
  );
}

function nameProblem(where: string, field: string, kind: NamedKind, name: string): Problem[] {
  const rule = nameViolation(NAME_RULES[kind], name);
  return rule ? [{ where, field: `${field} (built from prefix, name and location)`, value: name, rule }] : [];
}

function computeProblems(env: EnvironmentSettings): Problem[] {
  const size = env.compute.vmSize;
  return VM_SIZES.has(size)
    ? []
    : [{ where: `environment ${env.name}`, field: "compute.vmSize", value: size, rule: `must be a known VM size (${[...VM_SIZES].slice(0, 4).join(", ")} ... see constructs/compute/vm-sizes.ts)` }];
}

function stateProblems(state: StateSettings): Problem[] {
  const ranges: Problem[] = state.allowedIpRanges.flatMap((text, i) => {
    const cidr = parseCidr(text);
    return typeof cidr === "string" ? [{ where: "state", field: `allowedIpRanges.${i}`, value: text, rule: cidr }] : [];
  });
  const ranged = state.networkAccess === "allowed-ranges";
  if (ranged !== state.allowedIpRanges.length > 0) {
    ranges.push({
      where: "state",
      field: "allowedIpRanges",
      value: state.allowedIpRanges,
      rule: ranged
        ? "must list at least one range with networkAccess allowed-ranges: otherwise nothing can reach the state"
        : "must be empty with networkAccess any-network (set networkAccess to allowed-ranges to use them)",
    });
  }
  const location = stateStorageLocation(state);
  return [
    ...ranges,
    ...nameProblem("state", "names.resourceGroup", "resourceGroup", location.resourceGroupName),
    ...nameProblem("state", "names.storageAccount", "storageAccount", location.storageAccountName),
    ...nameProblem("state", "names.keyVault", "keyVault", location.keyVaultName),
  ];
}

/**
 * The deployment hub's network, the runners' size, and one pipeline identity per environment (and none
 * for an environment that does not exist), with legal generated names.
 */
function platformProblems(platform: PlatformSettings, environments: EnvironmentSettings[], state: StateSettings | undefined, declared: string[]): Problem[] {
  const where = "platform";
  const problems: Problem[] = [];
  const space = parseCidr(platform.network.addressSpace);
  if (typeof space === "string") problems.push({ where, field: "network.addressSpace", value: platform.network.addressSpace, rule: space });
  const parsed: Array<[string, Cidr]> = [];
  for (const [key, text] of Object.entries(platform.network.subnets)) {
    const field = `network.subnets.${key}`;
    const cidr = parseCidr(text);
    if (typeof cidr === "string") {
      problems.push({ where, field, value: text, rule: cidr });
      continue;
    }
    if (typeof space !== "string" && !contains(space, cidr)) problems.push({ where, field, value: text, rule: `must lie inside the hub's address space ${space.text}` });
    const clash = parsed.find(([, other]) => overlaps(other, cidr));
    if (clash) problems.push({ where, field, value: text, rule: `must not overlap subnet ${clash[0]} (${clash[1].text})` });
    parsed.push([key, cidr]);
  }
  // The runners are a Container Apps job: their environment needs a /27 or larger of its own.
  problems.push(...containerAppsSubnetViolations("network.subnets.runners", platform.network.subnets.runners).map((v) => ({ where, ...v, rule: `${v.rule} (the runners are Container Apps jobs)` })));
  const { cpu, memory } = platform.runners;
  problems.push(...containerAppSizingViolations({ cpu, memory, minReplicas: 0, maxReplicas: 1 }).filter((v) => v.field === "cpu" || v.field === "memory").map((v) => ({ where, ...v, field: `runners.${v.field}` })));
  // Against every declared name, well-formed or not: a mistake elsewhere in an environment is its own problem.
  const names = new Set(declared);
  for (const env of environments) {
    if (!Object.hasOwn(platform.pipelines, env.name)) {
      problems.push({ where, field: `pipelines.${env.name}`, value: undefined, rule: `is required: every environment deploys through a pipeline identity of its own (add { githubEnvironment: "${env.name}" })` });
    }
  }
  for (const name of Object.keys(platform.pipelines).filter((n) => !names.has(n))) {
    problems.push({ where, field: `pipelines.${name}`, value: platform.pipelines[name], rule: `must name an environment (${[...names].join(", ")}): an identity without an environment would deploy nothing` });
  }
  if (state) {
    const layout = platformLayout(state);
    problems.push(
      ...nameProblem(where, "names.planIdentity", "userAssignedIdentity", layout.planIdentityName),
      ...environments.flatMap((env) => nameProblem(where, `names.pipelineIdentity.${env.name}`, "userAssignedIdentity", layout.pipelineIdentityName(env.name))),
      ...nameProblem(where, "names.hubNetwork", "virtualNetwork", layout.hubNetworkName),
    );
  }
  return problems;
}

/**
 * Peered networks must not overlap (Azure refuses the peering), and the hub peers with every
 * environment: no environment may overlap the hub or another environment.
 */
function addressSpaceOverlaps(environments: EnvironmentSettings[], platform: PlatformSettings | undefined): Problem[] {
  const hub = platform && parseCidr(platform.network.addressSpace);
  const seen: Array<[string, Cidr]> = typeof hub === "object" ? [["the platform hub (platform.network.addressSpace)", hub]] : [];
  const networks = environments.flatMap((env) => [
    { env, field: "network.addressSpace", text: env.network.addressSpace, what: `environment ${env.name}` },
    ...(env.recovery.secondaryNetwork ? [{ env, field: "recovery.secondaryNetwork.addressSpace", text: env.recovery.secondaryNetwork.addressSpace, what: `environment ${env.name}'s secondary network` }] : []),
  ]);
  return networks.flatMap(({ env, field, text, what }): Problem[] => {
    const cidr = parseCidr(text);
    if (typeof cidr === "string") return [];
    const clash = seen.find(([, other]) => overlaps(other, cidr));
    seen.push([what, cidr]);
    return clash ? [{ where: `environment ${env.name}`, field, value: text, rule: `must not overlap ${clash[0]} (${clash[1].text}): every environment network is peered with the hub` }] : [];
  });
}

function encryptionProblems(env: EnvironmentSettings): Problem[] {
  const { key, fallback } = env.stateEncryption;
  // Two passphrases come from two variables, so only a repeated Key Vault key (names are case-insensitive) is a mistake.
  const same = fallback?.keyProvider === "azure_vault" && key.keyProvider === "azure_vault" && fallback.keyName.toLowerCase() === key.keyName.toLowerCase();
  return same
    ? [{ where: `environment ${env.name}`, field: "stateEncryption.fallback", value: fallback, rule: "must differ from stateEncryption.key (it is the previous key)" }]
    : [];
}

/** A pattern that builds on the foundation: both patterns enabled, and the pattern's own settings present. */
function patternPrerequisites(env: EnvironmentSettings, pattern: "sharedBackend" | "webApp" | "erp" | "metaverse"): Problem[] {
  const where = `environment ${env.name}`;
  const problems: Problem[] = [];
  if (!env.patterns.includes("foundation")) {
    problems.push({ where, field: "patterns", value: env.patterns, rule: `must include foundation when it includes ${pattern} (it runs in the foundation's network)` });
  }
  if (!env[pattern]) problems.push({ where, field: pattern, value: undefined, rule: `is required when patterns includes ${pattern}` });
  return problems;
}

/** Violations of a settings block, as Problems of the environment at `prefix`. */
function problemsAt(env: EnvironmentSettings, prefix: string): (v: Violation) => Problem {
  return (v) => ({ where: `environment ${env.name}`, ...v, field: `${prefix}${v.field}` });
}

/** The shared backend needs the foundation's network and workspace, its own settings, and sizes Azure and Confluent accept. */
function sharedBackendProblems(env: EnvironmentSettings): Problem[] {
  if (!env.patterns.includes("sharedBackend")) return [];
  const problems = patternPrerequisites(env, "sharedBackend");
  const backend = env.sharedBackend;
  if (!backend) return problems;
  const at = (prefix: string) => problemsAt(env, prefix);
  const { kafka } = backend;
  return [
    ...problems,
    ...containerAppsSubnetViolations("network.subnets.containers", env.network.subnets.containers).map(at("")),
    ...cacheSettingsViolations(backend.redis).map(at("sharedBackend.redis.")),
    ...kafkaClusterViolations(kafka).map(at("sharedBackend.kafka.")),
    ...kafkaTopicViolations(kafka.topics).map(at("sharedBackend.kafka.")),
    ...kafkaServiceAccountViolations(kafka.serviceAccounts, kafka.topics).map(at("sharedBackend.kafka.")),
    ...kafkaRbacViolations(kafka.clusterType, kafka.serviceAccounts).map(at("sharedBackend.kafka.")),
  ];
}

/** Defender plans are per subscription: two environments turning it on in one subscription would fight over it. */
function defenderOwners(environments: EnvironmentSettings[]): Problem[] {
  const owners = new Map<string, string>();
  return environments.flatMap((env): Problem[] => {
    if (!env.patterns.includes("sharedBackend") || !env.sharedBackend?.defenderForContainers) return [];
    const subscription = env.subscriptionId?.toLowerCase() ?? "(ARM_SUBSCRIPTION_ID)";
    const owner = owners.get(subscription);
    owners.set(subscription, owner ?? env.name);
    return owner
      ? [{ where: `environment ${env.name}`, field: "sharedBackend.defenderForContainers", value: true, rule: `must be false: environment ${owner} already owns Defender for Containers in subscription ${subscription} (one owner per subscription)` }]
      : [];
  });
}

/** The web application template: sizes App Service, PostgreSQL, Redis and Service Bus accept, and a positive budget. */
function webAppProblems(env: EnvironmentSettings): Problem[] {
  if (!env.patterns.includes("webApp")) return [];
  const problems = patternPrerequisites(env, "webApp");
  const web = env.webApp;
  if (!web) return problems;
  const at = (prefix: string) => problemsAt(env, prefix);
  const registry = web.registryId === undefined && !env.patterns.includes("sharedBackend")
    ? [{ where: `environment ${env.name}`, field: "webApp.registryId", value: undefined, rule: "is required without the sharedBackend pattern (whose registry is used otherwise)" }]
    : [];
  return [
    ...problems,
    ...registry,
    ...appServicePlanViolations({ sku: web.planSku, zoneBalancing: web.zoneBalancing, autoscale: web.autoscale, vnetIntegration: true })
      .map((v) => ({ ...v, field: v.field === "sku" ? "planSku" : v.field }))
      .map(at("webApp.")),
    ...postgreSqlSizingViolations(web.postgres).map(at("webApp.postgres.")),
    ...cacheSettingsViolations(web.redis).map(at("webApp.redis.")),
    ...serviceBusSkuViolations(web.serviceBus).map(at("webApp.serviceBus.")),
    ...imageViolations(web.image, "web/template").map(at("webApp.")),
  ];
}

/**
 * The metaverse platform runs on the shared backend's registry; its cluster, databases, cache, asset
 * delivery and each enabled service must be what AKS, Cosmos DB, SQL, Redis, Front Door, API Management,
 * SignalR, Cognitive Services and Functions accept.
 */
function metaverseProblems(env: EnvironmentSettings): Problem[] {
  if (!env.patterns.includes("metaverse")) return [];
  const where = `environment ${env.name}`;
  const problems = patternPrerequisites(env, "metaverse");
  if (!env.patterns.includes("sharedBackend")) {
    problems.push({ where, field: "patterns", value: env.patterns, rule: "must include sharedBackend when it includes metaverse (its cluster pulls from the shared registry)" });
  }
  const meta = env.metaverse;
  if (!meta) return problems;
  const at = (prefix: string) => problemsAt(env, prefix);
  const { aks, assets } = meta;
  const containerNames: Problem[] = assets.containers.flatMap((name, i) => {
    const rule = nameViolation(CHILD_NAME_RULES.storageContainer, name);
    return rule ? [{ where, field: `metaverse.assets.containers.${i}`, value: name, rule }] : [];
  });
  assets.anonymousReadContainers.forEach((name, i) => {
    if (!assets.containers.includes(name)) containerNames.push({ where, field: `metaverse.assets.anonymousReadContainers.${i}`, value: name, rule: `must be one of containers (${assets.containers.join(", ")})` });
  });
  return [
    ...problems,
    ...kubernetesViolations({ ...aks, adminGroupObjectIds: aks.adminGroupObjectIds ?? [], administratorCount: aks.adminGroupObjectIds ? 0 : 1, systemPool: { ...aks.systemPool, zones: aks.zones }, userPool: { ...aks.userPool, zones: aks.zones } }).map(at("metaverse.aks.")),
    ...(meta.database === "cosmos" ? cosmosViolations(meta.cosmos).map(at("metaverse.cosmos.")) : sqlDatabaseViolations(meta.sql.database).map(at("metaverse.sql.database."))),
    ...cacheSettingsViolations(meta.redis).map(at("metaverse.redis.")),
    ...containerNames,
    ...frontDoorViolations({ sku: assets.frontDoorSku, routes: assets.containers.map((name) => ({ name, patterns: [`/${name}/*`], cacheDurationSeconds: assets.cacheDurationSeconds })) })
      // A route per container: its name and pattern are the container's.
      .map((v) => ({ ...v, field: v.field.replace(/^routes\.(\d+)\.(name|patterns.*)$/, "containers.$1").replace(/^routes\.\d+\.cacheDurationSeconds$/, "cacheDurationSeconds").replace(/^sku$/, "frontDoorSku") }))
      .map(at("metaverse.assets.")),
    ...(meta.apiManagement.enabled ? apiManagementSkuViolations({ sku: meta.apiManagement.sku }).map(at("metaverse.apiManagement.")) : []),
    ...(meta.signalR.enabled
      ? signalRSkuViolations({ name: meta.signalR.sku, capacity: meta.signalR.capacity })
          .map((v) => ({ ...v, field: v.field.replace(/^sku\.capacity$/, "capacity").replace(/^sku\.name$/, "sku") }))
          .map(at("metaverse.signalR."))
      : []),
    ...(meta.cognitive.enabled ? cognitiveAccountViolations(meta.cognitive).map(at("metaverse.cognitive.")) : []),
    ...(meta.functions.enabled ? functionAppViolations(meta.functions).map(at("metaverse.functions.")) : []),
  ];
}

/**
 * The ERP microservices run on the shared backend's Container Apps environment and registry; their
 * services, database sizes and cache must be what Container Apps, Dapr, SQL, Key Vault and Redis accept,
 * and each service's generated app and identity names legal.
 */
function erpProblems(env: EnvironmentSettings): Problem[] {
  if (!env.patterns.includes("erp")) return [];
  const where = `environment ${env.name}`;
  const problems = patternPrerequisites(env, "erp");
  if (!env.patterns.includes("sharedBackend")) {
    problems.push({ where, field: "patterns", value: env.patterns, rule: "must include sharedBackend when it includes erp (its services run on the shared Container Apps environment and registry)" });
  }
  const erp = env.erp;
  if (!erp) return problems;
  const at = (prefix: string) => problemsAt(env, prefix);
  const naming = namingFor(env);
  const serviceNames = erp.services.flatMap((service, i) =>
    (["containerApp", "userAssignedIdentity"] as const).flatMap((kind) => nameProblem(where, `erp.services.${i}.name: names.${kind}`, kind, naming.name(kind, service.name))),
  );
  return [
    ...problems,
    ...erpServiceViolations(erp).map(at("erp.")),
    ...serviceNames,
    ...sqlDatabaseViolations(erp.sql.database).map(at("erp.sql.database.")),
    ...cacheSettingsViolations(erp.redis).map(at("erp.redis.")),
  ];
}

/**
 * Disaster recovery: a paired region other than the primary that offers what the modes need, the
 * prerequisites of each mode (geo backups, a secondary network, a SKU with replicas, a grace period
 * Azure accepts), and every data service meeting the targets the environment demands, by Microsoft's
 * figures for its mode (stacks/recovery-figures.ts), unless an exception with a reason relaxes them.
 */
function recoveryProblems(env: EnvironmentSettings): Problem[] {
  const where = `environment ${env.name}`;
  const recovery = env.recovery;
  const { pairedRegion } = recovery;
  const problems: Problem[] = [];
  if (pairedRegion === env.location) {
    const pair = REGIONS[env.location].pair;
    problems.push({ where, field: "recovery.pairedRegion", value: pairedRegion, rule: `must differ from location (${env.location}): a secondary in the primary region is lost with it${pair ? ` (Azure pairs ${env.location} with ${pair})` : ""}` });
  }
  const region = REGIONS[pairedRegion];
  const zonal: string[] = [];
  if (recovery.cosmos.mode === "multi-region" && env.patterns.includes("metaverse") && env.metaverse?.database === "cosmos" && env.metaverse.cosmos.zoneRedundant) zonal.push("metaverse.cosmos.zoneRedundant (the Cosmos DB read region)");
  if (recovery.registry.mode === "geo-replicated" && env.patterns.includes("sharedBackend") && env.sharedBackend?.registry.zoneRedundancy) zonal.push("sharedBackend.registry.zoneRedundancy (the registry replica)");
  if (!region.zones && zonal.length > 0) {
    problems.push({ where, field: "recovery.pairedRegion", value: pairedRegion, rule: `must offer availability zones for ${zonal.join(" and ")}: ${pairedRegion} has none` });
  }
  const network = recovery.secondaryNetwork;
  const webApp = env.patterns.includes("webApp") ? env.webApp : undefined;
  const sqlBackups = sqlBackupRedundancies(env);
  const needsNetwork = (webApp && recovery.postgres.mode === "geo-replica") || (sqlBackups.length > 0 && recovery.sql.mode === "failover-group");
  if (needsNetwork && !network) {
    problems.push({ where, field: "recovery.secondaryNetwork", value: undefined, rule: "is required with postgres mode geo-replica or sql mode failover-group: the secondaries' private endpoints live there" });
  }
  if (network) problems.push(...secondaryNetworkProblems(where, network));
  if (webApp) {
    const replicas = recovery.postgres.reportingReplica || recovery.postgres.mode === "geo-replica";
    const field = recovery.postgres.reportingReplica ? "recovery.postgres.reportingReplica" : "recovery.postgres.mode";
    problems.push(...postgreSqlReplicaViolations(field, webApp.postgres.sku, replicas).map((v) => ({ where, ...v, value: field.endsWith("mode") ? recovery.postgres.mode : v.value })));
    if (recovery.postgres.mode === "geo-backup" && !webApp.postgres.geoRedundantBackup) {
      problems.push({ where, field: "recovery.postgres.mode", value: "geo-backup", rule: "needs webApp.postgres.geoRedundantBackup: true (a geo-restore reads the geo-redundant backup)" });
    }
  }
  problems.push(...sqlFailoverGraceViolations("recovery.sql.graceMinutes", recovery.sql.graceMinutes).map((v) => ({ where, ...v })));
  if (recovery.sql.mode === "geo-backup" && sqlBackups.some((r) => r !== "Geo" && r !== "GeoZone")) {
    problems.push({ where, field: "recovery.sql.mode", value: "geo-backup", rule: "needs backupStorageRedundancy Geo or GeoZone on the SQL databases (a geo-restore reads the geo-redundant backup)" });
  }
  return [...problems, ...targetProblems(env)];
}

/** Backup redundancies of the SQL databases the environment has (ERP's, the metaverse's SQL alternative). */
function sqlBackupRedundancies(env: EnvironmentSettings): string[] {
  return [
    ...(env.patterns.includes("erp") && env.erp ? [env.erp.sql.database.backupStorageRedundancy] : []),
    ...(env.patterns.includes("metaverse") && env.metaverse?.database === "sql" ? [env.metaverse.sql.database.backupStorageRedundancy] : []),
  ];
}

function secondaryNetworkProblems(where: string, network: { addressSpace: string; privateEndpoints: string }): Problem[] {
  const space = parseCidr(network.addressSpace);
  if (typeof space === "string") return [{ where, field: "recovery.secondaryNetwork.addressSpace", value: network.addressSpace, rule: space }];
  const subnet = parseCidr(network.privateEndpoints);
  if (typeof subnet === "string") return [{ where, field: "recovery.secondaryNetwork.privateEndpoints", value: network.privateEndpoints, rule: subnet }];
  return contains(space, subnet) ? [] : [{ where, field: "recovery.secondaryNetwork.privateEndpoints", value: network.privateEndpoints, rule: `must lie inside recovery.secondaryNetwork.addressSpace ${space.text}` }];
}

/** Each data service the environment has, by what its settings' mode achieves, against the demanded targets. */
function targetProblems(env: EnvironmentSettings): Problem[] {
  const { recovery } = env;
  const targets = recovery.targets;
  if (!targets) return [];
  const figures: Array<[DataService, string, unknown, RecoveryFigure]> = [];
  const web = env.patterns.includes("webApp") ? env.webApp : undefined;
  if (web) {
    const geoReplica = recovery.postgres.mode === "geo-replica";
    figures.push(["postgres", "recovery.postgres.mode", recovery.postgres.mode, postgresRecovery({ geoReplica, lagAlertSeconds: recovery.postgres.replicationLagAlertSeconds, virtualEndpoint: geoReplica, geoRedundantBackup: recovery.postgres.mode === "geo-backup" })]);
  }
  if (sqlBackupRedundancies(env).length > 0) {
    const failoverGroup = recovery.sql.mode === "failover-group";
    figures.push(["sql", "recovery.sql.mode", recovery.sql.mode, sqlRecovery({ failoverGroupGraceMinutes: failoverGroup ? recovery.sql.graceMinutes : undefined, geoBackup: recovery.sql.mode === "geo-backup" })]);
  }
  const meta = env.patterns.includes("metaverse") ? env.metaverse : undefined;
  if (meta?.database === "cosmos") {
    const consistencyLevel = meta.cosmos.consistencyLevel ?? "Session";
    const regions = recovery.cosmos.mode === "multi-region" ? 2 : 1;
    // The CosmosDbAccount construct's bounded staleness window: Azure's floor across regions.
    figures.push(["cosmos", "recovery.cosmos.mode", recovery.cosmos.mode, cosmosRecovery({ regions, consistencyLevel, maxIntervalSeconds: consistencyLevel === "BoundedStaleness" ? 300 : undefined, automaticFailover: true })]);
  }
  figures.push(["storage", "storage.replication", env.storage.replication, storageRecovery(env.storage.replication)]);
  return figures.flatMap(([service, field, value, figure]): Problem[] => {
    const exception = recovery.exceptions?.[service];
    const rpoMinutes = exception?.rpoMinutes ?? targets.rpoMinutes;
    const rtoMinutes = exception?.rtoMinutes ?? targets.rtoMinutes;
    const misses = [
      ...(figure.rpoSeconds === undefined || figure.rpoSeconds > rpoMinutes * 60 ? [`an RPO of ${rpoMinutes} min (its RPO: ${figure.rpo})`] : []),
      ...(figure.rtoSeconds === undefined || figure.rtoSeconds > rtoMinutes * 60 ? [`an RTO of ${rtoMinutes} min (its RTO: ${figure.rto})`] : []),
    ];
    return misses.length === 0
      ? []
      : [{ where: `environment ${env.name}`, field, value, rule: `cannot meet ${misses.join(" or ")}, per "${figure.source}": choose a mode that does, or relax the target in recovery.exceptions.${service} with a reason` }];
  });
}
