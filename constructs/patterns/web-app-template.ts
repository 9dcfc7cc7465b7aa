import { Construct } from "constructs";
import { Token } from "cdktf";
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { AppServicePlan } from "../compute/app-service-plan";
import { ContainerRegistry, IContainerRegistry } from "../compute/container-registry";
import { LinuxWebApp } from "../compute/linux-web-app";
import { waitFor } from "../core/dependencies";
import { DiagnosticSettingsOptions } from "../core/interfaces";
import { RequiredTagsAspect } from "../core/tags";
import { PostgreSqlFlexibleServer } from "../data/postgresql-flexible-server";
import { Cache, patternCache } from "../data/cache";
import { PostgreSqlReadReplica } from "../data/postgresql-read-replica";
import { Naming } from "../core/naming";
import { ServiceBusNamespace } from "../data/service-bus-namespace";
import { ApplicationInsights } from "../monitoring/application-insights";
import { databaseLatencyP99High, LogQueryAlert, requestErrorRateHigh } from "../monitoring/log-query-alert";
import { appServicePlanMemoryHigh, MetricAlert, postgresCpuHigh, postgresReplicationLagHigh, postgresMemoryHigh, postgresStorageCritical, postgresStorageHigh } from "../monitoring/metric-alert";
import { ApplicationGateway } from "../networking/application-gateway";
import { ResourceGroup } from "../resource-group/resource-group";
import { KeyVault } from "../security/key-vault";
import { UserAssignedIdentity } from "../security/user-assigned-identity";
import { logRetentionRule, StorageLifecyclePolicy } from "../storage/storage-lifecycle";
import { StorageAccount } from "../storage/storage-account";
import type { EnvironmentSettings, WebAppSettings } from "../../stacks/settings/schema";
import { Foundation } from "./foundation";
import { SUBNET_KEYS } from "./foundation-network";
import { suppressPolicy } from "../../policy/suppress";

export interface WebAppTemplateProps {
  readonly settings: EnvironmentSettings & { readonly webApp: WebAppSettings };
  /** The network, workspace and action group it builds on. */
  readonly foundation: Foundation;
  /** Where the app's image comes from (the shared backend's registry, or `webApp.registryId`). */
  readonly registry: IContainerRegistry;
}

/** The queues of seed 003's message layer: async work, event distribution, e-mail/SMS notifications. */
const QUEUES = ["async-tasks", "events", "notifications"];

/**
 * Seed 003's web application template in its own resource group: Application Gateway WAF v2 in the DMZ
 * subnet -> Linux web app (container from the registry, VNet-integrated in the app subnet, autoscaled on
 * CPU) -> PostgreSQL, Redis and Service Bus behind private endpoints in the data subnet; Key Vault for
 * its secrets, blob storage for files and logs, Application Insights, and metric and log alerts to
 * the foundation's action group (the environment's budget is the foundation's).
 */
export class WebAppTemplate extends Construct {
  public readonly resourceGroup: ResourceGroup;
  public readonly keyVault: KeyVault;
  public readonly plan: AppServicePlan;
  public readonly app: LinuxWebApp;
  public readonly postgres: PostgreSqlFlexibleServer;
  /** The read replica for reporting, in the primary region [003]. */
  public readonly reportingReplica?: PostgreSqlReadReplica;
  /** The promotable replica in the paired region, behind the writer virtual endpoint. */
  public readonly geoReplica?: PostgreSqlReadReplica;
  public readonly redis: Cache;
  public readonly serviceBus: ServiceBusNamespace;
  public readonly gateway: ApplicationGateway;
  public readonly storage: StorageAccount;
  public readonly applicationInsights: ApplicationInsights;

  constructor(scope: Construct, id: string, props: WebAppTemplateProps) {
    super(scope, id);
    const { settings, foundation } = props;
    const web = settings.webApp;
    const { network, logAnalytics } = foundation;
    const workload = "web";
    const protectFromDeletion = settings.protectStatefulResources;
    const diagnostics: DiagnosticSettingsOptions = { workspace: logAnalytics };
    const actionGroupIds = [foundation.actionGroup.id];
    RequiredTagsAspect.applyTo(this, { workload: "web-app" });

    this.resourceGroup = new ResourceGroup(this, "resource-group", { location: settings.location, workload, protectFromDeletion });
    const resourceGroup = this.resourceGroup;
    const client = new DataAzurermClientConfig(this, "client");

    this.keyVault = new KeyVault(this, "key-vault", {
      resourceGroup,
      workload,
      tenantId: client.tenantId,
      deployer: foundation.deployer,
      privateEndpoints: [foundation.privateEndpoint("vault")],
      diagnosticSettings: [diagnostics],
      protectFromDeletion,
    });

    // Data tier: private endpoints in the data subnet, whose NSG admits only the app subnet on their ports.
    this.postgres = new PostgreSqlFlexibleServer(this, "postgres", {
      resourceGroup,
      workload,
      ...web.postgres,
      tenantId: client.tenantId,
      keyVault: this.keyVault,
      databases: ["app"],
      privateEndpoints: [foundation.privateEndpoint("postgres", { subnetKey: SUBNET_KEYS.data })],
      diagnosticSettings: [diagnostics],
      protectFromDeletion,
    });
    const passwordLogins = "Seed 003's app connects as the administrator with the generated password from Key Vault; Entra ID authentication is on next to it.";
    suppressPolicy(this.postgres, "AZ-PG-008", passwordLogins);
    const recovery = settings.recovery;
    if (recovery.postgres.reportingReplica) {
      // Its path sorts after the primary's, so the graph keeps the plain name "PostgreSQL" for the primary.
      this.reportingReplica = new PostgreSqlReadReplica(this, "reporting-replica", {
        source: this.postgres,
        resourceGroup,
        workload: `${workload}-reporting`,
        privateEndpoints: [foundation.privateEndpoint("postgres", { subnetKey: SUBNET_KEYS.data })],
        diagnosticSettings: [diagnostics],
        protectFromDeletion,
      });
      suppressPolicy(this.reportingReplica, "AZ-PG-008", passwordLogins);
    }
    const recoveryRegion = foundation.recoveryRegion;
    if (recovery.postgres.mode === "geo-replica" && recoveryRegion) {
      this.geoReplica = new PostgreSqlReadReplica(recoveryRegion.secondaryScope(this), "postgres", {
        source: this.postgres,
        resourceGroup: recoveryRegion.resourceGroup,
        workload,
        // Globally unique like a server name: <name>.writer.postgres.database.azure.com.
        virtualEndpointName: Naming.of(this).name("postgresqlFlexibleServer", `${workload}-ve`),
        privateEndpoints: [recoveryRegion.privateEndpoint("postgres")],
        diagnosticSettings: [diagnostics],
        protectFromDeletion,
      });
      suppressPolicy(this.geoReplica, "AZ-PG-008", passwordLogins);
    }
    this.redis = patternCache(this, web.redis, {
      resourceGroup,
      workload,
      privateEndpoint: (zone) => foundation.privateEndpoint(zone, { subnetKey: SUBNET_KEYS.data }),
      diagnosticSettings: [diagnostics],
      protectFromDeletion,
    });
    this.serviceBus = new ServiceBusNamespace(this, "service-bus", {
      resourceGroup,
      workload,
      ...web.serviceBus,
      queues: QUEUES.map((name) => ({ name })),
      // Private endpoints are Premium-only; Standard relies on Entra ID (local auth is off).
      privateEndpoints: web.serviceBus.sku === "Premium" ? [foundation.privateEndpoint("serviceBus", { subnetKey: SUBNET_KEYS.data })] : undefined,
      diagnosticSettings: [diagnostics],
      protectFromDeletion,
    });
    if (web.serviceBus.sku !== "Premium") {
      suppressPolicy(this.serviceBus, "AZ-SB-004", "Standard (dev, staging) takes no private endpoints or network rules, so Azure keeps it public; local auth is off, so only Entra ID principals holding a data role get in.");
    }

    this.storage = new StorageAccount(this, "storage", {
      resourceGroup,
      workload,
      replication: settings.storage.replication,
      containers: ["files", "logs"],
      privateEndpoints: [foundation.privateEndpoint("blob", { subresource: "blob" })],
      diagnosticSettings: [{ ...diagnostics, logCategoryGroups: [] }],
      protectFromDeletion,
    });
    new StorageLifecyclePolicy(this, "storage-lifecycle", { storageAccount: this.storage, rules: [logRetentionRule(["logs/"])] });

    // App tier.
    this.applicationInsights = new ApplicationInsights(this, "application-insights", { resourceGroup, workload, workspace: logAnalytics });
    this.plan = new AppServicePlan(this, "plan", { resourceGroup, workload, sku: web.planSku as AppServicePlan["sku"], zoneBalancing: web.zoneBalancing, diagnosticSettings: [diagnostics] });
    this.plan.addAutoscale("autoscale", { ...web.autoscale, notification: { actionGroup: foundation.actionGroup } });
    // The app's own identity, made first so it holds AcrPull, its secret and telemetry rights before the
    // app starts (a system identity would get them only after the first start failed).
    const identity = new UserAssignedIdentity(this, "identity", { resourceGroup, workload });
    const startupGrants = [
      this.keyVault.grantSecretRead(identity, this.postgres.passwordSecret),
      // The component refuses instrumentation-key ingestion: the SDK authenticates as this identity.
      this.applicationInsights.grant(identity, "Monitoring Metrics Publisher"),
    ];
    this.app = new LinuxWebApp(this, "app", {
      resourceGroup,
      workload,
      plan: this.plan,
      registry: props.registry,
      identity,
      dependsOn: startupGrants.map((grant) => grant.propagated),
      image: web.image,
      healthCheckPath: web.healthCheckPath,
      vnetIntegrationSubnetId: network.subnetId(SUBNET_KEYS.app),
      appSettings: {
        APPLICATIONINSIGHTS_CONNECTION_STRING: this.applicationInsights.connectionString,
        APPLICATIONINSIGHTS_AUTHENTICATION_STRING: `Authorization=AAD;ClientId=${identity.clientId}`,
        AZURE_CLIENT_ID: identity.clientId,
        // The writer virtual endpoint follows a promotion; without one, the server itself.
        DATABASE_HOST: this.geoReplica?.writerHost ?? this.postgres.fqdn,
        DATABASE_NAME: "app",
        DATABASE_USER: this.postgres.administratorLogin,
        REDIS_HOST: this.redis.hostName,
        // 6380 on Azure Cache for Redis, 10000 on Azure Managed Redis: the app must not assume either.
        REDIS_PORT: Token.asString(this.redis.sslPort),
        SERVICEBUS_NAMESPACE: this.serviceBus.endpoint,
        STORAGE_BLOB_ENDPOINT: this.storage.primaryBlobEndpoint,
      },
      keyVaultSecrets: { DATABASE_PASSWORD: this.postgres.passwordSecret },
      privateEndpoints: [foundation.privateEndpoint("webApp")],
      diagnosticSettings: [diagnostics],
    });
    waitFor([this.app.resource], network.subnetReady(SUBNET_KEYS.app));
    // Data access as the same identity (AZURE_CLIENT_ID tells the Azure SDKs which one to use).
    this.redis.grantDataAccess(identity);
    this.serviceBus.grantSend(identity);
    this.serviceBus.grantReceive(identity);
    this.storage.grantBlobDataContributor(identity);

    // Edge: the only way in from the internet, on 80 (redirected) and 443.
    const certificate = this.keyVault.addSelfSignedCertificate("gateway", { name: "web-gateway-tls", dnsNames: [this.app.defaultHostname] });
    this.gateway = new ApplicationGateway(this, "gateway", {
      resourceGroup,
      workload,
      subnetId: network.subnetId(SUBNET_KEYS.gateway),
      backend: { fqdn: this.app.defaultHostname },
      healthProbePath: web.healthCheckPath,
      certificate: { keyVaultSecretId: certificate.versionlessSecretId, keyVault: this.keyVault },
      diagnosticSettings: [diagnostics],
    });
    // Application Gateway v2 refuses a subnet whose NSG lacks the GatewayManager rule (65200-65535).
    waitFor([this.gateway.resource], network.subnetReady(SUBNET_KEYS.gateway));

    // Monitoring [003: alert thresholds, vertical scaling triggers].
    const insights = this.applicationInsights.id;
    new LogQueryAlert(this, "alert-error-rate", { resourceGroup, workload: "web-errors", scope: insights, actionGroupIds, ...requestErrorRateHigh(5) });
    new LogQueryAlert(this, "alert-db-latency", { resourceGroup, workload: "web-db-latency", scope: insights, actionGroupIds, ...databaseLatencyP99High(500) });
    const metricAlerts = {
      "db-cpu": [this.postgres.id, postgresCpuHigh(80)],
      "db-memory": [this.postgres.id, postgresMemoryHigh(85)],
      "db-storage": [this.postgres.id, postgresStorageHigh(80)],
      "db-storage-critical": [this.postgres.id, postgresStorageCritical(90)],
      "plan-memory": [this.plan.id, appServicePlanMemoryHigh(90)],
    } as const;
    for (const [name, [scope, preset]] of Object.entries(metricAlerts)) {
      new MetricAlert(this, `alert-${name}`, { resourceGroup, workload: `web-${name}`, scopes: [scope], actionGroupIds, ...preset });
    }
    // What a promotion would lose: the RPO the DR report counts on for the replicas.
    for (const [name, replica] of Object.entries({ reporting: this.reportingReplica, geo: this.geoReplica })) {
      if (replica) new MetricAlert(this, `alert-db-${name}-replica-lag`, { resourceGroup, workload: `web-db-${name}-lag`, scopes: [replica.id], actionGroupIds, ...postgresReplicationLagHigh(recovery.postgres.replicationLagAlertSeconds) });
    }
  }
}

/** The registry the template pulls from: the shared backend's, or one named by id in the settings. */
export function webAppRegistry(scope: Construct, settings: WebAppSettings, shared?: IContainerRegistry): IContainerRegistry {
  return shared ?? ContainerRegistry.fromId(scope, "web-app-registry", settings.registryId ?? "");
}
