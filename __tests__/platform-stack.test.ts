import { Testing } from "cdktf";
import { stateStorageLocation } from "../backends/state-storage";
import { PRIVATE_DNS_ZONES } from "../constructs/networking/private-dns-zone";
import { BUILT_IN_ROLES } from "../constructs/security/built-in-roles";
import { PLAN_ACTIONS } from "../constructs/patterns/platform/pipeline-identities";
import { settings } from "../stacks/settings/environments";
import { applyOverrides } from "../stacks/settings/load";
import { validateSettings } from "../stacks/settings/validate";
import { PlatformStack } from "../stacks/platform-stack";
import { PLATFORM_STACK_ID, platformLayout } from "../stacks/platform-layout";
import { estateOutput } from "./helpers";

/** The platform stack's synthesized JSON for the default settings with these overrides. */
function platformWith(overrides: Parameters<typeof applyOverrides>[1] = {}, grantedRoles = ["AcrPull", "Key Vault Secrets User"]): any {
  const valid = validateSettings(applyOverrides(settings, overrides));
  const stack = new PlatformStack(Testing.app(), {
    settings: valid.state,
    platform: valid.platform,
    location: stateStorageLocation(valid.state),
    layout: platformLayout(valid.state),
    environments: valid.environments,
    grantedRoles: () => grantedRoles,
  });
  return JSON.parse(Testing.synth(stack));
}

const all = (json: any, type: string): Array<[string, any]> => Object.entries<any>(json.resource[type] ?? {});
const only = (json: any, type: string) => {
  const found = all(json, type);
  expect(found).toHaveLength(1);
  return found[0][1];
};
const ref = (type: string, name: string, attr = "id") => `\${${type}.${name}.${attr}}`;
const named = (json: any, type: string, name: string): [string, any] => {
  const found = all(json, type).find(([, r]) => r.name === name);
  if (!found) throw new Error(`no ${type} named ${name}`);
  return found;
};

const json = platformWith();
const [hubName] = named(json, "azurerm_virtual_network", "abs-vnet-hub-we-shared");
/** An identity's grants, each with the role's name (a custom role's from its definition). */
const grantsOf = (identityName: string) => {
  const [identity] = named(json, "azurerm_user_assigned_identity", identityName);
  const customName = (id: string) => all(json, "azurerm_role_definition").find(([name]) => id === ref("azurerm_role_definition", name, "role_definition_resource_id"))?.[1].name;
  return all(json, "azurerm_role_assignment")
    .filter(([, g]) => g.principal_id === ref("azurerm_user_assigned_identity", identity, "principal_id"))
    .map(([, g]) => ({ ...g, role_definition_name: g.role_definition_name ?? customName(g.role_definition_id) }));
};

describe("platform stack: state storage and vault", () => {
  it("any-network: public endpoints with Entra ID RBAC as the only gate, never shared keys", () => {
    const storage = only(json, "azurerm_storage_account");
    const vault = only(json, "azurerm_key_vault");
    expect(storage).toMatchObject({ public_network_access_enabled: true, shared_access_key_enabled: false, network_rules: { default_action: "Allow" } });
    expect(vault).toMatchObject({ rbac_authorization_enabled: true, network_acls: { default_action: "Allow" } });
  });

  it("allowed-ranges: firewalls deny by default and admit only the listed ranges", () => {
    const ranged = platformWith({ state: { networkAccess: "allowed-ranges", allowedIpRanges: ["203.0.113.0/28"] } });
    expect(only(ranged, "azurerm_storage_account").network_rules).toMatchObject({ default_action: "Deny", ip_rules: ["203.0.113.0/28"] });
    expect(only(ranged, "azurerm_key_vault").network_acls).toMatchObject({ default_action: "Deny", ip_rules: ["203.0.113.0/28"] });
  });

  it("private: public endpoints closed once the runners reach both through the hub", () => {
    const closed = platformWith({ state: { networkAccess: "private" } });
    expect(only(closed, "azurerm_storage_account")).toMatchObject({ public_network_access_enabled: false, network_rules: { default_action: "Deny", ip_rules: [] } });
    expect(only(closed, "azurerm_key_vault")).toMatchObject({ public_network_access_enabled: false, network_acls: { default_action: "Deny" } });
  });

  it("reaches the state storage (blob) and vault through private endpoints in the hub, in the central zones", () => {
    const [endpointSubnet] = named(json, "azurerm_subnet", "abs-snet-private-endpoints-we-shared");
    const endpoints = all(json, "azurerm_private_endpoint").map(([, pe]) => pe);
    const [blobZone] = named(json, "azurerm_private_dns_zone", PRIVATE_DNS_ZONES.blob);
    const [vaultZone] = named(json, "azurerm_private_dns_zone", PRIVATE_DNS_ZONES.vault);
    expect(endpoints.map((pe) => [pe.private_service_connection.subresource_names, pe.private_dns_zone_group.private_dns_zone_ids, pe.subnet_id]).sort()).toEqual(
      [
        [["blob"], [ref("azurerm_private_dns_zone", blobZone)], ref("azurerm_subnet", endpointSubnet)],
        [["vault"], [ref("azurerm_private_dns_zone", vaultZone)], ref("azurerm_subnet", endpointSubnet)],
      ].sort(),
    );
  });

  it("grants operators blob data access on the storage and crypto use of the vault, nothing broader", () => {
    const operator = "11111111-1111-1111-1111-111111111111";
    const grants = all(platformWith({ state: { operatorObjectIds: [operator] } }), "azurerm_role_assignment").filter(([, r]) => r.principal_id === operator);
    expect(grants.map(([, g]) => g.role_definition_name).sort()).toEqual(["Key Vault Crypto User", "Storage Blob Data Contributor"]);
  });

  it("moves its own state into the storage it created when backend is remote", () => {
    const remote = platformWith({ state: { backend: "remote" } });
    expect(remote.terraform.backend.azurerm).toMatchObject({ key: "platform.tfstate", container_name: "tfstate", use_azuread_auth: true });
    expect(remote.terraform.backend.local).toBeUndefined();
    expect(json.terraform.backend.local.path).toBe("../../../terraform.platform.tfstate");
  });

  it("state keys rotate, with a notice before a version expires", () => {
    // azurerm requires notify_before_expiry with expire_after (RequiredWith).
    for (const [, key] of all(json, "azurerm_key_vault_key")) expect(key.rotation_policy).toEqual({ automatic: { time_after_creation: "P365D" }, expire_after: "P395D", notify_before_expiry: "P30D" });
    expect(all(json, "azurerm_key_vault_key").map(([, k]) => k.name).sort()).toEqual(["tofu-state-dev", "tofu-state-prod", "tofu-state-staging"]);
  });
});

describe("platform stack: deployment hub", () => {
  it("the hub network has the runners' delegated, NAT-egress subnet and a private-endpoint subnet only the runners reach", () => {
    expect(json.resource.azurerm_virtual_network[hubName].address_space).toEqual(["10.0.0.0/22"]);
    const [runners, runnerSubnet] = named(json, "azurerm_subnet", "abs-snet-runners-we-shared");
    expect(runnerSubnet).toMatchObject({ address_prefixes: ["10.0.0.0/24"], default_outbound_access_enabled: false, delegation: [{ service_delegation: { name: "Microsoft.App/environments" } }] });
    expect(all(json, "azurerm_subnet_nat_gateway_association").map(([, a]) => a.subnet_id)).toEqual([ref("azurerm_subnet", runners)]);
    const rules = all(json, "azurerm_network_security_rule").map(([, r]) => r).filter((r) => r.destination_address_prefix === "10.0.1.0/26" || r.name === "deny-vnet-inbound");
    expect(rules.map((r) => [r.name, r.access, r.source_address_prefix, r.destination_port_range])).toEqual([
      ["allow-runners-https", "Allow", "10.0.0.0/24", "443"],
      ["deny-vnet-inbound", "Deny", "VirtualNetwork", "*"],
    ]);
  });

  it("hosts every privatelink zone of the estate once, each linked to the hub for resolution only", () => {
    const zones = all(json, "azurerm_private_dns_zone");
    expect(zones.map(([, z]) => z.name).sort()).toEqual(Object.values(PRIVATE_DNS_ZONES).sort());
    const links = all(json, "azurerm_private_dns_zone_virtual_network_link").map(([, l]) => l);
    for (const [zone] of zones) {
      expect(links.filter((l) => l.private_dns_zone_name === ref("azurerm_private_dns_zone", zone, "name"))).toEqual([
        expect.objectContaining({ virtual_network_id: ref("azurerm_virtual_network", hubName), registration_enabled: false }),
      ]);
    }
    const [dnsGroup] = named(json, "azurerm_resource_group", "abs-rg-dns-we-shared");
    expect(new Set(zones.map(([, z]) => z.resource_group_name))).toEqual(new Set([ref("azurerm_resource_group", dnsGroup, "name")]));
  });

  it("creates the Network Watcher of every region the estate uses before any VNet, under Azure's own names", () => {
    const watchers = all(json, "azurerm_network_watcher");
    // The environments' region and their paired region (recovery.pairedRegion), where the secondary networks live.
    expect(watchers.map(([, w]) => [w.name, w.location])).toEqual([
      ["NetworkWatcher_northeurope", "northeurope"],
      ["NetworkWatcher_westeurope", "westeurope"],
    ]);
    const [group] = named(json, "azurerm_resource_group", "NetworkWatcherRG");
    expect(watchers[0][1].resource_group_name).toBe(ref("azurerm_resource_group", group, "name"));
    expect([...json.resource.azurerm_virtual_network[hubName].depends_on].sort()).toEqual(watchers.map(([name]) => `azurerm_network_watcher.${name}`).sort());
    const threeRegions = platformWith({ environments: { prod: { location: "uksouth", recovery: { pairedRegion: "ukwest", cosmos: { mode: "single-region" }, registry: { mode: "single-region" }, exceptions: { cosmos: { rpoMinutes: 240, rtoMinutes: 10080, reason: "a test of the watchers, not of recovery" } } } } } });
    expect(all(threeRegions, "azurerm_network_watcher").map(([, w]) => w.name).sort()).toEqual(["NetworkWatcher_northeurope", "NetworkWatcher_uksouth", "NetworkWatcher_ukwest", "NetworkWatcher_westeurope"]);
  });
});

describe("platform stack: runners", () => {
  const [jobName, job] = all(json, "azurerm_container_app_job")[0];
  const [identity] = named(json, "azurerm_user_assigned_identity", "abs-id-runners-we-shared");
  const [secretName, secret] = named(json, "azurerm_key_vault_secret", "github-runner-token");

  it("an event-driven Container Apps job scales GitHub runners from zero on queued jobs with the label", () => {
    expect(jobName).toBeDefined();
    expect(job.event_trigger_config.scale[0]).toEqual({
      min_executions: 0,
      max_executions: 6,
      polling_interval_in_seconds: 30,
      rules: [
        {
          name: "github-runner",
          custom_rule_type: "github-runner",
          metadata: { owner: "example-org", runnerScope: "repo", repos: "azure-estate", labels: "azure-estate", targetWorkflowQueueLength: "1" },
          authentication: [{ trigger_parameter: "personalAccessToken", secret_name: "github-token" }],
        },
      ],
    });
    expect(job).toMatchObject({ replica_retry_limit: 0, replica_timeout_in_seconds: 10800, workload_profile_name: "Consumption" });
    const container = job.template.container[0];
    expect(container.image).toBe("ghcr.io/actions/actions-runner:2.336.0");
    expect(container.command.join(" ")).toMatch(/config\.sh --unattended --ephemeral .*--labels "\$RUNNER_LABEL"[\s\S]*exec \.\/run\.sh$/);
    // A literal `${` would be an OpenTofu interpolation inside the shell script.
    expect(container.command[2]).not.toContain("${");
  });

  it("the registration token is a Key Vault reference read with the job's identity after its grant has propagated", () => {
    expect(job.secret).toEqual([{ name: "github-token", key_vault_secret_id: ref("azurerm_key_vault_secret", secretName, "versionless_id"), identity: ref("azurerm_user_assigned_identity", identity) }]);
    expect(job.template.container[0].env).toContainEqual({ name: "GITHUB_PAT", secret_name: "github-token" });
    const [grantName, grant] = all(json, "azurerm_role_assignment").find(([, g]) => g.scope === ref("azurerm_key_vault_secret", secretName, "resource_versionless_id"))!;
    expect(grant).toMatchObject({ role_definition_name: "Key Vault Secrets User", principal_id: ref("azurerm_user_assigned_identity", identity, "principal_id") });
    const [sleep] = all(json, "time_sleep").find(([, s]) => s.triggers.role_assignment_id === ref("azurerm_role_assignment", grantName))!;
    expect(job.depends_on).toEqual([`time_sleep.${sleep}`]);
  });

  it("the token reaches Key Vault only through the write-only value from an ephemeral variable", () => {
    expect(secret.value).toBeUndefined();
    expect(secret).toMatchObject({ value_wo: "${var.github_runner_token}", value_wo_version: 1 });
    expect(json.variable.github_runner_token).toMatchObject({ ephemeral: true, sensitive: true, nullable: false });
  });

  it("the runners' environment is internal, in the runner subnet, after its NSG and NAT associations", () => {
    const env = only(json, "azurerm_container_app_environment");
    const [runners] = named(json, "azurerm_subnet", "abs-snet-runners-we-shared");
    expect(env).toMatchObject({ internal_load_balancer_enabled: true, infrastructure_subnet_id: ref("azurerm_subnet", runners) });
    expect(env.depends_on.sort()).toEqual(
      [...all(json, "azurerm_subnet_nat_gateway_association"), ...all(json, "azurerm_subnet_network_security_group_association")]
        .filter(([, a]) => a.subnet_id === ref("azurerm_subnet", runners))
        .map(([name]) => (name.includes("nat") ? `azurerm_subnet_nat_gateway_association.${name}` : `azurerm_subnet_network_security_group_association.${name}`))
        .sort(),
    );
  });
});

describe("platform stack: pipeline identities", () => {
  const subjects = all(json, "azurerm_federated_identity_credential").map(([, c]) => [c.subject, c.issuer, c.audience]);

  it("one OIDC identity per environment for its GitHub environment, and one plan identity for pull requests and main", () => {
    const issuer = "https://token.actions.githubusercontent.com";
    expect(subjects.sort()).toEqual(
      [
        ...["dev", "staging", "prod"].map((env) => [`repo:example-org/azure-estate:environment:${env}`, issuer, ["api://AzureADTokenExchange"]]),
        ["repo:example-org/azure-estate:pull_request", issuer, ["api://AzureADTokenExchange"]],
        ["repo:example-org/azure-estate:ref:refs/heads/main", issuer, ["api://AzureADTokenExchange"]],
      ].sort(),
    );
  });

  it("immutable subjects carry the numeric owner and repository ids", () => {
    const immutable = platformWith({ platform: { github: { owner: "example-org", repository: "azure-estate", immutableIds: { owner: 42, repository: 4242 } } } });
    expect(all(immutable, "azurerm_federated_identity_credential").map(([, c]) => c.subject)).toContain("repo:example-org@42/azure-estate@4242:environment:prod");
  });

  it("a deploy identity holds exactly: Contributor, constrained role assignment, locks, hub peering, DNS join, its own state blob and key", () => {
    const grants = grantsOf("abs-id-pipeline-dev-we-shared");
    const byRole = Object.fromEntries(grants.map((g) => [g.role_definition_name, g]));
    expect(grants.map((g) => g.role_definition_name).sort()).toEqual(
      ["Contributor", "Estate hub peering (abs-shared)", "Estate lock operator (abs-shared)", "Estate private DNS joiner (abs-shared)", "Key Vault Crypto User", "Reader", "Role Based Access Control Administrator", "Storage Blob Data Contributor"].sort(),
    );
    expect(byRole["Role Based Access Control Administrator"].condition).toBe(
      `((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})) OR (@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {${BUILT_IN_ROLES.AcrPull}, ${BUILT_IN_ROLES["Key Vault Secrets User"]}}))` +
        ` AND ((!(ActionMatches{'Microsoft.Authorization/roleAssignments/delete'})) OR (@Resource[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {${BUILT_IN_ROLES.AcrPull}, ${BUILT_IN_ROLES["Key Vault Secrets User"]}}))`,
    );
    expect(byRole["Role Based Access Control Administrator"].condition_version).toBe("2.0");
    expect(byRole["Storage Blob Data Contributor"].condition).toContain("@Resource[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:path] StringStartsWith 'dev.tfstate'");
    expect(byRole["Storage Blob Data Contributor"].condition).toContain("@Request[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:prefix] StringStartsWith 'dev.tfstate'");
    expect(byRole["Storage Blob Data Contributor"].scope).toMatch(/\/blobServices\/default\/containers\/tfstate$/);
    const [devKey] = named(json, "azurerm_key_vault_key", "tofu-state-dev");
    expect(byRole["Key Vault Crypto User"].scope).toBe(ref("azurerm_key_vault_key", devKey, "resource_versionless_id"));
    expect(byRole["Estate hub peering (abs-shared)"].scope).toBe(ref("azurerm_virtual_network", hubName));
  });

  it("the custom roles are narrow: locks, peering, DNS join; the plan role reads and lists keys but writes nothing", () => {
    const roles = Object.fromEntries(all(json, "azurerm_role_definition").map(([, r]) => [r.name, r.permissions[0]]));
    expect(roles["Estate lock operator (abs-shared)"].actions).toEqual(["Microsoft.Authorization/locks/read", "Microsoft.Authorization/locks/write", "Microsoft.Authorization/locks/delete"]);
    const plan = roles["Estate plan reader (abs-shared)"];
    expect(plan.actions).toEqual(PLAN_ACTIONS);
    for (const action of [...plan.actions, ...plan.data_actions]) expect(action).toMatch(/(\/read|\/list[A-Za-z]*\/action|\/ListKeys\/action|\/readonlykeys\/action|\/sharedKeys\/action|\/getSecret\/action|\/readMetadata\/action)$/);
  });

  it("the plan identity: plan role on each subscription, state read-only, every environment's state key", () => {
    const grants = grantsOf("abs-id-pipeline-plan-we-shared");
    expect(grants.map((g) => g.role_definition_name).sort()).toEqual(["Estate plan reader (abs-shared)", "Key Vault Crypto User", "Key Vault Crypto User", "Key Vault Crypto User", "Storage Blob Data Reader"]);
  });

  it("the deploy identities may assign exactly the roles the environment stacks grant", () => {
    const estate = estateOutput();
    const granted = new Set(["dev", "staging", "prod"].flatMap((env) => Object.values<any>(estate[env].resource.azurerm_role_assignment).map((g) => g.role_definition_name)));
    const platform = estate[PLATFORM_STACK_ID];
    const condition = Object.values<any>(platform.resource.azurerm_role_assignment).find((g) => g.role_definition_name === "Role Based Access Control Administrator").condition;
    const ids = /GuidEquals \{([^}]*)\}/.exec(condition)![1].split(", ");
    expect(ids.sort()).toEqual([...granted].map((name) => BUILT_IN_ROLES[name]).sort());
  });

  it("an environment stack that grants a role without a known id stops synthesis", () => {
    expect(() => platformWith({}, ["Owner"])).toThrow('platform/pipeline: grantedRoles = "Owner": must be a built-in role listed in constructs/security/built-in-roles.ts');
  });
});

describe("platform settings: bad input stops synthesis with the field, the value and the rule", () => {
  const problem = (overrides: Parameters<typeof applyOverrides>[1]) => () => validateSettings(applyOverrides(settings, overrides));

  it("an environment overlapping the hub", () => {
    expect(problem({ platform: { network: { addressSpace: "10.10.0.0/22", subnets: { runners: "10.10.0.0/24", privateEndpoints: "10.10.1.0/26" } } } })).toThrow(
      'environment dev: network.addressSpace = "10.10.0.0/16": must not overlap the platform hub (platform.network.addressSpace) (10.10.0.0/22): every environment network is peered with the hub',
    );
  });

  it("two environments overlapping each other", () => {
    expect(problem({ environments: { staging: { network: { addressSpace: "10.10.0.0/16" } } } })).toThrow('environment staging: network.addressSpace = "10.10.0.0/16": must not overlap environment dev (10.10.0.0/16)');
  });

  it("a runner subnet too small for a Container Apps environment", () => {
    expect(problem({ platform: { network: { subnets: { runners: "10.0.0.0/28" } } } })).toThrow(
      'platform: network.subnets.runners = "10.0.0.0/28": must be a /27 or larger to host a Container Apps environment with workload profiles (the runners are Container Apps jobs)',
    );
  });

  it("a malformed repository for the federated subject", () => {
    expect(problem({ platform: { github: { owner: "example-org", repository: "azure estate" } } })).toThrow(
      `platform: github.repository = "azure estate": must be a GitHub repository name: 1-100 letters, digits, '.', '_' or '-' (not . or ..)`,
    );
    expect(problem({ platform: { github: { owner: "-org", repository: "x" } } })).toThrow('platform: github.owner = "-org": must be a GitHub account name');
  });

  it("an environment without a pipeline identity, and an identity without an environment", () => {
    const withoutProd = { ...settings, platform: { ...settings.platform, pipelines: { dev: { githubEnvironment: "dev" }, staging: { githubEnvironment: "staging" }, qa: { githubEnvironment: "qa" } } } };
    expect(() => validateSettings(withoutProd)).toThrow('platform: pipelines.prod = (missing): is required: every environment deploys through a pipeline identity of its own (add { githubEnvironment: "prod" })');
    expect(() => validateSettings(withoutProd)).toThrow('platform: pipelines.qa = {"githubEnvironment":"qa"}: must name an environment (dev, staging, prod)');
  });

  it("a runner image without a registry host or a pinned tag", () => {
    expect(problem({ platform: { runners: { image: "actions-runner" } } })).toThrow('platform: runners.image = "actions-runner": must be a full image reference with a registry host and a pinned tag');
  });
});
