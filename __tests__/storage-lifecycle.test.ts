import { Testing } from "cdktf";
import { StorageManagementPolicy } from "@cdktf/provider-azurerm/lib/storage-management-policy";
import { StorageAccount } from "../constructs/storage/storage-account";
import { LifecycleRule, logRetentionRule, StorageLifecyclePolicy } from "../constructs/storage/storage-lifecycle";
import { resourcesOf, testStackWithGroup } from "./helpers";

const ACCOUNT_ID = "/subscriptions/0000/resourceGroups/abs-rg-we-test/providers/Microsoft.Storage/storageAccounts/absst";

function policy(rules: LifecycleRule[]) {
  const { stack } = testStackWithGroup();
  new StorageLifecyclePolicy(stack, "lifecycle", { storageAccount: { id: ACCOUNT_ID }, rules });
  return { stack };
}

/** A valid rule to vary in the bad-input cases. */
const rule = (overrides: Partial<LifecycleRule> = {}): LifecycleRule => ({ name: "logs", prefixMatch: ["logs/"], coolAfterDays: 30, ...overrides });

function onlyRules(stack: ReturnType<typeof policy>["stack"]): any[] {
  const all = resourcesOf(stack, "azurerm_storage_management_policy");
  expect(all).toHaveLength(1);
  return all[0][1].rule;
}

describe("StorageLifecyclePolicy", () => {
  it("synthesizes seed 003's log retention: cool at 30 days, cold at 90, delete at 365, old versions at 30", () => {
    const { stack } = policy([logRetentionRule(["logs/", "app-logs/web"])]);
    expect(Testing.synth(stack)).toHaveResourceWithProperties(StorageManagementPolicy, { storage_account_id: ACCOUNT_ID });
    expect(onlyRules(stack)).toEqual([
      {
        name: "logs",
        enabled: true,
        filters: { blob_types: ["blockBlob"], prefix_match: ["logs/", "app-logs/web"] },
        actions: {
          base_blob: {
            tier_to_cool_after_days_since_modification_greater_than: 30,
            tier_to_cold_after_days_since_modification_greater_than: 90,
            delete_after_days_since_modification_greater_than: 365,
          },
          version: { delete_after_days_since_creation: 30 },
        },
      },
    ]);
  });

  it("governs a StorageAccount construct's account by reference", () => {
    const { stack, group } = testStackWithGroup();
    const account = new StorageAccount(stack, "st", { resourceGroup: group, workload: "logs", containers: ["logs"] });
    new StorageLifecyclePolicy(stack, "lifecycle", { storageAccount: account, rules: [logRetentionRule(["logs/"])] });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(StorageManagementPolicy, { storage_account_id: "${azurerm_storage_account.st_account_1FBA054E.id}" });
  });

  it("maps archive, snapshot deletion and delete-only append-blob rules", () => {
    const { stack } = policy([
      { name: "backups", prefixMatch: ["backups/"], coolAfterDays: 0, archiveAfterDays: 30, deleteAfterDays: 400, deleteSnapshotsAfterDays: 7 },
      { name: "insights", prefixMatch: ["insights-logs-appservicehttplogs/"], blobTypes: ["appendBlob"], deleteAfterDays: 30 },
    ]);
    const [backups, insights] = onlyRules(stack);
    expect(backups.actions).toEqual({
      base_blob: {
        tier_to_cool_after_days_since_modification_greater_than: 0,
        tier_to_archive_after_days_since_modification_greater_than: 30,
        delete_after_days_since_modification_greater_than: 400,
      },
      snapshot: { delete_after_days_since_creation_greater_than: 7 },
    });
    expect(insights).toMatchObject({ filters: { blob_types: ["appendBlob"] }, actions: { base_blob: { delete_after_days_since_modification_greater_than: 30 } } });
  });

  it("emits no base_blob block for a rule that only removes old versions", () => {
    const { stack } = policy([{ name: "versions", prefixMatch: ["data/"], deleteVersionsAfterDays: 14 }]);
    expect(onlyRules(stack)[0].actions).toEqual({ version: { delete_after_days_since_creation: 14 } });
  });

  it.each([
    [[rule({ archiveAfterDays: 20 })], "test/lifecycle: rules.0.archiveAfterDays = 20: must be greater than coolAfterDays (30)"],
    [[rule({ coldAfterDays: 90, deleteAfterDays: 90 })], "test/lifecycle: rules.0.deleteAfterDays = 90: must be greater than coldAfterDays (90)"],
    [[rule({ coolAfterDays: undefined, coldAfterDays: 90, archiveAfterDays: 60 })], "test/lifecycle: rules.0.archiveAfterDays = 60: must be greater than coldAfterDays (90)"],
    [[rule(), rule()], 'test/lifecycle: rules.1.name = "logs": must be unique within the policy (rules.0 has it)'],
    [[rule({ name: "old-logs" })], 'test/lifecycle: rules.0.name = "old-logs": must be 1-256 letters and digits'],
    [[rule({ name: "" })], 'test/lifecycle: rules.0.name = "": must be 1-256 letters and digits'],
    [[rule({ coolAfterDays: -1 })], "test/lifecycle: rules.0.coolAfterDays = -1: must be a whole number of days from 0 to 99999"],
    [[rule({ coolAfterDays: 1.5 })], "test/lifecycle: rules.0.coolAfterDays = 1.5: must be a whole number of days from 0 to 99999"],
    [[rule({ coolAfterDays: undefined })], 'test/lifecycle: rules.0 = "logs": must set at least one of coolAfterDays, coldAfterDays, archiveAfterDays, deleteAfterDays, deleteVersionsAfterDays, deleteSnapshotsAfterDays'],
    [[rule({ prefixMatch: [] })], "test/lifecycle: rules.0.prefixMatch = []: must have 1-10 prefixes (a rule without one would cover the whole account)"],
    [
      [rule({ prefixMatch: ["Logs/app"] })],
      `test/lifecycle: rules.0.prefixMatch.0 = "Logs/app": must start with a container name (3-63 characters: lowercase letters, digits, '-'; start and end with a letter or digit, no '--')`,
    ],
    [[rule({ blobTypes: ["appendBlob"] })], 'test/lifecycle: rules.0.blobTypes = ["appendBlob"]: must not include appendBlob when the rule sets coolAfterDays: append blobs can only be deleted'],
    [[rule({ blobTypes: [] })], "test/lifecycle: rules.0.blobTypes = []: must name at least one blob type"],
    [[], "test/lifecycle: rules = 0: must have 1-100 rules"],
  ])("rejects %j", (rules, message) => {
    expect(() => policy(rules)).toThrow(message);
  });
});
