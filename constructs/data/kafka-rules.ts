import { Violation } from "../core/errors";

/** Confluent Cloud cluster types, cheapest first. */
export const KAFKA_CLUSTER_TYPES = ["basic", "standard", "enterprise", "dedicated"] as const;
export type KafkaClusterType = (typeof KAFKA_CLUSTER_TYPES)[number];

export type KafkaAvailability = "SINGLE_ZONE" | "MULTI_ZONE" | "LOW" | "HIGH";

/** The availability values each cluster type accepts (Confluent Cloud: enterprise uses LOW/HIGH). */
export const KAFKA_AVAILABILITY: Record<KafkaClusterType, readonly KafkaAvailability[]> = {
  basic: ["SINGLE_ZONE"],
  standard: ["SINGLE_ZONE", "MULTI_ZONE"],
  enterprise: ["LOW", "HIGH"],
  dedicated: ["SINGLE_ZONE", "MULTI_ZONE"],
};

/** A cluster shape as settings and the ConfluentKafka construct express it. */
export interface KafkaClusterSpec {
  readonly clusterType: KafkaClusterType;
  readonly availability: KafkaAvailability;
  /** Confluent units of a dedicated cluster: at least 1, at least 2 when multi-zone. */
  readonly cku?: number;
}

/** A topic as data. */
export interface KafkaTopicSpec {
  /** 1-249 characters: letters, digits, '.', '_', '-'. */
  readonly name: string;
  /** At least 1. */
  readonly partitions: number;
  /** `retention.ms`, -1 for unlimited. @default the cluster's default (7 days) */
  readonly retentionMs?: number;
  /** `cleanup.policy`. @default "delete" */
  readonly cleanupPolicy?: "delete" | "compact" | "delete,compact";
}

const TOPIC_NAME = /^[A-Za-z0-9._-]{1,249}$/;

export function kafkaClusterViolations(spec: KafkaClusterSpec): Violation[] {
  const allowed = KAFKA_AVAILABILITY[spec.clusterType];
  if (!allowed) return [{ field: "clusterType", value: spec.clusterType, rule: `must be one of ${KAFKA_CLUSTER_TYPES.join(", ")}` }];
  const violations: Violation[] = [];
  if (!allowed.includes(spec.availability)) {
    violations.push({ field: "availability", value: spec.availability, rule: `must be ${allowed.join(" or ")} for ${spec.clusterType === "enterprise" ? "an" : "a"} ${spec.clusterType} cluster` });
  }
  const minCku = spec.availability === "MULTI_ZONE" ? 2 : 1;
  if (spec.clusterType === "dedicated" && !(Number.isInteger(spec.cku) && (spec.cku ?? 0) >= minCku)) {
    violations.push({ field: "cku", value: spec.cku, rule: `must be a whole number of at least ${minCku} for a ${spec.availability} dedicated cluster` });
  }
  if (spec.clusterType !== "dedicated" && spec.cku !== undefined) {
    violations.push({ field: "cku", value: spec.cku, rule: "is only for dedicated clusters" });
  }
  return violations;
}

/** Topic rules: a legal Kafka name, unique, at least one partition, a sane retention. */
export function kafkaTopicViolations(topics: readonly KafkaTopicSpec[]): Violation[] {
  const seen = new Set<string>();
  return topics.flatMap((topic, i): Violation[] => {
    const violations: Violation[] = [];
    if (!TOPIC_NAME.test(topic.name) || topic.name === "." || topic.name === "..") {
      violations.push({ field: `topics.${i}.name`, value: topic.name, rule: "must be 1-249 letters, digits, '.', '_' or '-' (and not '.' or '..')" });
    }
    if (seen.has(topic.name)) violations.push({ field: `topics.${i}.name`, value: topic.name, rule: "must be unique among the topics" });
    seen.add(topic.name);
    if (!Number.isInteger(topic.partitions) || topic.partitions < 1) {
      violations.push({ field: `topics.${i}.partitions`, value: topic.partitions, rule: "must be a whole number of at least 1" });
    }
    if (topic.retentionMs !== undefined && !(Number.isInteger(topic.retentionMs) && (topic.retentionMs === -1 || topic.retentionMs >= 60_000))) {
      violations.push({ field: `topics.${i}.retentionMs`, value: topic.retentionMs, rule: "must be -1 (unlimited) or a whole number of milliseconds of at least 60000" });
    }
    return violations;
  });
}

export const KAFKA_ROLES = ["DeveloperRead", "DeveloperWrite", "DeveloperManage", "ResourceOwner"] as const;
export type KafkaRole = (typeof KAFKA_ROLES)[number];

/** The service account the ConfluentKafka construct creates to manage topics. */
export const KAFKA_TOPIC_MANAGER = "topic-manager";

/** A role on topics or consumer groups: a name, a prefix ending in `*`, or `*` for all. */
export interface KafkaBindingSpec {
  readonly role: KafkaRole;
  readonly topic?: string;
  readonly group?: string;
}

/** An application principal: its API key goes to Key Vault. */
export interface KafkaServiceAccountSpec {
  /** Lower-case letters, digits and '-': it becomes part of display and secret names. */
  readonly name: string;
  readonly description: string;
  readonly bindings: readonly KafkaBindingSpec[];
}

const SERVICE_ACCOUNT_NAME = /^[a-z][a-z0-9-]{0,39}$/;
/** Topic prefixes and group names end up in a CRN, where '/' or '=' would change its meaning. */
const RESOURCE_PATTERN = /^(?:[A-Za-z0-9._-]+\*?|\*)$/;
const RESOURCE_PATTERN_RULE = "must be letters, digits, '.', '_' or '-', optionally ending in '*' (a prefix), or '*' for all";

/**
 * Service-account rules: legal unique names (not the reserved topic manager), known roles, roles that
 * exist for consumer groups, CRN-safe patterns, bindings to declared topics, and no repeated binding.
 */
export function kafkaServiceAccountViolations(accounts: readonly KafkaServiceAccountSpec[], topics: readonly KafkaTopicSpec[]): Violation[] {
  const declared = new Set(topics.map((t) => t.name));
  const seen = new Set<string>();
  return accounts.flatMap((account, i): Violation[] => {
    const at = `serviceAccounts.${i}`;
    const violations: Violation[] = [];
    if (!SERVICE_ACCOUNT_NAME.test(account.name)) {
      violations.push({ field: `${at}.name`, value: account.name, rule: "must be 1-40 lower-case letters, digits or '-', starting with a letter" });
    }
    if (seen.has(account.name)) violations.push({ field: `${at}.name`, value: account.name, rule: "must be unique among the service accounts" });
    seen.add(account.name);
    if (account.name === KAFKA_TOPIC_MANAGER) {
      violations.push({ field: `${at}.name`, value: account.name, rule: "is reserved for the construct's own topic manager" });
    }
    if (account.bindings.length === 0) violations.push({ field: `${at}.bindings`, value: [], rule: "must grant at least one role" });
    const bindings = new Set<string>();
    account.bindings.forEach((binding, j) => violations.push(...bindingViolations(binding, `${at}.bindings.${j}`, declared, bindings)));
    return violations;
  });
}

function bindingViolations(binding: KafkaBindingSpec, at: string, declared: ReadonlySet<string>, seen: Set<string>): Violation[] {
  const violations: Violation[] = [];
  if (!KAFKA_ROLES.includes(binding.role)) {
    violations.push({ field: `${at}.role`, value: binding.role, rule: `must be one of ${KAFKA_ROLES.join(", ")}` });
  } else if (binding.group !== undefined && binding.role === "DeveloperWrite") {
    violations.push({ field: `${at}.role`, value: binding.role, rule: "must be DeveloperRead, DeveloperManage or ResourceOwner for a consumer group" });
  }
  if ((binding.topic === undefined) === (binding.group === undefined)) {
    violations.push({ field: at, value: binding, rule: "must name exactly one of topic and group" });
  } else if (binding.group !== undefined && !RESOURCE_PATTERN.test(binding.group)) {
    violations.push({ field: `${at}.group`, value: binding.group, rule: RESOURCE_PATTERN_RULE });
  } else if (binding.topic?.endsWith("*") && !RESOURCE_PATTERN.test(binding.topic)) {
    violations.push({ field: `${at}.topic`, value: binding.topic, rule: RESOURCE_PATTERN_RULE });
  } else if (binding.topic !== undefined && !binding.topic.endsWith("*") && !declared.has(binding.topic)) {
    violations.push({ field: `${at}.topic`, value: binding.topic, rule: `must be a declared topic (${[...declared].join(", ")}) or a prefix ending in '*'` });
  }
  const key = JSON.stringify([binding.role, binding.topic, binding.group]);
  if (seen.has(key)) violations.push({ field: at, value: binding, rule: "must not repeat another binding of the service account" });
  seen.add(key);
  return violations;
}

/** Cluster types on which Confluent has cluster-level roles only, no bindings on topics or groups. */
const CLUSTER_LEVEL_RBAC_ONLY: readonly KafkaClusterType[] = ["basic"];

/** Topic and group role bindings a cluster type cannot authorize. */
export function kafkaRbacViolations(clusterType: KafkaClusterType, accounts: readonly KafkaServiceAccountSpec[]): Violation[] {
  if (!CLUSTER_LEVEL_RBAC_ONLY.includes(clusterType)) return [];
  return accounts.flatMap((account, i) =>
    account.bindings.flatMap((binding, j): Violation[] =>
      binding.topic !== undefined || binding.group !== undefined
        ? [{ field: `serviceAccounts.${i}.bindings.${j}`, value: binding, rule: `needs a standard, enterprise or dedicated cluster: Confluent has no topic or group role bindings on a ${clusterType} cluster` }]
        : [],
    ),
  );
}
