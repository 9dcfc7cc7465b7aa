import { Construct } from "constructs";
import { ContainerApp } from "../compute/container-app";
import { ContainerAppsEnvironment } from "../compute/container-apps-environment";
import { ContainerRegistry } from "../compute/container-registry";
import { waitFor } from "../core/dependencies";
import { DiagnosticSettingsOptions } from "../core/interfaces";
import { RequiredTagsAspect } from "../core/tags";
import { ConfluentKafka } from "../data/confluent-kafka";
import { Cache, patternCache } from "../data/cache";
import { VirtualNetworkFlowLog } from "../monitoring/virtual-network-flow-log";
import { networkWatcherOf } from "../monitoring/network-watcher";
import { DefenderForContainers } from "../security/defender-for-containers";
import { StorageAccount } from "../storage/storage-account";
import type { EnvironmentSettings, SharedBackendSettings } from "../../stacks/settings/schema";
import { ConfluentMetricsExport } from "./confluent-metrics-export";
import { Foundation } from "./foundation";
import { SUBNET_KEYS } from "./foundation-network";
import { suppressPolicy } from "../../policy/suppress";

export interface SharedBackendProps {
  readonly settings: EnvironmentSettings & { readonly sharedBackend: SharedBackendSettings };
  /** The network, workspace, Key Vault and resource group it builds on. */
  readonly foundation: Foundation;
}

/**
 * Seed 000's shared backend, in the environment's main resource group: Redis and a Premium registry
 * reachable only through private endpoints, registry scanning by Defender for Containers, a Container
 * Apps environment in its own subnet pulling through a managed identity with AcrPull, Confluent Kafka
 * with API keys in Key Vault and its metrics exported to Azure Monitor, and everything's diagnostics,
 * the VNet's flow logs and traffic analytics in the foundation's Log Analytics workspace.
 */
export class SharedBackend extends Construct {
  public readonly redis: Cache;
  public readonly registry: ContainerRegistry;
  public readonly containerApps: ContainerAppsEnvironment;
  public readonly kafka: ConfluentKafka;
  public readonly metricsCollector: ContainerApp;
  public readonly flowLogStorage: StorageAccount;
  public readonly defender?: DefenderForContainers;

  constructor(scope: Construct, id: string, props: SharedBackendProps) {
    super(scope, id);
    const { settings, foundation } = props;
    const backend = settings.sharedBackend;
    const { resourceGroup, network, logAnalytics, keyVault } = foundation;
    const protectFromDeletion = settings.protectStatefulResources;
    const diagnostics: DiagnosticSettingsOptions = { workspace: logAnalytics };
    RequiredTagsAspect.applyTo(this, { workload: "shared-backend" });

    this.redis = patternCache(this, backend.redis, {
      resourceGroup,
      privateEndpoint: (zone) => foundation.privateEndpoint(zone),
      diagnosticSettings: [diagnostics],
      protectFromDeletion,
    });

    this.registry = new ContainerRegistry(this, "registry", {
      resourceGroup,
      zoneRedundancy: backend.registry.zoneRedundancy,
      geoReplicationLocations: settings.recovery.registry.mode === "geo-replicated" ? [settings.recovery.pairedRegion] : undefined,
      untaggedRetentionDays: backend.registry.untaggedRetentionDays,
      privateEndpoints: [foundation.privateEndpoint("registry")],
      diagnosticSettings: [diagnostics],
      protectFromDeletion,
    });
    // Scans every image pushed to (or cached in) the registry; a subscription-wide plan (see settings).
    this.defender = backend.defenderForContainers ? new DefenderForContainers(this, "defender") : undefined;

    this.containerApps = new ContainerAppsEnvironment(this, "container-apps", {
      resourceGroup,
      infrastructureSubnet: { id: network.subnetId(SUBNET_KEYS.containers), addressPrefix: settings.network.subnets.containers },
      logAnalytics,
      internalLoadBalancer: backend.containerApps.internalLoadBalancer,
      zoneRedundancy: backend.containerApps.zoneRedundancy,
      privateDnsVirtualNetworks: backend.containerApps.internalLoadBalancer ? [network] : undefined,
    });
    waitFor([this.containerApps.resource], network.subnetReady(SUBNET_KEYS.containers));

    this.kafka = new ConfluentKafka(this, "kafka", {
      displayNamePrefix: `${settings.prefix}-${settings.name}`,
      region: settings.location,
      cluster: backend.kafka,
      topics: backend.kafka.topics,
      serviceAccounts: backend.kafka.serviceAccounts,
      keyVault,
      protectFromDeletion,
    });
    this.metricsCollector = new ConfluentMetricsExport(this, "confluent-metrics", {
      resourceGroup,
      kafka: this.kafka,
      environment: this.containerApps,
      registry: this.registry,
      keyVault,
      workspace: logAnalytics,
      collectorVersion: backend.metricsCollector.version,
      scrapeIntervalSeconds: backend.metricsCollector.scrapeIntervalSeconds,
    }).collector;

    // Network Watcher is a trusted service: it writes through the firewall's bypass, nothing else gets in.
    // It writes with the account key (Microsoft: rotating the keys stops flow logs; azurerm 4.55 offers
    // no identity for it), so this logs-only account keeps shared keys; no key is output or stored.
    this.flowLogStorage = new StorageAccount(this, "flow-log-storage", {
      resourceGroup,
      workload: "flow",
      replication: settings.storage.replication === "LRS" ? "LRS" : "ZRS",
      publicNetworkAccess: true,
      networkDefaultAction: "Deny",
      sharedAccessKeyEnabled: true,
      diagnosticSettings: [{ ...diagnostics, logCategoryGroups: [] }],
      protectFromDeletion,
    });
    suppressPolicy(this.flowLogStorage, "AZ-STG-004", "Network Watcher writes flow logs with the account key (no identity option); no key is output or stored.");
    suppressPolicy(this.flowLogStorage, "AZ-PE-001", "Written by Network Watcher through the trusted-services bypass (default action Deny) and read by Traffic Analytics; nothing in the VNet reads it.");
    new VirtualNetworkFlowLog(this, "flow-log", {
      // Created by the platform stack before any VNet, so it exists (and Azure made none of its own).
      networkWatcher: networkWatcherOf(settings.location),
      location: settings.location,
      virtualNetwork: network,
      storageAccount: this.flowLogStorage,
      workspace: { id: logAnalytics.id, workspaceId: logAnalytics.workspaceId, location: settings.location },
      retentionDays: backend.flowLogs.retentionDays,
      trafficAnalyticsIntervalMinutes: backend.flowLogs.trafficAnalyticsIntervalMinutes,
    });
  }
}
