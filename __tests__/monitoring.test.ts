import { Testing, TerraformOutput } from "cdktf";
import { ApplicationInsights as AzApplicationInsights } from "@cdktf/provider-azurerm/lib/application-insights";
import { LogAnalyticsWorkspace as AzLogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { MonitorActionGroup } from "@cdktf/provider-azurerm/lib/monitor-action-group";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { ActionGroup, ActionGroupProps } from "../constructs/monitoring/action-group";
import { ApplicationInsights, ApplicationInsightsProps } from "../constructs/monitoring/application-insights";
import { LogAnalyticsWorkspace, LogAnalyticsWorkspaceProps } from "../constructs/monitoring/log-analytics-workspace";
import { resourcesOf, synthJson, testStackWithGroup } from "./helpers";

function workspace(props: Partial<LogAnalyticsWorkspaceProps> = {}) {
  const { stack, group } = testStackWithGroup();
  return { stack, workspace: new LogAnalyticsWorkspace(stack, "log", { resourceGroup: group, ...props }) };
}

describe("LogAnalyticsWorkspace", () => {
  it("defaults to PerGB2018, 30 days, Entra ID only, open to agents outside private link", () => {
    const { stack } = workspace();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzLogAnalyticsWorkspace, {
      name: "abs-log-we-test",
      location: "${azurerm_resource_group.rg_group_867B0039.location}",
      sku: "PerGB2018",
      retention_in_days: 30,
      local_authentication_enabled: false,
      internet_ingestion_enabled: true,
      internet_query_enabled: true,
    });
  });

  it("keeps the Free SKU at its fixed 7 days", () => {
    const { stack } = workspace({ sku: "Free" });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzLogAnalyticsWorkspace, { sku: "Free", retention_in_days: 7 });
  });

  it("exposes the customer id as workspaceId and never outputs a shared key", () => {
    const { stack, workspace: log } = workspace({ dailyQuotaGb: 5 });
    new TerraformOutput(stack, "customer-id", { value: log.workspaceId });
    const json = synthJson(stack);
    expect(json.output["customer-id"].value).toBe("${azurerm_log_analytics_workspace.log_workspace_B81DFA3D.workspace_id}");
    expect(JSON.stringify(json)).not.toContain("shared_key");
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzLogAnalyticsWorkspace, { daily_quota_gb: 5 });
  });

  it("sends its own audit logs to a workspace with addDiagnostics", () => {
    const { stack, workspace: log } = workspace();
    log.addDiagnostics({ workspace: log });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(MonitorDiagnosticSetting, {
      target_resource_id: "${azurerm_log_analytics_workspace.log_workspace_B81DFA3D.id}",
      enabled_log: [{ category_group: "allLogs" }],
    });
  });

  it.each([
    [{ sku: "Basic" as never }, 'test/log: sku = "Basic": must be one of Free, PerNode, Premium, Standard, Standalone, Unlimited, CapacityReservation, PerGB2018, LACluster'],
    [{ retentionInDays: 731 }, "test/log: retentionInDays = 731: must be a whole number of days from 30 to 730"],
    [{ retentionInDays: 7 }, "test/log: retentionInDays = 7: must be a whole number of days from 30 to 730"],
    [{ sku: "Free" as const, retentionInDays: 30 }, "test/log: retentionInDays = 30: must be 7 for the Free SKU"],
    [{ dailyQuotaGb: 0 }, "test/log: dailyQuotaGb = 0: must be -1 (no cap) or greater than 0"],
  ])("rejects %j", (props, message) => {
    expect(() => workspace(props)).toThrow(message);
  });
});

function insights(props: Partial<ApplicationInsightsProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const log = new LogAnalyticsWorkspace(stack, "log", { resourceGroup: group });
  return { stack, insights: new ApplicationInsights(stack, "appi", { resourceGroup: group, workspace: log, ...props }) };
}

describe("ApplicationInsights", () => {
  it("is workspace-based, web, 90 days, with instrumentation-key ingestion disabled", () => {
    const { stack } = insights();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzApplicationInsights, {
      name: "abs-appi-we-test",
      workspace_id: "${azurerm_log_analytics_workspace.log_workspace_B81DFA3D.id}",
      application_type: "web",
      retention_in_days: 90,
      local_authentication_disabled: true,
    });
  });

  it("exposes the connection string as a reference, never a literal", () => {
    const { stack, insights: appi } = insights({ samplingPercentage: 25 });
    new TerraformOutput(stack, "connection-string", { value: appi.connectionString, sensitive: true });
    expect(synthJson(stack).output["connection-string"]).toEqual({
      value: "${azurerm_application_insights.appi_component_797A5E17.connection_string}",
      sensitive: true,
    });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzApplicationInsights, { sampling_percentage: 25 });
  });

  it.each([
    [{ retentionInDays: 45 }, "test/appi: retentionInDays = 45: must be one of 30, 60, 90, 120, 180, 270, 365, 550, 730"],
    [{ samplingPercentage: 101 }, "test/appi: samplingPercentage = 101: must be from 0 to 100"],
  ])("rejects %j", (props, message) => {
    expect(() => insights(props)).toThrow(message);
  });
});

const ops = { name: "ops", emailAddress: "ops@example.com" };

function actionGroup(props: Partial<ActionGroupProps> = {}) {
  const { stack, group } = testStackWithGroup();
  new ActionGroup(stack, "ag", { resourceGroup: group, shortName: "ops", emailReceivers: [ops], ...props });
  return stack;
}

describe("ActionGroup", () => {
  it("is global, with the short name and email receivers on the common alert schema", () => {
    expect(Testing.synth(actionGroup())).toHaveResourceWithProperties(MonitorActionGroup, {
      name: "abs-ag-we-test",
      location: "global",
      short_name: "ops",
      email_receiver: [{ name: "ops", email_address: "ops@example.com", use_common_alert_schema: true }],
    });
  });

  it("accepts webhooks alone", () => {
    const stack = actionGroup({ emailReceivers: [], webhookReceivers: [{ name: "chat", serviceUri: "https://hooks.example.com/alert" }] });
    const [[, body]] = resourcesOf(stack, "azurerm_monitor_action_group");
    expect(body.webhook_receiver).toEqual([{ name: "chat", service_uri: "https://hooks.example.com/alert", use_common_alert_schema: true }]);
    expect(body.email_receiver).toEqual([]);
  });

  it.each([
    [{ shortName: "thirteenchars" }, 'test/ag: shortName = "thirteenchars": must be 1-12 characters'],
    [{ shortName: "" }, 'test/ag: shortName = "": must be 1-12 characters'],
    [{ emailReceivers: [{ name: "x", emailAddress: "ops.example.com" }] }, 'test/ag: emailReceivers.0.emailAddress = "ops.example.com": must be an email address (name@domain.tld)'],
    [{ emailReceivers: [] }, "test/ag: emailReceivers = []: must name at least one receiver when there are no webhookReceivers"],
    [{ webhookReceivers: [{ name: "w", serviceUri: "http://hooks.example.com" }] }, 'test/ag: webhookReceivers.0.serviceUri = "http://hooks.example.com": must be an https:// URL'],
  ])("rejects %j", (props, message) => {
    expect(() => actionGroup(props)).toThrow(message);
  });
});
