import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { ContainerAppJob as AzContainerAppJob } from "@cdktf/provider-azurerm/lib/container-app-job";
import { AzureResource } from "../core/azure-resource";
import { assertNoViolations, check, isWholeNumberIn } from "../core/errors";
import { CommonResourceProps, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";
import { UserAssignedIdentity } from "../security/user-assigned-identity";
import { assertContainerWorkload, containerAppSizingViolations, KeyVaultSecretRef } from "./container-app";
import { CONSUMPTION_PROFILE } from "./container-apps-environment";

/** A KEDA scaler that starts executions: its type, metadata and the secrets it authenticates with. */
export interface JobScaleRule {
  /** Rule name (a DNS label). */
  readonly name: string;
  /** KEDA scaler type, e.g. `github-runner`. */
  readonly type: string;
  /** The scaler's metadata (strings). */
  readonly metadata: Record<string, string>;
  /** Scaler parameters taken from the job's secrets: parameter name to secret name. @default none */
  readonly authentication?: Record<string, string>;
}

export interface ContainerAppJobProps extends Pick<CommonResourceProps, "name" | "lock" | "roleAssignments" | "tags"> {
  /** The Container Apps environment (id) the job runs in; it must have the Consumption profile. */
  readonly environment: { readonly id: string };
  readonly resourceGroup: IResourceGroup;
  /** Name part (`<prefix>-caj-<workload>-<region>-<env>`) and the container's name. */
  readonly workload: string;
  /** The identity the job reads its Key Vault secrets with (and pulls with, for a private registry). */
  readonly identity: UserAssignedIdentity;
  /** Full image reference including the registry host, pinned to a tag. */
  readonly image: string;
  /** vCPUs and memory of one execution, a Consumption pair (e.g. 2 and `4Gi`). */
  readonly cpu: number;
  readonly memory: string;
  /** @default the image's entrypoint */
  readonly command?: string[];
  /** Plain environment variables. @default none */
  readonly env?: Record<string, string>;
  /** Secrets by secret name, each a Key Vault secret read with `identity`; `secretEnv` exposes them. @default none */
  readonly secrets?: Record<string, KeyVaultSecretRef>;
  /** Environment variables set from `secrets`: variable name to secret name. @default none */
  readonly secretEnv?: Record<string, string>;
  /** Event trigger: the scale rules polled and how many executions may run at once. */
  readonly trigger: {
    readonly rules: JobScaleRule[];
    /** Most executions at once, 1-1000. */
    readonly maxExecutions: number;
    /** @default 30 */
    readonly pollingIntervalSeconds?: number;
  };
  /** The longest one execution may run. */
  readonly replicaTimeoutSeconds: number;
  /** Resources the job must wait for when it is created (e.g. the propagation of its secret grant). @default none */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * An event-driven Container Apps job: KEDA polls its scale rules and starts one execution (a fresh
 * container that runs to completion) per pending event, from zero. Secrets are Key Vault references
 * read with a user-assigned identity, so no value is in the configuration or state.
 */
export class ContainerAppJob extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzContainerAppJob;
  public readonly resourceGroup: IResourceGroup;

  constructor(scope: Construct, id: string, props: ContainerAppJobProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "containerAppJob", props);
    assertContainerWorkload(where, props.workload);
    assertNoViolations(where, containerAppSizingViolations({ cpu: props.cpu, memory: props.memory, minReplicas: 0, maxReplicas: 1 }));
    const { maxExecutions, pollingIntervalSeconds = 30, rules } = props.trigger;
    check(isWholeNumberIn(maxExecutions, 1, 1000), where, "trigger.maxExecutions", maxExecutions, "must be a whole number, 1-1000");
    check(isWholeNumberIn(pollingIntervalSeconds, 10, 3600), where, "trigger.pollingIntervalSeconds", pollingIntervalSeconds, "must be a whole number of seconds, 10-3600");
    check(rules.length > 0, where, "trigger.rules", rules, "must hold at least one scale rule");
    check(isWholeNumberIn(props.replicaTimeoutSeconds, 60, 86400), where, "replicaTimeoutSeconds", props.replicaTimeoutSeconds, "must be a whole number of seconds, 60-86400");
    const secrets = Object.keys(props.secrets ?? {});
    for (const secret of secrets) {
      check(/^[a-z0-9][a-z0-9-]{0,251}[a-z0-9]$/.test(secret), where, "secrets", secret, "must be lower-case letters, digits and '-', starting and ending with a letter or digit");
    }
    const referenced = [...Object.values(props.secretEnv ?? {}), ...rules.flatMap((r) => Object.values(r.authentication ?? {}))];
    for (const secret of referenced) check(secrets.includes(secret), where, "secrets", secret, `must be one of the job's secrets (${secrets.join(", ") || "none"})`);

    this.resourceGroup = props.resourceGroup;
    this.resource = new AzContainerAppJob(this, "job", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      containerAppEnvironmentId: props.environment.id,
      workloadProfileName: CONSUMPTION_PROFILE,
      replicaTimeoutInSeconds: props.replicaTimeoutSeconds,
      // A failed execution is not retried: a workflow job is not safe to run twice.
      replicaRetryLimit: 0,
      identity: { type: "UserAssigned", identityIds: [props.identity.id] },
      secret: secrets.length > 0 ? Object.entries(props.secrets ?? {}).map(([secretName, ref]) => ({ name: secretName, keyVaultSecretId: ref.keyVaultSecretId, identity: props.identity.id })) : undefined,
      eventTriggerConfig: {
        parallelism: 1,
        replicaCompletionCount: 1,
        scale: [
          {
            minExecutions: 0,
            maxExecutions,
            pollingIntervalInSeconds: pollingIntervalSeconds,
            rules: rules.map((rule) => ({
              name: rule.name,
              customRuleType: rule.type,
              metadata: rule.metadata,
              authentication: Object.entries(rule.authentication ?? {}).map(([triggerParameter, secretName]) => ({ triggerParameter, secretName })),
            })),
          },
        ],
      },
      template: {
        container: [
          {
            name: props.workload,
            image: props.image,
            cpu: props.cpu,
            memory: props.memory,
            command: props.command,
            env: [
              ...Object.entries(props.env ?? {}).map(([envName, value]) => ({ name: envName, value })),
              ...Object.entries(props.secretEnv ?? {}).map(([envName, secretName]) => ({ name: envName, secretName })),
            ],
          },
        ],
      },
      tags: props.tags,
      dependsOn: props.dependsOn,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.initCapabilities(props);
  }
}
