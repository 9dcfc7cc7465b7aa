import { Construct } from "constructs";
import { SignalrService as AzSignalrService } from "@cdktf/provider-azurerm/lib/signalr-service";
import { AzureResource } from "../core/azure-resource";
import { assertNoViolations, Violation } from "../core/errors";
import { CommonResourceProps, IPrincipal, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";
import { RoleAssignment } from "../security/role-assignment";

/** Units Standard_S1 and Premium_P1 are sold in. */
const SMALL_UNITS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];
/**
 * The SKUs offered, with the units each is sold in. Free_F1 is not offered: it has no private
 * endpoints and no SLA.
 */
export const SIGNALR_SKUS = {
  Standard_S1: SMALL_UNITS,
  Premium_P1: SMALL_UNITS,
  Premium_P2: [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000],
} as const satisfies Record<string, readonly number[]>;
export type SignalRSkuName = keyof typeof SIGNALR_SKUS;

/** A SignalR size as settings and the construct express it. */
export interface SignalRSku {
  /** `Standard_S1`, `Premium_P1` (zone redundant, more features) or `Premium_P2` (large unit counts). */
  readonly name: SignalRSkuName;
  /** Units: 1-10 or 20-100 in steps of 10 for S1 and P1; 100-1000 in steps of 100 for P2. */
  readonly capacity: number;
}

/** The rules a SignalR size breaks: an unknown or Free SKU, a unit count the SKU is not sold in. */
export function signalRSkuViolations(sku: SignalRSku): Violation[] {
  const units: readonly number[] | undefined = SIGNALR_SKUS[sku.name];
  if (!units) {
    return [{ field: "sku.name", value: sku.name, rule: `must be one of ${Object.keys(SIGNALR_SKUS).join(", ")} (Free_F1 has no private endpoints)` }];
  }
  return units.includes(sku.capacity) ? [] : [{ field: "sku.capacity", value: sku.capacity, rule: `must be one of ${units.join(", ")} for ${sku.name}` }];
}

export interface SignalRServiceProps extends CommonResourceProps {
  /** Where the service lives. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-sigr-<workload>-<region>-<env>-<hash>`).
   * @default none
   */
  readonly workload?: string;
  /** @default { name: "Standard_S1", capacity: 1 } */
  readonly sku?: SignalRSku;
}

/**
 * Azure SignalR Service in Default mode (hubs run on app servers that connect to it), private by
 * default: no public network access (reach it through `privateEndpoints`, sub-resource `signalr`), Entra
 * ID authentication only (no access keys: app servers get `grantAppServer`), a system-assigned identity,
 * and connectivity and messaging logs on, which diagnostics then send to Log Analytics.
 */
export class SignalRService extends AzureResource implements IPrincipal {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzSignalrService;
  public readonly resourceGroup: IResourceGroup;
  /** Object id of the system-assigned identity (used for upstream calls). */
  public readonly principalId: string;
  public readonly principalType = "ServicePrincipal";
  /** `<name>.service.signalr.net`, privately resolved through the endpoint's DNS zone. */
  public readonly hostname: string;
  protected readonly defaultPrivateEndpointSubresource = "signalr";

  constructor(scope: Construct, id: string, props: SignalRServiceProps) {
    super(scope, id);
    const name = resourceName(this, "signalR", props);
    const sku = props.sku ?? { name: "Standard_S1", capacity: 1 };
    assertNoViolations(this.node.path, signalRSkuViolations(sku));

    this.resourceGroup = props.resourceGroup;
    this.resource = new AzSignalrService(this, "service", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      sku: { name: sku.name, capacity: sku.capacity },
      serviceMode: "Default",
      publicNetworkAccessEnabled: false,
      localAuthEnabled: false,
      aadAuthEnabled: true,
      tlsClientCertEnabled: false,
      identity: { type: "SystemAssigned" },
      connectivityLogsEnabled: true,
      messagingLogsEnabled: true,
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.principalId = this.resource.identity.principalId;
    this.hostname = this.resource.hostname;
    this.initCapabilities(props);
  }

  /** Lets an app server (its managed identity) connect its hubs and send messages (SignalR App Server). */
  public grantAppServer(principal: IPrincipal): RoleAssignment {
    return this.grant(principal, "SignalR App Server");
  }
}
