import { ApiManagement as AzApiManagement } from "@cdktf/provider-azurerm/lib/api-management";
import { ApiManagementDiagnostic } from "@cdktf/provider-azurerm/lib/api-management-diagnostic";
import { ApiManagementLogger } from "@cdktf/provider-azurerm/lib/api-management-logger";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { TerraformOutput, Testing } from "cdktf";
import { ApiManagement, ApiManagementProps, apiManagementSkuViolations } from "../constructs/compute/api-management";
import { ApplicationInsights } from "../constructs/monitoring/application-insights";
import { UserAssignedIdentity } from "../constructs/security/user-assigned-identity";
import { resourcesOf, synthJson, testStackWithGroup } from "./helpers";
import { policyReport } from "./policy-helpers";

const SERVICE = "azurerm_api_management.apim_service_38EB5C06";
const SUBNET = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/apim";
const WORKSPACE = { id: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log" };

/** A stack with one API Management instance built from `props` (publisher and subnet filled in). */
function apim(props: Partial<ApiManagementProps> = {}, environment = "test") {
  const { stack, group } = testStackWithGroup(environment);
  const service = new ApiManagement(stack, "apim", { resourceGroup: group, publisherName: "Metaverse", publisherEmail: "api@example.com", subnetId: SUBNET, ...props });
  return { stack, group, service };
}

function serviceBody(stack: ReturnType<typeof apim>["stack"]): any {
  const all = resourcesOf(stack, "azurerm_api_management");
  expect(all).toHaveLength(1);
  return all[0][1];
}

describe("ApiManagement", () => {
  it("protects from deletion with prevent_destroy and a CanNotDelete lock on the service", () => {
    const { stack, service } = apim({ protectFromDeletion: true });
    expect(serviceBody(stack).lifecycle).toEqual({ prevent_destroy: true });
    expect(resourcesOf(stack, "azurerm_management_lock").map(([, l]) => [l.scope, l.lock_level])).toEqual([[`\${azurerm_api_management.${stack.getLogicalId(service.resource)}.id}`, "CanNotDelete"]]);
  });

  it("generates a globally unique name", () => {
    const { stack } = apim({ workload: "gateway" });
    expect(serviceBody(stack).name).toMatch(/^abs-apim-gateway-we-test-[0-9a-f]{4}$/);
  });

  it("is a Developer_1 instance in the subnet (internal mode) with a system-assigned identity", () => {
    const { stack } = apim();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzApiManagement, {
      sku_name: "Developer_1",
      publisher_name: "Metaverse",
      publisher_email: "api@example.com",
      virtual_network_type: "Internal",
      virtual_network_configuration: { subnet_id: SUBNET },
      identity: { type: "SystemAssigned" },
    });
    expect(serviceBody(stack).zones).toBeUndefined();
  });

  it("keeps public network access on, as Azure requires when the instance is created", () => {
    const { stack } = apim();
    expect(serviceBody(stack).public_network_access_enabled).toBe(true);
  });

  it("turns off SSL 3.0, TLS 1.0, TLS 1.1 and triple DES on the client and the backend side", () => {
    const { stack } = apim();
    expect(serviceBody(stack).security).toEqual({
      frontend_ssl30_enabled: false,
      frontend_tls10_enabled: false,
      frontend_tls11_enabled: false,
      backend_ssl30_enabled: false,
      backend_tls10_enabled: false,
      backend_tls11_enabled: false,
      triple_des_ciphers_enabled: false,
    });
  });

  it("takes a Premium size across zones for prod", () => {
    const { stack } = apim({ sku: "Premium_3", zones: ["1", "2", "3"] }, "prod");
    expect(serviceBody(stack)).toMatchObject({ sku_name: "Premium_3", zones: ["1", "2", "3"] });
  });

  it("logs every request to Application Insights through a logger and the service-wide diagnostic", () => {
    const { stack, group } = testStackWithGroup();
    const insights = new ApplicationInsights(stack, "appi", { resourceGroup: group, workspace: WORKSPACE });
    const service = new ApiManagement(stack, "apim", {
      resourceGroup: group,
      publisherName: "Metaverse",
      publisherEmail: "api@example.com",
      subnetId: SUBNET,
      applicationInsights: insights,
    });
    const synthesized = Testing.synth(stack);
    const [[insightsRef]] = resourcesOf(stack, "azurerm_application_insights");
    const [[groupRef]] = resourcesOf(stack, "azurerm_resource_group");
    expect(synthesized).toHaveResourceWithProperties(ApiManagementLogger, {
      name: "application-insights",
      api_management_name: `\${${SERVICE}.name}`,
      resource_group_name: `\${azurerm_resource_group.${groupRef}.name}`,
      resource_id: `\${azurerm_application_insights.${insightsRef}.id}`,
      application_insights: { connection_string: `\${azurerm_application_insights.${insightsRef}.connection_string}` },
    });
    const [[loggerRef]] = resourcesOf(stack, "azurerm_api_management_logger");
    expect(synthesized).toHaveResourceWithProperties(ApiManagementDiagnostic, {
      identifier: "applicationinsights",
      api_management_name: `\${${SERVICE}.name}`,
      api_management_logger_id: `\${azurerm_api_management_logger.${loggerRef}.id}`,
      sampling_percentage: 100,
      always_log_errors: true,
      http_correlation_protocol: "W3C",
      verbosity: "information",
    });
    expect(service.logger).toBeDefined();
    expect(service.diagnostic).toBeDefined();
  });

  it("has no logger or diagnostic without Application Insights", () => {
    const { stack, service } = apim();
    expect(resourcesOf(stack, "azurerm_api_management_logger")).toEqual([]);
    expect(resourcesOf(stack, "azurerm_api_management_diagnostic")).toEqual([]);
    expect(service.logger).toBeUndefined();
  });

  it("sends all logs and metrics to Log Analytics", () => {
    const { stack } = apim({ diagnosticSettings: [{ workspace: WORKSPACE }] });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(MonitorDiagnosticSetting, {
      target_resource_id: `\${${SERVICE}.id}`,
      log_analytics_workspace_id: WORKSPACE.id,
      enabled_log: [{ category_group: "allLogs" }],
      enabled_metric: [{ category: "AllMetrics" }],
    });
  });

  it("is a principal roles can be granted to, and exposes the gateway URL and private addresses", () => {
    const { stack, group, service } = apim();
    const identity = new UserAssignedIdentity(stack, "app", { resourceGroup: group });
    service.grant(identity, "API Management Service Reader Role");
    new TerraformOutput(stack, "gateway", { value: service.gatewayUrl });
    new TerraformOutput(stack, "ips", { value: service.privateIpAddresses });
    const json = synthJson(stack);
    expect(service.principalId).toBeDefined();
    expect(json.output.gateway.value).toBe(`\${${SERVICE}.gateway_url}`);
    expect(json.output.ips.value).toBe(`\${${SERVICE}.private_ip_addresses}`);
    const [[, assignment]] = resourcesOf(stack, "azurerm_role_assignment");
    expect(assignment).toMatchObject({ scope: `\${${SERVICE}.id}`, role_definition_name: "API Management Service Reader Role" });
  });

  it("has no policy findings with its defaults, diagnostics and an Application Insights logger", () => {
    const { stack, group } = testStackWithGroup();
    const insights = new ApplicationInsights(stack, "appi", { resourceGroup: group, workspace: WORKSPACE });
    new ApiManagement(stack, "apim", {
      resourceGroup: group,
      publisherName: "Metaverse",
      publisherEmail: "api@example.com",
      subnetId: SUBNET,
      applicationInsights: insights,
      diagnosticSettings: [{ workspace: WORKSPACE }],
    });
    expect(policyReport(stack).findings).toEqual([]);
  });

  it("without diagnostics is flagged by AZ-MON-001 (the rule covers API Management)", () => {
    const { stack } = apim();
    expect(policyReport(stack).findings.map((f) => [f.ruleId, f.address])).toEqual([["AZ-MON-001", SERVICE]]);
  });

  describe("rejects bad input", () => {
    it.each<[string, Partial<ApiManagementProps>, string]>([
      ["a SKU without units", { sku: "Premium" }, 'test/apim: sku = "Premium": must be <tier>_<units> with at least one unit, e.g. Developer_1 or Premium_2'],
      ["zero units", { sku: "Premium_0" }, 'test/apim: sku = "Premium_0": must be <tier>_<units> with at least one unit, e.g. Developer_1 or Premium_2'],
      [
        "a tier that cannot be injected into a VNet",
        { sku: "StandardV2_1" },
        'test/apim: sku = "StandardV2_1": must be a Developer or Premium SKU: only these tiers are injected into a virtual network (the v2 tiers integrate with one differently)',
      ],
      ["two Developer units", { sku: "Developer_2" }, 'test/apim: sku = "Developer_2": must be Developer_1: the Developer tier has exactly one unit'],
      ["zones on Developer", { zones: ["1", "2"] }, 'test/apim: zones = ["1","2"]: must be empty for the Developer tier: only Premium spans availability zones'],
      ["a zone that does not exist", { sku: "Premium_2", zones: ["1", "4"] }, 'test/apim: zones = ["1","4"]: must name distinct zones among 1, 2, 3'],
      ["a publisher e-mail that is no address", { publisherEmail: "api team" }, 'test/apim: publisherEmail = "api team": must be an e-mail address (name@domain.tld)'],
      ["an empty publisher name", { publisherName: " " }, 'test/apim: publisherName = " ": must not be empty'],
      ["an empty subnet id", { subnetId: "" }, 'test/apim: subnetId = "": must be the id of the subnet the instance is injected into'],
      [
        "a literal Application Insights connection string",
        { applicationInsights: { id: "/components/appi", connectionString: "InstrumentationKey=00000000-0000-0000-0000-000000000000" } },
        'test/apim: applicationInsights.connectionString = "(redacted)": must be a resource attribute (token), never a literal',
      ],
      ["an illegal name", { name: "1apim" }, "test/apim: name = \"1apim\": 1-50 characters: letters, digits, '-'; start with a letter, end with a letter or digit; unique across Azure"],
    ])("rejects %s", (_, props, message) => {
      expect(() => apim(props)).toThrow(message);
    });

    it("does not echo a literal connection string", () => {
      expect(() => apim({ applicationInsights: { id: "/components/appi", connectionString: "InstrumentationKey=secret-key" } })).toThrow(
        expect.objectContaining({ message: expect.not.stringContaining("secret-key") }),
      );
    });

    it("reports every size problem at once", () => {
      expect(() => apim({ sku: "Developer_2", zones: ["1"] })).toThrow(
        [
          "2 invalid settings:",
          '  - test/apim: sku = "Developer_2": must be Developer_1: the Developer tier has exactly one unit',
          '  - test/apim: zones = ["1"]: must be empty for the Developer tier: only Premium spans availability zones',
        ].join("\n"),
      );
    });

    it("refuses private endpoints: an instance injected into a VNet cannot have them", () => {
      const { service } = apim();
      expect(() => service.addPrivateEndpoint({ subnetId: "/subnets/pe", privateDnsZoneIds: ["/zones/privatelink.azure-api.net"] })).toThrow(
        'test/apim: privateEndpoints = "/subnets/pe": must be empty: an instance injected into a virtual network cannot have private endpoints; it is reached at its private IP addresses',
      );
    });
  });

  describe("apiManagementSkuViolations (shared with settings validation)", () => {
    it("accepts Developer_1 and Premium sizes with or without zones", () => {
      expect(apiManagementSkuViolations({ sku: "Developer_1" })).toEqual([]);
      expect(apiManagementSkuViolations({ sku: "Premium_1" })).toEqual([]);
      expect(apiManagementSkuViolations({ sku: "Premium_12", zones: ["1", "2", "3"] })).toEqual([]);
    });

    it("returns the broken rules as violations", () => {
      expect(apiManagementSkuViolations({ sku: "Basic_1" })).toEqual([
        { field: "sku", value: "Basic_1", rule: "must be a Developer or Premium SKU: only these tiers are injected into a virtual network (the v2 tiers integrate with one differently)" },
      ]);
      expect(apiManagementSkuViolations({ sku: "Premium_2", zones: ["2", "2"] })).toEqual([{ field: "zones", value: ["2", "2"], rule: "must name distinct zones among 1, 2, 3" }]);
    });
  });
});
