import { Testing } from "cdktf";
import { stateStorageLocation } from "../backends/state-storage";
import { settings } from "../stacks/settings/environments";
import { applyOverrides } from "../stacks/settings/load";
import { validateSettings } from "../stacks/settings/validate";
import { StateStack } from "../stacks/state-stack";

/** The state stack's synthesized JSON for the default settings with these state overrides. */
function stateStackWith(state: Record<string, unknown>): any {
  const valid = validateSettings(applyOverrides(settings, { state }));
  const stack = new StateStack(Testing.app(), { settings: valid.state, location: stateStorageLocation(valid.state), environments: valid.environments });
  return JSON.parse(Testing.synth(stack));
}

const only = (json: any, type: string) => Object.values<any>(json.resource[type])[0];

describe("state stack network access", () => {
  it("any-network: public endpoints with Entra ID RBAC as the only gate, never shared keys", () => {
    const json = stateStackWith({});
    const storage = only(json, "azurerm_storage_account");
    const vault = only(json, "azurerm_key_vault");
    expect(storage.public_network_access_enabled).toBe(true);
    expect(storage.network_rules.default_action).toBe("Allow");
    expect(storage.shared_access_key_enabled).toBe(false);
    expect(vault.network_acls.default_action).toBe("Allow");
    expect(vault.rbac_authorization_enabled).toBe(true);
  });

  it("allowed-ranges: firewalls deny by default and admit only the listed ranges", () => {
    const json = stateStackWith({ networkAccess: "allowed-ranges", allowedIpRanges: ["203.0.113.0/28"] });
    const storage = only(json, "azurerm_storage_account");
    const vault = only(json, "azurerm_key_vault");
    expect(storage.network_rules).toMatchObject({ default_action: "Deny", ip_rules: ["203.0.113.0/28"] });
    expect(vault.network_acls).toMatchObject({ default_action: "Deny", ip_rules: ["203.0.113.0/28"] });
  });

  it("grants operators blob data access on the storage and crypto use of the vault, nothing broader", () => {
    const operator = "11111111-1111-1111-1111-111111111111";
    const json = stateStackWith({ operatorObjectIds: [operator] });
    const grants = Object.values<any>(json.resource.azurerm_role_assignment).filter((r) => r.principal_id === operator);
    expect(grants.map((g) => g.role_definition_name).sort()).toEqual(["Key Vault Crypto User", "Storage Blob Data Contributor"]);
  });

  it("moves its own state into the storage it created when backend is remote", () => {
    const json = stateStackWith({ backend: "remote" });
    expect(json.terraform.backend.azurerm).toMatchObject({ key: "state.tfstate", container_name: "tfstate", use_azuread_auth: true });
    expect(json.terraform.backend.local).toBeUndefined();
  });
});

describe("state encryption keys", () => {
  it("set notify_before_expiry with expire_after, as azurerm requires (RequiredWith)", () => {
    const keys = Object.values<any>(stateStackWith({}).resource.azurerm_key_vault_key);
    expect(keys).toHaveLength(3);
    for (const key of keys) expect(key.rotation_policy).toEqual({ automatic: { time_after_creation: "P365D" }, expire_after: "P395D", notify_before_expiry: "P30D" });
  });
});
