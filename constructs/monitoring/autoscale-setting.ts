import { Construct } from "constructs";
import { Token } from "cdktf";
import { MonitorActivityLogAlert } from "@cdktf/provider-azurerm/lib/monitor-activity-log-alert";
import { MonitorAutoscaleSetting } from "@cdktf/provider-azurerm/lib/monitor-autoscale-setting";
import { AzureResource } from "../core/azure-resource";
import { assertNoViolations, check, isEmail, isWholeNumberIn, Violation } from "../core/errors";
import { CommonResourceProps, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";

/** One CPU rule: when the plan's average CPU crosses `cpuThreshold` for `windowMinutes`, change the count. */
export interface CpuScaleRule {
  /**
   * Average CPU percentage across the plan's instances that triggers the rule, 1-100.
   * @default 70 for scale-out, 30 for scale-in
   */
  readonly cpuThreshold?: number;
  /**
   * Minutes the average is taken over, 5-720 (Azure's range).
   * @default 5 for scale-out, 10 for scale-in
   */
  readonly windowMinutes?: number;
  /**
   * Minutes after a scale action before autoscale acts again, 1-10080 (one week).
   * @default 5 for scale-out, 10 for scale-in
   */
  readonly cooldownMinutes?: number;
  /**
   * Instances added (scale-out) or removed (scale-in), 1-30.
   * @default 1
   */
  readonly instances?: number;
}

/** Who hears about scale actions. */
export interface AutoscaleNotification {
  /**
   * Addresses autoscale mails on every scale action (Azure's own notification).
   * @default none
   */
  readonly emails?: string[];
  /**
   * Action group (id) notified of scale actions and failures, through an activity-log alert on the
   * setting: autoscale's own notification reaches only mail addresses and webhooks.
   * @default none
   */
  readonly actionGroup?: { readonly id: string };
}

export interface AutoscaleSettingProps extends Pick<CommonResourceProps, "name" | "tags" | "diagnosticSettings" | "lock" | "roleAssignments"> {
  /** Where the setting (and its activity-log alert) lives. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-as-<workload>-<region>-<env>`).
   * @default none
   */
  readonly workload?: string;
  /**
   * ARM id of the App Service plan scaled; its CPU is the metric. Prefer `AppServicePlan.addAutoscale`,
   * which also stops the plan's `worker_count` from undoing autoscale on the next apply.
   */
  readonly targetResourceId: string;
  /** Fewest instances, 1-30. */
  readonly minimum: number;
  /** Most instances, 1-30 (the cost limit), at least `minimum`. */
  readonly maximum: number;
  /**
   * Instances when the metric cannot be read, from `minimum` to `maximum`.
   * @default `minimum`
   */
  readonly default?: number;
  /**
   * When to add instances.
   * @default CPU above 70 % on average over 5 minutes adds 1, then waits 5 minutes (seed 003)
   */
  readonly scaleOut?: CpuScaleRule;
  /**
   * When to remove instances; its threshold must stay below scale-out's so the two do not flap.
   * @default CPU below 30 % on average over 10 minutes removes 1, then waits 10 minutes (seed 003)
   */
  readonly scaleIn?: CpuScaleRule;
  /** @default none */
  readonly notification?: AutoscaleNotification;
}

/** The seed's instance limit: beyond 30 the cost limit is broken (and Premium v3 plans stop at 30 anyway). */
export const MAX_AUTOSCALE_INSTANCES = 30;

/** Instance counts of an autoscale profile, as settings and the construct express them. */
export interface AutoscaleCounts {
  readonly minimum: number;
  readonly maximum: number;
  /** @default minimum */
  readonly default?: number;
}

/** The count rules: whole numbers with 1 <= minimum <= default <= maximum <= 30. */
export function autoscaleCountViolations(counts: AutoscaleCounts): Violation[] {
  const { minimum, maximum } = counts;
  const capacity = `must be a whole number from 1 to ${MAX_AUTOSCALE_INSTANCES}`;
  const violations: Violation[] = [];
  if (!isWholeNumberIn(minimum, 1, MAX_AUTOSCALE_INSTANCES)) violations.push({ field: "minimum", value: minimum, rule: capacity });
  if (!isWholeNumberIn(maximum, 1, MAX_AUTOSCALE_INSTANCES)) violations.push({ field: "maximum", value: maximum, rule: capacity });
  if (violations.length > 0) return violations;
  if (minimum > maximum) return [{ field: "minimum", value: minimum, rule: `must not exceed maximum (${maximum})` }];
  const defaultCount = counts.default ?? minimum;
  return isWholeNumberIn(defaultCount, minimum, maximum)
    ? []
    : [{ field: "default", value: defaultCount, rule: `must be a whole number from minimum (${minimum}) to maximum (${maximum})` }];
}
const SCALE_OUT_DEFAULTS: Required<CpuScaleRule> = { cpuThreshold: 70, windowMinutes: 5, cooldownMinutes: 5, instances: 1 };
const SCALE_IN_DEFAULTS: Required<CpuScaleRule> = { cpuThreshold: 30, windowMinutes: 10, cooldownMinutes: 10, instances: 1 };
const PLAN_ID = /\/providers\/Microsoft\.Web\/serverFarms\/[^/]+$/i;

/**
 * Autoscale for an App Service plan on its average CPU: one default profile with a scale-out and a
 * scale-in rule, the seed's numbers unless told otherwise.
 */
export class AutoscaleSetting extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: MonitorAutoscaleSetting;
  public readonly resourceGroup: IResourceGroup;
  public readonly minimum: number;
  public readonly maximum: number;
  public readonly default: number;
  /** The activity-log alert that tells `notification.actionGroup` about scale actions, if any. */
  public readonly scaleEventsAlert?: MonitorActivityLogAlert;

  constructor(scope: Construct, id: string, props: AutoscaleSettingProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "autoscaleSetting", props);
    const target = props.targetResourceId;
    check(Token.isUnresolved(target) || PLAN_ID.test(target), where, "targetResourceId", target, "must be the ARM id of an App Service plan (.../providers/Microsoft.Web/serverFarms/<name>): the rules read its CpuPercentage");
    const { minimum, maximum } = props;
    assertNoViolations(where, autoscaleCountViolations(props));
    const defaultCount = props.default ?? minimum;
    const scaleOut = cpuRule(where, "scaleOut", { ...SCALE_OUT_DEFAULTS, ...props.scaleOut });
    const scaleIn = cpuRule(where, "scaleIn", { ...SCALE_IN_DEFAULTS, ...props.scaleIn });
    check(scaleIn.cpuThreshold < scaleOut.cpuThreshold, where, "scaleIn.cpuThreshold", scaleIn.cpuThreshold, `must be below scaleOut.cpuThreshold (${scaleOut.cpuThreshold}), or each scale-in triggers the next scale-out`);
    const emails = props.notification?.emails ?? [];
    emails.forEach((e, i) => check(isEmail(e), where, `notification.emails.${i}`, e, "must be an email address (name@domain.tld)"));

    this.resourceGroup = props.resourceGroup;
    this.minimum = minimum;
    this.maximum = maximum;
    this.default = defaultCount;
    this.resource = new MonitorAutoscaleSetting(this, "setting", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      targetResourceId: target,
      profile: [
        {
          name: "default",
          capacity: { minimum, maximum, default: defaultCount },
          rule: [rule(target, scaleOut, "GreaterThan", "Increase"), rule(target, scaleIn, "LessThan", "Decrease")],
        },
      ],
      notification: emails.length > 0 ? { email: { customEmails: emails, sendToSubscriptionAdministrator: false, sendToSubscriptionCoAdministrator: false } } : undefined,
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    const actionGroup = props.notification?.actionGroup;
    if (actionGroup) {
      this.scaleEventsAlert = new MonitorActivityLogAlert(this, "scale-events", {
        name: `${name}-events`,
        resourceGroupName: props.resourceGroup.name,
        // Activity-log alerts are global resources.
        location: "global",
        scopes: [props.resourceGroup.id],
        description: "Scale actions (and failed ones) of the autoscale setting",
        criteria: { category: "Autoscale", resourceId: this.id },
        action: [{ actionGroupId: actionGroup.id }],
        tags: props.tags,
      });
    }
    this.initCapabilities(props);
  }
}

/** Checks one rule's numbers (defaults already applied). */
function cpuRule(where: string, field: string, r: Required<CpuScaleRule>): Required<CpuScaleRule> {
  const { cpuThreshold, windowMinutes, cooldownMinutes, instances } = r;
  check(Number.isFinite(cpuThreshold) && cpuThreshold >= 1 && cpuThreshold <= 100, where, `${field}.cpuThreshold`, cpuThreshold, "must be a CPU percentage from 1 to 100");
  check(isWholeNumberIn(windowMinutes, 5, 720), where, `${field}.windowMinutes`, windowMinutes, "must be a whole number of minutes from 5 to 720");
  check(isWholeNumberIn(cooldownMinutes, 1, 10080), where, `${field}.cooldownMinutes`, cooldownMinutes, "must be a whole number of minutes from 1 to 10080 (one week)");
  check(isWholeNumberIn(instances, 1, MAX_AUTOSCALE_INSTANCES), where, `${field}.instances`, instances, `must be a whole number from 1 to ${MAX_AUTOSCALE_INSTANCES}`);
  return r;
}

/** A rule on the plan's average CpuPercentage, sampled every minute. */
function rule(target: string, r: Required<CpuScaleRule>, operator: string, direction: string) {
  return {
    metricTrigger: {
      metricName: "CpuPercentage",
      metricNamespace: "microsoft.web/serverfarms",
      metricResourceId: target,
      operator,
      threshold: r.cpuThreshold,
      statistic: "Average",
      timeAggregation: "Average",
      timeGrain: "PT1M",
      timeWindow: isoMinutes(r.windowMinutes),
    },
    scaleAction: { direction, type: "ChangeCount", value: r.instances, cooldown: isoMinutes(r.cooldownMinutes) },
  };
}

/** Minutes as an ISO 8601 duration: 10 -> PT10M, 90 -> PT1H30M, 120 -> PT2H. */
function isoMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours > 0 ? `${hours}H` : ""}${rest > 0 || hours === 0 ? `${rest}M` : ""}`;
}
