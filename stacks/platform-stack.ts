import { Construct } from "constructs";
import { LocalBackend, TerraformOutput } from "cdktf";
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { KeyVaultKey } from "@cdktf/provider-azurerm/lib/key-vault-key";
import { ResourceGroup } from "../constructs/resource-group/resource-group";
import { StorageAccount } from "../constructs/storage/storage-account";
import { KeyVault } from "../constructs/security/key-vault";
import { deployingPrincipal, IPrincipal } from "../constructs/core/interfaces";
import { DiagnosticSettings } from "../constructs/monitoring/diagnostic-settings";
import { DeploymentHub, HUB_SUBNETS } from "../constructs/patterns/platform/deployment-hub";
import { GitHubRunners } from "../constructs/patterns/platform/github-runners";
import { PipelineIdentities } from "../constructs/patterns/platform/pipeline-identities";
import { suppressPolicy } from "../policy/suppress";
import { useRemoteState } from "../backends/remote-state";
import { StateStorageLocation } from "../backends/state-storage";
import { EstateStack } from "./estate-stack";
import { PLATFORM_STACK_ID, PlatformLayout } from "./platform-layout";
import type { EnvironmentSettings, PlatformSettings, StateSettings } from "./settings/schema";

/** Where the bootstrap state lives until it is migrated into the storage it creates. */
export const LOCAL_STATE_PATH = "../../../terraform.platform.tfstate";

export interface PlatformStackProps {
  readonly settings: StateSettings;
  readonly platform: PlatformSettings;
  readonly location: StateStorageLocation;
  readonly layout: PlatformLayout;
  /** The environments the platform serves: their state keys, pipeline identities and regions. */
  readonly environments: readonly EnvironmentSettings[];
  /** Built-in roles the environment stacks grant (read at synthesis): what their pipelines may assign. */
  readonly grantedRoles: () => readonly string[];
}

/**
 * The bootstrap (platform) stack, applied once by an operator: everything the pipeline itself needs.
 * The state storage and the vault with the state encryption keys; the deployment hub with its
 * ephemeral GitHub runners; the central privatelink zones; one OIDC identity per environment plus the
 * read-only plan identity; the regional Network Watchers. It starts on a local backend (nothing exists
 * yet to hold its state); `state.backend: "remote"` moves it into the storage it created.
 */
export class PlatformStack extends EstateStack {
  /** The state storage is always protected: losing it loses track of the estate. */
  public readonly protectsStatefulResources = true;
  public readonly storage: StorageAccount;
  public readonly vault: KeyVault;
  public readonly hub: DeploymentHub;
  public readonly runners: GitHubRunners;
  public readonly identities: PipelineIdentities;

  constructor(scope: Construct, props: PlatformStackProps) {
    super(scope, PLATFORM_STACK_ID, props.settings);
    const { settings, location, layout, platform } = props;
    if (settings.backend === "remote") useRemoteState(this, location, PLATFORM_STACK_ID);
    // Relative to cdktf.out/stacks/platform: the file sits at the project root, outside the synth
    // output (which synth replaces), and the path is the same on every machine.
    else new LocalBackend(this, { path: LOCAL_STATE_PATH });

    // The operator applies this stack: whoever runs it writes the keys and the runners' token.
    const client = new DataAzurermClientConfig(this, "client");
    const deployer = deployingPrincipal(client);
    const operators: IPrincipal[] = settings.operatorObjectIds.map((principalId) => ({ principalId }));
    // The operator reaches both over their public endpoints during bootstrap (from the allowed ranges,
    // or anywhere with Entra ID RBAC as the gate); `private` closes them once the runners take over.
    const open = settings.networkAccess !== "private";
    const firewall = {
      publicNetworkAccess: open,
      networkDefaultAction: settings.networkAccess === "any-network" ? ("Allow" as const) : ("Deny" as const),
      allowedIpRanges: open ? settings.allowedIpRanges : [],
    };

    this.hub = new DeploymentHub(this, "hub", {
      location: settings.location,
      resourceGroupName: layout.resourceGroupName,
      dnsResourceGroupName: layout.dnsResourceGroupName,
      networkName: layout.hubNetworkName,
      addressSpace: platform.network.addressSpace,
      runnerSubnet: platform.network.subnets.runners,
      privateEndpointSubnet: platform.network.subnets.privateEndpoints,
      // The secondary regions too: the recovery networks there need their watcher first.
      regions: props.environments.flatMap((e) => [e.location, e.recovery.pairedRegion]),
    });
    const diagnostics = [this.hub.diagnostics];

    const group = new ResourceGroup(this, "resource-group", { name: location.resourceGroupName, location: settings.location, protectFromDeletion: true });
    this.storage = new StorageAccount(this, "storage", {
      resourceGroup: group,
      name: location.storageAccountName,
      replication: settings.replication,
      containers: [location.containerName],
      versioning: true,
      blobSoftDeleteDays: 30,
      containerSoftDeleteDays: 30,
      ...firewall,
      privateEndpoints: [this.hub.privateEndpoint("blob", "blob")],
      diagnosticSettings: [{ ...this.hub.diagnostics, logCategoryGroups: [] }],
      protectFromDeletion: true,
    });
    // Who read or wrote which state blob: the account exposes metrics only, its blob service the logs.
    new DiagnosticSettings(this.storage, "blob-service-diagnostics", { ...this.hub.diagnostics, targetResourceId: `${this.storage.id}/blobServices/default` });

    this.vault = new KeyVault(this, "key-vault", {
      resourceGroup: group,
      name: location.keyVaultName,
      tenantId: client.tenantId,
      deployer,
      ...firewall,
      privateEndpoints: [this.hub.privateEndpoint("vault")],
      diagnosticSettings: diagnostics,
      protectFromDeletion: true,
    });
    const keys = new Map<string, KeyVaultKey>();
    for (const name of encryptionKeyNames(props.environments)) keys.set(name, this.vault.addKey(name, { name }));
    if (settings.networkAccess === "any-network") {
      const anyNetwork = "state.networkAccess any-network (bootstrap from a machine without a fixed address): Entra ID RBAC is the gate, shared keys are off; set private once the runners run.";
      suppressPolicy(this.storage, "AZ-STG-005", anyNetwork);
      suppressPolicy(this.vault, "AZ-KV-004", anyNetwork);
    }
    // Operators (the one running the bootstrap among them) read and write state: tools/bootstrap.sh
    // creates each environment's empty state, which the read-only plan identity cannot.
    for (const operator of operators) {
      this.storage.grantBlobDataContributor(operator);
      this.vault.grantCryptoUser(operator);
    }

    this.runners = new GitHubRunners(this, "runners", {
      resourceGroup: this.hub.resourceGroup,
      settings: platform,
      subnet: { id: this.hub.network.subnetId(HUB_SUBNETS.runners), addressPrefix: platform.network.subnets.runners },
      subnetReady: this.hub.network.subnetReady(HUB_SUBNETS.runners),
      logAnalytics: this.hub.logAnalytics,
      vault: this.vault,
    });

    // One token for the provider's subscription: each read of the attribute is a new token string, and
    // scopes must compare equal so one subscription gets one plan-role assignment (Azure refuses a twin).
    const currentSubscription = client.subscriptionId;
    const subscriptionScope = (id: string | undefined) => `/subscriptions/${id ?? currentSubscription}`;
    this.identities = new PipelineIdentities(this, "pipeline", {
      resourceGroup: this.hub.resourceGroup,
      roleNamePrefix: `${settings.prefix}-${settings.name}`,
      platformSubscriptionScope: subscriptionScope(settings.subscriptionId),
      github: platform.github,
      planIdentityName: layout.planIdentityName,
      environments: props.environments.map((env) => ({
        name: env.name,
        identityName: layout.pipelineIdentityName(env.name),
        githubEnvironment: platform.pipelines[env.name].githubEnvironment,
        subscriptionScope: subscriptionScope(env.subscriptionId ?? settings.subscriptionId),
        stateBlob: `${env.name}.tfstate`,
        stateKeyIds: encryptionKeyNames([env]).map((name) => keys.get(name)!.resourceVersionlessId),
      })),
      stateContainerId: `${this.storage.id}/blobServices/default/containers/${location.containerName}`,
      hubNetworkId: this.hub.network.id,
      dnsResourceGroupId: this.hub.dnsResourceGroup.id,
      grantedRoles: props.grantedRoles,
    });

    new TerraformOutput(this, "state_storage_account_name", { value: this.storage.name });
    new TerraformOutput(this, "state_container_name", { value: location.containerName });
    new TerraformOutput(this, "state_key_vault_uri", { value: this.vault.vaultUri });
    new TerraformOutput(this, "tenant_id", { value: client.tenantId });
    new TerraformOutput(this, "platform_subscription_id", { value: settings.subscriptionId ?? client.subscriptionId });
    new TerraformOutput(this, "github_repository", { value: `${platform.github.owner}/${platform.github.repository}` });
    new TerraformOutput(this, "runner_label", { value: platform.runners.label });
    new TerraformOutput(this, "plan_client_id", { value: this.identities.plan.clientId });
    new TerraformOutput(this, "deploy_client_ids", {
      value: Object.fromEntries(Object.entries(this.identities.deploy).map(([env, identity]) => [env, identity.clientId])),
    });
    new TerraformOutput(this, "github_environments", { value: Object.fromEntries(props.environments.map((env) => [env.name, platform.pipelines[env.name].githubEnvironment])) });
    new TerraformOutput(this, "subscription_ids", {
      value: Object.fromEntries(props.environments.map((env) => [env.name, env.subscriptionId ?? settings.subscriptionId ?? client.subscriptionId])),
    });
  }
}

/** Key Vault keys the environments' state encryption uses, current and fallback. */
function encryptionKeyNames(environments: readonly EnvironmentSettings[]): string[] {
  const keys = environments
    .filter((env) => env.stateEncryption.enabled)
    .flatMap((env) => [env.stateEncryption.key, env.stateEncryption.fallback])
    .flatMap((key) => (key?.keyProvider === "azure_vault" ? [key.keyName] : []));
  return [...new Set(keys)];
}
