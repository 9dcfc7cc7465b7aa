import { Construct } from "constructs";
import { TerraformProvider, Token } from "cdktf";
import { PrivateDnsZone as AzPrivateDnsZone } from "@cdktf/provider-azurerm/lib/private-dns-zone";
import { PrivateDnsZoneVirtualNetworkLink } from "@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link";
import { AzureResource } from "../core/azure-resource";
import { check } from "../core/errors";
import { CommonResourceProps, IResourceGroup } from "../core/interfaces";

/** The privatelink zone of each service we reach through private endpoints (Azure public cloud). */
export const PRIVATE_DNS_ZONES = {
  blob: "privatelink.blob.core.windows.net",
  file: "privatelink.file.core.windows.net",
  queue: "privatelink.queue.core.windows.net",
  table: "privatelink.table.core.windows.net",
  vault: "privatelink.vaultcore.azure.net",
  redisCache: "privatelink.redis.cache.windows.net",
  // Azure Managed Redis (sub-resource redisEnterprise; Learn: "Azure Private Endpoint private DNS zone values").
  managedRedis: "privatelink.redis.azure.net",
  registry: "privatelink.azurecr.io",
  sqlServer: "privatelink.database.windows.net",
  postgres: "privatelink.postgres.database.azure.com",
  serviceBus: "privatelink.servicebus.windows.net",
  appConfig: "privatelink.azconfig.io",
  cosmosSql: "privatelink.documents.azure.com",
  webApp: "privatelink.azurewebsites.net",
  signalR: "privatelink.service.signalr.net",
  cognitive: "privatelink.cognitiveservices.azure.com",
  apiManagement: "privatelink.azure-api.net",
} as const;

/** A network a zone can be linked to: a VirtualNetwork, a data source, or a literal `{ id, name }`. */
export interface IVirtualNetworkRef {
  /** ARM id of the virtual network. */
  readonly id: string;
  /** Its name; must be a literal string when the reference is not a construct (it keys the link). */
  readonly name: string;
}

/** A private DNS zone endpoints register in and networks link to: one this stack owns, or an import. */
export interface IPrivateDnsZone {
  /** ARM id of the zone. */
  readonly id: string;
  /** Its DNS name. */
  readonly name: string;
  /** Links the zone to a network, registration disabled. */
  linkTo(vnet: IVirtualNetworkRef): PrivateDnsZoneVirtualNetworkLink;
}

export interface PrivateDnsZoneProps extends Pick<CommonResourceProps, "lock" | "roleAssignments" | "tags" | "protectFromDeletion"> {
  readonly resourceGroup: IResourceGroup;
  /** DNS name of the zone, e.g. `PRIVATE_DNS_ZONES.vault`. */
  readonly zoneName: string;
  /** Networks that resolve names in the zone; `linkTo` adds more. @default none */
  readonly virtualNetworks?: IVirtualNetworkRef[];
}

/** Two or more dot-separated labels of letters, digits and inner hyphens, at most 253 characters. */
const ZONE_NAME = /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * A private DNS zone linked to virtual networks for resolution only: private endpoints write their
 * records through DNS zone groups, so VM auto-registration stays off.
 */
export class PrivateDnsZone extends AzureResource implements IPrivateDnsZone {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzPrivateDnsZone;
  public readonly resourceGroup: IResourceGroup;
  private readonly tags?: Record<string, string>;

  constructor(scope: Construct, id: string, props: PrivateDnsZoneProps) {
    super(scope, id);
    // A token (e.g. a Container Apps environment's default domain) is only known at apply time.
    const zoneNameOk = Token.isUnresolved(props.zoneName) || ZONE_NAME.test(props.zoneName);
    check(zoneNameOk, this.node.path, "zoneName", props.zoneName, "must be a DNS name of two or more labels such as privatelink.vaultcore.azure.net");
    this.resourceGroup = props.resourceGroup;
    this.tags = props.tags;
    this.resource = new AzPrivateDnsZone(this, "zone", { name: props.zoneName, resourceGroupName: props.resourceGroup.name, tags: props.tags });
    this.id = this.resource.id;
    this.name = this.resource.name;
    props.virtualNetworks?.forEach((v) => this.linkTo(v));
    this.initCapabilities(props);
  }

  /** Links the zone to a network, registration disabled. Linking the same network twice is an error. */
  public linkTo(vnet: IVirtualNetworkRef): PrivateDnsZoneVirtualNetworkLink {
    return linkZone(this, { name: this.name, resourceGroupName: this.resourceGroup.name, tags: this.tags }, vnet);
  }

  /**
   * A zone another stack owns (the platform's central privatelink zones), by resource group and name:
   * endpoints register in it and `linkTo` links this stack's networks to it.
   */
  public static fromName(scope: Construct, id: string, props: ImportedPrivateDnsZoneProps): IPrivateDnsZone {
    return new ImportedPrivateDnsZone(scope, id, props);
  }
}

export interface ImportedPrivateDnsZoneProps {
  readonly resourceGroup: Pick<IResourceGroup, "id" | "name">;
  readonly zoneName: string;
  readonly tags?: Record<string, string>;
  /** The provider of the zone's subscription, when that is not this stack's (links are made there). @default the stack's */
  readonly provider?: TerraformProvider;
}

class ImportedPrivateDnsZone extends Construct implements IPrivateDnsZone {
  public readonly id: string;
  public readonly name: string;

  constructor(scope: Construct, id: string, private readonly props: ImportedPrivateDnsZoneProps) {
    super(scope, id);
    check(ZONE_NAME.test(props.zoneName), this.node.path, "zoneName", props.zoneName, "must be a DNS name of two or more labels such as privatelink.vaultcore.azure.net");
    this.name = props.zoneName;
    this.id = `${props.resourceGroup.id}/providers/Microsoft.Network/privateDnsZones/${props.zoneName}`;
  }

  public linkTo(vnet: IVirtualNetworkRef): PrivateDnsZoneVirtualNetworkLink {
    return linkZone(this, { name: this.name, resourceGroupName: this.props.resourceGroup.name, tags: this.props.tags, provider: this.props.provider }, vnet);
  }
}

/** A resolution-only link of a zone to a network, keyed by the network so one network is linked once. */
function linkZone(scope: Construct, zone: { name: string; resourceGroupName: string; tags?: Record<string, string>; provider?: TerraformProvider }, vnet: IVirtualNetworkRef): PrivateDnsZoneVirtualNetworkLink {
  // The link's construct id must be stable and literal: a construct's path, else the literal name.
  const key = Construct.isConstruct(vnet) ? vnet.node.path : vnet.name;
  check(!Token.isUnresolved(key), scope.node.path, "virtualNetworks.name", key, "must be a literal name when the network is not a construct");
  const id = `link-${key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  check(!scope.node.tryFindChild(id), scope.node.path, "virtualNetworks", key, "must not be linked twice");
  return new PrivateDnsZoneVirtualNetworkLink(scope, id, {
    name: `${vnet.name}-link`,
    resourceGroupName: zone.resourceGroupName,
    privateDnsZoneName: zone.name,
    virtualNetworkId: vnet.id,
    registrationEnabled: false,
    tags: zone.tags,
    provider: zone.provider,
  });
}
