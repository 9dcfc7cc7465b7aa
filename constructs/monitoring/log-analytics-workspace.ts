import { Construct } from "constructs";
import { LogAnalyticsWorkspace as AzLogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { AzureResource } from "../core/azure-resource";
import { check } from "../core/errors";
import { CommonResourceProps, IDiagnosticsDestination, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";

/** The pricing SKUs Azure accepts for a workspace (all but PerGB2018 are legacy or cluster-bound). */
export const LOG_ANALYTICS_SKUS = [
  "Free",
  "PerNode",
  "Premium",
  "Standard",
  "Standalone",
  "Unlimited",
  "CapacityReservation",
  "PerGB2018",
  "LACluster",
] as const;

export type LogAnalyticsSku = (typeof LOG_ANALYTICS_SKUS)[number];

export interface LogAnalyticsWorkspaceProps extends CommonResourceProps {
  /** The group the workspace is created in (and whose location it takes). */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-log-<workload>-<region>-<env>`).
   * @default none
   */
  readonly workload?: string;
  /**
   * Pricing SKU.
   * @default "PerGB2018"
   */
  readonly sku?: LogAnalyticsSku;
  /**
   * Days data is kept: 30-730, or exactly 7 for the Free SKU.
   * @default 30 (7 for the Free SKU)
   */
  readonly retentionInDays?: number;
  /**
   * Daily ingestion cap in GB; -1 means no cap.
   * @default no cap
   */
  readonly dailyQuotaGb?: number;
  /**
   * Allow shared-key (agent key) authentication besides Entra ID. Off so every caller is an identity.
   * @default false
   */
  readonly localAuthenticationEnabled?: boolean;
  /**
   * Accept ingestion from outside a private link scope (agents on networks without private link).
   * @default true
   */
  readonly internetIngestionEnabled?: boolean;
  /**
   * Allow queries from outside a private link scope (portal, CLI).
   * @default true
   */
  readonly internetQueryEnabled?: boolean;
}

/** A Log Analytics workspace: the destination of every construct's diagnostics. */
export class LogAnalyticsWorkspace extends AzureResource implements IDiagnosticsDestination {
  public readonly id: string;
  public readonly name: string;
  /** The workspace (customer) id agents and queries address the workspace by. */
  public readonly workspaceId: string;
  public readonly resource: AzLogAnalyticsWorkspace;
  public readonly resourceGroup: IResourceGroup;

  constructor(scope: Construct, id: string, props: LogAnalyticsWorkspaceProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "logAnalyticsWorkspace", props);

    const sku = props.sku ?? "PerGB2018";
    check(LOG_ANALYTICS_SKUS.includes(sku), where, "sku", sku, `must be one of ${LOG_ANALYTICS_SKUS.join(", ")}`);
    // The Free tier keeps data a fixed 7 days; every other SKU keeps 30 to 730.
    const free = sku === "Free";
    const retentionInDays = props.retentionInDays ?? (free ? 7 : 30);
    if (free) {
      check(retentionInDays === 7, where, "retentionInDays", retentionInDays, "must be 7 for the Free SKU");
    } else {
      const inRange = Number.isInteger(retentionInDays) && retentionInDays >= 30 && retentionInDays <= 730;
      check(inRange, where, "retentionInDays", retentionInDays, "must be a whole number of days from 30 to 730");
    }
    const quota = props.dailyQuotaGb;
    check(quota === undefined || quota === -1 || quota > 0, where, "dailyQuotaGb", quota, "must be -1 (no cap) or greater than 0");

    this.resourceGroup = props.resourceGroup;
    this.resource = new AzLogAnalyticsWorkspace(this, "workspace", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      sku,
      retentionInDays,
      dailyQuotaGb: quota,
      // azurerm 4.x replaces the deprecated local_authentication_disabled with this attribute.
      localAuthenticationEnabled: props.localAuthenticationEnabled ?? false,
      internetIngestionEnabled: props.internetIngestionEnabled ?? true,
      internetQueryEnabled: props.internetQueryEnabled ?? true,
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.workspaceId = this.resource.workspaceId;
    this.initCapabilities(props);
  }
}
