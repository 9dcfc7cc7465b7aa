import { Construct } from "constructs";
import { MonitorMetricAlert } from "@cdktf/provider-azurerm/lib/monitor-metric-alert";
import { AzureResource } from "../core/azure-resource";
import { check, isWholeNumberIn } from "../core/errors";
import { CommonResourceProps, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";

/** Look-back periods (ISO 8601) a metric alert accepts. */
export const METRIC_ALERT_WINDOW_SIZES = ["PT1M", "PT5M", "PT15M", "PT30M", "PT1H", "PT6H", "PT12H", "P1D"] as const;
/** How often (ISO 8601) a metric alert may be evaluated. */
export const METRIC_ALERT_FREQUENCIES = ["PT1M", "PT5M", "PT15M", "PT30M", "PT1H"] as const;
export type MetricAlertWindowSize = (typeof METRIC_ALERT_WINDOW_SIZES)[number];
export type MetricAlertFrequency = (typeof METRIC_ALERT_FREQUENCIES)[number];

const AGGREGATIONS = ["Average", "Minimum", "Maximum", "Total", "Count"] as const;
const OPERATORS = ["GreaterThan", "GreaterThanOrEqual", "LessThan", "LessThanOrEqual"] as const;
const DIMENSION_OPERATORS = ["Include", "Exclude", "StartsWith"] as const;

/** Narrows a metric's time series to some values of one of its dimensions. */
export interface MetricDimension {
  /** Dimension name, e.g. `Instance`. */
  readonly name: string;
  readonly operator: (typeof DIMENSION_OPERATORS)[number];
  /** Values to match; `*` matches all and splits the alert per value. */
  readonly values: string[];
}

/** A static-threshold condition on one platform metric. */
export interface MetricCriteria {
  /** Resource provider namespace of the metric, e.g. `Microsoft.DBforPostgreSQL/flexibleServers`. */
  readonly metricNamespace: string;
  /** Metric name as Azure Monitor lists it, e.g. `cpu_percent`. */
  readonly metricName: string;
  /** How the samples in the window are combined. */
  readonly aggregation: (typeof AGGREGATIONS)[number];
  readonly operator: (typeof OPERATORS)[number];
  /** Value the aggregate is compared with, in the metric's unit. */
  readonly threshold: number;
  /** @default none: the metric over all dimension values */
  readonly dimensions?: MetricDimension[];
}

export interface MetricAlertProps extends Pick<CommonResourceProps, "name" | "lock" | "tags"> {
  /** The group the alert rule is created in. */
  readonly resourceGroup: IResourceGroup;
  /** Workload part of the generated name (`<prefix>-ma-<workload>-<region>-<env>`): what the alert watches. */
  readonly workload: string;
  /**
   * ARM ids of the monitored resources. Several ids need `targetResourceType` and
   * `targetResourceLocation`, and Azure supports that only for some resource types.
   */
  readonly scopes: string[];
  /** The condition that fires the alert. */
  readonly criteria: MetricCriteria;
  /**
   * Resource type of the scopes, e.g. `Microsoft.Compute/virtualMachines`.
   * @default none: required when there is more than one scope
   */
  readonly targetResourceType?: string;
  /**
   * Region of the scopes.
   * @default none: required when there is more than one scope
   */
  readonly targetResourceLocation?: string;
  /**
   * Look-back period the aggregation covers: PT1M, PT5M, PT15M, PT30M, PT1H, PT6H, PT12H or P1D.
   * @default "PT5M"
   */
  readonly windowSize?: MetricAlertWindowSize;
  /**
   * Evaluation interval: PT1M, PT5M, PT15M, PT30M or PT1H; not longer than `windowSize`.
   * @default "PT1M"
   */
  readonly frequency?: MetricAlertFrequency;
  /**
   * 0 critical, 1 error, 2 warning, 3 informational, 4 verbose.
   * @default 2
   */
  readonly severity?: number;
  /** @default none */
  readonly description?: string;
  /** Action groups (ids) notified when the alert fires and resolves: at least one, or nobody hears of it. */
  readonly actionGroupIds: string[];
  /**
   * Resolve the alert by itself once the condition clears.
   * @default true
   */
  readonly autoMitigate?: boolean;
}

/** A metric alert rule: a static threshold on one Azure Monitor platform metric, notifying action groups. */
export class MetricAlert extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: MonitorMetricAlert;
  public readonly resourceGroup: IResourceGroup;

  constructor(scope: Construct, id: string, props: MetricAlertProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "metricAlert", props);

    const { scopes, criteria, actionGroupIds } = props;
    check(scopes.length > 0, where, "scopes", scopes, "must name at least one resource id");
    if (scopes.length > 1) {
      for (const field of ["targetResourceType", "targetResourceLocation"] as const) {
        check(!!props[field], where, field, props[field], "must be set when there is more than one scope");
      }
    }
    checkMetricCriteria(where, criteria);
    const windowSize = props.windowSize ?? "PT5M";
    const frequency = props.frequency ?? "PT1M";
    checkAlertTiming(where, { field: "windowSize", value: windowSize, allowed: METRIC_ALERT_WINDOW_SIZES }, { field: "frequency", value: frequency, allowed: METRIC_ALERT_FREQUENCIES });
    const severity = props.severity ?? 2;
    checkSeverity(where, severity);
    checkActionGroups(where, actionGroupIds);

    this.resourceGroup = props.resourceGroup;
    this.resource = new MonitorMetricAlert(this, "alert", {
      name,
      resourceGroupName: props.resourceGroup.name,
      scopes,
      targetResourceType: props.targetResourceType,
      targetResourceLocation: props.targetResourceLocation,
      criteria: [
        {
          metricNamespace: criteria.metricNamespace,
          metricName: criteria.metricName,
          aggregation: criteria.aggregation,
          operator: criteria.operator,
          threshold: criteria.threshold,
          dimension: criteria.dimensions?.map((d) => ({ name: d.name, operator: d.operator, values: d.values })),
        },
      ],
      windowSize,
      frequency,
      severity,
      description: props.description,
      autoMitigate: props.autoMitigate ?? true,
      action: actionGroupIds.map((actionGroupId) => ({ actionGroupId })),
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.initCapabilities(props);
  }
}

function checkMetricCriteria(where: string, c: MetricCriteria): void {
  check(c.metricNamespace.trim().length > 0, where, "criteria.metricNamespace", c.metricNamespace, "must not be empty");
  check(c.metricName.trim().length > 0, where, "criteria.metricName", c.metricName, "must not be empty");
  check(AGGREGATIONS.includes(c.aggregation), where, "criteria.aggregation", c.aggregation, `must be one of ${AGGREGATIONS.join(", ")}`);
  check(OPERATORS.includes(c.operator), where, "criteria.operator", c.operator, `must be one of ${OPERATORS.join(", ")}`);
  check(Number.isFinite(c.threshold), where, "criteria.threshold", c.threshold, "must be a finite number");
  c.dimensions?.forEach((d, i) => {
    check(DIMENSION_OPERATORS.includes(d.operator), where, `criteria.dimensions.${i}.operator`, d.operator, `must be one of ${DIMENSION_OPERATORS.join(", ")}`);
    check(d.values.length > 0, where, `criteria.dimensions.${i}.values`, d.values, "must name at least one value (\"*\" for all)");
  });
}

/** An ISO 8601 duration of days, hours and minutes (PT5M, PT1H, P1D) in minutes. */
function durationMinutes(duration: string): number {
  const [, d = "0", h = "0", m = "0"] = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(duration) ?? [];
  return Number(d) * 1440 + Number(h) * 60 + Number(m);
}

interface TimingSetting {
  readonly field: string;
  readonly value: string;
  readonly allowed: readonly string[];
}

/**
 * Checks an alert's look-back window and evaluation frequency against the values Azure accepts, and
 * that evaluation is not less frequent than the window: otherwise samples between windows go unseen.
 */
export function checkAlertTiming(where: string, window: TimingSetting, frequency: TimingSetting): void {
  for (const s of [window, frequency]) check(s.allowed.includes(s.value), where, s.field, s.value, `must be one of ${s.allowed.join(", ")}`);
  check(durationMinutes(frequency.value) <= durationMinutes(window.value), where, frequency.field, frequency.value, `must not be longer than ${window.field} (${window.value})`);
}

/** Azure alert severities run from 0 (critical) to 4 (verbose). */
export function checkSeverity(where: string, severity: number): void {
  check(isWholeNumberIn(severity, 0, 4), where, "severity", severity, "must be a whole number from 0 (critical) to 4 (verbose)");
}

/** An alert that notifies nobody is a silent failure: require a receiver. */
export function checkActionGroups(where: string, actionGroupIds: readonly string[]): void {
  check(actionGroupIds.length > 0, where, "actionGroupIds", actionGroupIds, "must name at least one action group");
}

/** The settings of a ready-made alert: spread it into {@link MetricAlertProps}. */
export type MetricAlertPreset = Required<Pick<MetricAlertProps, "criteria" | "windowSize" | "frequency" | "severity" | "description">>;

const POSTGRES = "Microsoft.DBforPostgreSQL/flexibleServers";

function averageAbove(metricNamespace: string, metricName: string, threshold: number, windowSize: MetricAlertWindowSize, frequency: MetricAlertFrequency, severity: number, description: string): MetricAlertPreset {
  return {
    criteria: { metricNamespace, metricName, aggregation: "Average", operator: "GreaterThan", threshold },
    windowSize,
    frequency,
    severity,
    description,
  };
}

/**
 * Seed 003 (vertical scaling): PostgreSQL flexible server CPU above `thresholdPercent` on average over
 * 15 minutes, the signal to plan a larger SKU. Severity 2 (warning). Scope: the server id.
 */
export function postgresCpuHigh(thresholdPercent = 80): MetricAlertPreset {
  return averageAbove(POSTGRES, "cpu_percent", thresholdPercent, "PT15M", "PT5M", 2, `PostgreSQL CPU above ${thresholdPercent} % for 15 minutes: plan vertical scaling`);
}

/**
 * A PostgreSQL read replica more than `seconds` behind its source on average over 5 minutes: what a
 * promotion now would lose exceeds the RPO the DR report counts on. Severity 1 (error).
 */
export function postgresReplicationLagHigh(seconds: number): MetricAlertPreset {
  return averageAbove(POSTGRES, "physical_replication_delay_in_seconds", seconds, "PT5M", "PT1M", 1, `PostgreSQL replica more than ${seconds} s behind: a failover now would lose more than the recovery point objective`);
}

/**
 * Seed 003 (vertical scaling): PostgreSQL memory above `thresholdPercent` on average over 15 minutes.
 * The seed's database threshold is 85 % (its 90 % "memory pressure" row is the app tier's, see
 * {@link appServicePlanMemoryHigh}). Severity 2 (warning).
 */
export function postgresMemoryHigh(thresholdPercent = 85): MetricAlertPreset {
  return averageAbove(POSTGRES, "memory_percent", thresholdPercent, "PT15M", "PT5M", 2, `PostgreSQL memory above ${thresholdPercent} % for 15 minutes: plan vertical scaling`);
}

/**
 * Seed 003 (vertical scaling): PostgreSQL storage more than `thresholdPercent` used. Severity 2
 * (warning): time to grow the disk or turn on storage auto-grow.
 */
export function postgresStorageHigh(thresholdPercent = 80): MetricAlertPreset {
  return {
    criteria: { metricNamespace: POSTGRES, metricName: "storage_percent", aggregation: "Maximum", operator: "GreaterThan", threshold: thresholdPercent },
    windowSize: "PT15M",
    frequency: "PT5M",
    severity: 2,
    description: `PostgreSQL storage more than ${thresholdPercent} % used`,
  };
}

/**
 * Seed 003 (alert thresholds): "disk full, < 10 % available" is urgent. PostgreSQL storage more than
 * `thresholdPercent` used, severity 0 (critical): a full disk makes the server read-only.
 */
export function postgresStorageCritical(thresholdPercent = 90): MetricAlertPreset {
  return { ...postgresStorageHigh(thresholdPercent), severity: 0, description: `PostgreSQL storage more than ${thresholdPercent} % used: the server turns read-only when full` };
}

/**
 * Seed 003 (alert thresholds): memory pressure above `thresholdPercent` on the App Service plan (the
 * instances the web app runs on), averaged over 5 minutes. Severity 2 (warning): autoscale should
 * already be reacting. Scope: the plan id (`Microsoft.Web/serverfarms`).
 */
export function appServicePlanMemoryHigh(thresholdPercent = 90): MetricAlertPreset {
  return averageAbove("Microsoft.Web/serverfarms", "MemoryPercentage", thresholdPercent, "PT5M", "PT1M", 2, `App Service plan memory above ${thresholdPercent} % for 5 minutes`);
}

/**
 * Seed 004 (monitoring): a container app's replicas restarted more than `threshold` times in 15
 * minutes, the sign of a crash loop or failing probes. Severity 2 (warning). Scope: the app id.
 */
export function containerAppRestarts(threshold = 3): MetricAlertPreset {
  return {
    criteria: { metricNamespace: "Microsoft.App/containerApps", metricName: "RestartCount", aggregation: "Total", operator: "GreaterThan", threshold },
    windowSize: "PT15M",
    frequency: "PT5M",
    severity: 2,
    description: `Container app replicas restarted more than ${threshold} times in 15 minutes`,
  };
}
