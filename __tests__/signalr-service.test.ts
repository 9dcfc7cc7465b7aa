import { SignalrService as AzSignalrService } from "@cdktf/provider-azurerm/lib/signalr-service";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { TerraformOutput, Testing } from "cdktf";
import { SignalRService, SignalRServiceProps, signalRSkuViolations } from "../constructs/data/signalr-service";
import { UserAssignedIdentity } from "../constructs/security/user-assigned-identity";
import { resourcesOf, synthJson, testStackWithGroup } from "./helpers";
import { policyReport } from "./policy-helpers";

const SERVICE = "azurerm_signalr_service.signalr_service_EE82C92D";
const WORKSPACE = { id: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log" };
const PRIVATE_ENDPOINT = { subnetId: "/subnets/pe", privateDnsZoneIds: ["/zones/privatelink.service.signalr.net"] };

/** A stack with one SignalR service built from `props`. */
function signalr(props: Partial<SignalRServiceProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const service = new SignalRService(stack, "signalr", { resourceGroup: group, ...props });
  return { stack, group, service };
}

function serviceBody(stack: ReturnType<typeof signalr>["stack"]): any {
  const all = resourcesOf(stack, "azurerm_signalr_service");
  expect(all).toHaveLength(1);
  return all[0][1];
}

describe("SignalRService", () => {
  it("generates a globally unique name", () => {
    const { stack } = signalr({ workload: "realtime" });
    expect(serviceBody(stack).name).toMatch(/^abs-sigr-realtime-we-test-[0-9a-f]{4}$/);
  });

  it("is a Standard_S1 unit in Default mode, private, Entra ID only, with a system-assigned identity and connectivity and messaging logs", () => {
    const { stack } = signalr();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzSignalrService, {
      sku: { name: "Standard_S1", capacity: 1 },
      service_mode: "Default",
      public_network_access_enabled: false,
      local_auth_enabled: false,
      aad_auth_enabled: true,
      tls_client_cert_enabled: false,
      identity: { type: "SystemAssigned" },
      connectivity_logs_enabled: true,
      messaging_logs_enabled: true,
    });
  });

  it("takes a Premium size", () => {
    const { stack } = signalr({ sku: { name: "Premium_P1", capacity: 20 } });
    expect(serviceBody(stack).sku).toEqual({ name: "Premium_P1", capacity: 20 });
  });

  it("adds a private endpoint for the signalr sub-resource with its DNS zone group", () => {
    const { stack } = signalr({ privateEndpoints: [PRIVATE_ENDPOINT] });
    const [[, endpoint]] = resourcesOf(stack, "azurerm_private_endpoint");
    expect(endpoint).toMatchObject({
      name: "abs-pe-signalr-signalr-we-test",
      subnet_id: "/subnets/pe",
      private_service_connection: { private_connection_resource_id: `\${${SERVICE}.id}`, subresource_names: ["signalr"], is_manual_connection: false },
      private_dns_zone_group: { name: "default", private_dns_zone_ids: ["/zones/privatelink.service.signalr.net"] },
    });
  });

  it("sends all logs and metrics to Log Analytics", () => {
    const { stack } = signalr({ diagnosticSettings: [{ workspace: WORKSPACE }] });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(MonitorDiagnosticSetting, {
      target_resource_id: `\${${SERVICE}.id}`,
      log_analytics_workspace_id: WORKSPACE.id,
      enabled_log: [{ category_group: "allLogs" }],
      enabled_metric: [{ category: "AllMetrics" }],
    });
  });

  it("grants app servers the SignalR App Server role", () => {
    const { stack, group, service } = signalr();
    const app = new UserAssignedIdentity(stack, "app", { resourceGroup: group });
    service.grantAppServer(app);
    const [[, assignment]] = resourcesOf(stack, "azurerm_role_assignment");
    expect(assignment).toMatchObject({ scope: `\${${SERVICE}.id}`, role_definition_name: "SignalR App Server", principal_type: "ServicePrincipal" });
    expect(assignment.principal_id).toMatch(/^\$\{azurerm_user_assigned_identity\.app_identity_\w+\.principal_id\}$/);
  });

  it("exposes its host name and identity as references", () => {
    const { stack, service } = signalr();
    new TerraformOutput(stack, "host", { value: service.hostname });
    new TerraformOutput(stack, "principal", { value: service.principalId });
    const { output } = synthJson(stack);
    expect(output.host.value).toBe(`\${${SERVICE}.hostname}`);
    expect(output.principal.value).toBe(`\${${SERVICE}.identity[0].principal_id}`);
  });

  it("has no policy findings with its defaults, diagnostics and a private endpoint", () => {
    const { stack } = signalr({ diagnosticSettings: [{ workspace: WORKSPACE }], privateEndpoints: [PRIVATE_ENDPOINT] });
    expect(policyReport(stack).findings).toEqual([]);
  });

  describe("rejects bad input", () => {
    it.each<[string, Partial<SignalRServiceProps>, string]>([
      ["the Free SKU", { sku: { name: "Free_F1" as any, capacity: 1 } }, 'test/signalr: sku.name = "Free_F1": must be one of Standard_S1, Premium_P1, Premium_P2 (Free_F1 has no private endpoints)'],
      [
        "a unit count S1 is not sold in",
        { sku: { name: "Standard_S1", capacity: 15 } },
        "test/signalr: sku.capacity = 15: must be one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100 for Standard_S1",
      ],
      [
        "more than 100 units on P1",
        { sku: { name: "Premium_P1", capacity: 200 } },
        "test/signalr: sku.capacity = 200: must be one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100 for Premium_P1",
      ],
      ["fewer than 100 units on P2", { sku: { name: "Premium_P2", capacity: 10 } }, "test/signalr: sku.capacity = 10: must be one of 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000 for Premium_P2"],
      ["an illegal name", { name: "sr" }, "test/signalr: name = \"sr\": 3-63 characters: letters, digits, '-'; start with a letter, end with a letter or digit; unique across Azure"],
    ])("rejects %s", (_, props, message) => {
      expect(() => signalr(props)).toThrow(message);
    });
  });

  describe("signalRSkuViolations (shared with settings validation)", () => {
    it("accepts every unit count each SKU is sold in", () => {
      for (const capacity of [1, 5, 10, 20, 100]) {
        expect(signalRSkuViolations({ name: "Standard_S1", capacity })).toEqual([]);
        expect(signalRSkuViolations({ name: "Premium_P1", capacity })).toEqual([]);
      }
      expect(signalRSkuViolations({ name: "Premium_P2", capacity: 1000 })).toEqual([]);
    });

    it("returns the broken rule as a violation", () => {
      expect(signalRSkuViolations({ name: "Standard_S1", capacity: 0 })).toEqual([
        { field: "sku.capacity", value: 0, rule: "must be one of 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100 for Standard_S1" },
      ]);
    });
  });
});
