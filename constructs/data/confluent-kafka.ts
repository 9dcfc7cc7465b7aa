import { Construct } from "constructs";
import { Token } from "cdktf";
import { KeyVaultSecret } from "@cdktf/provider-azurerm/lib/key-vault-secret";
import { ApiKey, ApiKeyManagedResource } from "../../.gen/providers/confluent/api-key";
import { Environment } from "../../.gen/providers/confluent/environment";
import { KafkaCluster, KafkaClusterConfig } from "../../.gen/providers/confluent/kafka-cluster";
import { KafkaTopic } from "../../.gen/providers/confluent/kafka-topic";
import { RoleBinding } from "../../.gen/providers/confluent/role-binding";
import { ServiceAccount } from "../../.gen/providers/confluent/service-account";
import { assertNoViolations, check, ValidationError, Violation } from "../core/errors";
import { kebab } from "../core/naming";
import { ensureConfluentProvider } from "../core/providers";
import { KeyVault } from "../security/key-vault";
import {
  KafkaClusterSpec,
  kafkaClusterViolations,
  KAFKA_TOPIC_MANAGER,
  KafkaServiceAccountSpec,
  kafkaRbacViolations,
  kafkaServiceAccountViolations,
  KafkaTopicSpec,
  kafkaTopicViolations,
} from "./kafka-rules";

export type StreamGovernancePackage = "ESSENTIALS" | "ADVANCED";
const STREAM_GOVERNANCE_PACKAGES: readonly StreamGovernancePackage[] = ["ESSENTIALS", "ADVANCED"];

/** The construct's own service account that creates and configures the topics. */

const DISPLAY_NAME_PREFIX = /^[A-Za-z0-9_-]{1,40}$/;
const AZURE_LOCATION = /^[a-z][a-z0-9]*$/;

export interface ConfluentKafkaProps {
  /**
   * Starts every Confluent display name (`<prefix>`, `<prefix>-kafka`, `<prefix>-<service account>`):
   * environment and service-account names are unique per organization, so environments must not share
   * it. 1-40 letters, digits, '-' or '_', e.g. `abs-prod`.
   */
  readonly displayNamePrefix: string;
  /** Azure location of the cluster, e.g. `westeurope` (the cloud is always AZURE). */
  readonly region: string;
  /** Cluster type, availability and (dedicated only) CKUs. */
  readonly cluster: KafkaClusterSpec;
  /** Topics, created with the construct's topic-manager API key. */
  readonly topics: KafkaTopicSpec[];
  /**
   * Application principals: each gets its role bindings on topics or consumer groups and a cluster API
   * key stored in `keyVault` as `kafka-<name>-api-key` / `kafka-<name>-api-secret`. The name
   * `topic-manager` is reserved.
   */
  readonly serviceAccounts: KafkaServiceAccountSpec[];
  /** Where every API key id and secret is stored (the only place they are readable outside state). */
  readonly keyVault: KeyVault;
  /**
   * Stream Governance package of the environment.
   * @default "ESSENTIALS"
   */
  readonly streamGovernance?: StreamGovernancePackage;
  /**
   * `lifecycle.prevent_destroy` on the environment and the cluster, plus the cluster's server-side
   * `deletion_protection` (Confluent's counterpart of an Azure CanNotDelete lock, which it cannot take).
   * @default false
   */
  readonly protectFromDeletion?: boolean;
}

/** A Confluent service account with its role bindings, its API key and the Key Vault secrets holding the key. */
export interface ConfluentServiceAccount {
  readonly serviceAccount: ServiceAccount;
  readonly roleBindings: readonly RoleBinding[];
  readonly apiKey: ApiKey;
  /** Key Vault secret holding the API key id. */
  readonly apiKeySecret: KeyVaultSecret;
  /** Key Vault secret holding the API key secret. */
  readonly apiSecretSecret: KeyVaultSecret;
}

/** A role binding of a service account; `id` is its construct id, derived from role and resource. */
interface BindingPlan {
  readonly id: string;
  readonly roleName: string;
  readonly crnPattern: string;
}

interface ServiceAccountPlan {
  readonly name: string;
  readonly description: string;
  readonly bindings: readonly BindingPlan[];
  /** Omitted for a Cloud API key (organization-level, e.g. the Metrics API). */
  readonly managedResource?: ApiKeyManagedResource;
  /** `kafka` for cluster keys, `confluent` for Cloud keys: the start of the secret names. */
  readonly secretPrefix: "kafka" | "confluent";
  /** What the key is, for the secrets' content type. */
  readonly keyKind: string;
}

/**
 * Confluent Cloud Kafka on Azure: an environment, a cluster, its topics, and service accounts with RBAC
 * role bindings whose API keys go straight to Key Vault (never to an output). The provider reads its
 * Cloud API key from the environment; no secret is written into the configuration.
 */
export class ConfluentKafka extends Construct {
  public readonly environment: Environment;
  public readonly cluster: KafkaCluster;
  public readonly environmentId: string;
  public readonly clusterId: string;
  /** `SASL_SSL://...:9092`, what Kafka clients connect to. */
  public readonly bootstrapEndpoint: string;
  /** The cluster's REST endpoint (topic management, Kafka REST). */
  public readonly restEndpoint: string;
  /** Topics by name. */
  public readonly topics: Readonly<Record<string, KafkaTopic>>;
  private readonly displayNamePrefix: string;
  private readonly keyVault: KeyVault;
  private readonly accounts = new Map<string, ConfluentServiceAccount>();

  constructor(scope: Construct, id: string, props: ConfluentKafkaProps) {
    super(scope, id);
    const streamGovernance = props.streamGovernance ?? "ESSENTIALS";
    assertNoViolations(this.node.path, [
      ...propViolations(props, streamGovernance),
      ...kafkaClusterViolations(props.cluster).map((v) => ({ ...v, field: `cluster.${v.field}` })),
      ...kafkaTopicViolations(props.topics),
      ...kafkaServiceAccountViolations(props.serviceAccounts, props.topics),
      ...kafkaRbacViolations(props.cluster.clusterType, props.serviceAccounts),
    ]);
    ensureConfluentProvider(this);
    this.displayNamePrefix = props.displayNamePrefix;
    this.keyVault = props.keyVault;
    const lifecycle = props.protectFromDeletion ? { preventDestroy: true } : undefined;

    this.environment = new Environment(this, "environment", {
      displayName: props.displayNamePrefix,
      streamGovernance: { package: streamGovernance },
      lifecycle,
    });
    this.cluster = new KafkaCluster(this, "cluster", {
      displayName: `${props.displayNamePrefix}-kafka`,
      availability: props.cluster.availability,
      cloud: "AZURE",
      region: props.region,
      environment: { id: this.environment.id },
      ...clusterTypeBlock(props.cluster),
      deletionProtection: props.protectFromDeletion,
      lifecycle,
    });
    this.environmentId = this.environment.id;
    this.clusterId = this.cluster.id;
    this.bootstrapEndpoint = this.cluster.bootstrapEndpoint;
    this.restEndpoint = this.cluster.restEndpoint;

    const clusterKey: ApiKeyManagedResource = {
      id: this.cluster.id,
      apiVersion: "cmk/v2",
      kind: "Cluster",
      environment: [{ id: this.environment.id }],
    };
    // Topics are managed through the cluster's REST API, which needs a cluster API key; a dedicated
    // account keeps that admin right away from the applications' keys.
    const topicManager = this.addServiceAccount({
      name: KAFKA_TOPIC_MANAGER,
      description: `Creates and configures the topics of ${props.displayNamePrefix}-kafka`,
      bindings: [{ id: "cloud-cluster-admin", roleName: "CloudClusterAdmin", crnPattern: this.cluster.rbacCrn }],
      managedResource: clusterKey,
      secretPrefix: "kafka",
      keyKind: "Confluent Cloud Kafka API",
    });
    this.topics = Object.fromEntries(props.topics.map((topic) => [topic.name, this.addTopic(topic, topicManager.apiKey)]));

    for (const account of props.serviceAccounts) {
      this.addServiceAccount({
        name: account.name,
        description: account.description,
        bindings: account.bindings.map((b) => {
          const [kind, pattern] = b.topic !== undefined ? ["topic", b.topic] : ["group", b.group as string];
          return {
            id: `${kebab(b.role)}-${kind}-${pattern}`,
            roleName: b.role,
            crnPattern: `${this.cluster.rbacCrn}/kafka=${this.cluster.id}/${kind}=${pattern}`,
          };
        }),
        managedResource: clusterKey,
        secretPrefix: "kafka",
        keyKind: "Confluent Cloud Kafka API",
      });
    }
  }

  /**
   * A service account that may read this environment's metrics (MetricsViewer), with a Cloud API key
   * stored as `confluent-<name>-api-key` / `confluent-<name>-api-secret`: what a collector exporting
   * Confluent metrics to Azure Monitor needs.
   */
  public addMetricsViewer(name = "metrics-viewer"): ConfluentServiceAccount {
    // The declared service accounts' name rule, applied to this one name.
    const nameViolations = kafkaServiceAccountViolations([{ name, description: "", bindings: [] }], [])
      .filter((v) => v.field.endsWith(".name"))
      .map((v) => ({ ...v, field: "metricsViewer.name" }));
    assertNoViolations(this.node.path, nameViolations);
    check(!this.accounts.has(name), this.node.path, "metricsViewer.name", name, "must not be the name of another service account of this construct");
    return this.addServiceAccount({
      name,
      description: "Reads Confluent Cloud metrics for export to Azure Monitor",
      // On this environment, not the organization: an environment's key must not read another's metrics.
      bindings: [{ id: "metrics-viewer", roleName: "MetricsViewer", crnPattern: this.environment.resourceName }],
      secretPrefix: "confluent",
      keyKind: "Confluent Cloud API",
    });
  }

  /** A service account of this construct by name (declared ones, `topic-manager`, metrics viewers). */
  public serviceAccount(name: string): ConfluentServiceAccount {
    const account = this.accounts.get(name);
    if (!account) throw new ValidationError(this.node.path, "serviceAccount", name, `must be one of ${[...this.accounts.keys()].join(", ")}`);
    return account;
  }

  private addTopic(topic: KafkaTopicSpec, apiKey: ApiKey): KafkaTopic {
    const config: Record<string, string> = {};
    if (topic.retentionMs !== undefined) config["retention.ms"] = String(topic.retentionMs);
    if (topic.cleanupPolicy !== undefined) config["cleanup.policy"] = topic.cleanupPolicy;
    return new KafkaTopic(this, `topic-${topic.name}`, {
      kafkaCluster: { id: this.cluster.id },
      topicName: topic.name,
      partitionsCount: topic.partitions,
      restEndpoint: this.cluster.restEndpoint,
      credentials: { key: apiKey.id, secret: apiKey.secret },
      config: Object.keys(config).length > 0 ? config : undefined,
    });
  }

  /** Service account, its role bindings, an API key that waits for them, and the key in Key Vault. */
  private addServiceAccount(plan: ServiceAccountPlan): ConfluentServiceAccount {
    const scope = new Construct(this, `service-account-${plan.name}`);
    const displayName = `${this.displayNamePrefix}-${plan.name}`;
    const serviceAccount = new ServiceAccount(scope, "account", { displayName, description: plan.description });
    const roleBindings = plan.bindings.map(
      (b) => new RoleBinding(scope, `binding-${b.id}`, { principal: `User:${serviceAccount.id}`, roleName: b.roleName, crnPattern: b.crnPattern }),
    );
    const apiKey = new ApiKey(scope, "api-key", {
      displayName,
      description: `${plan.keyKind} key of ${displayName}`,
      owner: { id: serviceAccount.id, apiVersion: "iam/v2", kind: "ServiceAccount" },
      managedResource: plan.managedResource,
      // The key authenticates at once, but authorizes nothing until its roles exist.
      dependsOn: roleBindings,
    });
    const secretName = `${plan.secretPrefix}-${plan.name}`;
    const account: ConfluentServiceAccount = {
      serviceAccount,
      roleBindings,
      apiKey,
      apiKeySecret: this.keyVault.addSecret(`${secretName}-api-key`, {
        name: `${secretName}-api-key`,
        value: apiKey.id,
        contentType: `${plan.keyKind} key id of ${displayName}`,
      }),
      apiSecretSecret: this.keyVault.addSecret(`${secretName}-api-secret`, {
        name: `${secretName}-api-secret`,
        value: apiKey.secret,
        contentType: `${plan.keyKind} secret of ${displayName}`,
      }),
    };
    this.accounts.set(plan.name, account);
    return account;
  }
}

/** The cluster-type block: an empty list entry selects basic/standard/enterprise; dedicated carries its CKUs. */
function clusterTypeBlock(spec: KafkaClusterSpec): Pick<KafkaClusterConfig, "basic" | "standard" | "enterprise" | "dedicated"> {
  return spec.clusterType === "dedicated" ? { dedicated: { cku: spec.cku as number } } : { [spec.clusterType]: [{}] };
}

function propViolations(props: ConfluentKafkaProps, streamGovernance: string): Violation[] {
  const violations: Violation[] = [];
  if (!DISPLAY_NAME_PREFIX.test(props.displayNamePrefix)) {
    violations.push({ field: "displayNamePrefix", value: props.displayNamePrefix, rule: "must be 1-40 letters, digits, '-' or '_'" });
  }
  // A token (e.g. a resource group's location) is only known at apply time.
  if (!Token.isUnresolved(props.region) && !AZURE_LOCATION.test(props.region)) {
    violations.push({ field: "region", value: props.region, rule: "must be an Azure location name such as westeurope (lower-case letters and digits)" });
  }
  if (!STREAM_GOVERNANCE_PACKAGES.includes(streamGovernance as StreamGovernancePackage)) {
    violations.push({ field: "streamGovernance", value: streamGovernance, rule: `must be one of ${STREAM_GOVERNANCE_PACKAGES.join(", ")}` });
  }
  return violations;
}
