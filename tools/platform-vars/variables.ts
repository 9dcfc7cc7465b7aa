/**
 * The GitHub repository variables the workflows read, from the platform stack's outputs
 * (`tofu output -json`): printed as `gh variable set` commands an operator runs once after bootstrap.
 */

/** `tofu output -json`: each output's value under `value`. */
export type TofuOutputs = Record<string, { readonly value: unknown }>;

/** One `gh variable set`: repository-wide, or scoped to a GitHub environment. */
export interface RepositoryVariable {
  readonly name: string;
  readonly value: string;
  /** The GitHub environment it is scoped to; undefined: repository-wide. */
  readonly environment?: string;
}

const REQUIRED = ["github_repository", "tenant_id", "platform_subscription_id", "runner_label", "plan_client_id", "deploy_client_ids", "github_environments", "subscription_ids"] as const;

function text(outputs: TofuOutputs, name: string): string {
  const value = outputs[name]?.value;
  if (typeof value !== "string" || value === "") throw new Error(`output ${name} must be a non-empty string; got ${JSON.stringify(value)}`);
  return value;
}

function map(outputs: TofuOutputs, name: string): Record<string, string> {
  const value = outputs[name]?.value;
  if (!value || typeof value !== "object" || Array.isArray(value) || Object.values(value).some((v) => typeof v !== "string")) {
    throw new Error(`output ${name} must be a map of strings; got ${JSON.stringify(value)}`);
  }
  return value as Record<string, string>;
}

/** The variables the workflows need (their headers list them), from the platform's outputs. */
export function repositoryVariables(outputs: TofuOutputs): RepositoryVariable[] {
  const missing = REQUIRED.filter((name) => !(name in outputs));
  if (missing.length > 0) throw new Error(`the platform outputs lack ${missing.join(", ")}: apply the platform stack first (tofu output -json in cdktf.out/stacks/platform)`);
  const deploy = map(outputs, "deploy_client_ids");
  const githubEnvironments = map(outputs, "github_environments");
  const subscriptions = map(outputs, "subscription_ids");
  return [
    { name: "AZURE_TENANT_ID", value: text(outputs, "tenant_id") },
    // Plans run outside any GitHub environment: the platform's subscription logs them in.
    { name: "AZURE_SUBSCRIPTION_ID", value: text(outputs, "platform_subscription_id") },
    { name: "AZURE_PLAN_CLIENT_ID", value: text(outputs, "plan_client_id") },
    { name: "RUNNER_LABEL", value: text(outputs, "runner_label") },
    ...Object.keys(deploy)
      .sort()
      .flatMap((env) => {
        const environment = githubEnvironments[env];
        if (!environment) throw new Error(`output github_environments has no entry for environment ${env}`);
        return [
          { name: "AZURE_CLIENT_ID", value: deploy[env], environment },
          { name: "AZURE_SUBSCRIPTION_ID", value: subscriptions[env] ?? text(outputs, "platform_subscription_id"), environment },
        ];
      }),
  ];
}

/** Single-quoted for a POSIX shell. */
function quote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** `gh variable set` commands for the repository (`owner/name`), one per line. */
export function ghCommands(outputs: TofuOutputs): string {
  const repo = text(outputs, "github_repository");
  return repositoryVariables(outputs)
    .map((v) => `gh variable set ${v.name} --repo ${quote(repo)}${v.environment ? ` --env ${quote(v.environment)}` : ""} --body ${quote(v.value)}`)
    .join("\n");
}
