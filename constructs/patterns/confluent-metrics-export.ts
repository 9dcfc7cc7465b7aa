import { Construct } from "constructs";
import { ContainerApp } from "../compute/container-app";
import { ContainerRegistry } from "../compute/container-registry";
import { IResourceGroup } from "../core/interfaces";
import { ConfluentKafka } from "../data/confluent-kafka";
import { ApplicationInsights } from "../monitoring/application-insights";
import { COLLECTOR_ENV, COLLECTOR_HEALTH_PORT, confluentMetricsConfigText } from "../monitoring/confluent-metrics-config";
import { LogAnalyticsWorkspace } from "../monitoring/log-analytics-workspace";
import { KeyVault } from "../security/key-vault";
import { UserAssignedIdentity } from "../security/user-assigned-identity";
import { suppressPolicy } from "../../policy/suppress";

/** The upstream image and the repository the registry caches it under. */
const COLLECTOR_IMAGE = { source: "docker.io/otel/opentelemetry-collector-contrib", repository: "otel/opentelemetry-collector-contrib" } as const;

/** The tag the infrastructure graph reads: this app moves another node's metrics into Azure Monitor. */
export const METRICS_COLLECTOR_ROLE = { role: "metrics-collector" } as const;

export interface ConfluentMetricsExportProps {
  readonly resourceGroup: IResourceGroup;
  readonly kafka: ConfluentKafka;
  /** Where the collector runs. */
  readonly environment: { readonly id: string };
  /** Registry the collector image is pulled through (an artifact-cache rule for Docker Hub is added). */
  readonly registry: ContainerRegistry;
  readonly keyVault: KeyVault;
  /** Workspace the metrics end up in (through a dedicated Application Insights component). */
  readonly workspace: LogAnalyticsWorkspace;
  /** OpenTelemetry Collector (contrib) release, e.g. 0.115.1. */
  readonly collectorVersion: string;
  /** @default 60 */
  readonly scrapeIntervalSeconds?: number;
}

/**
 * Confluent Cloud metrics into Azure Monitor (seed 000): a MetricsViewer service account whose Cloud
 * API key waits in Key Vault, and an OpenTelemetry Collector app that scrapes Confluent's export
 * endpoint and sends to Application Insights, i.e. into the Log Analytics workspace.
 */
export class ConfluentMetricsExport extends Construct {
  public readonly collector: ContainerApp;
  /** Its own component: the collector's Azure Monitor exporter authenticates with a connection string only. */
  public readonly applicationInsights: ApplicationInsights;

  constructor(scope: Construct, id: string, props: ConfluentMetricsExportProps) {
    super(scope, id);
    const { resourceGroup, keyVault } = props;
    const viewer = props.kafka.addMetricsViewer();
    this.applicationInsights = new ApplicationInsights(this, "application-insights", {
      resourceGroup,
      workload: "confluent",
      workspace: props.workspace,
      applicationType: "other",
      // The contrib exporter cannot use Entra ID; this component receives nothing but these metrics.
      localAuthenticationDisabled: false,
    });
    suppressPolicy(this.applicationInsights, "AZ-AI-001", "The collector's Azure Monitor exporter authenticates with a connection string only; this component receives nothing but these metrics.");
    const connection = keyVault.addSecret("confluent-metrics-connection", {
      name: "confluent-metrics-appinsights-connection",
      value: this.applicationInsights.connectionString,
      contentType: "Application Insights connection string of the Confluent metrics component",
    });
    const cacheRule = props.registry.addCacheRule("otel-collector", { sourceRepository: COLLECTOR_IMAGE.source, targetRepository: COLLECTOR_IMAGE.repository });

    // Created before the app so it can hold its secret grants before the first revision starts.
    const identity = new UserAssignedIdentity(this, "identity", { resourceGroup, workload: "otel" });
    const secrets = { [COLLECTOR_ENV.apiKey]: viewer.apiKeySecret, [COLLECTOR_ENV.apiSecret]: viewer.apiSecretSecret, [COLLECTOR_ENV.connectionString]: connection };
    this.collector = new ContainerApp(this, "collector", {
      resourceGroup,
      environment: props.environment,
      workload: "otel",
      identity,
      registry: props.registry,
      image: `${COLLECTOR_IMAGE.repository}:${props.collectorVersion}`,
      args: [`--config=env:${COLLECTOR_ENV.config}`],
      // One scraper: two replicas would send every point twice.
      minReplicas: 1,
      maxReplicas: 1,
      env: {
        [COLLECTOR_ENV.config]: confluentMetricsConfigText({ clusterCount: 1, scrapeIntervalSeconds: props.scrapeIntervalSeconds ?? 60 }),
        [`${COLLECTOR_ENV.clusterIdPrefix}0`]: props.kafka.clusterId,
      },
      secretEnv: Object.fromEntries(Object.entries(secrets).map(([env, secret]) => [env, { keyVaultSecretId: secret.versionlessId }])),
      healthProbe: { port: COLLECTOR_HEALTH_PORT, path: "/" },
      diagnosticSettings: [{ workspace: props.workspace }],
      tags: METRICS_COLLECTOR_ROLE,
      // Before the first revision: its image (the cache rule, behind the registry's private endpoint) and
      // the three secrets it reads, granted one by one rather than the whole vault.
      dependsOn: [
        cacheRule,
        ...props.registry.privateEndpoints.map((endpoint) => endpoint.resource),
        ...Object.values(secrets).map((secret) => keyVault.grantSecretRead(identity, secret).propagated),
      ],
    });
  }
}
