import { Construct } from "constructs";
import { ITerraformDependable, TerraformVariable } from "cdktf";
import { KeyVaultSecret } from "@cdktf/provider-azurerm/lib/key-vault-secret";
import { ContainerAppJob } from "../../compute/container-app-job";
import { ContainerAppsEnvironment } from "../../compute/container-apps-environment";
import { IResourceGroup } from "../../core/interfaces";
import { LogAnalyticsWorkspace } from "../../monitoring/log-analytics-workspace";
import { KeyVault } from "../../security/key-vault";
import { UserAssignedIdentity } from "../../security/user-assigned-identity";
import type { PlatformSettings } from "../../../stacks/settings/schema";

/** The variable the operator passes the runners' registration token in (`TF_VAR_github_runner_token`). */
export const RUNNER_TOKEN_VARIABLE = "github_runner_token";
/** The Key Vault secret holding it. */
export const RUNNER_TOKEN_SECRET = "github-runner-token";

export interface GitHubRunnersProps {
  readonly resourceGroup: IResourceGroup;
  readonly settings: PlatformSettings;
  /** The hub subnet the runners' Container Apps environment is injected into. */
  readonly subnet: { readonly id: string; readonly addressPrefix: string };
  /** What the environment waits for: the subnet's NSG and NAT associations. */
  readonly subnetReady: ITerraformDependable[];
  readonly logAnalytics: LogAnalyticsWorkspace;
  /** The platform vault: it keeps the registration token. */
  readonly vault: KeyVault;
}

/**
 * Ephemeral self-hosted GitHub Actions runners, scaling from zero: Microsoft's documented pattern of a
 * Container Apps job with KEDA's `github-runner` scaler. The scaler polls the repository's queued jobs
 * that ask for the runners' label and starts one execution per job; each execution registers an
 * ephemeral runner (`--ephemeral`: it takes one job and is deregistered), runs it, and ends. No VM to
 * patch, nothing shared between two jobs.
 *
 * The registration credential (a fine-grained token with the repository's Administration: write
 * permission) reaches Key Vault once, from an ephemeral variable through the write-only `value_wo`:
 * never in the configuration nor in state. The job reads it as a Key Vault reference.
 */
export class GitHubRunners extends Construct {
  public readonly identity: UserAssignedIdentity;
  public readonly environment: ContainerAppsEnvironment;
  public readonly job: ContainerAppJob;
  public readonly tokenSecret: KeyVaultSecret;

  constructor(scope: Construct, id: string, props: GitHubRunnersProps) {
    super(scope, id);
    const { resourceGroup, settings, vault } = props;
    const { owner, repository } = settings.github;
    const runners = settings.runners;

    const token = new TerraformVariable(this, RUNNER_TOKEN_VARIABLE, {
      type: "string",
      sensitive: true,
      nullable: false,
      description: "GitHub fine-grained token (repository Administration: read and write) the runners register with; written to Key Vault write-only, never stored in state.",
    });
    token.overrideLogicalId(RUNNER_TOKEN_VARIABLE);
    // OpenTofu 1.11: an ephemeral variable may only flow into write-only arguments (cdktf has no switch for it).
    token.addOverride("ephemeral", true);
    this.tokenSecret = vault.addWriteOnlySecret("runner-token", {
      name: RUNNER_TOKEN_SECRET,
      value: token.stringValue,
      version: runners.tokenVersion,
      expirationDate: runners.tokenExpiresOn,
      contentType: "GitHub fine-grained personal access token",
    });

    this.identity = new UserAssignedIdentity(this, "identity", { resourceGroup, workload: "runners" });
    const read = vault.grantSecretRead(this.identity, this.tokenSecret);

    this.environment = new ContainerAppsEnvironment(this, "environment", {
      resourceGroup,
      workload: "runners",
      infrastructureSubnet: props.subnet,
      logAnalytics: props.logAnalytics,
      internalLoadBalancer: true,
      // Jobs have no ingress: nothing to resolve.
      privateDns: false,
      dependsOn: props.subnetReady,
    });

    const secret = "github-token";
    this.job = new ContainerAppJob(this, "job", {
      resourceGroup,
      workload: "runner",
      environment: this.environment,
      identity: this.identity,
      image: runners.image,
      cpu: runners.cpu,
      memory: runners.memory,
      command: ["/bin/bash", "-c", RUNNER_SCRIPT],
      env: { GITHUB_OWNER: owner, GITHUB_REPOSITORY: repository, RUNNER_LABEL: runners.label },
      secrets: { [secret]: { keyVaultSecretId: this.tokenSecret.versionlessId } },
      secretEnv: { GITHUB_PAT: secret },
      trigger: {
        maxExecutions: runners.maxConcurrentJobs,
        rules: [
          {
            name: "github-runner",
            type: "github-runner",
            // KEDA github-runner scaler (keda.sh docs): the API URL defaults to api.github.com.
            metadata: { owner, runnerScope: "repo", repos: repository, labels: runners.label, targetWorkflowQueueLength: "1" },
            authentication: { personalAccessToken: secret },
          },
        ],
      },
      replicaTimeoutSeconds: runners.jobTimeoutMinutes * 60,
      // The job reads its secret when it is created: after the grant has propagated.
      dependsOn: [read.propagated],
    });
  }
}

/**
 * What an execution runs in GitHub's runner image (curl and jq are part of it): trade the token for a
 * registration token, register an ephemeral runner with the label, run one job. No `${` in here:
 * OpenTofu would read it as an interpolation.
 */
const RUNNER_SCRIPT = [
  "set -euo pipefail",
  'api="https://api.github.com/repos/$GITHUB_OWNER/$GITHUB_REPOSITORY/actions/runners/registration-token"',
  'registration=$(curl -fsSL -X POST -H "Authorization: Bearer $GITHUB_PAT" -H "Accept: application/vnd.github+json" -H "X-GitHub-Api-Version: 2022-11-28" "$api" | jq -r .token)',
  "unset GITHUB_PAT",
  './config.sh --unattended --ephemeral --replace --url "https://github.com/$GITHUB_OWNER/$GITHUB_REPOSITORY" --token "$registration" --labels "$RUNNER_LABEL" --name "$(hostname)"',
  "exec ./run.sh",
].join("\n");
