import { ghCommands, repositoryVariables, TofuOutputs } from "../tools/platform-vars/variables";

const outputs: TofuOutputs = {
  github_repository: { value: "example-org/azure-estate" },
  tenant_id: { value: "00000000-0000-0000-0000-0000000000aa" },
  platform_subscription_id: { value: "00000000-0000-0000-0000-0000000000bb" },
  runner_label: { value: "azure-estate" },
  plan_client_id: { value: "00000000-0000-0000-0000-000000000001" },
  deploy_client_ids: { value: { dev: "00000000-0000-0000-0000-000000000002", prod: "00000000-0000-0000-0000-000000000003" } },
  github_environments: { value: { dev: "dev", prod: "production" } },
  subscription_ids: { value: { dev: "00000000-0000-0000-0000-0000000000bb", prod: "00000000-0000-0000-0000-0000000000cc" } },
};

describe("platform:vars", () => {
  it("repository-wide plan identity, tenant, platform subscription and runner label; per GitHub environment the deploy identity and subscription", () => {
    expect(repositoryVariables(outputs)).toEqual([
      { name: "AZURE_TENANT_ID", value: "00000000-0000-0000-0000-0000000000aa" },
      { name: "AZURE_SUBSCRIPTION_ID", value: "00000000-0000-0000-0000-0000000000bb" },
      { name: "AZURE_PLAN_CLIENT_ID", value: "00000000-0000-0000-0000-000000000001" },
      { name: "RUNNER_LABEL", value: "azure-estate" },
      { name: "AZURE_CLIENT_ID", value: "00000000-0000-0000-0000-000000000002", environment: "dev" },
      { name: "AZURE_SUBSCRIPTION_ID", value: "00000000-0000-0000-0000-0000000000bb", environment: "dev" },
      { name: "AZURE_CLIENT_ID", value: "00000000-0000-0000-0000-000000000003", environment: "production" },
      { name: "AZURE_SUBSCRIPTION_ID", value: "00000000-0000-0000-0000-0000000000cc", environment: "production" },
    ]);
  });

  it("prints gh commands for the repository, quoted for the shell", () => {
    const lines = ghCommands({ ...outputs, runner_label: { value: "it's" } }).split("\n");
    expect(lines[0]).toBe("gh variable set AZURE_TENANT_ID --repo 'example-org/azure-estate' --body '00000000-0000-0000-0000-0000000000aa'");
    expect(lines[3]).toBe("gh variable set RUNNER_LABEL --repo 'example-org/azure-estate' --body 'it'\\''s'");
    expect(lines[6]).toBe("gh variable set AZURE_CLIENT_ID --repo 'example-org/azure-estate' --env 'production' --body '00000000-0000-0000-0000-000000000003'");
  });

  it("names what is missing when the platform has not been applied", () => {
    expect(() => repositoryVariables({})).toThrow("the platform outputs lack github_repository, tenant_id, platform_subscription_id, runner_label, plan_client_id, deploy_client_ids, github_environments, subscription_ids");
    expect(() => repositoryVariables({ ...outputs, deploy_client_ids: { value: { qa: "x" } } })).toThrow("output github_environments has no entry for environment qa");
  });

  it("the workflows read exactly the variables it sets", () => {
    const { readFileSync } = jest.requireActual<typeof import("node:fs")>("node:fs");
    const read = ["pull-request", "deploy", "drift"].flatMap((w) => [...readFileSync(`${__dirname}/../.github/workflows/${w}.yml`, "utf8").matchAll(/vars\.([A-Z_]+)/g)].map((m) => m[1]));
    const set = new Set(repositoryVariables(outputs).map((v) => v.name));
    expect([...new Set(read)].filter((name) => name !== "MANAGEMENT_SSH_PUBLIC_KEY").sort()).toEqual([...set].sort());
  });
});
