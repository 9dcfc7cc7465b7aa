import { Construct } from "constructs";
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { ApiManagement } from "../compute/api-management";
import { LinuxFunctionApp } from "../compute/function-app";
import { KubernetesCluster } from "../compute/kubernetes-cluster";
import { waitFor } from "../core/dependencies";
import { DiagnosticSettingsOptions } from "../core/interfaces";
import { RequiredTagsAspect } from "../core/tags";
import { CognitiveAccount } from "../data/cognitive-account";
import { CosmosDbAccount } from "../data/cosmos-db-account";
import { Cache, patternCache } from "../data/cache";
import { SignalRService } from "../data/signalr-service";
import { SqlServer } from "../data/sql-server";
import { sqlFailover } from "./recovery-region";
import { ApplicationInsights } from "../monitoring/application-insights";
import { FrontDoor } from "../networking/front-door";
import { ResourceGroup } from "../resource-group/resource-group";
import { KeyVault } from "../security/key-vault";
import { UserAssignedIdentity } from "../security/user-assigned-identity";
import { StorageAccount } from "../storage/storage-account";
import { suppressPolicy } from "../../policy/suppress";
import type { EnvironmentSettings, MetaverseSettings } from "../../stacks/settings/schema";
import { Foundation } from "./foundation";
import { SUBNET_KEYS } from "./foundation-network";
import { SharedBackend } from "./shared-backend";

export interface MetaversePlatformProps {
  readonly settings: EnvironmentSettings & { readonly metaverse: MetaverseSettings };
  /** The network (AKS, API Management and app subnets), private DNS zones and workspace it builds on. */
  readonly foundation: Foundation;
  /** The registry the cluster's kubelet pulls images from. */
  readonly sharedBackend: SharedBackend;
}

/** The Kubernetes service account the platform's workloads run as (workload identity federation). */
export const METAVERSE_SERVICE_ACCOUNT = { namespace: "metaverse", name: "metaverse-app" } as const;

/**
 * Seed 001's metaverse platform in its own resource group: a private AKS cluster (Entra ID with Azure
 * RBAC, Azure CNI overlay in its own subnet, autoscaling user pool, Container insights, Key Vault secrets
 * provider, workload identity) pulling from the shared registry; Cosmos DB (or Azure SQL) and Redis
 * behind private endpoints; blob storage for VR assets, media and user content served through Front
 * Door over Private Link; a Key Vault; and, each behind a setting, API Management in the VNet, SignalR,
 * a Cognitive Services account and a Function App on an Elastic Premium plan. The workloads run as one
 * user-assigned identity federated with the cluster's service account, granted data roles on each store.
 */
export class MetaversePlatform extends Construct {
  public readonly resourceGroup: ResourceGroup;
  public readonly keyVault: KeyVault;
  public readonly cluster: KubernetesCluster;
  /** The identity the cluster's workloads (service account metaverse/metaverse-app) run as. */
  public readonly workloadIdentity: UserAssignedIdentity;
  public readonly cosmos?: CosmosDbAccount;
  public readonly sql?: SqlServer;
  public readonly redis: Cache;
  public readonly assets: StorageAccount;
  public readonly frontDoor: FrontDoor;
  public readonly applicationInsights: ApplicationInsights;
  public readonly apiManagement?: ApiManagement;
  public readonly signalR?: SignalRService;
  public readonly cognitive?: CognitiveAccount;
  public readonly functions?: LinuxFunctionApp;

  constructor(scope: Construct, id: string, props: MetaversePlatformProps) {
    super(scope, id);
    const { settings, foundation, sharedBackend } = props;
    const meta = settings.metaverse;
    const { network, logAnalytics: workspace } = foundation;
    const workload = "meta";
    const protectFromDeletion = settings.protectStatefulResources;
    const diagnostics: DiagnosticSettingsOptions = { workspace };
    const endpointSubnetId = network.subnetId(SUBNET_KEYS.privateEndpoints);
    RequiredTagsAspect.applyTo(this, { workload: "metaverse" });

    this.resourceGroup = new ResourceGroup(this, "resource-group", { location: settings.location, workload, protectFromDeletion });
    const resourceGroup = this.resourceGroup;
    const client = new DataAzurermClientConfig(this, "client");
    const deployer = foundation.deployer;

    this.applicationInsights = new ApplicationInsights(this, "application-insights", { resourceGroup, workload, workspace });
    this.keyVault = new KeyVault(this, "key-vault", {
      resourceGroup,
      workload,
      tenantId: client.tenantId,
      deployer,
      privateEndpoints: [foundation.privateEndpoint("vault")],
      diagnosticSettings: [diagnostics],
      protectFromDeletion,
    });

    // Compute: private by default; Entra ID groups administer it, or the deployer until one exists.
    const aks = meta.aks;
    const adminGroupObjectIds = aks.adminGroupObjectIds ?? [];
    this.cluster = new KubernetesCluster(this, "cluster", {
      resourceGroup,
      workload,
      kubernetesVersion: aks.kubernetesVersion,
      skuTier: aks.skuTier,
      adminGroupObjectIds,
      administrators: adminGroupObjectIds.length === 0 ? [deployer] : undefined,
      tenantId: client.tenantId,
      subnetId: network.subnetId(SUBNET_KEYS.aks),
      // The node subnet leaves through the foundation's NAT gateway: no public IP of AKS's own.
      outboundType: "userAssignedNATGateway",
      apiServerAuthorizedRanges: aks.apiServerAuthorizedRanges,
      systemPool: { ...aks.systemPool, zones: aks.zones },
      userPool: { ...aks.userPool, zones: aks.zones },
      workspace,
      // The environment that owns Defender for Containers has its sensor provisioned on this cluster.
      defenderSensor: sharedBackend.defender?.provisionsSensor ?? false,
      diagnosticSettings: [diagnostics],
      protectFromDeletion,
    });
    // Created only once the node subnet has its NSG and NAT gateway (the egress AKS checks at creation).
    waitFor([this.cluster.resource, this.cluster.userPool], network.subnetReady(SUBNET_KEYS.aks));
    this.cluster.grantImagePull(sharedBackend.registry);
    this.keyVault.grantSecretsRead(this.cluster.keyVaultSecretsProvider);

    this.workloadIdentity = new UserAssignedIdentity(this, "workload-identity", { resourceGroup, workload: `${workload}-workload` });
    this.workloadIdentity.addFederatedCredential({
      name: `${METAVERSE_SERVICE_ACCOUNT.namespace}-${METAVERSE_SERVICE_ACCOUNT.name}`,
      issuer: this.cluster.oidcIssuerUrl,
      subject: `system:serviceaccount:${METAVERSE_SERVICE_ACCOUNT.namespace}:${METAVERSE_SERVICE_ACCOUNT.name}`,
    });
    const app = this.workloadIdentity;
    this.keyVault.grantSecretsRead(app);
    this.applicationInsights.grant(app, "Monitoring Metrics Publisher");

    // Data [001: users, scenario templates, sessions, interactions]: Cosmos DB, or Azure SQL.
    if (meta.database === "cosmos") {
      this.cosmos = new CosmosDbAccount(this, "cosmos", {
        resourceGroup,
        workload,
        consistencyLevel: meta.cosmos.consistencyLevel,
        backupTier: meta.cosmos.backup,
        zoneRedundant: meta.cosmos.zoneRedundant,
        // One private endpoint in the primary network carries every region's record (the account's DNS configs).
        failoverLocations: settings.recovery.cosmos.mode === "multi-region" ? [settings.recovery.pairedRegion] : undefined,
        databases: meta.cosmos.databases,
        privateEndpoints: [foundation.privateEndpoint("cosmosSql")],
        diagnosticSettings: [diagnostics],
        protectFromDeletion,
      });
      this.cosmos.grantDataContributor(app);
    } else {
      const server = { workload, tenantId: client.tenantId, entraAdmin: { login: "metaverse-deployer", objectId: deployer.principalId }, auditing: { workspace }, diagnosticSettings: [diagnostics], protectFromDeletion };
      this.sql = new SqlServer(this, "sql", {
        ...server,
        resourceGroup,
        keyVault: this.keyVault,
        databaseDefaults: meta.sql.database,
        databases: [{ name: "metaverse" }],
        privateEndpoints: [foundation.privateEndpoint("sqlServer")],
      });
      const sqlSecondary = sqlFailover(this, this.sql, foundation, settings.recovery, server);
      if (sqlSecondary) suppressPolicy(sqlSecondary, "AZ-SQL-008", "The SQL alternative's failover partner: the workloads' connection string logs in with SQL authentication through the listener.");
      this.keyVault.addWriteOnlySecret("sql-connection", { name: "sql-connection-metaverse", contentType: "SQL connection string", ...this.sql.connectionString("metaverse") });
      suppressPolicy(this.sql, "AZ-SQL-008", "The SQL alternative's workloads connect with the connection string kept in Key Vault; the Entra ID admin is for operators.");
    }
    this.redis = patternCache(this, meta.redis, {
      resourceGroup,
      workload,
      privateEndpoint: (zone) => foundation.privateEndpoint(zone),
      diagnosticSettings: [diagnostics],
      protectFromDeletion,
    });
    this.redis.grantDataAccess(app);

    // Assets: private blob storage that only Front Door reaches, over Private Link.
    const { containers, anonymousReadContainers } = meta.assets;
    this.assets = new StorageAccount(this, "assets", {
      resourceGroup,
      workload: "assets",
      replication: settings.storage.replication,
      containers,
      anonymousReadContainers,
      privateEndpoints: [foundation.privateEndpoint("blob", { subresource: "blob" })],
      diagnosticSettings: [{ ...diagnostics, logCategoryGroups: [] }],
      protectFromDeletion,
    });
    suppressPolicy(
      this.assets,
      "AZ-STG-003",
      "Public VR assets and media only: Front Door fetches them anonymously over Private Link; public network access stays off.",
    );
    for (const container of anonymousReadContainers) {
      suppressPolicy(this.assets.containers[container], "AZ-STG-008", "Public VR assets and media served through Front Door, which fetches them anonymously over Private Link; the account takes no public traffic.");
    }
    this.assets.grantBlobDataContributor(app);
    this.frontDoor = new FrontDoor(this, "front-door", {
      resourceGroup,
      workload: "assets",
      sku: meta.assets.frontDoorSku,
      origin: { hostName: this.assets.resource.primaryBlobHost, storageAccountId: this.assets.id, location: settings.location },
      routes: containers.map((container) => ({
        name: container,
        patterns: [`/${container}/*`],
        cacheDurationSeconds: meta.assets.cacheDurationSeconds,
        compression: true,
        // A private container is read with a SAS per URL: cache per query string, never across users.
        queryStringCaching: anonymousReadContainers.includes(container) ? "IgnoreQueryString" : "UseQueryString",
      })),
      diagnosticSettings: [diagnostics],
    });

    // Additional services [001], each behind its switch.
    if (meta.apiManagement.enabled) {
      // azurerm's API Management logger authenticates with a connection string only: its own component.
      const apimInsights = new ApplicationInsights(this, "apim-application-insights", { resourceGroup, workload: `${workload}-apim`, workspace, localAuthenticationDisabled: false });
      suppressPolicy(apimInsights, "AZ-AI-001", "API Management's logger (azurerm 4.x) has no Entra ID option; this component receives only its request telemetry.");
      this.apiManagement = new ApiManagement(this, "api-management", {
        resourceGroup,
        workload,
        sku: meta.apiManagement.sku,
        publisherName: meta.apiManagement.publisherName,
        publisherEmail: meta.apiManagement.publisherEmail,
        subnetId: network.subnetId(SUBNET_KEYS.apim),
        applicationInsights: apimInsights,
        diagnosticSettings: [diagnostics],
        protectFromDeletion,
      });
      // API Management checks its subnet's NSG and outbound path when it is injected.
      waitFor([this.apiManagement.resource], network.subnetReady(SUBNET_KEYS.apim));
    }
    if (meta.signalR.enabled) {
      this.signalR = new SignalRService(this, "signalr", {
        resourceGroup,
        workload,
        sku: { name: meta.signalR.sku, capacity: meta.signalR.capacity },
        privateEndpoints: [foundation.privateEndpoint("signalR")],
        diagnosticSettings: [diagnostics],
      });
      this.signalR.grantAppServer(app);
    }
    if (meta.cognitive.enabled) {
      this.cognitive = new CognitiveAccount(this, "cognitive", {
        resourceGroup,
        workload,
        kind: meta.cognitive.kind,
        sku: meta.cognitive.sku,
        privateEndpoints: [foundation.privateEndpoint("cognitive")],
        diagnosticSettings: [diagnostics],
      });
      this.cognitive.grantUser(app);
    }
    if (meta.functions.enabled) {
      const functions = meta.functions;
      this.functions = new LinuxFunctionApp(this, "functions", {
        resourceGroup,
        workload,
        runtime: functions.runtime,
        // Short, so the compact storage account name fits 24 characters in every environment.
        storageWorkload: "fn",
        sku: functions.sku,
        minimumInstances: functions.minimumInstances,
        maximumInstances: functions.maximumInstances,
        vnetIntegrationSubnetId: network.subnetId(SUBNET_KEYS.app),
        storagePrivateEndpoints: {
          subnetId: endpointSubnetId,
          dependsOn: network.subnetReady(SUBNET_KEYS.privateEndpoints),
          privateDnsZoneIds: { blob: foundation.privateDnsZone("blob").id, queue: foundation.privateDnsZone("queue").id, table: foundation.privateDnsZone("table").id },
        },
        applicationInsights: this.applicationInsights,
        privateEndpoints: [foundation.privateEndpoint("webApp")],
        diagnosticSettings: [diagnostics],
        protectFromDeletion,
      });
      waitFor([this.functions.resource], network.subnetReady(SUBNET_KEYS.app));
      this.cosmos?.grantDataContributor(this.functions);
      this.assets.grantBlobDataReader(this.functions);
    }
  }
}
