import { Construct } from "constructs";
import { NetworkWatcherFlowLog } from "@cdktf/provider-azurerm/lib/network-watcher-flow-log";
import { check, isWholeNumberIn } from "../core/errors";
import { resourceName } from "../core/naming";

/** The region's Network Watcher: Azure creates one per subscription and region, so it is referenced, not owned. */
export interface NetworkWatcherRef {
  readonly name: string;
  readonly resourceGroupName: string;
}

/** The workspace traffic analytics writes to. */
export interface TrafficAnalyticsWorkspace {
  /** ARM id. */
  readonly id: string;
  /** The workspace (customer) id, a GUID. */
  readonly workspaceId: string;
  /** The workspace's region. */
  readonly location: string;
}

export interface VirtualNetworkFlowLogProps {
  readonly networkWatcher: NetworkWatcherRef;
  /** Region of the watcher and the network (flow logs must be in both's region). */
  readonly location: string;
  /** The virtual network whose flows are logged. */
  readonly virtualNetwork: { readonly id: string };
  /** Storage account (same region) that receives the raw flow records. */
  readonly storageAccount: { readonly id: string };
  /** Log Analytics workspace for traffic analytics. */
  readonly workspace: TrafficAnalyticsWorkspace;
  /**
   * Days raw records are kept in storage, 1-365.
   * @default 30
   */
  readonly retentionDays?: number;
  /**
   * How often traffic analytics processes the records: 10 or 60 minutes.
   * @default 60
   */
  readonly trafficAnalyticsIntervalMinutes?: 10 | 60;
  /** Workspace part of the name. @default none */
  readonly workload?: string;
  /** @default generated: `<prefix>-fl[-<workload>]-<region>-<env>` (unique per watcher, which all environments share) */
  readonly name?: string;
  /** @default none */
  readonly tags?: Record<string, string>;
}

/**
 * VNet flow logs (the successor of NSG flow logs, which Azure retires) with traffic analytics into Log
 * Analytics. The flow log is a child of the regional Network Watcher, so it lives in the watcher's group.
 */
export class VirtualNetworkFlowLog extends Construct {
  public readonly resource: NetworkWatcherFlowLog;

  constructor(scope: Construct, id: string, props: VirtualNetworkFlowLogProps) {
    super(scope, id);
    const where = this.node.path;
    const retentionDays = props.retentionDays ?? 30;
    check(isWholeNumberIn(retentionDays, 1, 365), where, "retentionDays", retentionDays, "must be a whole number of days, 1-365");
    const interval = props.trafficAnalyticsIntervalMinutes ?? 60;
    check(interval === 10 || interval === 60, where, "trafficAnalyticsIntervalMinutes", interval, "must be 10 or 60");
    this.resource = new NetworkWatcherFlowLog(this, "flow-log", {
      name: resourceName(this, "networkWatcherFlowLog", props),
      networkWatcherName: props.networkWatcher.name,
      resourceGroupName: props.networkWatcher.resourceGroupName,
      location: props.location,
      targetResourceId: props.virtualNetwork.id,
      storageAccountId: props.storageAccount.id,
      enabled: true,
      version: 2,
      retentionPolicy: { enabled: true, days: retentionDays },
      trafficAnalytics: {
        enabled: true,
        workspaceId: props.workspace.workspaceId,
        workspaceRegion: props.workspace.location,
        workspaceResourceId: props.workspace.id,
        intervalInMinutes: interval,
      },
      tags: props.tags,
    });
  }
}
