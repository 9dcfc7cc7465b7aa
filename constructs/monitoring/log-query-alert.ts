import { Construct } from "constructs";
import { MonitorScheduledQueryRulesAlertV2 } from "@cdktf/provider-azurerm/lib/monitor-scheduled-query-rules-alert-v2";
import { AzureResource } from "../core/azure-resource";
import { check } from "../core/errors";
import { CommonResourceProps, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";
import { checkActionGroups, checkAlertTiming, checkSeverity } from "./metric-alert";

/** Look-back periods (ISO 8601) a log search alert accepts. */
export const LOG_ALERT_WINDOW_DURATIONS = ["PT1M", "PT5M", "PT10M", "PT15M", "PT30M", "PT45M", "PT1H", "PT2H", "PT3H", "PT4H", "PT5H", "PT6H", "P1D", "P2D"] as const;
/** How often (ISO 8601) a log search alert may run its query. */
export const LOG_ALERT_FREQUENCIES = ["PT1M", "PT5M", "PT10M", "PT15M", "PT30M", "PT45M", "PT1H", "PT2H", "PT3H", "PT4H", "PT5H", "PT6H", "P1D"] as const;
export type LogAlertWindowDuration = (typeof LOG_ALERT_WINDOW_DURATIONS)[number];
export type LogAlertFrequency = (typeof LOG_ALERT_FREQUENCIES)[number];

const AGGREGATIONS = ["Count", "Average", "Minimum", "Maximum", "Total"] as const;
const OPERATORS = ["Equal", "GreaterThan", "GreaterThanOrEqual", "LessThan", "LessThanOrEqual"] as const;

/** The condition of a log search alert: a KQL query, and how its result is compared with a threshold. */
export interface LogQueryCriteria {
  /** KQL run over the window against the scope (for Application Insights: `requests`, `dependencies` ...). */
  readonly query: string;
  /** `Count` counts result rows; the others aggregate `metricMeasureColumn`. */
  readonly timeAggregation: (typeof AGGREGATIONS)[number];
  /**
   * Numeric result column to aggregate.
   * @default none: required unless `timeAggregation` is `Count`
   */
  readonly metricMeasureColumn?: string;
  readonly operator: (typeof OPERATORS)[number];
  /** Value the aggregate is compared with. */
  readonly threshold: number;
}

export interface LogQueryAlertProps extends Pick<CommonResourceProps, "name" | "lock" | "tags"> {
  /** The group the alert rule is created in (and whose location it takes). */
  readonly resourceGroup: IResourceGroup;
  /** Workload part of the generated name: what the alert watches. */
  readonly workload: string;
  /** ARM id of the one resource queried: an Application Insights component or a Log Analytics workspace. */
  readonly scope: string;
  /** The query and threshold that fire the alert. */
  readonly criteria: LogQueryCriteria;
  /**
   * Look-back period the query covers: PT1M to P2D.
   * @default "PT5M"
   */
  readonly windowDuration?: LogAlertWindowDuration;
  /**
   * How often the query runs: PT1M to P1D; not longer than `windowDuration`.
   * @default "PT5M"
   */
  readonly evaluationFrequency?: LogAlertFrequency;
  /**
   * 0 critical, 1 error, 2 warning, 3 informational, 4 verbose.
   * @default 2
   */
  readonly severity?: number;
  /** @default none */
  readonly description?: string;
  /** Action groups (ids) notified when the alert fires: at least one. */
  readonly actionGroupIds: string[];
  /**
   * Resolve the alert by itself once the condition clears (azurerm's default is false).
   * @default true
   */
  readonly autoMitigate?: boolean;
}

/**
 * A log search alert rule (scheduled query rule v2): for conditions no platform metric expresses, such
 * as a failure ratio or a latency percentile computed from Application Insights telemetry.
 */
export class LogQueryAlert extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: MonitorScheduledQueryRulesAlertV2;
  public readonly resourceGroup: IResourceGroup;

  constructor(scope: Construct, id: string, props: LogQueryAlertProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "logQueryAlert", props);

    const { criteria, actionGroupIds } = props;
    check(criteria.query.trim().length > 0, where, "criteria.query", criteria.query, "must not be empty");
    check(AGGREGATIONS.includes(criteria.timeAggregation), where, "criteria.timeAggregation", criteria.timeAggregation, `must be one of ${AGGREGATIONS.join(", ")}`);
    const measured = criteria.timeAggregation !== "Count";
    check(!measured || !!criteria.metricMeasureColumn, where, "criteria.metricMeasureColumn", criteria.metricMeasureColumn, `must name the result column to aggregate when timeAggregation is ${criteria.timeAggregation}`);
    check(OPERATORS.includes(criteria.operator), where, "criteria.operator", criteria.operator, `must be one of ${OPERATORS.join(", ")}`);
    check(Number.isFinite(criteria.threshold), where, "criteria.threshold", criteria.threshold, "must be a finite number");
    const windowDuration = props.windowDuration ?? "PT5M";
    const evaluationFrequency = props.evaluationFrequency ?? "PT5M";
    checkAlertTiming(
      where,
      { field: "windowDuration", value: windowDuration, allowed: LOG_ALERT_WINDOW_DURATIONS },
      { field: "evaluationFrequency", value: evaluationFrequency, allowed: LOG_ALERT_FREQUENCIES },
    );
    const severity = props.severity ?? 2;
    checkSeverity(where, severity);
    checkActionGroups(where, actionGroupIds);

    this.resourceGroup = props.resourceGroup;
    this.resource = new MonitorScheduledQueryRulesAlertV2(this, "alert", {
      name,
      resourceGroupName: props.resourceGroup.name,
      location: props.resourceGroup.location,
      scopes: [props.scope],
      criteria: [
        {
          query: criteria.query,
          timeAggregationMethod: criteria.timeAggregation,
          metricMeasureColumn: measured ? criteria.metricMeasureColumn : undefined,
          operator: criteria.operator,
          threshold: criteria.threshold,
        },
      ],
      windowDuration,
      evaluationFrequency,
      severity,
      description: props.description,
      autoMitigationEnabled: props.autoMitigate ?? true,
      action: { actionGroups: actionGroupIds },
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.initCapabilities(props);
  }
}

/** The settings of a ready-made log alert: spread it into {@link LogQueryAlertProps}. */
export type LogQueryAlertPreset = Required<Pick<LogQueryAlertProps, "criteria" | "windowDuration" | "evaluationFrequency" | "severity" | "description">>;

/**
 * Seed 003 (alert thresholds): "high error rate, > 5 % errors, page on-call". The share of failed
 * requests in Application Insights over the last 5 minutes, as a percentage; a window without
 * requests yields no row and so no alert. Severity 1 (error). Scope: the Application Insights id.
 */
export function requestErrorRateHigh(thresholdPercent = 5): LogQueryAlertPreset {
  return requestShareAbove("success == false", [], thresholdPercent, `More than ${thresholdPercent} % of requests failed in 5 minutes: page on-call`);
}

/**
 * Seed 004 (monitoring): the share of a service's requests answered with a 5xx status over the last
 * 5 minutes, per `cloud_RoleName`; the worst service counts, so one failing service among healthy ones
 * still fires. Client errors (4xx) are left out. Severity 1 (error). Scope: the Application Insights id.
 */
export function serverErrorRateHigh(thresholdPercent = 5): LogQueryAlertPreset {
  return requestShareAbove("toint(resultCode) >= 500", ["cloud_RoleName"], thresholdPercent, `More than ${thresholdPercent} % of a service's requests answered 5xx in 5 minutes`);
}

/** Percentage of requests matching `condition` (per `by` group), alerting on the highest above the threshold. */
function requestShareAbove(condition: string, by: string[], thresholdPercent: number, description: string): LogQueryAlertPreset {
  const grouping = by.length > 0 ? ` by ${by.join(", ")}` : "";
  return {
    criteria: {
      query: [
        "requests",
        `| summarize total = count(), failed = countif(${condition})${grouping}`,
        "| where total > 0",
        "| project failedPercent = 100.0 * failed / total",
      ].join("\n"),
      timeAggregation: "Maximum",
      metricMeasureColumn: "failedPercent",
      operator: "GreaterThan",
      threshold: thresholdPercent,
    },
    windowDuration: "PT5M",
    evaluationFrequency: "PT5M",
    severity: 1,
    description,
  };
}

/**
 * Seed 003 (alert thresholds): "database latency, p99 > 500 ms, investigate". PostgreSQL exposes no
 * query-latency platform metric, so this measures what the application sees: the 99th percentile of
 * the `duration` (ms) of Application Insights dependency calls of the given types over 5 minutes.
 * The type is what the SDK records for PostgreSQL calls (`postgresql` for the OpenTelemetry-based
 * SDKs and the Java agent). Severity 2 (warning). Scope: the Application Insights id.
 */
export function databaseLatencyP99High(thresholdMs = 500, dependencyTypes: [string, ...string[]] = ["postgresql"]): LogQueryAlertPreset {
  // JSON string literals are valid KQL string literals, so the types are quoted and escaped safely.
  const types = dependencyTypes.map((t) => JSON.stringify(t)).join(", ");
  return {
    criteria: {
      query: ["dependencies", `| where type in~ (${types})`, "| summarize p99DurationMs = percentile(duration, 99)"].join("\n"),
      timeAggregation: "Maximum",
      metricMeasureColumn: "p99DurationMs",
      operator: "GreaterThan",
      threshold: thresholdMs,
    },
    windowDuration: "PT5M",
    evaluationFrequency: "PT5M",
    severity: 2,
    description: `Database calls slower than ${thresholdMs} ms at p99 over 5 minutes: investigate`,
  };
}
