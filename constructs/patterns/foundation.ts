import { Construct } from "constructs";
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { DataAzurermUserAssignedIdentity } from "@cdktf/provider-azurerm/lib/data-azurerm-user-assigned-identity";
import { VirtualNetworkPeering } from "@cdktf/provider-azurerm/lib/virtual-network-peering";
import { LinuxVirtualMachineScaleSet } from "../compute/linux-virtual-machine-scale-set";
import { waitFor } from "../core/dependencies";
import { DiagnosticSettingsOptions, IPrincipal, PrivateEndpointOptions } from "../core/interfaces";
import { RequiredTagsAspect } from "../core/tags";
import { ActionGroup } from "../monitoring/action-group";
import { ApplicationInsights } from "../monitoring/application-insights";
import { Budget } from "../monitoring/budget";
import { DiagnosticSettings } from "../monitoring/diagnostic-settings";
import { LogAnalyticsWorkspace } from "../monitoring/log-analytics-workspace";
import { DdosProtectionPlan } from "../networking/ddos-protection-plan";
import { NatGateway } from "../networking/nat-gateway";
import { IPrivateDnsZone, PRIVATE_DNS_ZONES, PrivateDnsZone } from "../networking/private-dns-zone";
import { RemoteVirtualNetwork, VirtualNetwork } from "../networking/virtual-network";
import { ResourceGroup } from "../resource-group/resource-group";
import { KeyVault } from "../security/key-vault";
import { StorageAccount } from "../storage/storage-account";
import { suppressPolicy } from "../../policy/suppress";
import type { EnvironmentSettings } from "../../stacks/settings/schema";
import type { PlatformLayout } from "../../stacks/platform-layout";
import { foundationSubnets, SUBNET_KEYS } from "./foundation-network";
import { Naming } from "../core/naming";
import { RecoveryRegion } from "./recovery-region";

export interface FoundationProps {
  readonly settings: EnvironmentSettings;
  /** Public key for SSH into the management scale set (a variable's value: keys are per operator). */
  readonly managementSshPublicKey: string;
  /**
   * Where the platform stack put the deployment hub, the central privatelink zones and this
   * environment's pipeline identity: the network peers with the hub, endpoints register in the
   * central zones, and the pipeline identity is the deployer every data-plane grant goes to.
   */
  readonly platform: PlatformLayout;
}

/**
 * Seed 002's foundation, in its dependency order: resource group -> segmented network -> storage and
 * Key Vault (private endpoints only) -> management compute -> monitoring (every resource sends its
 * diagnostics to one Log Analytics workspace). The other patterns build on what it exposes.
 */
export class Foundation extends Construct {
  public readonly resourceGroup: ResourceGroup;
  public readonly network: VirtualNetwork;
  public readonly natGateway: NatGateway;
  public readonly ddosProtectionPlan?: DdosProtectionPlan;
  public readonly logAnalytics: LogAnalyticsWorkspace;
  public readonly applicationInsights: ApplicationInsights;
  public readonly actionGroup: ActionGroup;
  /** The environment's monthly budget [003]. */
  public readonly budget: Budget;
  public readonly keyVault: KeyVault;
  public readonly storage: StorageAccount;
  public readonly management: LinuxVirtualMachineScaleSet;
  /**
   * The identity the pipeline applies this environment as (from the platform stack, by name): the
   * principal of every deployer grant, whoever runs the plan.
   */
  public readonly deployer: IPrincipal;
  /** The deployment hub, peered both ways with this environment's network. */
  public readonly hub: RemoteVirtualNetwork;
  public readonly hubPeerings: VirtualNetworkPeering[];
  /** The paired region's network and resource group for the secondaries (with `recovery.secondaryNetwork`). */
  public readonly recoveryRegion?: RecoveryRegion;
  private readonly dnsZoneResourceGroup: { readonly id: string; readonly name: string };
  /** The provider of the platform's subscription, when it is not this environment's. */
  private readonly platformProvider?: AzurermProvider;

  constructor(scope: Construct, id: string, props: FoundationProps) {
    super(scope, id);
    const { settings } = props;
    const protectFromDeletion = settings.protectStatefulResources;
    RequiredTagsAspect.applyTo(this, { workload: "foundation" });

    this.resourceGroup = new ResourceGroup(this, "resource-group", { location: settings.location, protectFromDeletion });
    const resourceGroup = this.resourceGroup;

    this.logAnalytics = new LogAnalyticsWorkspace(this, "log-analytics", {
      resourceGroup,
      sku: settings.logAnalytics.sku,
      retentionInDays: settings.logAnalytics.retentionDays,
      protectFromDeletion,
    });
    const diagnostics: DiagnosticSettingsOptions = { workspace: this.logAnalytics };
    this.logAnalytics.addDiagnostics(diagnostics);
    this.applicationInsights = new ApplicationInsights(this, "application-insights", { resourceGroup, workspace: this.logAnalytics });

    this.natGateway = new NatGateway(this, "nat-gateway", { resourceGroup, diagnosticSettings: [{ ...diagnostics, logCategoryGroups: [] }] });
    this.ddosProtectionPlan = settings.ddosProtection ? new DdosProtectionPlan(this, "ddos-protection", { resourceGroup }) : undefined;
    this.network = new VirtualNetwork(this, "network", {
      resourceGroup,
      addressSpace: [settings.network.addressSpace],
      subnets: foundationSubnets(settings),
      natGateway: this.natGateway,
      ddosProtectionPlanId: this.ddosProtectionPlan?.id,
      diagnosticSettings: [diagnostics],
    });

    const client = new DataAzurermClientConfig(this, "client");
    const platform = props.platform;
    // The hub's side of the peering, the zone links and the identity lookup live in the platform's
    // subscription: through a provider of their own when that differs from the environment's.
    const otherSubscription = platform.subscriptionId !== undefined && platform.subscriptionId !== settings.subscriptionId;
    this.platformProvider = otherSubscription
      ? new AzurermProvider(this, "platform-provider", { alias: "platform", subscriptionId: platform.subscriptionId, storageUseAzuread: true, features: [{}] })
      : undefined;
    const platformGroup = (name: string) => `/subscriptions/${platform.subscriptionId ?? client.subscriptionId}/resourceGroups/${name}`;
    this.hub = {
      id: `${platformGroup(platform.resourceGroupName)}/providers/Microsoft.Network/virtualNetworks/${platform.hubNetworkName}`,
      name: platform.hubNetworkName,
      resourceGroupName: platform.resourceGroupName,
      provider: this.platformProvider,
    };
    const peerings = this.network.peerWith(this.hub);
    this.hubPeerings = [peerings.outbound, peerings.inbound];
    this.dnsZoneResourceGroup = { id: platformGroup(platform.dnsResourceGroupName), name: platform.dnsResourceGroupName };
    const pipelineIdentity = new DataAzurermUserAssignedIdentity(this, "pipeline-identity", {
      name: platform.pipelineIdentityName(settings.name),
      resourceGroupName: platform.resourceGroupName,
      provider: this.platformProvider,
    });
    this.deployer = { principalId: pipelineIdentity.principalId, principalType: "ServicePrincipal" };

    const secondary = settings.recovery.secondaryNetwork;
    this.recoveryRegion = secondary
      ? new RecoveryRegion(this, "recovery-region", {
          settings,
          addressSpace: secondary.addressSpace,
          privateEndpointSubnet: secondary.privateEndpoints,
          foundation: this,
          // The generated name, literal: it keys the peering.
          primaryNetwork: { id: this.network.id, name: Naming.of(this).name("virtualNetwork"), resourceGroupName: resourceGroup.name },
        })
      : undefined;

    this.keyVault = new KeyVault(this, "key-vault", {
      resourceGroup,
      tenantId: client.tenantId,
      deployer: this.deployer,
      privateEndpoints: [this.privateEndpoint("vault")],
      diagnosticSettings: [diagnostics],
      protectFromDeletion,
    });

    this.storage = new StorageAccount(this, "storage", {
      resourceGroup,
      replication: settings.storage.replication,
      containers: ["data", "backups"],
      fileShares: [{ name: "shared", quotaGb: 100 }],
      privateEndpoints: [
        this.privateEndpoint("blob", { subresource: "blob" }),
        this.privateEndpoint("file", { subresource: "file" }),
      ],
      // The account exposes metrics only; its logs belong to the blob service below.
      diagnosticSettings: [{ ...diagnostics, logCategoryGroups: [] }],
      protectFromDeletion,
    });
    new DiagnosticSettings(this.storage, "blob-service-diagnostics", { ...diagnostics, targetResourceId: `${this.storage.id}/blobServices/default` });

    this.management = new LinuxVirtualMachineScaleSet(this, "management", {
      resourceGroup,
      workload: "mgmt",
      sku: settings.compute.vmSize,
      instances: settings.compute.instances,
      zones: settings.compute.zones,
      subnetId: this.network.subnetId(SUBNET_KEYS.management),
      adminSshPublicKey: props.managementSshPublicKey,
      diagnosticSettings: [diagnostics],
    });
    suppressPolicy(
      this.management,
      "AZ-VM-003",
      "Encryption at host needs the subscription feature Microsoft.Compute/EncryptionAtHost, which a fresh subscription lacks and this stack cannot register (the deploy would fail); OS disks are encrypted at rest with platform keys. Register it, then set encryptionAtHostEnabled.",
    );
    waitFor([this.management.resource], this.network.subnetReady(SUBNET_KEYS.management));
    this.keyVault.grantSecretsRead(this.management);
    this.storage.grantBlobDataReader(this.management);

    this.actionGroup = new ActionGroup(this, "action-group", {
      resourceGroup,
      shortName: `${settings.prefix}-${settings.name}`.slice(0, 12),
      emailReceivers: settings.monitoring.alertEmails.map((emailAddress, i) => ({ name: `email-${i}`, emailAddress })),
    });

    // Cost [003]: the whole environment, across its resource groups, by the environment tag every
    // resource carries; a subscription shared by environments gets one budget per environment.
    this.budget = new Budget(this, "budget", {
      subscriptionId: `/subscriptions/${client.subscriptionId}`,
      amount: settings.budgetUsd,
      startDate: settings.budgetStartDate,
      tags: { environment: settings.name },
      contactEmails: settings.monitoring.alertEmails,
      actionGroupIds: [this.actionGroup.id],
    });
  }

  /**
   * The platform's central zone for a service, linked to this environment's network on first use (the
   * platform links it to the hub). A network can link only one zone of a name, so every pattern in the
   * environment registers its endpoints in this one.
   */
  public privateDnsZone(key: keyof typeof PRIVATE_DNS_ZONES): IPrivateDnsZone {
    const id = `dns-${key}`;
    const existing = this.node.tryFindChild(id);
    if (existing) return existing as unknown as IPrivateDnsZone;
    const zone = PrivateDnsZone.fromName(this, id, { resourceGroup: this.dnsZoneResourceGroup, zoneName: PRIVATE_DNS_ZONES[key], provider: this.platformProvider });
    zone.linkTo(this.network);
    return zone;
  }

  /**
   * A private endpoint of a service: in the private-endpoints subnet (or the subnet given), registered
   * in the central zone `key` (and for `subresource`, when the service has several). It waits for its
   * subnet's NSG and NAT associations and for the hub peering, so whatever waits for the endpoint (a
   * data-plane write from the hub's runners) finds it reachable.
   */
  public privateEndpoint(key: keyof typeof PRIVATE_DNS_ZONES, options: { subnetKey?: string; subresource?: string } = {}): PrivateEndpointOptions {
    const subnetKey = options.subnetKey ?? SUBNET_KEYS.privateEndpoints;
    return {
      subnetId: this.network.subnetId(subnetKey),
      privateDnsZoneIds: [this.privateDnsZone(key).id],
      subresource: options.subresource,
      dependsOn: [...this.network.subnetReady(subnetKey), ...this.hubPeerings],
    };
  }
}
