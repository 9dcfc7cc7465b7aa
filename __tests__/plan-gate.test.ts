import { join } from "node:path";
import { STATEFUL_TYPES } from "../policy/rules/protection";
import { USAGE, parseOptions } from "../tools/plan-gate/cli";
import { destructiveChanges, evaluatePlan, formatPath, formatText, parsePlan, PlanFileError, type GateResult } from "../tools/plan-gate/gate";
import { readPlanFile } from "../tools/plan-gate/files";
import { UsageError } from "../tools/graph/errors";
import { runCli } from "./helpers";

const fixtures = join(__dirname, "fixtures", "plans");
const fixture = (name: string) => join(fixtures, `${name}.json`);
const gate = (name: string, override?: string): GateResult => evaluatePlan(readPlanFile(fixture(name)), override);

/** A plan text with these resource_changes: `[address, actions, extra fields]`; the type is the address's first part. */
function planText(changes: Array<[string, string[], Record<string, unknown>?]>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    format_version: "1.2",
    resource_changes: changes.map(([address, actions, fields]) => ({ address, mode: "managed", type: address.split(".")[0], name: address.split(".")[1], change: { actions }, ...fields })),
    ...extra,
  });
}

describe("evaluatePlan on the fixture plans", () => {
  it("passes a plan without changes: all counts 0, nothing listed, 'No changes.'", () => {
    const result = gate("no-changes");
    expect(result).toEqual({
      summary: { add: 0, change: 0, destroy: 0, replace: 0 },
      destroys: [],
      replaces: [],
      creates: [],
      updates: [],
      statefulDestroys: [],
      drift: [],
      passed: true,
    });
    expect(formatText(result)).toBe(
      "plan-gate: PASSED: no stateful resource is destroyed or replaced\n\nPlan: 0 to add, 0 to change, 0 to destroy, 0 to replace. No changes.\n",
    );
  });

  it("passes creates and updates, counting them and ignoring the data source and the no-op", () => {
    const result = gate("create-update");
    expect(result.passed).toBe(true);
    expect(result.summary).toEqual({ add: 2, change: 1, destroy: 0, replace: 0 });
    expect(result.creates).toEqual(["azurerm_monitor_diagnostic_setting.key-vault_diagnostics_1A2B3C4D", "azurerm_role_assignment.key-vault_grant_9A8B7C6D"]);
    expect(result.updates).toEqual(["azurerm_key_vault.key-vault_vault_5F6E7D8C"]);
  });

  it("ignores data sources: a plan of data sources only is an empty plan", () => {
    const result = gate("data-only");
    expect(result.passed).toBe(true);
    expect(result.summary).toEqual({ add: 0, change: 0, destroy: 0, replace: 0 });
    expect(formatText(result)).toContain("No changes.");
  });

  it("fails a deleted SQL database, listing its address, actions and reason", () => {
    const result = gate("stateful-delete");
    expect(result.passed).toBe(false);
    expect(result.summary).toEqual({ add: 0, change: 0, destroy: 1, replace: 0 });
    const deleted = {
      address: "azurerm_mssql_database.sql_database_0A1B2C3D",
      type: "azurerm_mssql_database",
      actions: ["delete"],
      stateful: true,
      reason: "delete_because_no_resource_config",
    };
    expect(result.destroys).toEqual([deleted]);
    expect(result.statefulDestroys).toEqual([deleted]);
    const text = formatText(result);
    expect(text.split("\n").slice(0, 4)).toEqual([
      "plan-gate: FAILED: 1 stateful resource destroyed or replaced",
      "",
      "Stateful resources destroyed or replaced (data is lost):",
      "  - destroy azurerm_mssql_database.sql_database_0A1B2C3D [delete] STATEFUL; reason: delete_because_no_resource_config",
    ]);
    expect(text).toContain('rerun with --allow-stateful-destroy "<reason>"');
  });

  it("fails a replaced storage account, listing the attribute paths that force the replacement", () => {
    const result = gate("stateful-replace");
    expect(result.passed).toBe(false);
    expect(result.summary).toEqual({ add: 0, change: 1, destroy: 0, replace: 1 });
    expect(result.statefulDestroys).toEqual([
      {
        address: "azurerm_storage_account.storage_account_A1B2C3D4",
        type: "azurerm_storage_account",
        actions: ["delete", "create"],
        stateful: true,
        replacePaths: ["account_kind"],
        reason: "replace_because_cannot_update",
      },
    ]);
    expect(formatText(result)).toContain(
      "  - replace azurerm_storage_account.storage_account_A1B2C3D4 [delete, create] STATEFUL; forced by: account_kind; reason: replace_because_cannot_update",
    );
  });

  it("fails destroys of AKS clusters and node pools, API Management, Service Bus queues, Key Vault secrets and keys and file shares", () => {
    const addresses = [
      "azurerm_kubernetes_cluster.metaverse_cluster",
      "azurerm_kubernetes_cluster_node_pool.metaverse_cluster_user-pool",
      "azurerm_api_management.metaverse_api-management_service",
      "azurerm_servicebus_queue.web-app_service-bus_queue-orders",
      "azurerm_key_vault_secret.erp_key-vault_secret-jwt",
      "azurerm_key_vault_key.key-vault_key-tofu-state-prod",
      "azurerm_storage_share.foundation_storage_share-shared",
    ];
    const result = evaluatePlan(parsePlan(planText(addresses.map((address) => [address, ["delete"]]))));
    expect(result.passed).toBe(false);
    expect(result.statefulDestroys.map((c) => c.address)).toEqual(addresses);
  });

  it("fails a cache kind switched in place: the old Azure Cache for Redis is destroyed while Managed Redis is created", () => {
    const result = evaluatePlan(
      parsePlan(
        planText([
          ["azurerm_redis_cache.web-app_redis_cache_B481F508", ["delete"]],
          ["azurerm_managed_redis.web-app_redis_cache_B481F508", ["create"]],
        ]),
      ),
    );
    expect(result.passed).toBe(false);
    expect(result.statefulDestroys.map((c) => c.address)).toEqual(["azurerm_redis_cache.web-app_redis_cache_B481F508"]);
    // A replaced Managed Redis (turning high availability on or off forces one) stops it too.
    expect(evaluatePlan(parsePlan(planText([["azurerm_managed_redis.erp_redis_cache_4A5587FB", ["delete", "create"]]]))).passed).toBe(false);
  });

  it("passes a replaced role assignment (not stateful) but still lists and counts it", () => {
    const result = gate("non-stateful-replace");
    expect(STATEFUL_TYPES).not.toHaveProperty("azurerm_role_assignment");
    expect(result.passed).toBe(true);
    expect(result.statefulDestroys).toEqual([]);
    expect(result.summary).toEqual({ add: 0, change: 0, destroy: 0, replace: 1 });
    expect(formatText(result)).toContain(
      "Destroys and replaces:\n  - replace azurerm_role_assignment.app_grant_1F2E3D4C [delete, create]; forced by: principal_id; reason: replace_because_cannot_update\n",
    );
  });

  it("counts create-before-destroy once, as a replace, and lists stateful destroys first, then plan order", () => {
    const result = gate("mixed");
    expect(result.summary).toEqual({ add: 1, change: 1, destroy: 2, replace: 3 });
    expect(result.replaces.map((c) => c.actions)).toEqual([["create", "delete"], ["delete", "create"], ["delete", "create"]]);
    const stateful = [
      "azurerm_mssql_database.sql_database_0A1B2C3D",
      "azurerm_container_registry.registry_acr_7C8D9E0F",
      "azurerm_storage_account.storage_account_A1B2C3D4",
    ];
    expect(result.statefulDestroys.map((c) => c.address)).toEqual(stateful);
    expect(destructiveChanges(result).map((c) => c.address)).toEqual([
      ...stateful,
      "azurerm_management_lock.registry_lock_2B3C4D5E",
      "azurerm_monitor_diagnostic_setting.registry_diagnostics_3C4D5E6F",
    ]);
    expect(result.statefulDestroys[2].replacePaths).toEqual(["account_kind", "network_rules[0].default_action"]);
    expect(result.drift).toEqual([{ address: "azurerm_key_vault.key-vault_vault_5F6E7D8C", actions: ["update"] }]);
  });

  it("prints the verdict, the blocking changes, then the summary with every destroy or replace before creates and updates", () => {
    const [head, summary] = formatText(gate("mixed")).split("\nPlan: ");
    expect(head.split("\n").slice(0, 3)).toEqual([
      "plan-gate: FAILED: 3 stateful resources destroyed or replaced",
      "",
      "Stateful resources destroyed or replaced (data is lost):",
    ]);
    expect(summary.split("\n")).toEqual([
      "1 to add, 1 to change, 2 to destroy, 3 to replace.",
      "",
      "Destroys and replaces:",
      "  - destroy azurerm_mssql_database.sql_database_0A1B2C3D [delete] STATEFUL; reason: delete_because_no_resource_config",
      "  - replace azurerm_container_registry.registry_acr_7C8D9E0F [create, delete] STATEFUL; forced by: name; reason: replace_because_cannot_update",
      "  - replace azurerm_storage_account.storage_account_A1B2C3D4 [delete, create] STATEFUL; forced by: account_kind, network_rules[0].default_action; reason: replace_because_cannot_update",
      "  - destroy azurerm_management_lock.registry_lock_2B3C4D5E [delete]; reason: delete_because_no_resource_config",
      "  - replace azurerm_monitor_diagnostic_setting.registry_diagnostics_3C4D5E6F [delete, create]; forced by: target_resource_id; reason: replace_because_cannot_update",
      "",
      "Creates:",
      "  + azurerm_user_assigned_identity.app_identity_4D5E6F7A",
      "",
      "Updates in place:",
      "  ~ azurerm_key_vault.key-vault_vault_5F6E7D8C",
      "",
      "Changed outside OpenTofu since the last apply (not counted above):",
      "  ! azurerm_key_vault.key-vault_vault_5F6E7D8C [update]",
      "",
    ]);
  });

  it("reads real `terraform show -json` output (Terraform 1.11, terraform_data resources)", () => {
    const result = gate("terraform-data-real");
    expect(result.summary).toEqual({ add: 1, change: 1, destroy: 1, replace: 1 });
    expect(result.replaces[0]).toMatchObject({ address: "terraform_data.b", replacePaths: ["triggers_replace"], stateful: false });
    expect(result.passed).toBe(true);
  });
});

describe("the override", () => {
  const reason = "retiring the ERP database, change ticket 4711";

  it("passes a stateful destroy with a reason, and prints the override and the reason prominently", () => {
    const result = gate("stateful-delete", reason);
    expect(result.passed).toBe(true);
    expect(result.override).toEqual({ reason });
    expect(result.statefulDestroys).toHaveLength(1);
    const banner = "!".repeat(72);
    expect(formatText(result).split("\n").slice(0, 8)).toEqual([
      "plan-gate: PASSED BY OVERRIDE: 1 stateful resource destroyed or replaced",
      "",
      banner,
      "!! OVERRIDE: --allow-stateful-destroy given",
      `!! Reason: ${reason}`,
      banner,
      "",
      "Stateful resources destroyed or replaced (data is lost):",
    ]);
    expect(formatText(result)).not.toContain("rerun with");
  });

  it("says so when nothing needed the override", () => {
    const text = formatText(gate("create-update", reason));
    expect(text).toContain("plan-gate: PASSED: no stateful resource is destroyed or replaced");
    expect(text).toContain("!! OVERRIDE: --allow-stateful-destroy given (nothing needed it)");
  });

  it("needs a reason of at least 10 characters: missing or short is a usage error", () => {
    expect(() => parseOptions(["plan.json", "--allow-stateful-destroy"])).toThrow(new UsageError("Option '--allow-stateful-destroy <value>' argument missing"));
    expect(() => parseOptions(["plan.json", "--allow-stateful-destroy", "  yes  "])).toThrow(
      new UsageError("--allow-stateful-destroy: the reason must say why, in at least 10 characters (got 3)"),
    );
    expect(parseOptions(["plan.json", "--allow-stateful-destroy", reason])).toEqual({ planFile: "plan.json", format: "text", overrideReason: reason });
  });
});

describe("parseOptions", () => {
  it("takes one plan file and a format", () => {
    expect(parseOptions(["plan.json", "--format", "json"])).toEqual({ planFile: "plan.json", format: "json", overrideReason: undefined });
    expect(parseOptions(["--help"])).toBeUndefined();
    expect(USAGE).toBe('usage: npm run --silent plan-gate -- <plan.json> [--allow-stateful-destroy "<reason>"] [--format text|json]');
  });

  it.each([
    [[], "missing <plan.json>"],
    [["a.json", "b.json"], "expected one plan file, got 2"],
    [["a.json", "--format", "yaml"], 'unknown --format "yaml": known formats are text, json'],
    [["a.json", "--force"], /^Unknown option '--force'/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseOptions(argv)).toThrow(UsageError);
    expect(() => parseOptions(argv)).toThrow(typeof message === "string" ? new UsageError(message) : message);
  });
});

describe("parsePlan", () => {
  it.each([
    ["{", /^not valid JSON \(/],
    ["[]", /^not a JSON object$/],
    ['{"resource_changes": []}', /^no "format_version": not the output of `tofu show -json <planfile>`$/],
    ['{"format_version": "2.0"}', /^unsupported format_version "2.0" \(expected 1.x\)$/],
    ['{"format_version": "1.2", "resource_changes": {}}', /^"resource_changes" is not a list$/],
    ['{"format_version": "1.2", "resource_changes": [{"address": "a.b", "mode": "managed"}]}', /^resource_changes\[0\] has no string "type"$/],
    ['{"format_version": "1.2", "resource_changes": [{"address": "a.b", "mode": "managed", "type": "a", "change": {"actions": []}}]}', /^resource_changes\[0\] \(a.b\) has no change.actions list$/],
    ['{"format_version": "1.2", "resource_drift": [{"address": "a.b", "mode": "managed", "type": "a", "change": {"actions": ["delete", "create"], "replace_paths": "x"}}]}', /^resource_drift\[0\] \(a.b\) has a change.replace_paths that is not a list of paths$/],
  ])("rejects %s", (text, message) => {
    expect(() => parsePlan(text)).toThrow(PlanFileError);
    expect(() => parsePlan(text)).toThrow(message);
  });

  it("names the file in errors, and a missing file", () => {
    expect(() => readPlanFile(fixture("malformed"))).toThrow(new PlanFileError(`${fixture("malformed")} is not a JSON plan (tofu show -json output): not valid JSON (Unexpected end of JSON input)`));
    expect(() => readPlanFile(join(fixtures, "nope.json"))).toThrow(new PlanFileError(`cannot read ${join(fixtures, "nope.json")}: no such file`));
  });

  it("takes a plan without resource_changes (a configuration without resources) as empty", () => {
    expect(evaluatePlan(parsePlan('{"format_version": "1.2", "terraform_version": "1.11.0"}')).summary).toEqual({ add: 0, change: 0, destroy: 0, replace: 0 });
  });

  it("treats anything containing delete as a destroy, counts forget and read as no change, and marks deposed objects", () => {
    const result = evaluatePlan(
      parsePlan(
        planText([
          ["azurerm_key_vault.kept", ["forget"]],
          ["azurerm_key_vault.odd", ["delete", "forget"]],
          ["azurerm_redis_cache.cache", ["delete"], { deposed: "00aa11bb" }],
        ]),
      ),
    );
    expect(result.summary).toEqual({ add: 0, change: 0, destroy: 2, replace: 0 });
    expect(result.statefulDestroys.map((c) => c.address)).toEqual(["azurerm_key_vault.odd", "azurerm_redis_cache.cache"]);
    expect(formatText(result)).toContain("  - destroy azurerm_redis_cache.cache [delete] STATEFUL; deposed object 00aa11bb\n");
  });

  it("formats replace paths as OpenTofu does", () => {
    expect(formatPath(["site_config", 0, "minimum_tls_version"])).toBe("site_config[0].minimum_tls_version");
    expect(formatPath(["tags", "owner"])).toBe("tags.owner");
  });
});

describe("plan-gate CLI (end to end, as npm run plan-gate runs it)", () => {

  const cli = (...args: string[]) => runCli("tools/plan-gate/cli.ts", args);


  it("exits 1 on a stateful replace, 0 with an override, 2 on a malformed file or a missing reason", async () => {
    const [failed, overridden, malformed, noReason] = await Promise.all([
      cli(fixture("stateful-replace"), "--format", "json"),
      cli(fixture("stateful-replace"), "--allow-stateful-destroy", "recreating the account as BlockBlobStorage, data copied first"),
      cli(fixture("malformed")),
      cli(fixture("stateful-replace"), "--allow-stateful-destroy", "because"),
    ]);
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout)).toEqual(gate("stateful-replace"));
    expect(overridden).toMatchObject({ code: 0, stderr: "" });
    expect(overridden.stdout).toContain("!! Reason: recreating the account as BlockBlobStorage, data copied first\n");
    expect(malformed).toEqual({ code: 2, stdout: "", stderr: `plan-gate: ${fixture("malformed")} is not a JSON plan (tofu show -json output): not valid JSON (Unexpected end of JSON input)\n` });
    expect(noReason).toEqual({ code: 2, stdout: "", stderr: `plan-gate: --allow-stateful-destroy: the reason must say why, in at least 10 characters (got 7)\n${USAGE}\n` });
  }, 60_000);
});
