import { Construct } from "constructs";
import { ApplicationInsights as AzApplicationInsights } from "@cdktf/provider-azurerm/lib/application-insights";
import { AzureResource } from "../core/azure-resource";
import { check } from "../core/errors";
import { CommonResourceProps, IDiagnosticsDestination, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";

/** The retention periods (days) Application Insights accepts. */
export const APPLICATION_INSIGHTS_RETENTION_DAYS = [30, 60, 90, 120, 180, 270, 365, 550, 730] as const;

export interface ApplicationInsightsProps extends CommonResourceProps {
  /** The group the component is created in (and whose location it takes). */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-appi-<workload>-<region>-<env>`).
   * @default none
   */
  readonly workload?: string;
  /** The Log Analytics workspace that stores the telemetry (classic, workspace-less components are retired). */
  readonly workspace: IDiagnosticsDestination;
  /**
   * Kind of application monitored.
   * @default "web"
   */
  readonly applicationType?: "web" | "java" | "Node.JS" | "ios" | "MobileCenter" | "phone" | "store" | "other";
  /**
   * Days telemetry is kept: 30, 60, 90, 120, 180, 270, 365, 550 or 730.
   * @default 90
   */
  readonly retentionInDays?: number;
  /**
   * Refuse instrumentation-key ingestion, so only Entra ID-authenticated SDKs can send telemetry.
   * @default true
   */
  readonly localAuthenticationDisabled?: boolean;
  /**
   * Percentage (0-100) of telemetry kept by ingestion sampling.
   * @default 100 (no sampling)
   */
  readonly samplingPercentage?: number;
}

/** A workspace-based Application Insights component. */
export class ApplicationInsights extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  /** Id the Application Insights query API addresses the component by. */
  public readonly appId: string;
  /** Token for the SDK connection string: a secret, so any output of it must be `sensitive`. */
  public readonly connectionString: string;
  /** Token for the legacy instrumentation key: a secret, so any output of it must be `sensitive`. */
  public readonly instrumentationKey: string;
  public readonly resource: AzApplicationInsights;
  public readonly resourceGroup: IResourceGroup;

  constructor(scope: Construct, id: string, props: ApplicationInsightsProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "applicationInsights", props);

    const retentionInDays = props.retentionInDays ?? 90;
    const retentions: readonly number[] = APPLICATION_INSIGHTS_RETENTION_DAYS;
    check(retentions.includes(retentionInDays), where, "retentionInDays", retentionInDays, `must be one of ${retentions.join(", ")}`);
    const sampling = props.samplingPercentage;
    check(sampling === undefined || (sampling >= 0 && sampling <= 100), where, "samplingPercentage", sampling, "must be from 0 to 100");

    this.resourceGroup = props.resourceGroup;
    this.resource = new AzApplicationInsights(this, "component", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      workspaceId: props.workspace.id,
      applicationType: props.applicationType ?? "web",
      retentionInDays,
      localAuthenticationDisabled: props.localAuthenticationDisabled ?? true,
      samplingPercentage: sampling,
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.appId = this.resource.appId;
    this.connectionString = this.resource.connectionString;
    this.instrumentationKey = this.resource.instrumentationKey;
    this.initCapabilities(props);
  }
}
