import { Construct } from "constructs";
import { StorageManagementPolicy, StorageManagementPolicyRule } from "@cdktf/provider-azurerm/lib/storage-management-policy";
import { check, isWholeNumberIn } from "../core/errors";
import { CHILD_NAME_RULES, nameViolation } from "../core/naming";

/**
 * One lifecycle rule: blobs under the prefixes move to cheaper tiers, then are deleted, by days since
 * their last modification. Each step is optional; the steps that are set must come in tier order.
 */
export interface LifecycleRule {
  /** Rule name: 1-256 letters and digits, unique within the policy. */
  readonly name: string;
  /** 1-10 blob name prefixes, each starting with a container name (`logs/`, `logs/app/`). */
  readonly prefixMatch: string[];
  /**
   * Blob types the rule applies to. Append blobs can only be deleted, not tiered.
   * @default ["blockBlob"]
   */
  readonly blobTypes?: Array<"blockBlob" | "appendBlob">;
  /** @default never */
  readonly coolAfterDays?: number;
  /** @default never */
  readonly coldAfterDays?: number;
  /**
   * Archive is offline (hours to rehydrate) and not available on ZRS, GZRS or RA-GZRS accounts:
   * prefer `coldAfterDays` there.
   * @default never
   */
  readonly archiveAfterDays?: number;
  /** @default never */
  readonly deleteAfterDays?: number;
  /**
   * Days after a blob version becomes a previous version (with versioning on, deleting or overwriting
   * a blob keeps the old data as a version until this removes it).
   * @default never
   */
  readonly deleteVersionsAfterDays?: number;
  /** Days after a snapshot is taken. @default never */
  readonly deleteSnapshotsAfterDays?: number;
}

export interface StorageLifecyclePolicyProps {
  /** The account the policy governs; an account has exactly one policy, so give each account one construct. */
  readonly storageAccount: { readonly id: string };
  /** 1-100 rules. */
  readonly rules: LifecycleRule[];
}

/** Base-blob steps in the order a blob passes through them. */
const TIER_STEPS = ["coolAfterDays", "coldAfterDays", "archiveAfterDays", "deleteAfterDays"] as const;
const DAY_FIELDS = [...TIER_STEPS, "deleteVersionsAfterDays", "deleteSnapshotsAfterDays"] as const;
/** Azure's upper bound for every lifecycle day count. */
const MAX_DAYS = 99999;

/** The blob lifecycle management policy of a storage account (azurerm_storage_management_policy). */
export class StorageLifecyclePolicy extends Construct {
  /** ARM id of the policy. */
  public readonly id: string;
  public readonly resource: StorageManagementPolicy;

  constructor(scope: Construct, id: string, props: StorageLifecyclePolicyProps) {
    super(scope, id);
    const where = this.node.path;
    const { rules } = props;
    check(rules.length >= 1 && rules.length <= 100, where, "rules", rules.length, "must have 1-100 rules");
    rules.forEach((rule, i) => checkRule(where, `rules.${i}`, rule));
    rules.forEach((rule, i) => {
      // Azure compares rule names case-sensitively.
      const first = rules.findIndex((r) => r.name === rule.name);
      check(first === i, where, `rules.${i}.name`, rule.name, `must be unique within the policy (rules.${first} has it)`);
    });

    this.resource = new StorageManagementPolicy(this, "policy", {
      storageAccountId: props.storageAccount.id,
      rule: rules.map(toProviderRule),
    });
    this.id = this.resource.id;
  }
}

function checkRule(where: string, at: string, rule: LifecycleRule): void {
  check(/^[A-Za-z0-9]{1,256}$/.test(rule.name), where, `${at}.name`, rule.name, "must be 1-256 letters and digits");
  check(rule.prefixMatch.length >= 1 && rule.prefixMatch.length <= 10, where, `${at}.prefixMatch`, rule.prefixMatch, "must have 1-10 prefixes (a rule without one would cover the whole account)");
  rule.prefixMatch.forEach((prefix, j) => {
    const violation = nameViolation(CHILD_NAME_RULES.storageContainer, prefix.split("/")[0]);
    check(!violation, where, `${at}.prefixMatch.${j}`, prefix, `must start with a container name (${violation})`);
  });
  const blobTypes = rule.blobTypes ?? ["blockBlob"];
  check(blobTypes.length > 0, where, `${at}.blobTypes`, blobTypes, "must name at least one blob type");

  const setDays = DAY_FIELDS.filter((f) => rule[f] !== undefined);
  check(setDays.length > 0, where, at, rule.name, "must set at least one of " + DAY_FIELDS.join(", "));
  setDays.forEach((f) => check(isWholeNumberIn(rule[f]!, 0, MAX_DAYS), where, `${at}.${f}`, rule[f], `must be a whole number of days from 0 to ${MAX_DAYS}`));

  // Each set tier step must come after the one before it: Azure rejects a blob archived before it cools, or deleted before it is archived.
  const steps = TIER_STEPS.filter((f) => rule[f] !== undefined);
  steps.slice(1).forEach((f, k) => {
    const previous = steps[k];
    check(rule[f]! > rule[previous]!, where, `${at}.${f}`, rule[f], `must be greater than ${previous} (${rule[previous]})`);
  });
  const tiers = steps.filter((f) => f !== "deleteAfterDays");
  check(tiers.length === 0 || !blobTypes.includes("appendBlob"), where, `${at}.blobTypes`, blobTypes, `must not include appendBlob when the rule sets ${tiers.join(", ")}: append blobs can only be deleted`);
}

function toProviderRule(rule: LifecycleRule): StorageManagementPolicyRule {
  const hasBase = TIER_STEPS.some((f) => rule[f] !== undefined);
  return {
    name: rule.name,
    enabled: true,
    filters: { blobTypes: rule.blobTypes ?? ["blockBlob"], prefixMatch: rule.prefixMatch },
    actions: {
      baseBlob: hasBase
        ? {
            tierToCoolAfterDaysSinceModificationGreaterThan: rule.coolAfterDays,
            tierToColdAfterDaysSinceModificationGreaterThan: rule.coldAfterDays,
            tierToArchiveAfterDaysSinceModificationGreaterThan: rule.archiveAfterDays,
            deleteAfterDaysSinceModificationGreaterThan: rule.deleteAfterDays,
          }
        : undefined,
      version: rule.deleteVersionsAfterDays === undefined ? undefined : { deleteAfterDaysSinceCreation: rule.deleteVersionsAfterDays },
      snapshot: rule.deleteSnapshotsAfterDays === undefined ? undefined : { deleteAfterDaysSinceCreationGreaterThan: rule.deleteSnapshotsAfterDays },
    },
  };
}

/**
 * Seed 003's log retention: "logs 30 days rolling window", "archive old logs to cold storage". Log
 * blobs stay hot for the 30-day window of everyday lookups, move to Cool after 30 days and to Cold after
 * 90 ("cold storage": Cold rather than Archive because Archive is unavailable on the ZRS/GZRS accounts
 * staging and prod use, and cold logs stay readable without rehydration), and are deleted after 365 days,
 * the longest retention the seed names (weekly database backups, 1 year). Previous versions left by
 * versioning are deleted 30 days after they appear, so deleted logs really go. Block blobs only: append
 * blobs (as written by diagnostic settings) cannot be tiered; give them a delete-only rule.
 */
export function logRetentionRule(prefixMatch: string[], name = "logs"): LifecycleRule {
  return { name, prefixMatch, coolAfterDays: 30, coldAfterDays: 90, deleteAfterDays: 365, deleteVersionsAfterDays: 30 };
}
