import { Construct } from "constructs";
import { NetworkWatcher as AzNetworkWatcher } from "@cdktf/provider-azurerm/lib/network-watcher";
import { AzureResource } from "../core/azure-resource";
import { CommonResourceProps, IResourceGroup } from "../core/interfaces";
import type { NetworkWatcherRef } from "./virtual-network-flow-log";

/**
 * Where Azure itself puts a region's Network Watcher when it creates one with the region's first VNet.
 * The platform stack creates them under the same names before any VNet exists, so Azure finds one and
 * creates none (one watcher per subscription and region): the flow logs never race the auto-creation.
 */
export const NETWORK_WATCHER_RESOURCE_GROUP = "NetworkWatcherRG";

/** The Network Watcher of a region, by Azure's own naming convention (`NetworkWatcher_<region>`). */
export function networkWatcherOf(location: string): NetworkWatcherRef {
  return { name: `NetworkWatcher_${location}`, resourceGroupName: NETWORK_WATCHER_RESOURCE_GROUP };
}

export interface NetworkWatcherProps extends Pick<CommonResourceProps, "lock" | "tags" | "protectFromDeletion"> {
  /** The group named {@link NETWORK_WATCHER_RESOURCE_GROUP}, in any region. */
  readonly resourceGroup: IResourceGroup;
  /** The region watched. */
  readonly location: string;
}

/** A region's Network Watcher, named as Azure names the ones it creates (`networkWatcherOf`). */
export class NetworkWatcher extends AzureResource implements NetworkWatcherRef {
  public readonly id: string;
  public readonly name: string;
  public readonly resourceGroupName: string;
  public readonly resource: AzNetworkWatcher;
  public readonly resourceGroup: IResourceGroup;

  constructor(scope: Construct, id: string, props: NetworkWatcherProps) {
    super(scope, id);
    const ref = networkWatcherOf(props.location);
    this.resourceGroup = props.resourceGroup;
    this.resource = new AzNetworkWatcher(this, "watcher", {
      name: ref.name,
      location: props.location,
      resourceGroupName: props.resourceGroup.name,
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = ref.name;
    this.resourceGroupName = props.resourceGroup.name;
    this.initCapabilities(props);
  }
}
