import { TerraformVariable } from "cdktf";
import { ContainerAppJob, ContainerAppJobProps } from "../constructs/compute/container-app-job";
import { NetworkWatcher, networkWatcherOf } from "../constructs/monitoring/network-watcher";
import { PrivateDnsZone } from "../constructs/networking/private-dns-zone";
import { VirtualNetwork } from "../constructs/networking/virtual-network";
import { KeyVault } from "../constructs/security/key-vault";
import { RoleAssignment, ROLE_PROPAGATION_WAIT } from "../constructs/security/role-assignment";
import { RoleDefinition } from "../constructs/security/role-definition";
import { UserAssignedIdentity } from "../constructs/security/user-assigned-identity";
import { onlyAssigning, onlyBlobsUnder } from "../constructs/patterns/platform/pipeline-identities";
import { attributeRef, resourcesOf, synthJson, testStackWithGroup } from "./helpers";

const HUB = { id: "/subscriptions/s/resourceGroups/abs-rg-platform-we-shared/providers/Microsoft.Network/virtualNetworks/abs-vnet-hub-we-shared", name: "abs-vnet-hub-we-shared", resourceGroupName: "abs-rg-platform-we-shared" };

describe("RoleAssignment", () => {
  it("waits 600 s after the assignment on first use, once, re-triggered by a new assignment", () => {
    const { stack } = testStackWithGroup();
    const grant = new RoleAssignment(stack, "grant", { scope: "/subscriptions/s", principal: { principalId: "p" }, roleDefinitionName: "Reader" });
    expect(grant.propagated).toBe(grant.propagated);
    const [[sleepId, sleep]] = resourcesOf(stack, "time_sleep");
    const [[grantId]] = resourcesOf(stack, "azurerm_role_assignment");
    expect(sleep).toEqual({ create_duration: ROLE_PROPAGATION_WAIT, triggers: { role_assignment_id: attributeRef("azurerm_role_assignment", grantId) } });
    expect(ROLE_PROPAGATION_WAIT).toBe("600s");
    expect(synthJson(stack).terraform.required_providers.time.source).toBe("hashicorp/time");
    expect(sleepId).toMatch(/^grant_propagation_/);
  });

  it("a custom role by id, narrowed by an ABAC condition (version 2.0)", () => {
    const { stack } = testStackWithGroup();
    new RoleAssignment(stack, "grant", { scope: "/subscriptions/s", principal: { principalId: "p" }, roleDefinitionName: "Custom", roleDefinitionId: "/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/x", condition: onlyBlobsUnder("dev.tfstate") });
    const [[, body]] = resourcesOf(stack, "azurerm_role_assignment");
    expect(body.role_definition_name).toBeUndefined();
    expect(body).toMatchObject({ role_definition_id: "/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/x", condition_version: "2.0" });
  });
});

describe("ABAC conditions", () => {
  it("role assignments limited to the listed role ids, on write (request) and delete (resource)", () => {
    expect(onlyAssigning("a, b")).toBe(
      "((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})) OR (@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {a, b}))" +
        " AND ((!(ActionMatches{'Microsoft.Authorization/roleAssignments/delete'})) OR (@Resource[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {a, b}))",
    );
  });

  it("blob access limited to a path prefix, listing included, with balanced parentheses", () => {
    const condition = onlyBlobsUnder("dev.tfstate");
    expect([...condition].filter((c) => c === "(").length).toBe([...condition].filter((c) => c === ")").length);
    for (const action of ["read'} AND NOT SubOperationMatches{'Blob.List'}", "write'}", "add/action'}", "delete'}", "move/action'}"]) expect(condition).toContain(`containers/blobs/${action}`);
    expect(condition).toContain("SubOperationMatches{'Blob.List'}))");
  });
});

describe("RoleDefinition", () => {
  it("exactly the actions given, assignable where asked", () => {
    const { stack } = testStackWithGroup();
    const role = new RoleDefinition(stack, "role", { name: "Locks (abs)", description: "d", scope: "/subscriptions/a", actions: ["Microsoft.Authorization/locks/read"], assignableScopes: ["/subscriptions/a", "/subscriptions/b"] });
    const [[id, body]] = resourcesOf(stack, "azurerm_role_definition");
    expect(body).toMatchObject({ name: "Locks (abs)", scope: "/subscriptions/a", assignable_scopes: ["/subscriptions/a", "/subscriptions/b"], permissions: [{ actions: ["Microsoft.Authorization/locks/read"], data_actions: [], not_actions: [], not_data_actions: [] }] });
    new RoleAssignment(stack, "grant", { scope: "/subscriptions/a", principal: { principalId: "p" }, roleDefinitionName: role.name, roleDefinitionId: role.roleDefinitionId });
    expect(resourcesOf(stack, "azurerm_role_assignment")[0][1].role_definition_id).toBe(attributeRef("azurerm_role_definition", id, "role_definition_resource_id"));
  });

  it("refuses no action and a repeated one", () => {
    const { stack } = testStackWithGroup();
    expect(() => new RoleDefinition(stack, "none", { name: "n", description: "d", scope: "/subscriptions/a", actions: [] })).toThrow('test/none: actions = []: must allow at least one action');
    expect(() => new RoleDefinition(stack, "twice", { name: "n", description: "d", scope: "/subscriptions/a", actions: ["a/read", "a/read"] })).toThrow('test/twice: actions = ["a/read","a/read"]: must not list an action twice');
  });
});

describe("UserAssignedIdentity.addFederatedCredential", () => {
  it("an OIDC federation for one exact subject, no secret", () => {
    const { stack, group } = testStackWithGroup();
    const identity = new UserAssignedIdentity(stack, "id", { resourceGroup: group, workload: "pipeline" });
    identity.addFederatedCredential({ name: "github-main", issuer: "https://token.actions.githubusercontent.com", subject: "repo:o/r:ref:refs/heads/main" });
    const [[, body]] = resourcesOf(stack, "azurerm_federated_identity_credential");
    const [[identityId]] = resourcesOf(stack, "azurerm_user_assigned_identity");
    expect(body).toMatchObject({ name: "github-main", audience: ["api://AzureADTokenExchange"], issuer: "https://token.actions.githubusercontent.com", subject: "repo:o/r:ref:refs/heads/main", parent_id: attributeRef("azurerm_user_assigned_identity", identityId) });
  });

  it("refuses an illegal name and a 21st credential", () => {
    const { stack, group } = testStackWithGroup();
    const identity = new UserAssignedIdentity(stack, "id", { resourceGroup: group });
    const add = (name: string) => identity.addFederatedCredential({ name, issuer: "https://i", subject: "s" });
    expect(() => add("a b")).toThrow(`test/id: federatedCredentials.name = "a b": must be 3-120 letters, digits, '-' or '_', starting with a letter or digit`);
    for (let i = 0; i < 20; i++) add(`credential-${i}`);
    expect(() => add("credential-20")).toThrow('test/id: federatedCredentials = "credential-20": must be at most 20 per identity');
  });
});

describe("VirtualNetwork.peerWith", () => {
  it("peers both ways for traffic between the two networks only, each side in its own group", () => {
    const { stack, group } = testStackWithGroup();
    const vnet = new VirtualNetwork(stack, "vnet", { resourceGroup: group, addressSpace: ["10.10.0.0/16"], subnets: {} });
    vnet.peerWith(HUB);
    const [[vnetId]] = resourcesOf(stack, "azurerm_virtual_network");
    const peerings = resourcesOf(stack, "azurerm_virtual_network_peering").map(([, p]) => p).sort((x, y) => (x.resource_group_name === HUB.resourceGroupName ? 1 : 0) - (y.resource_group_name === HUB.resourceGroupName ? 1 : 0));
    const vnetName = attributeRef("azurerm_virtual_network", vnetId, "name");
    const common = { allow_virtual_network_access: true, allow_forwarded_traffic: false, allow_gateway_transit: false, use_remote_gateways: false };
    expect(peerings).toEqual([
      expect.objectContaining({ ...common, name: `${vnetName}-to-abs-vnet-hub-we-shared`, virtual_network_name: vnetName, remote_virtual_network_id: HUB.id }),
      expect.objectContaining({ ...common, name: `abs-vnet-hub-we-shared-to-${vnetName}`, resource_group_name: "abs-rg-platform-we-shared", virtual_network_name: "abs-vnet-hub-we-shared", remote_virtual_network_id: attributeRef("azurerm_virtual_network", vnetId) }),
    ]);
    expect(() => vnet.peerWith(HUB)).toThrow('test/vnet: peerWith = "abs-vnet-hub-we-shared": must not peer with the same network twice');
  });
});

describe("PrivateDnsZone.fromName", () => {
  it("an id in the other stack's group, and links made from this stack", () => {
    const { stack, group } = testStackWithGroup();
    const vnet = new VirtualNetwork(stack, "vnet", { resourceGroup: group, addressSpace: ["10.10.0.0/16"], subnets: {} });
    const zone = PrivateDnsZone.fromName(stack, "zone", { resourceGroup: { id: "/subscriptions/s/resourceGroups/dns", name: "dns" }, zoneName: "privatelink.vaultcore.azure.net" });
    expect(zone.id).toBe("/subscriptions/s/resourceGroups/dns/providers/Microsoft.Network/privateDnsZones/privatelink.vaultcore.azure.net");
    zone.linkTo(vnet);
    expect(resourcesOf(stack, "azurerm_private_dns_zone")).toEqual([]);
    const [[, link]] = resourcesOf(stack, "azurerm_private_dns_zone_virtual_network_link");
    expect(link).toMatchObject({ resource_group_name: "dns", private_dns_zone_name: "privatelink.vaultcore.azure.net", registration_enabled: false });
    expect(() => zone.linkTo(vnet)).toThrow("must not be linked twice");
    expect(() => PrivateDnsZone.fromName(stack, "bad", { resourceGroup: { id: "x", name: "dns" }, zoneName: "vault" })).toThrow('test/bad: zoneName = "vault": must be a DNS name of two or more labels');
  });
});

describe("NetworkWatcher", () => {
  it("named as Azure names the ones it creates, in NetworkWatcherRG", () => {
    const { stack, group } = testStackWithGroup();
    const watcher = new NetworkWatcher(stack, "watcher", { resourceGroup: group, location: "northeurope" });
    expect(networkWatcherOf("northeurope")).toEqual({ name: "NetworkWatcher_northeurope", resourceGroupName: "NetworkWatcherRG" });
    expect(watcher.name).toBe("NetworkWatcher_northeurope");
    const [[, body]] = resourcesOf(stack, "azurerm_network_watcher");
    expect(body).toMatchObject({ name: "NetworkWatcher_northeurope", location: "northeurope" });
  });
});

describe("KeyVault.addWriteOnlySecret", () => {
  it("sends an ephemeral value write-only, versioned; never a literal", () => {
    const { stack, group } = testStackWithGroup();
    const kv = new KeyVault(stack, "kv", { resourceGroup: group, tenantId: "t" });
    const token = new TerraformVariable(stack, "token", { type: "string", sensitive: true });
    const expirationDate = "2027-06-30T00:00:00Z";
    kv.addWriteOnlySecret("token", { name: "runner-token", value: token.stringValue, version: 2, expirationDate });
    const [[, secret]] = resourcesOf(stack, "azurerm_key_vault_secret");
    expect(secret).toMatchObject({ value_wo: "${var.token}", value_wo_version: 2, expiration_date: expirationDate });
    expect(secret.value).toBeUndefined();
    expect(() => kv.addWriteOnlySecret("literal", { name: "x", value: "hunter2", version: 1, expirationDate })).toThrow('test/kv: secrets.x.value = "(redacted)": must be an ephemeral value (token), never a literal');
    expect(() => kv.addWriteOnlySecret("v0", { name: "y", value: token.stringValue, version: 0, expirationDate })).toThrow("test/kv: secrets.y.version = 0: must be a whole number, 1 or more");
  });
});

describe("ContainerAppJob", () => {
  function job(overrides: Partial<ContainerAppJobProps> = {}) {
    const { stack, group } = testStackWithGroup();
    const identity = new UserAssignedIdentity(stack, "id", { resourceGroup: group });
    const props: ContainerAppJobProps = {
      resourceGroup: group,
      workload: "runner",
      environment: { id: "env" },
      identity,
      image: "ghcr.io/actions/actions-runner:2.336.0",
      cpu: 2,
      memory: "4Gi",
      secrets: { token: { keyVaultSecretId: "https://kv/secrets/t" } },
      secretEnv: { TOKEN: "token" },
      trigger: { maxExecutions: 5, rules: [{ name: "queue", type: "github-runner", metadata: { owner: "o" }, authentication: { personalAccessToken: "token" } }] },
      replicaTimeoutSeconds: 3600,
      ...overrides,
    };
    new ContainerAppJob(stack, "job", props);
    return resourcesOf(stack, "azurerm_container_app_job")[0][1];
  }

  it("an event-triggered job from zero, one container per execution, never retried, secrets as Key Vault references", () => {
    const body = job();
    expect(body).toMatchObject({ name: "abs-caj-runner-we-test", replica_retry_limit: 0, workload_profile_name: "Consumption", event_trigger_config: { parallelism: 1, replica_completion_count: 1 } });
    expect(body.event_trigger_config.scale[0]).toMatchObject({ min_executions: 0, max_executions: 5, polling_interval_in_seconds: 30 });
    expect(body.secret[0]).toMatchObject({ name: "token", key_vault_secret_id: "https://kv/secrets/t" });
    expect(body.template.container[0].env).toEqual([{ name: "TOKEN", secret_name: "token" }]);
  });

  it("refuses what Container Apps refuses, naming the field", () => {
    expect(() => job({ cpu: 3, memory: "4Gi" })).toThrow('test/job: memory = "4Gi": must be twice cpu: "6Gi" for 3 vCPU (Consumption profile)');
    expect(() => job({ trigger: { maxExecutions: 0, rules: [] } })).toThrow("test/job: trigger.maxExecutions = 0: must be a whole number, 1-1000");
    expect(() => job({ trigger: { maxExecutions: 1, rules: [] } })).toThrow("test/job: trigger.rules = []: must hold at least one scale rule");
    expect(() => job({ secretEnv: { TOKEN: "missing" } })).toThrow('test/job: secrets = "missing": must be one of the job\'s secrets (token)');
    expect(() => job({ workload: "Runner_1" })).toThrow(`test/job: name = "abs-caj-Runner_1-we-test": 2-32 characters: lower-case letters, digits, '-'; start with a letter, end with a letter or digit, no '--'`);
    expect(() => job({ replicaTimeoutSeconds: 10 })).toThrow("test/job: replicaTimeoutSeconds = 10: must be a whole number of seconds, 60-86400");
  });
});
