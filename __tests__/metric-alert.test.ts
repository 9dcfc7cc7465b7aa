import { TerraformOutput, Testing } from "cdktf";
import { MonitorMetricAlert } from "@cdktf/provider-azurerm/lib/monitor-metric-alert";
import { MonitorScheduledQueryRulesAlertV2 } from "@cdktf/provider-azurerm/lib/monitor-scheduled-query-rules-alert-v2";
import { ActionGroup } from "../constructs/monitoring/action-group";
import { databaseLatencyP99High, LogQueryAlert, LogQueryAlertProps, requestErrorRateHigh, serverErrorRateHigh } from "../constructs/monitoring/log-query-alert";
import {
  appServicePlanMemoryHigh,
  containerAppRestarts,
  MetricAlert,
  MetricAlertProps,
  postgresCpuHigh,
  postgresMemoryHigh,
  postgresStorageCritical,
  postgresStorageHigh,
} from "../constructs/monitoring/metric-alert";
import { resourcesOf, synthJson, testStackWithGroup } from "./helpers";

const SERVER_ID = "/subscriptions/0000/resourceGroups/abs-rg-we-test/providers/Microsoft.DBforPostgreSQL/flexibleServers/psql";
const APPI_ID = "/subscriptions/0000/resourceGroups/abs-rg-we-test/providers/Microsoft.Insights/components/appi";
const AG_ID = "${azurerm_monitor_action_group.ag_group_02540ABB.id}";

function withActionGroup() {
  const { stack, group } = testStackWithGroup();
  const ag = new ActionGroup(stack, "ag", { resourceGroup: group, shortName: "oncall", emailReceivers: [{ name: "oncall", emailAddress: "oncall@example.com" }] });
  return { stack, group, ag };
}

function metricAlert(props: Partial<MetricAlertProps> = {}) {
  const { stack, group, ag } = withActionGroup();
  const alert = new MetricAlert(stack, "alert", {
    resourceGroup: group,
    workload: "psql-cpu",
    scopes: [SERVER_ID],
    actionGroupIds: [ag.id],
    ...postgresCpuHigh(),
    ...props,
  });
  return { stack, alert };
}

/** The one resource of `type` in the stack. */
function only(stack: ReturnType<typeof metricAlert>["stack"], type: string): any {
  const all = resourcesOf(stack, type);
  expect(all).toHaveLength(1);
  return all[0][1];
}

describe("MetricAlert", () => {
  it("synthesizes a named static-threshold alert that notifies the action group and resolves itself", () => {
    const { stack, alert } = metricAlert();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(MonitorMetricAlert, {
      name: "abs-ma-psql-cpu-we-test",
      resource_group_name: "${azurerm_resource_group.rg_group_867B0039.name}",
      scopes: [SERVER_ID],
      criteria: [{ metric_namespace: "Microsoft.DBforPostgreSQL/flexibleServers", metric_name: "cpu_percent", aggregation: "Average", operator: "GreaterThan", threshold: 80 }],
      window_size: "PT15M",
      frequency: "PT5M",
      severity: 2,
      auto_mitigate: true,
      action: [{ action_group_id: AG_ID }],
    });
    new TerraformOutput(stack, "alert-id", { value: alert.id });
    expect(synthJson(stack).output["alert-id"].value).toBe("${azurerm_monitor_metric_alert.alert_718795A6.id}");
  });

  it("defaults to a 5-minute window evaluated every minute at severity 2", () => {
    const { stack, group } = withActionGroup();
    new MetricAlert(stack, "alert", {
      resourceGroup: group,
      workload: "web",
      scopes: [SERVER_ID],
      actionGroupIds: ["/ag"],
      criteria: { metricNamespace: "Microsoft.Web/sites", metricName: "Http5xx", aggregation: "Total", operator: "GreaterThan", threshold: 10 },
    });
    const body = only(stack, "azurerm_monitor_metric_alert");
    expect(body).toMatchObject({ window_size: "PT5M", frequency: "PT1M", severity: 2, auto_mitigate: true });
    expect(body.description).toBeUndefined();
  });

  it("passes dimensions and the multi-resource target through", () => {
    const { stack } = metricAlert({
      scopes: [SERVER_ID, `${SERVER_ID}2`],
      targetResourceType: "Microsoft.DBforPostgreSQL/flexibleServers",
      targetResourceLocation: "westeurope",
      criteria: { ...postgresCpuHigh().criteria, dimensions: [{ name: "Instance", operator: "Include", values: ["*"] }] },
    });
    expect(only(stack, "azurerm_monitor_metric_alert")).toMatchObject({
      target_resource_type: "Microsoft.DBforPostgreSQL/flexibleServers",
      target_resource_location: "westeurope",
      criteria: [{ dimension: [{ name: "Instance", operator: "Include", values: ["*"] }] }],
    });
  });

  it.each([
    [{ frequency: "PT15M" as const, windowSize: "PT5M" as const }, 'test/alert: frequency = "PT15M": must not be longer than windowSize (PT5M)'],
    [{ windowSize: "PT1D" as never }, 'test/alert: windowSize = "PT1D": must be one of PT1M, PT5M, PT15M, PT30M, PT1H, PT6H, PT12H, P1D'],
    [{ frequency: "PT10M" as never }, 'test/alert: frequency = "PT10M": must be one of PT1M, PT5M, PT15M, PT30M, PT1H'],
    [{ severity: 5 }, "test/alert: severity = 5: must be a whole number from 0 (critical) to 4 (verbose)"],
    [{ severity: 1.5 }, "test/alert: severity = 1.5: must be a whole number from 0 (critical) to 4 (verbose)"],
    [{ actionGroupIds: [] }, "test/alert: actionGroupIds = []: must name at least one action group"],
    [{ scopes: [] }, "test/alert: scopes = []: must name at least one resource id"],
    [{ scopes: [SERVER_ID, `${SERVER_ID}2`] }, "test/alert: targetResourceType = (missing): must be set when there is more than one scope"],
    [{ scopes: [SERVER_ID, `${SERVER_ID}2`], targetResourceType: "Microsoft.DBforPostgreSQL/flexibleServers" }, "test/alert: targetResourceLocation = (missing): must be set when there is more than one scope"],
    [{ criteria: { ...postgresCpuHigh().criteria, aggregation: "Median" as never } }, 'test/alert: criteria.aggregation = "Median": must be one of Average, Minimum, Maximum, Total, Count'],
    [{ criteria: { ...postgresCpuHigh().criteria, operator: "Above" as never } }, 'test/alert: criteria.operator = "Above": must be one of GreaterThan, GreaterThanOrEqual, LessThan, LessThanOrEqual'],
    [{ criteria: { ...postgresCpuHigh().criteria, metricName: " " } }, 'test/alert: criteria.metricName = " ": must not be empty'],
    [{ criteria: { ...postgresCpuHigh().criteria, threshold: Number.NaN } }, "test/alert: criteria.threshold = null: must be a finite number"],
    [
      { criteria: { ...postgresCpuHigh().criteria, dimensions: [{ name: "Instance", operator: "Include" as const, values: [] }] } },
      'test/alert: criteria.dimensions.0.values = []: must name at least one value ("*" for all)',
    ],
    [
      { workload: "bad name!" },
      `test/alert: name = "abs-ma-bad name!-we-test": 1-260 characters: letters, digits, '_', '.', '-'; start with a letter or digit, end with a letter, digit or '_'`,
    ],
  ])("rejects %j", (props, message) => {
    expect(() => metricAlert(props)).toThrow(message);
  });
});

describe("metric alert presets (seed 003)", () => {
  it.each([
    ["postgresCpuHigh", postgresCpuHigh(), "cpu_percent", "Average", 80, "PT15M", 2],
    ["postgresMemoryHigh", postgresMemoryHigh(), "memory_percent", "Average", 85, "PT15M", 2],
    ["postgresStorageHigh", postgresStorageHigh(), "storage_percent", "Maximum", 80, "PT15M", 2],
    ["postgresStorageCritical", postgresStorageCritical(), "storage_percent", "Maximum", 90, "PT15M", 0],
    ["appServicePlanMemoryHigh", appServicePlanMemoryHigh(), "MemoryPercentage", "Average", 90, "PT5M", 2],
    ["containerAppRestarts", containerAppRestarts(), "RestartCount", "Total", 3, "PT15M", 2],
  ])("%s synthesizes its threshold, window and severity", (_, preset, metricName, aggregation, threshold, windowSize, severity) => {
    const { stack } = metricAlert(preset);
    expect(only(stack, "azurerm_monitor_metric_alert")).toMatchObject({
      criteria: [{ metric_name: metricName, aggregation, operator: "GreaterThan", threshold }],
      window_size: windowSize,
      severity,
      description: preset.description,
    });
  });

  it("targets the App Service plan namespace for memory and takes a custom threshold", () => {
    expect(appServicePlanMemoryHigh(95).criteria).toEqual({ metricNamespace: "Microsoft.Web/serverfarms", metricName: "MemoryPercentage", aggregation: "Average", operator: "GreaterThan", threshold: 95 });
  });

  it("gives the two disk alerts distinct names when created side by side", () => {
    const { stack, group, ag } = withActionGroup();
    const common = { resourceGroup: group, scopes: [SERVER_ID], actionGroupIds: [ag.id] };
    new MetricAlert(stack, "disk-warning", { ...common, workload: "psql-disk", ...postgresStorageHigh() });
    new MetricAlert(stack, "disk-critical", { ...common, workload: "psql-disk-full", ...postgresStorageCritical() });
    const alerts = resourcesOf(stack, "azurerm_monitor_metric_alert").map(([, b]) => [b.name, b.criteria[0].threshold, b.severity]);
    expect(alerts).toEqual(
      expect.arrayContaining([
        ["abs-ma-psql-disk-we-test", 80, 2],
        ["abs-ma-psql-disk-full-we-test", 90, 0],
      ]),
    );
  });
});

function logAlert(props: Partial<LogQueryAlertProps> = {}) {
  const { stack, group, ag } = withActionGroup();
  new LogQueryAlert(stack, "errors", { resourceGroup: group, workload: "errors", scope: APPI_ID, actionGroupIds: [ag.id], ...requestErrorRateHigh(), ...props });
  return { stack };
}

describe("LogQueryAlert", () => {
  it("synthesizes the error-rate alert on Application Insights as a scheduled query rule", () => {
    const { stack } = logAlert();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(MonitorScheduledQueryRulesAlertV2, {
      name: "abs-sqr-errors-we-test",
      location: "${azurerm_resource_group.rg_group_867B0039.location}",
      scopes: [APPI_ID],
      window_duration: "PT5M",
      evaluation_frequency: "PT5M",
      severity: 1,
      auto_mitigation_enabled: true,
      action: { action_groups: [AG_ID] },
    });
    expect(only(stack, "azurerm_monitor_scheduled_query_rules_alert_v2").criteria).toEqual([
      {
        query: ["requests", "| summarize total = count(), failed = countif(success == false)", "| where total > 0", "| project failedPercent = 100.0 * failed / total"].join("\n"),
        time_aggregation_method: "Maximum",
        metric_measure_column: "failedPercent",
        operator: "GreaterThan",
        threshold: 5,
      },
    ]);
  });

  it("measures the 5xx share per service (seed 004), leaving 4xx out, and fires on the worst service", () => {
    const { stack } = logAlert(serverErrorRateHigh(2));
    expect(only(stack, "azurerm_monitor_scheduled_query_rules_alert_v2").criteria).toEqual([
      {
        query: ["requests", "| summarize total = count(), failed = countif(toint(resultCode) >= 500) by cloud_RoleName", "| where total > 0", "| project failedPercent = 100.0 * failed / total"].join("\n"),
        time_aggregation_method: "Maximum",
        metric_measure_column: "failedPercent",
        operator: "GreaterThan",
        threshold: 2,
      },
    ]);
  });

  it("measures database p99 latency from PostgreSQL dependency calls, quoting the types", () => {
    const { stack } = logAlert(databaseLatencyP99High());
    expect(only(stack, "azurerm_monitor_scheduled_query_rules_alert_v2")).toMatchObject({
      severity: 2,
      criteria: [
        {
          query: 'dependencies\n| where type in~ ("postgresql")\n| summarize p99DurationMs = percentile(duration, 99)',
          metric_measure_column: "p99DurationMs",
          operator: "GreaterThan",
          threshold: 500,
        },
      ],
    });
    expect(databaseLatencyP99High(800, ["postgresql", 'odd"type']).criteria.query).toContain('| where type in~ ("postgresql", "odd\\"type")');
  });

  it("leaves out the measure column for Count", () => {
    const { stack } = logAlert({ criteria: { query: "exceptions", timeAggregation: "Count", metricMeasureColumn: "ignored", operator: "GreaterThan", threshold: 0 } });
    const criteria = only(stack, "azurerm_monitor_scheduled_query_rules_alert_v2").criteria[0];
    expect(criteria).toMatchObject({ time_aggregation_method: "Count", query: "exceptions" });
    expect(criteria.metric_measure_column).toBeUndefined();
  });

  it.each([
    [{ evaluationFrequency: "PT15M" as const, windowDuration: "PT5M" as const }, 'test/errors: evaluationFrequency = "PT15M": must not be longer than windowDuration (PT5M)'],
    [{ windowDuration: "PT20M" as never }, 'test/errors: windowDuration = "PT20M": must be one of PT1M, PT5M, PT10M, PT15M, PT30M, PT45M, PT1H, PT2H, PT3H, PT4H, PT5H, PT6H, P1D, P2D'],
    [{ severity: 5 }, "test/errors: severity = 5: must be a whole number from 0 (critical) to 4 (verbose)"],
    [{ actionGroupIds: [] }, "test/errors: actionGroupIds = []: must name at least one action group"],
    [{ criteria: { ...requestErrorRateHigh().criteria, query: "" } }, 'test/errors: criteria.query = "": must not be empty'],
    [{ criteria: { ...requestErrorRateHigh().criteria, metricMeasureColumn: undefined } }, "test/errors: criteria.metricMeasureColumn = (missing): must name the result column to aggregate when timeAggregation is Maximum"],
    [{ criteria: { ...requestErrorRateHigh().criteria, timeAggregation: "Median" as never } }, 'test/errors: criteria.timeAggregation = "Median": must be one of Count, Average, Minimum, Maximum, Total'],
  ])("rejects %j", (props, message) => {
    expect(() => logAlert(props)).toThrow(message);
  });
});
