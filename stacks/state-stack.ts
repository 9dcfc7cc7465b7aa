import { Construct } from "constructs";
import { LocalBackend, TerraformOutput } from "cdktf";
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { ResourceGroup } from "../constructs/resource-group/resource-group";
import { StorageAccount } from "../constructs/storage/storage-account";
import { KeyVault } from "../constructs/security/key-vault";
import { deployingPrincipal, IPrincipal } from "../constructs/core/interfaces";
import { suppressPolicy } from "../policy/suppress";
import { useRemoteState } from "../backends/remote-state";
import { StateStorageLocation } from "../backends/state-storage";
import { EstateStack } from "./estate-stack";
import type { EnvironmentSettings, StateSettings } from "./settings/schema";

/** Stack id of the bootstrap stack. */
export const STATE_STACK_ID = "state";
/** Where the bootstrap state lives until it is migrated into the storage it creates. */
export const LOCAL_STATE_PATH = "../../../terraform.state.tfstate";

export interface StateStackProps {
  readonly settings: StateSettings;
  readonly location: StateStorageLocation;
  /** The environments whose state this storage holds: their azure_vault keys are created here. */
  readonly environments: readonly EnvironmentSettings[];
}

/**
 * Bootstrap stack: the storage every other stack keeps its state in, and the Key Vault holding the
 * keys that encrypt that state. It starts on a local backend (nothing exists yet to hold its state);
 * `state.backend: "remote"` moves it into the storage it created (README: migrating the state stack).
 */
export class StateStack extends EstateStack {
  /** The state storage is always protected: losing it loses track of the estate. */
  public readonly protectsStatefulResources = true;
  public readonly storage: StorageAccount;
  public readonly vault: KeyVault;

  constructor(scope: Construct, props: StateStackProps) {
    super(scope, STATE_STACK_ID, props.settings);
    const { settings, location } = props;
    if (settings.backend === "remote") useRemoteState(this, location, STATE_STACK_ID);
    // Relative to cdktf.out/stacks/state: the file sits at the project root, outside the synth output
    // (which synth replaces), and the path is the same on every machine.
    else new LocalBackend(this, { path: LOCAL_STATE_PATH });

    const client = new DataAzurermClientConfig(this, "client");
    const deployer = deployingPrincipal(client);
    const operators: IPrincipal[] = settings.operatorObjectIds.map((principalId) => ({ principalId }));
    // OpenTofu reaches both over their public endpoints: through the firewall from the allowed ranges,
    // or from anywhere with Entra ID RBAC as the gate (shared keys are off, the vault is RBAC-only).
    const firewall = {
      publicNetworkAccess: true,
      networkDefaultAction: settings.networkAccess === "any-network" ? ("Allow" as const) : ("Deny" as const),
      allowedIpRanges: settings.allowedIpRanges,
    };

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
      protectFromDeletion: true,
    });

    this.vault = new KeyVault(this, "key-vault", {
      resourceGroup: group,
      name: location.keyVaultName,
      tenantId: client.tenantId,
      deployer,
      ...firewall,
      protectFromDeletion: true,
    });
    for (const name of encryptionKeyNames(props.environments)) this.vault.addKey(name, { name });
    // The bootstrap stack comes before any Log Analytics workspace: the environments' workspaces keep
    // their state here. Control-plane changes still reach the Activity Log.
    const bootstrap = "Bootstrap stack: applied before any Log Analytics workspace exists (the environments keep their state in it).";
    suppressPolicy(this.storage, "AZ-MON-001", bootstrap);
    suppressPolicy(this.vault, "AZ-MON-001", bootstrap);
    const publicEndpoint = "Bootstrap stack: no virtual network of its own; OpenTofu reaches the state over the public endpoint.";
    suppressPolicy(this.storage, "AZ-PE-001", publicEndpoint);
    suppressPolicy(this.vault, "AZ-PE-001", publicEndpoint);
    if (settings.networkAccess === "any-network") {
      const anyNetwork = "state.networkAccess any-network: hosted CI runners have no fixed egress IPs; Entra ID RBAC is the gate, shared keys are off.";
      suppressPolicy(this.storage, "AZ-STG-005", anyNetwork);
      suppressPolicy(this.vault, "AZ-KV-004", anyNetwork);
    }

    for (const operator of operators) {
      this.storage.grantBlobDataContributor(operator);
      this.vault.grantCryptoUser(operator);
    }

    new TerraformOutput(this, "state_storage_account_name", { value: this.storage.name });
    new TerraformOutput(this, "state_container_name", { value: location.containerName });
    new TerraformOutput(this, "state_key_vault_uri", { value: this.vault.vaultUri });
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
