import { Construct } from "constructs";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { DiagnosticSettingsOptions } from "../core/interfaces";

export interface DiagnosticSettingsProps extends DiagnosticSettingsOptions {
  /** ARM id of the resource whose logs and metrics are sent. */
  readonly targetResourceId: string;
}

/**
 * Sends a resource's logs (by category group) and metrics to Log Analytics, in resource-specific
 * tables where the service supports them. Shared by every construct's `addDiagnostics`.
 */
export class DiagnosticSettings extends Construct {
  public readonly resource: MonitorDiagnosticSetting;

  constructor(scope: Construct, id: string, props: DiagnosticSettingsProps) {
    super(scope, id);
    const groups = props.logCategoryGroups ?? ["allLogs"];
    this.resource = new MonitorDiagnosticSetting(this, "setting", {
      name: props.name ?? "diag-to-log-analytics",
      targetResourceId: props.targetResourceId,
      logAnalyticsWorkspaceId: props.workspace.id,
      enabledLog: [...groups.map((categoryGroup) => ({ categoryGroup })), ...(props.logCategories ?? []).map((category) => ({ category }))],
      enabledMetric: props.metrics === false ? undefined : [{ category: "AllMetrics" }],
    });
  }
}
