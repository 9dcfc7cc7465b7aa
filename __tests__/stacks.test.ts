import * as path from "node:path";
import { IConstruct } from "constructs";
import { TerraformResource, TerraformStack, Testing } from "cdktf";
import { stateStorageLocation, StateStorageLocation } from "../backends/state-storage";
import { formatFindings } from "../policy/report";
import type { PolicyReport } from "../policy/types";
import { buildEstate } from "../stacks/estate";
import { PLATFORM_STACK_ID, platformLayout } from "../stacks/platform-layout";
import { PRIVATE_DNS_ZONES } from "../constructs/networking/private-dns-zone";
import { settings as estateSettings } from "../stacks/settings/environments";
import { EnvironmentSettings, GEO_REDUNDANT, Settings, SUBNET_ROLES } from "../stacks/settings/schema";
import { validateSettings } from "../stacks/settings/validate";
import { attributeRef, jsonResources, onlyResource } from "./helpers";

/**
 * The whole estate, built in memory the way main.ts builds it. Every stack is synthesized once (in
 * beforeAll) and the tests read the parsed JSON: a snapshot per stack, and beside it the intent the
 * snapshot alone would not state.
 */

const ENVIRONMENTS = estateSettings.environments.map((e) => e.name);
const STACK_IDS = [PLATFORM_STACK_ID, ...ENVIRONMENTS];
/** What the platform stack's resources carry as `environment`. */
const STATE_ENVIRONMENT = estateSettings.state.name;
const STATEFUL_TYPES = [
  "azurerm_storage_account",
  "azurerm_key_vault",
  "azurerm_log_analytics_workspace",
  "azurerm_resource_group",
  // The default cache; azurerm_redis_cache appears only where settings choose Azure Cache for Redis.
  "azurerm_managed_redis",
  "azurerm_container_registry",
  "azurerm_postgresql_flexible_server",
  "azurerm_servicebus_namespace",
  "azurerm_mssql_server",
  "azurerm_app_configuration",
  "azurerm_cosmosdb_account",
  "azurerm_kubernetes_cluster",
  "azurerm_kubernetes_cluster_node_pool",
  "azurerm_api_management",
  "azurerm_servicebus_queue",
  "azurerm_key_vault_secret",
  "azurerm_storage_share",
];
/** Protected by prevent_destroy alone: a lock here would be inherited by children that must stay replaceable, or cannot take one. */
const WITHOUT_LOCK = ["azurerm_resource_group", "azurerm_kubernetes_cluster", "azurerm_kubernetes_cluster_node_pool", "azurerm_key_vault_secret"];
/** Covered by their parent's lock (a queue by its namespace's, a share by its account's). */
const PARENT_LOCKED: Record<string, string> = { azurerm_servicebus_queue: "namespace_id", azurerm_storage_share: "storage_account_id" };
const REQUIRED_TAG_KEYS = ["cost-center", "environment", "managed-by", "owner", "workload"];

let settings: Settings;
let location: StateStorageLocation;
let appStackIds: string[];
let stacks: Record<string, TerraformStack>;
let synthesized: Record<string, string>;
let json: Record<string, any>;
let policy: Record<string, PolicyReport>;

beforeAll(() => {
  settings = validateSettings(estateSettings);
  location = stateStorageLocation(settings.state);
  const app = Testing.app();
  const { platform, environments } = buildEstate(app, settings);
  appStackIds = app.node.children.filter((c): c is TerraformStack => c instanceof TerraformStack).map((s) => s.node.id);
  stacks = Object.fromEntries([platform, ...environments].map((s) => [s.node.id, s]));
  // As synthesis does: check first, then the checked JSON is what is written.
  policy = Object.fromEntries([platform, ...environments].map((s) => [s.node.id, s.checkPolicy()]));
  synthesized = Object.fromEntries(Object.entries(stacks).map(([id, s]) => [id, Testing.synth(s)]));
  json = Object.fromEntries(Object.entries(synthesized).map(([id, text]) => [id, JSON.parse(text)]));
});

// ---------------------------------------------------------------------------------------------------
// Helpers over the synthesized JSON

/** `[logicalId, body]` of every resource of a type. */
const resources = jsonResources;
/** The one resource of a type (fails when there is not exactly one). */
const single = (stack: any, type: string) => onlyResource(stack, type);
/** The foundation's one resource of a type (other patterns may have their own). */
const foundationOf = (stack: any, type: string) => onlyResource(stack, type, "foundation_");
const ref = attributeRef;
/** The one resource of a type with this name (fails when there is not exactly one). */
function named(stack: any, type: string, name: string): [string, any] {
  const all = resources(stack, type).filter(([, r]) => r.name === name);
  expect([type, name, all.length]).toEqual([type, name, 1]);
  return all[0];
}

/** A nested block is an object or a one-element list depending on the provider binding. */
function block(value: any): any {
  return Array.isArray(value) ? value[0] : value;
}

function envSettings(name: string): EnvironmentSettings {
  const env = settings.environments.find((e) => e.name === name);
  if (!env) throw new Error(`no settings for ${name}`);
  return env;
}

/** Every string anywhere below a value, with the key it sits under. */
function strings(value: any, key = ""): Array<[string, string]> {
  if (typeof value === "string") return [[key, value]];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, key));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

/** NSG rules of one NSG: separate rule resources pointing at it plus any inline `security_rule`. */
function nsgRules(stack: any, nsgId: string): any[] {
  const separate = resources(stack, "azurerm_network_security_rule")
    .map(([, r]) => r)
    .filter((r) => r.network_security_group_name === ref("azurerm_network_security_group", nsgId, "name"));
  const inline = stack.resource.azurerm_network_security_group[nsgId].security_rule ?? [];
  return [...separate, ...inline];
}

/** The NSG associated with the subnet whose address prefix is `cidr`. */
function nsgOfSubnet(stack: any, cidr: string): string {
  const subnets = resources(stack, "azurerm_subnet").filter(([, s]) => s.address_prefixes.includes(cidr));
  expect(subnets).toHaveLength(1);
  const subnetRef = ref("azurerm_subnet", subnets[0][0]);
  const associations = resources(stack, "azurerm_subnet_network_security_group_association").filter(([, a]) => a.subnet_id === subnetRef);
  expect(associations).toHaveLength(1);
  const match = /^\$\{azurerm_network_security_group\.([^.]+)\.id\}$/.exec(associations[0][1].network_security_group_id);
  expect(match).not.toBeNull();
  return match![1];
}

// ---------------------------------------------------------------------------------------------------

describe("estate", () => {
  it("has exactly the stacks platform, dev, staging, prod", () => {
    expect(appStackIds).toEqual(["platform", "dev", "staging", "prod"]);
    expect(Object.keys(json)).toEqual(["platform", "dev", "staging", "prod"]);
  });

  it.each(STACK_IDS)("%s passes the policy rule pack with zero findings", (id) => {
    expect(formatFindings([policy[id]])).toBe("0 policy findings:\n");
  });

  it.each(STACK_IDS)("%s carries exactly the reviewed suppressions", (id) => {
    // A new suppression is a new exception to a guardrail: it must be added here on purpose.
    // The platform's state storage and vault send diagnostics to the hub's workspace and have private
    // endpoints in the hub: only the bootstrap's any-network access remains an exception.
    // The replicas and the SQL failover partner share their primary's password logins (staging has the
    // reporting replica, prod also the secondary region's).
    const replicas = { dev: [], staging: ["AZ-PG-008 web-app/reporting-replica/server"], prod: ["AZ-PG-008 web-app/reporting-replica/server", "AZ-PG-008 web-app/secondary-region/postgres/server", "AZ-SQL-008 erp/secondary-region/sql/server"] }[id] ?? [];
    const expected =
      id === PLATFORM_STACK_ID
        ? ["AZ-KV-004 key-vault/vault", "AZ-STG-005 storage/account"]
        : [
            "AZ-AI-001 erp/application-insights/component",
            "AZ-AI-001 metaverse/apim-application-insights/component",
            "AZ-AI-001 shared-backend/confluent-metrics/application-insights/component",
            "AZ-APIM-001 metaverse/api-management/service",
            ...["api-gateway", "auth", "billing", "inventory", "orders", "purchasing", "sales"].map((service) => `AZ-CA-004 erp/service-${service}/app`),
            "AZ-PE-001 shared-backend/flow-log-storage/account",
            "AZ-PG-008 web-app/postgres/server",
            // Standard Service Bus below prod (prod is Premium with a private endpoint).
            ...(id === "prod" ? [] : ["AZ-SB-004 web-app/service-bus/namespace"]),
            "AZ-SQL-008 erp/sql/server",
            "AZ-STG-003 metaverse/assets/account",
            "AZ-STG-004 shared-backend/flow-log-storage/account",
            "AZ-STG-008 metaverse/assets/container-media",
            "AZ-STG-008 metaverse/assets/container-vr-assets",
            "AZ-VM-003 foundation/management/scale-set",
            ...replicas,
          ].sort();
    expect(policy[id].suppressed.map((s) => `${s.ruleId} ${s.path.slice(id.length + 1)}`).sort()).toEqual(expected);
  });

  it.each(STACK_IDS)("%s matches its snapshot", (id) => {
    expect(synthesized[id]).toMatchSnapshot(id);
  });

  it.each(STACK_IDS)("%s requires OpenTofu >= 1.11.0 and the hashicorp/azurerm provider", (id) => {
    expect(json[id].terraform.required_version).toBe(">= 1.11.0");
    expect(json[id].terraform.required_providers.azurerm.source).toBe("hashicorp/azurerm");
  });

  it.each(STACK_IDS)("%s references only resources and data sources it declares itself", (id) => {
    // EstateStack skips cdktf's cross-stack pass: a reference to another stack would stay dangling here.
    const stack = json[id];
    const declared = new Set([
      ...Object.entries<Record<string, unknown>>(stack.resource ?? {}).flatMap(([type, byId]) => Object.keys(byId).map((name) => `${type}.${name}`)),
      ...Object.entries<Record<string, unknown>>(stack.data ?? {}).flatMap(([type, byId]) => Object.keys(byId).map((name) => `data.${type}.${name}`)),
      ...Object.entries<Record<string, unknown>>(stack.ephemeral ?? {}).flatMap(([type, byId]) => Object.keys(byId).map((name) => `ephemeral.${type}.${name}`)),
    ]);
    const providers = Object.keys(stack.terraform.required_providers).join("|");
    const reference = new RegExp(`\\b(?:data\\.|ephemeral\\.)?(?:${providers})_\\w+\\.[\\w-]+`, "g");
    const referenced = new Set((synthesized[id].match(/\$\{[^}]*\}/g) ?? []).flatMap((expression) => expression.match(reference) ?? []));
    expect(referenced.size).toBeGreaterThan(0);
    expect([...referenced].filter((r) => !declared.has(r))).toEqual([]);
  });

  it.each(STACK_IDS)("%s contains no absolute filesystem path", (id) => {
    expect(synthesized[id]).not.toContain("/work/");
    expect(synthesized[id]).not.toContain(process.cwd());
    // `path` and `*_path(s)` attributes are URL paths (health probes), not files.
    // ARM ids (`/subscriptions/...`) are not files either.
    // Not files: URL path patterns of Front Door routes, Cosmos partition key paths, the Functions
    // runtime's version range (`~4`), a container's command (a path inside its image).
    const notFiles = /(^|_)paths?$|^patterns_to_match$|^functions_extension_version$|^command$/;
    const absolute = strings(json[id]).filter(([key, s]) => !notFiles.test(key) && !s.startsWith("/subscriptions/") && (s.startsWith("/") || s.startsWith("~") || /^[A-Za-z]:[\\/]/.test(s)));
    expect(absolute).toEqual([]);
  });

  it.each(STACK_IDS)("%s: every resource of a taggable type carries the five required tags", (id) => {
    const stack = json[id];
    // Taggable: a type with tags on at least one instance, or whose provider class takes tags at all.
    const taggableTypes = new Set<string>(
      Object.entries<Record<string, any>>(stack.resource)
        .filter(([, byId]) => Object.values(byId).some((r) => r.tags !== undefined))
        .map(([type]) => type),
    );
    stacks[id].node
      .findAll()
      .filter((c: IConstruct): c is TerraformResource => c instanceof TerraformResource && "tagsInput" in c)
      .forEach((r) => taggableTypes.add(r.terraformResourceType));
    expect(taggableTypes.has("azurerm_resource_group")).toBe(true);

    const expectedEnvironment = id === PLATFORM_STACK_ID ? STATE_ENVIRONMENT : id;
    const tagSource = id === PLATFORM_STACK_ID ? settings.state.tags : envSettings(id).tags;
    for (const type of taggableTypes) {
      for (const [logicalId, body] of resources(stack, type)) {
        const where = `${type}.${logicalId}`;
        expect([where, Object.keys(body.tags ?? {})]).toEqual([where, expect.arrayContaining(REQUIRED_TAG_KEYS)]);
        expect([where, body.tags.environment]).toEqual([where, expectedEnvironment]);
        expect([where, body.tags["cost-center"], body.tags.owner, body.tags["managed-by"]]).toEqual([where, tagSource.costCenter, tagSource.owner, "cdktf"]);
        expect(body.tags.workload).toMatch(/\S/);
      }
    }
  });
});

describe("platform stack: the state storage", () => {
  const state = () => json[PLATFORM_STACK_ID];
  /** The group of the state storage and vault (the platform has groups for its hub and DNS too). */
  const stateGroup = () => named(state(), "azurerm_resource_group", location.resourceGroupName);

  it("tags its resources with the environment `shared`", () => {
    expect(STATE_ENVIRONMENT).toBe("shared");
    const groups = resources(state(), "azurerm_resource_group");
    expect(groups.length).toBeGreaterThan(1);
    for (const [id, group] of groups) expect([id, group.tags.environment]).toEqual([id, "shared"]);
  });

  it("creates the storage account, container, vault and group every backend names", () => {
    const [accountId, account] = single(state(), "azurerm_storage_account");
    const [groupId, group] = stateGroup();
    const [, vault] = single(state(), "azurerm_key_vault");
    expect(account.name).toBe(location.storageAccountName);
    expect(group.name).toBe(location.resourceGroupName);
    expect(account.resource_group_name).toBe(ref("azurerm_resource_group", groupId, "name"));
    expect(vault.name).toBe(location.keyVaultName);
    expect(location.keyVaultUri).toBe(`https://${vault.name}.vault.azure.net/`);

    const [, container] = single(state(), "azurerm_storage_container");
    expect(container.name).toBe("tfstate");
    expect(container.name).toBe(location.containerName);
    expect(container.storage_account_id).toBe(ref("azurerm_storage_account", accountId));
    expect(container.container_access_type).toBe("private");
  });

  it("keeps state in hardened, geo-redundant storage with versioning and soft delete", () => {
    const [, account] = single(state(), "azurerm_storage_account");
    expect(account.account_replication_type).toBe("RAGZRS");
    expect(GEO_REDUNDANT).toContain(account.account_replication_type);
    expect(account.min_tls_version).toBe("TLS1_2");
    expect(account.allow_nested_items_to_be_public).toBe(false);
    expect(account.shared_access_key_enabled).toBe(false);
    const blob = block(account.blob_properties);
    expect(blob.versioning_enabled).toBe(true);
    expect(block(blob.delete_retention_policy).days).toBeGreaterThan(0);
    expect(block(blob.container_delete_retention_policy).days).toBeGreaterThan(0);
  });

  it("creates an azure_vault key in the state vault for each environment", () => {
    const [vaultId] = single(state(), "azurerm_key_vault");
    const keys = resources(state(), "azurerm_key_vault_key").map(([, k]) => k);
    expect(keys.map((k) => k.name).sort()).toEqual(["tofu-state-dev", "tofu-state-prod", "tofu-state-staging"]);
    for (const key of keys) {
      expect(key.key_vault_id).toBe(ref("azurerm_key_vault", vaultId));
      expect(key.key_opts).toEqual(expect.arrayContaining(["wrapKey", "unwrapKey"]));
    }
  });

  it("always protects its storage and vault (prevent_destroy and a lock) and its group (prevent_destroy, never a lock) from deletion", () => {
    const locks = resources(state(), "azurerm_management_lock").map(([, l]) => l);
    for (const type of ["azurerm_storage_account", "azurerm_key_vault", "azurerm_resource_group"]) {
      const [id, body] = type === "azurerm_resource_group" ? stateGroup() : single(state(), type);
      expect([type, body.lifecycle?.prevent_destroy]).toEqual([type, true]);
      const expectedLocks = type === "azurerm_resource_group" ? 0 : 1;
      expect([type, locks.filter((l) => l.scope === ref(type, id) && l.lock_level === "CanNotDelete").length]).toEqual([type, expectedLocks]);
    }
  });

  it("starts on a local backend whose relative path lies outside the synth output", () => {
    const backend = state().terraform.backend;
    expect(Object.keys(backend)).toEqual(["local"]);
    const file = backend.local.path;
    expect(path.isAbsolute(file)).toBe(false);
    // OpenTofu runs in cdktf.out/stacks/platform: the file resolves to the project root, which synth never replaces.
    const root = "/project";
    expect(path.resolve(root, "cdktf.out/stacks/platform", file)).toBe(path.join(root, "terraform.platform.tfstate"));
  });
});

describe.each(ENVIRONMENTS)("environment %s", (env) => {
  const stack = () => json[env];
  const workspaceRef = () => ref("azurerm_log_analytics_workspace", single(stack(), "azurerm_log_analytics_workspace")[0]);

  it("keeps its state as <env>.tfstate in the state storage, with Entra ID auth", () => {
    const backend = stack().terraform.backend;
    expect(Object.keys(backend)).toEqual(["azurerm"]);
    expect(backend.azurerm).toEqual({
      container_name: "tfstate",
      key: `${env}.tfstate`,
      resource_group_name: location.resourceGroupName,
      storage_account_name: location.storageAccountName,
      use_azuread_auth: true,
      subscription_id: location.subscriptionId,
    });
    // ... which the platform stack creates under exactly those names.
    const platform = json[PLATFORM_STACK_ID];
    expect(single(platform, "azurerm_storage_account")[1].name).toBe(backend.azurerm.storage_account_name);
    named(platform, "azurerm_resource_group", backend.azurerm.resource_group_name);
    expect(single(platform, "azurerm_storage_container")[1].name).toBe(backend.azurerm.container_name);
  });

  it("encrypts state and plan with its azure_vault key, enforced", () => {
    const encryption = stack().terraform.encryption;
    const providers = Object.entries<any>(encryption.key_provider.azure_vault);
    expect(Object.keys(encryption.key_provider)).toEqual(["azure_vault"]);
    expect(providers).toHaveLength(1);
    const [name, config] = providers[0];
    expect(config).toEqual({ vault_uri: location.keyVaultUri, vault_key_name: `tofu-state-${env}`, key_length: 32 });
    expect(config.vault_uri).toBe(`https://${single(json[PLATFORM_STACK_ID], "azurerm_key_vault")[1].name}.vault.azure.net/`);
    expect(encryption.method).toEqual({ aes_gcm: { [name]: { keys: `\${key_provider.azure_vault.${name}}` } } });
    const target = { enforced: true, method: `\${method.aes_gcm.${name}}` };
    expect(encryption.state).toEqual(target);
    expect(encryption.plan).toEqual(target);
    // The key it names is one the platform stack creates.
    expect(resources(json[PLATFORM_STACK_ID], "azurerm_key_vault_key").map(([, k]) => k.name)).toContain(config.vault_key_name);
  });

  it("puts its main resource group in the environment's location", () => {
    const [, group] = foundationOf(stack(), "azurerm_resource_group");
    expect(group.name).toBe(`abs-rg-we-${env}`);
    expect(group.location).toBe("westeurope");
    expect(group.location).toBe(envSettings(env).location);
  });

  it("protects stateful resources from deletion exactly when its settings say so", () => {
    const expected = ({ dev: false, staging: true, prod: true } as Record<string, boolean>)[env];
    expect(envSettings(env).protectStatefulResources).toBe(expected);
    const locks = resources(stack(), "azurerm_management_lock").map(([, l]) => l);
    for (const type of STATEFUL_TYPES) {
      const all = resources(stack(), type);
      expect([type, all.length > 0]).toEqual([type, true]);
      for (const [id, body] of all) {
        const guarding = locks.filter((l) => l.scope === ref(type, id) && l.lock_level === "CanNotDelete");
        if (expected) {
          expect([type, body.lifecycle?.prevent_destroy]).toEqual([type, true]);
          const parentLocked = PARENT_LOCKED[type] && locks.some((l) => l.scope === body[PARENT_LOCKED[type]] && l.lock_level === "CanNotDelete");
          expect([type, guarding.length]).toEqual([type, WITHOUT_LOCK.includes(type) || parentLocked ? 0 : 1]);
          if (PARENT_LOCKED[type]) expect([type, parentLocked]).toEqual([type, true]);
        }
      }
    }
    const groupRefs = resources(stack(), "azurerm_resource_group").map(([id]) => ref("azurerm_resource_group", id));
    expect(locks.filter((l) => groupRefs.includes(l.scope))).toEqual([]);
    if (!expected) {
      const prevented = Object.entries<Record<string, any>>(stack().resource).flatMap(([type, byId]) =>
        Object.entries(byId)
          .filter(([, r]) => r.lifecycle?.prevent_destroy)
          .map(([id]) => `${type}.${id}`),
      );
      expect(prevented).toEqual([]);
      expect(locks).toEqual([]);
    }
  });

  it("makes everything placed in a subnet wait for the subnet's NSG association with the NSG's rules and its NAT gateway association", () => {
    // A subnet of the primary network (`foundation_network_`) or of prod's secondary one (`foundation_recovery-region_network_`).
    const subnetKey = (subnetId: string) => {
      const [, network, key] = /^(foundation_(?:recovery-region_)?network)_subnet-(.+)_[0-9A-F]{8}$/.exec(subnetId)!;
      return `${network}_|${key}`;
    };
    const readiness = (networkAndKey: string) => {
      const [network, key] = networkAndKey.split("|");
      return [
        ...["azurerm_subnet_network_security_group_association", "azurerm_subnet_nat_gateway_association"].flatMap((type) =>
          resources(stack(), type).filter(([id]) => id.startsWith(`${network}${type.includes("nat") ? "nat" : "nsg"}-association-${key}_`)).map(([id]) => `${type}.${id}`),
        ),
        ...resources(stack(), "azurerm_network_security_rule").filter(([id]) => id.startsWith(`${network}nsg-${key}_rules_`)).map(([id]) => `azurerm_network_security_rule.${id}`),
      ];
    };
    const placed = Object.entries<Record<string, any>>(stack().resource)
      .filter(([type]) => !["azurerm_subnet_network_security_group_association", "azurerm_subnet_nat_gateway_association", "azurerm_role_assignment"].includes(type))
      .flatMap(([type, byId]) => Object.entries(byId).map(([id, body]) => ({ address: `${type}.${id}`, body })))
      .flatMap(({ address, body }) => {
        const { depends_on: dependsOn = [], ...rest } = body;
        const subnets = [...JSON.stringify(rest).matchAll(/\$\{azurerm_subnet\.([^.]+)\.id\}/g)].map((m) => m[1]);
        return subnets.map((subnet) => ({ address, key: subnetKey(subnet), dependsOn }));
      });
    const types = new Set(placed.map((p) => p.address.split(".")[0]));
    for (const type of ["azurerm_container_app_environment", "azurerm_linux_web_app", "azurerm_linux_function_app", "azurerm_linux_virtual_machine_scale_set", "azurerm_application_gateway", "azurerm_private_endpoint", "azurerm_kubernetes_cluster", "azurerm_api_management"]) {
      expect([type, types.has(type)]).toEqual([type, true]);
    }
    expect(readiness("foundation_network_|gateway")).toContainEqual(expect.stringMatching(/^azurerm_network_security_rule\.foundation_network_nsg-gateway_rules_allow-gateway-manager_/));
    for (const { address, key, dependsOn } of placed) {
      const ready = readiness(key);
      expect([address, ready.length > 0]).toEqual([address, true]);
      expect([address, ready.filter((r) => !dependsOn.includes(r))]).toEqual([address, []]);
    }
  });

  it("has a DDoS protection plan, referenced by the VNet, only in prod", () => {
    const plans = resources(stack(), "azurerm_network_ddos_protection_plan");
    const [, vnet] = foundationOf(stack(), "azurerm_virtual_network");
    expect(envSettings(env).ddosProtection).toBe(env === "prod");
    if (env === "prod") {
      expect(plans).toHaveLength(1);
      const ddos = block(vnet.ddos_protection_plan);
      expect(ddos.id).toBe(ref("azurerm_network_ddos_protection_plan", plans[0][0]));
      expect(ddos.enable).toBe(true);
    } else {
      expect(plans).toEqual([]);
      expect(vnet.ddos_protection_plan).toBeUndefined();
    }
  });

  it("builds the segmented network from the settings", () => {
    const network = envSettings(env).network;
    const [vnetId, vnet] = foundationOf(stack(), "azurerm_virtual_network");
    expect(vnet.address_space).toEqual([network.addressSpace]);
    expect(vnet.address_space).toEqual([({ dev: "10.10.0.0/16", staging: "10.20.0.0/16", prod: "10.30.0.0/16" } as Record<string, string>)[env]]);

    const subnets = resources(stack(), "azurerm_subnet").filter(([id]) => id.startsWith("foundation_network_"));
    expect(subnets).toHaveLength(SUBNET_ROLES.length);
    expect(subnets.flatMap(([, s]) => s.address_prefixes).sort()).toEqual(SUBNET_ROLES.map((r) => network.subnets[r]).sort());
    for (const [, s] of subnets) expect(s.virtual_network_name).toBe(ref("azurerm_virtual_network", vnetId, "name"));

    const associations = resources(stack(), "azurerm_subnet_network_security_group_association").filter(([id]) => id.startsWith("foundation_network_")).map(([, a]) => a);
    expect(associations).toHaveLength(SUBNET_ROLES.length);
    expect(associations.map((a) => a.subnet_id).sort()).toEqual(subnets.map(([id]) => ref("azurerm_subnet", id)).sort());
    const nsgRefs = associations.map((a) => a.network_security_group_id);
    expect(new Set(nsgRefs).size).toBe(SUBNET_ROLES.length);
    const nsgIds = resources(stack(), "azurerm_network_security_group").filter(([id]) => id.startsWith("foundation_network_")).map(([id]) => ref("azurerm_network_security_group", id));
    expect(nsgRefs.sort()).toEqual(nsgIds.sort());
  });

  it("opens the gateway subnet to the internet on 443 and 80 only through its NSG", () => {
    const network = envSettings(env).network;
    const rules = nsgRules(stack(), nsgOfSubnet(stack(), network.subnets.gateway));
    const fromInternet = rules.filter((r) => r.direction === "Inbound" && r.access === "Allow" && r.source_address_prefix === "Internet");
    expect(fromInternet.map((r) => r.destination_port_range).sort()).toEqual(["443", "80"]);
  });

  it("lets only the app subnet into the data subnet, on seed 003's ports, and SSH only from the management subnet", () => {
    const network = envSettings(env).network;
    const rules = nsgRules(stack(), nsgOfSubnet(stack(), network.subnets.data));
    const allow = rules.filter((r) => r.direction === "Inbound" && r.access === "Allow" && r.source_address_prefix === network.subnets.app);
    const ssh = rules.filter((r) => r.direction === "Inbound" && r.access === "Allow" && r.source_address_prefix === network.subnets.management);
    const deny = rules.filter((r) => r.direction === "Inbound" && r.access === "Deny" && r.source_address_prefix === "VirtualNetwork");
    expect(allow).toHaveLength(1);
    expect([...allow[0].destination_port_ranges].sort()).toEqual(["10000", "443", "5432", "5671", "5672", "6379", "6380", "6432"]);
    expect(ssh.map((r) => [r.destination_port_range, r.protocol])).toEqual([["22", "Tcp"]]);
    expect(deny).toHaveLength(1);
    // Lower priority numbers are evaluated first: the allows must come before the deny.
    expect(Math.max(allow[0].priority, ssh[0].priority)).toBeLessThan(deny[0].priority);
    expect(rules.filter((r) => r.access === "Allow" && r.direction === "Inbound")).toEqual([...allow, ...ssh]);
  });

  it("admits SSH to the app subnet only from the management subnet, denies the rest of the VNet, and delegates it to App Service", () => {
    const network = envSettings(env).network;
    const rules = nsgRules(stack(), nsgOfSubnet(stack(), network.subnets.app));
    const allows = rules.filter((r) => r.direction === "Inbound" && r.access === "Allow");
    expect(allows.map((r) => [r.source_address_prefix, r.destination_port_range])).toEqual([[network.subnets.management, "22"]]);
    expect(rules.some((r) => r.access === "Deny" && r.source_address_prefix === "VirtualNetwork" && r.priority > allows[0].priority)).toBe(true);
    const [, app] = resources(stack(), "azurerm_subnet").find(([, s]) => s.address_prefixes[0] === network.subnets.app)!;
    expect(app.delegation[0].service_delegation.name).toBe("Microsoft.Web/serverFarms");
  });

  it("applies the security defaults to Key Vault, storage and monitoring", () => {
    const vaults = resources(stack(), "azurerm_key_vault");
    expect(vaults.length).toBeGreaterThan(0);
    for (const [, vault] of vaults) {
      expect(vault.purge_protection_enabled).toBe(true);
      expect(vault.soft_delete_retention_days).toBe(90);
      expect(vault.rbac_authorization_enabled).toBe(true);
      expect(vault.public_network_access_enabled).toBe(false);
    }

    const accounts = resources(stack(), "azurerm_storage_account");
    expect(accounts.length).toBeGreaterThan(0);
    // Private endpoints only, except the flow-log store, which trusted Azure services reach through the bypass.
    for (const [id, account] of accounts) {
      const firewalled = account.network_rules?.default_action === "Deny" && !account.network_rules.ip_rules?.length && account.network_rules.bypass?.includes("AzureServices");
      expect([id, account.public_network_access_enabled === false || (id.startsWith("shared-backend_flow-log-storage") && firewalled)]).toEqual([id, true]);
    }

    const [workspaceId, workspace] = single(stack(), "azurerm_log_analytics_workspace");
    expect(workspace.sku).toBe("PerGB2018");
    expect(workspace.retention_in_days).toBe(30);
    expect(workspace.retention_in_days).toBe(envSettings(env).logAnalytics.retentionDays);

    const components = resources(stack(), "azurerm_application_insights");
    expect(components.length).toBeGreaterThan(0);
    for (const [, insights] of components) expect(insights.workspace_id).toBe(ref("azurerm_log_analytics_workspace", workspaceId));
  });

  it("reaches the vault, blob and file services only through private endpoints registered in the platform's central private DNS", () => {
    const layout = platformLayout(settings.state);
    const platform = json[PLATFORM_STACK_ID];
    const [vaultId] = foundationOf(stack(), "azurerm_key_vault");
    const [accountId] = resources(stack(), "azurerm_storage_account").find(([id]) => id.startsWith("foundation_"))!;
    const [vnetId] = foundationOf(stack(), "azurerm_virtual_network");
    // The platform hosts the privatelink zones in its DNS group; the environment creates none of its own.
    const [dnsGroupId] = named(platform, "azurerm_resource_group", layout.dnsResourceGroupName);
    const centralZones = resources(platform, "azurerm_private_dns_zone")
      .filter(([, z]) => z.resource_group_name === ref("azurerm_resource_group", dnsGroupId, "name"))
      .map(([, z]) => z.name);
    const ownPrivatelinkZones = resources(stack(), "azurerm_private_dns_zone").filter(([, z]) => Object.values(PRIVATE_DNS_ZONES).includes(z.name));
    expect(ownPrivatelinkZones).toEqual([]);
    const links = resources(stack(), "azurerm_private_dns_zone_virtual_network_link").map(([, l]) => l);
    const expected: Array<[string, string, string]> = [
      ["vault", ref("azurerm_key_vault", vaultId), "privatelink.vaultcore.azure.net"],
      ["blob", ref("azurerm_storage_account", accountId), "privatelink.blob.core.windows.net"],
      ["file", ref("azurerm_storage_account", accountId), "privatelink.file.core.windows.net"],
    ];
    const endpoints = resources(stack(), "azurerm_private_endpoint").map(([, e]) => e);
    for (const [subresource, target, zoneName] of expected) {
      const matching = endpoints.filter((e) => block(e.private_service_connection).private_connection_resource_id === target && block(e.private_service_connection).subresource_names.includes(subresource));
      expect([subresource, matching.length]).toEqual([subresource, 1]);
      const endpoint = matching[0];
      expect(block(endpoint.private_service_connection).private_connection_resource_id).toBe(target);
      expect(block(endpoint.private_service_connection).is_manual_connection).toBe(false);
      const group = block(endpoint.private_dns_zone_group);
      expect(group).toBeDefined();
      // Registered in the platform's zone of that name (an ARM id: the zone lives in another stack) ...
      expect(group.private_dns_zone_ids).toHaveLength(1);
      expect(group.private_dns_zone_ids[0]).toMatch(new RegExp(`^/subscriptions/[^/]+/resourceGroups/${layout.dnsResourceGroupName}/providers/Microsoft\\.Network/privateDnsZones/${zoneName.replace(/\./g, "\\.")}$`));
      expect([zoneName, centralZones.includes(zoneName)]).toEqual([zoneName, true]);
      // ... which this environment links to its own network, resolution only.
      const linked = links.filter((l) => l.private_dns_zone_name === zoneName && l.resource_group_name === layout.dnsResourceGroupName && l.virtual_network_id === ref("azurerm_virtual_network", vnetId));
      expect([zoneName, linked.length]).toEqual([zoneName, 1]);
      expect(linked[0].registration_enabled).toBe(false);
    }
  });

  it("marks every output carrying a key, password or connection string sensitive", () => {
    const outputs = Object.entries<any>(stack().output);
    // A name ending in `key`, or naming a connection string, access key, password or secret
    // (`key_vault_uri` is a URI, not a key).
    const secretName = /connection_string|access_key|password|secret|(^|_)key$/;
    const secretValue = /connection_string|access_key|password|secret|\.result\}/;
    const secret = outputs.filter(([name, o]) => secretName.test(name) || strings(o.value).some(([, v]) => secretValue.test(v)));
    expect(secret.map(([name]) => name).sort()).toEqual(
      expect.arrayContaining(["application_insights_connection_string", "storage_primary_access_key", "storage_primary_connection_string"]),
    );
    for (const [name, o] of secret) expect([name, o.sensitive]).toEqual([name, true]);
  });

  it("writes no password or secret value as a literal", () => {
    const offending = Object.entries<Record<string, any>>(stack().resource).flatMap(([type, byId]) =>
      Object.entries(byId).flatMap(([id, body]) =>
        strings(body)
          .filter(([key]) => /password/.test(key) || (type === "azurerm_key_vault_secret" && key === "value"))
          .filter(([, v]) => !v.includes("${"))
          .map(([key, v]) => `${type}.${id}.${key} = ${v}`),
      ),
    );
    expect(offending).toEqual([]);
  });

  it("sends every diagnostic setting to the environment's workspace, from a resource of the stack", () => {
    const settingsOf = resources(stack(), "azurerm_monitor_diagnostic_setting").map(([, d]) => d);
    expect(settingsOf.length).toBeGreaterThan(0);
    const targetTypes = new Set<string>();
    for (const d of settingsOf) {
      expect(d.log_analytics_workspace_id).toBe(workspaceRef());
      const target = /^\$\{(azurerm_[a-z_]+)\.([^.}]+)\.id\}(\/.*)?$/.exec(d.target_resource_id);
      expect([d.target_resource_id, target !== null]).toEqual([d.target_resource_id, true]);
      const [, type, id] = target!;
      expect(stack().resource[type]?.[id]).toBeDefined();
      targetTypes.add(type);
      expect([...(d.enabled_log ?? []), ...(d.enabled_metric ?? [])].length).toBeGreaterThan(0);
    }
    expect([...targetTypes]).toEqual(
      expect.arrayContaining([
        "azurerm_key_vault",
        "azurerm_storage_account",
        "azurerm_virtual_network",
        "azurerm_network_security_group",
        "azurerm_log_analytics_workspace",
        "azurerm_linux_virtual_machine_scale_set",
      ]),
    );
  });

  it("logs into the management scale set with the SSH key variable only", () => {
    const variable = stack().variable.management_ssh_public_key;
    expect(variable).toMatchObject({ type: "string", nullable: false });
    const [, vmss] = single(stack(), "azurerm_linux_virtual_machine_scale_set");
    expect(vmss.disable_password_authentication).toBe(true);
    expect(vmss.admin_password).toBeUndefined();
    expect(block(vmss.admin_ssh_key).public_key).toBe("${var.management_ssh_public_key}");
  });
});
