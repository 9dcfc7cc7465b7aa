import { CognitiveAccount as AzCognitiveAccount } from "@cdktf/provider-azurerm/lib/cognitive-account";
import { TerraformOutput, Testing } from "cdktf";
import { CognitiveAccount, CognitiveAccountProps, cognitiveAccountViolations } from "../constructs/data/cognitive-account";
import { UserAssignedIdentity } from "../constructs/security/user-assigned-identity";
import { resourcesOf, synthJson, testStackWithGroup } from "./helpers";
import { policyReport } from "./policy-helpers";

type Stack = ReturnType<typeof testStackWithGroup>["stack"];

const WORKSPACE = { id: "/workspaces/log" };
const PE = { subnetId: "/subnets/pe", privateDnsZoneIds: ["/zones/privatelink.cognitiveservices.azure.com"] };

function only(stack: Stack, type: string): [string, any] {
  const all = resourcesOf(stack, type);
  expect(all).toHaveLength(1);
  return all[0];
}

function account(props: Partial<CognitiveAccountProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const cog = new CognitiveAccount(stack, "cog", { resourceGroup: group, workload: "ai", ...props });
  return { stack, group, cog };
}

describe("CognitiveAccount", () => {
  it("is a multi-service S0 account named <prefix>-cog-<workload>-<region>-<env>-<hash>, its name the custom subdomain", () => {
    const { stack } = account();
    const [, body] = only(stack, "azurerm_cognitive_account");
    expect(body.name).toMatch(/^abs-cog-ai-we-test-[0-9a-f]{4}$/);
    expect(body).toMatchObject({
      kind: "CognitiveServices",
      sku_name: "S0",
      custom_subdomain_name: body.name,
      location: "${azurerm_resource_group.rg_group_867B0039.location}",
      resource_group_name: "${azurerm_resource_group.rg_group_867B0039.name}",
    });
  });

  it("is private and keyless: no public access, ACLs deny, local auth off, system identity", () => {
    const { stack } = account();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzCognitiveAccount, {
      public_network_access_enabled: false,
      local_auth_enabled: false,
      network_acls: { default_action: "Deny" },
      identity: { type: "SystemAssigned" },
    });
  });

  it("lower-cases a given name for the subdomain and takes another kind and tier", () => {
    const [, body] = only(account({ name: "Abs-Cog-Speech", kind: "SpeechServices", sku: "F0" }).stack, "azurerm_cognitive_account");
    expect(body).toMatchObject({ name: "Abs-Cog-Speech", custom_subdomain_name: "abs-cog-speech", kind: "SpeechServices", sku_name: "F0" });
  });

  it("opens its public endpoint to listed ranges only when asked", () => {
    const [, body] = only(account({ publicNetworkAccess: true, allowedIpRanges: ["203.0.113.0/24"] }).stack, "azurerm_cognitive_account");
    expect(body).toMatchObject({ public_network_access_enabled: true, network_acls: { default_action: "Deny", ip_rules: ["203.0.113.0/24"] } });
  });

  it("is reached through a private endpoint on the account sub-resource", () => {
    const { stack } = account({ privateEndpoints: [PE] });
    const [accountId] = only(stack, "azurerm_cognitive_account");
    const [, endpoint] = only(stack, "azurerm_private_endpoint");
    expect(endpoint).toMatchObject({
      name: "abs-pe-cog-account-we-test",
      subnet_id: "/subnets/pe",
      private_service_connection: { private_connection_resource_id: `\${azurerm_cognitive_account.${accountId}.id}`, subresource_names: ["account"] },
      private_dns_zone_group: { private_dns_zone_ids: PE.privateDnsZoneIds },
    });
  });

  it("sends all logs and metrics to Log Analytics", () => {
    const { stack } = account({ diagnosticSettings: [{ workspace: WORKSPACE }] });
    const [accountId] = only(stack, "azurerm_cognitive_account");
    expect(only(stack, "azurerm_monitor_diagnostic_setting")[1]).toMatchObject({
      target_resource_id: `\${azurerm_cognitive_account.${accountId}.id}`,
      log_analytics_workspace_id: WORKSPACE.id,
      enabled_log: [{ category_group: "allLogs" }],
      enabled_metric: [{ category: "AllMetrics" }],
    });
  });

  it("grants Cognitive Services User on the account", () => {
    const { stack, group, cog } = account();
    const caller = new UserAssignedIdentity(stack, "caller", { resourceGroup: group, workload: "caller" });
    cog.grantUser(caller);
    const [accountId] = only(stack, "azurerm_cognitive_account");
    const [identityId] = only(stack, "azurerm_user_assigned_identity");
    expect(only(stack, "azurerm_role_assignment")[1]).toMatchObject({
      role_definition_name: "Cognitive Services User",
      scope: `\${azurerm_cognitive_account.${accountId}.id}`,
      principal_id: `\${azurerm_user_assigned_identity.${identityId}.principal_id}`,
      principal_type: "ServicePrincipal",
    });
  });

  it("exposes its endpoint and principal id as references", () => {
    const { stack, cog } = account();
    new TerraformOutput(stack, "endpoint", { value: cog.endpoint });
    new TerraformOutput(stack, "principal", { value: cog.principalId });
    const [accountId] = only(stack, "azurerm_cognitive_account");
    const { output } = synthJson(stack);
    expect(output.endpoint.value).toBe(`\${azurerm_cognitive_account.${accountId}.endpoint}`);
    expect(output.principal.value).toBe(`\${azurerm_cognitive_account.${accountId}.identity[0].principal_id}`);
  });

  it("passes every policy rule with diagnostics and a private endpoint", () => {
    const { stack } = account({ diagnosticSettings: [{ workspace: WORKSPACE }], privateEndpoints: [PE] });
    expect(policyReport(stack).findings).toEqual([]);
  });

  it("passes every policy rule where stateful resources are protected, when protected itself", () => {
    const { stack } = account({ diagnosticSettings: [{ workspace: WORKSPACE }], privateEndpoints: [PE], protectFromDeletion: true });
    const [, body] = only(stack, "azurerm_cognitive_account");
    expect(body.lifecycle).toEqual({ prevent_destroy: true });
    expect(only(stack, "azurerm_management_lock")[1]).toMatchObject({ lock_level: "CanNotDelete" });
    // The test stack's resource group is not protected: only the account's own resources count here.
    const own = policyReport(stack, { protectStatefulResources: true }).findings.filter((f) => f.path.startsWith("test/cog/"));
    expect(own).toEqual([]);
  });

  describe("rejects bad input", () => {
    it.each<[string, Partial<CognitiveAccountProps>, string]>([
      [
        "an unknown kind",
        { kind: "Bing.Search" as any },
        'test/cog: kind = "Bing.Search": must be one of CognitiveServices, OpenAI, TextAnalytics, SpeechServices, ComputerVision, FormRecognizer, ContentSafety',
      ],
      ["an unknown tier", { sku: "P9" as any }, 'test/cog: sku = "P9": must be one of F0, F1, S, S0, S1, S2, S3, S4'],
      ["a name with an underscore", { name: "abs_cog" }, 'test/cog: name = "abs_cog": 2-64 characters: letters, digits, \'-\'; start and end with a letter or digit; unique across Azure (custom subdomain)'],
      ["IP rules without public access", { allowedIpRanges: ["203.0.113.7"] }, 'test/cog: allowedIpRanges = ["203.0.113.7"]: must be empty unless publicNetworkAccess is true'],
    ])("rejects %s", (_, props, message) => {
      expect(() => account(props)).toThrow(message);
    });

    it("reports a bad kind and a bad tier together", () => {
      expect(() => account({ kind: "Bing" as any, sku: "X" as any })).toThrow(
        [
          "2 invalid settings:",
          '  - test/cog: kind = "Bing": must be one of CognitiveServices, OpenAI, TextAnalytics, SpeechServices, ComputerVision, FormRecognizer, ContentSafety',
          '  - test/cog: sku = "X": must be one of F0, F1, S, S0, S1, S2, S3, S4',
        ].join("\n"),
      );
    });

    it("leaves unset fields to the defaults in cognitiveAccountViolations", () => {
      expect(cognitiveAccountViolations({})).toEqual([]);
      expect(cognitiveAccountViolations({ kind: "OpenAI", sku: "S0" })).toEqual([]);
    });
  });
});
