import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { LinuxFunctionApp as AzLinuxFunctionApp, LinuxFunctionAppSiteConfigApplicationStack } from "@cdktf/provider-azurerm/lib/linux-function-app";
import { ServicePlan } from "@cdktf/provider-azurerm/lib/service-plan";
import { AzureResource, nextChildIndex } from "../core/azure-resource";
import { assertNoViolations, check, isWholeNumberIn, Violation } from "../core/errors";
import { CommonResourceProps, DiagnosticSettingsOptions, IPrincipal, IResourceGroup, PrivateEndpointOptions } from "../core/interfaces";
import { resourceName } from "../core/naming";
import { DiagnosticSettings } from "../monitoring/diagnostic-settings";
import { ApplicationInsights } from "../monitoring/application-insights";
import { RoleAssignment } from "../security/role-assignment";
import { UserAssignedIdentity } from "../security/user-assigned-identity";
import { StorageAccount } from "../storage/storage-account";

/** The Elastic Premium plans: event-driven scale with always-ready instances and VNet integration. */
export const FUNCTION_PLAN_SKUS = ["EP1", "EP2", "EP3"] as const;
export type FunctionPlanSku = (typeof FUNCTION_PLAN_SKUS)[number];

/**
 * Language versions per stack: those azurerm 4.55 accepts that Functions 4.x on Linux still supported
 * when it shipped (.NET runs isolated only: the in-process model is retired).
 */
export const FUNCTION_RUNTIMES = {
  node: ["20", "22"],
  "dotnet-isolated": ["8.0", "9.0"],
  python: ["3.10", "3.11", "3.12", "3.13"],
  java: ["11", "17", "21"],
  powershell: ["7.4"],
} as const satisfies Record<string, readonly string[]>;
export type FunctionRuntimeStack = keyof typeof FUNCTION_RUNTIMES;

/** The language the functions are written in, e.g. `{ stack: "node", version: "20" }`. */
export interface FunctionRuntime {
  readonly stack: FunctionRuntimeStack;
  readonly version: string;
}

/** Most instances an Elastic Premium plan bursts to. */
const MAX_ELASTIC_INSTANCES = 100;

/** A function app's plan, runtime and scale, as settings and the construct express them. */
export interface FunctionAppSpec {
  readonly sku?: string;
  readonly runtime: FunctionRuntime;
  readonly minimumInstances?: number;
  readonly maximumInstances?: number;
}

/**
 * The rules a function app spec breaks: a plan that is not Elastic Premium, an unknown stack or
 * version, instance counts outside 1 <= minimum <= maximum <= 100.
 */
export function functionAppViolations(spec: FunctionAppSpec): Violation[] {
  const violations: Violation[] = [];
  const skus: readonly string[] = FUNCTION_PLAN_SKUS;
  if (spec.sku !== undefined && !skus.includes(spec.sku)) {
    violations.push({ field: "sku", value: spec.sku, rule: `must be one of ${skus.join(", ")}: the Elastic Premium plans, which join a VNet and scale on events` });
  }
  const versions: readonly string[] | undefined = FUNCTION_RUNTIMES[spec.runtime.stack];
  if (!versions) {
    violations.push({ field: "runtime.stack", value: spec.runtime.stack, rule: `must be one of ${Object.keys(FUNCTION_RUNTIMES).join(", ")}` });
  } else if (!versions.includes(spec.runtime.version)) {
    violations.push({ field: "runtime.version", value: spec.runtime.version, rule: `must be one of ${versions.join(", ")} for ${spec.runtime.stack}` });
  }
  const counts = [
    ["minimumInstances", spec.minimumInstances],
    ["maximumInstances", spec.maximumInstances],
  ] as const;
  const bad = counts.filter(([, n]) => n !== undefined && !isWholeNumberIn(n, 1, MAX_ELASTIC_INSTANCES));
  bad.forEach(([field, value]) => violations.push({ field, value, rule: `must be a whole number from 1 to ${MAX_ELASTIC_INSTANCES}` }));
  const { minimumInstances: min, maximumInstances: max } = spec;
  if (bad.length === 0 && min !== undefined && max !== undefined && min > max) {
    violations.push({ field: "minimumInstances", value: min, rule: `must not exceed maximumInstances (${max})` });
  }
  return violations;
}

/** The host storage's private endpoints: the app reaches blobs, queues and tables only through them. */
export interface HostStoragePrivateEndpoints extends Pick<PrivateEndpointOptions, "dependsOn"> {
  /** Subnet (id) hosting the three endpoints. */
  readonly subnetId: string;
  /** Private DNS zone ids: privatelink.blob / .queue / .table.core.windows.net. */
  readonly privateDnsZoneIds: { readonly blob: string; readonly queue: string; readonly table: string };
}

export interface LinuxFunctionAppProps extends CommonResourceProps {
  /** Where the app, its plan, identity and host storage live. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated names: app `<prefix>-func-<workload>-<region>-<env>-<hash>`, plan
   * and identity `<prefix>-asp|id-<workload>-func-<region>-<env>`.
   * @default none
   */
  readonly workload?: string;
  /** Language and version of the functions, e.g. `{ stack: "node", version: "20" }`. */
  readonly runtime: FunctionRuntime;
  /**
   * Elastic Premium plan size: EP1 (1 vCPU, 3.5 GB), EP2 (2, 7), EP3 (4, 14).
   * @default "EP1"
   */
  readonly sku?: FunctionPlanSku;
  /**
   * Always-ready instances (the plan's worker count and the app's `elastic_instance_minimum`), 1-100
   * and at most `maximumInstances`.
   * @default 1
   */
  readonly minimumInstances?: number;
  /**
   * Most instances the plan bursts to (`maximum_elastic_worker_count`), 1-100.
   * @default 20
   */
  readonly maximumInstances?: number;
  /**
   * The subnet (id) for VNet integration, delegated to Microsoft.Web/serverFarms. All outbound traffic,
   * host storage included, leaves through it.
   */
  readonly vnetIntegrationSubnetId: string;
  /** Private endpoints of the host storage account, which is closed to public networks. */
  readonly storagePrivateEndpoints: HostStoragePrivateEndpoints;
  /**
   * Workload part of the host storage account's compact name (`<prefix>st<workload><region><env><hash>`,
   * 24 characters at most): shorten it here when a long `workload` makes the name too long.
   * @default `<workload>func`, or "func"
   */
  readonly storageWorkload?: string;
  /**
   * Identity the host reaches its storage, the package and Application Insights with. It is granted its
   * roles before the app is created, so the first start already has them (a system-assigned identity
   * exists only once the app does).
   * @default a new user-assigned identity
   */
  readonly identity?: UserAssignedIdentity;
  /**
   * Where telemetry goes, authenticated with Entra ID (`identity` gets Monitoring Metrics Publisher on it).
   * @default none
   */
  readonly applicationInsights?: Pick<ApplicationInsights, "id" | "connectionString">;
  /**
   * App settings (environment variables); values may be tokens or Key Vault references
   * (`@Microsoft.KeyVault(SecretUri=...)`, resolved by `identity`). Host storage, package, runtime and
   * Application Insights settings are managed here and refused.
   * @default none
   */
  readonly appSettings?: Record<string, string>;
  /**
   * What the app must wait for besides its own grants and storage endpoints, e.g. Key Vault grants of `identity`.
   * @default none
   */
  readonly dependsOn?: ITerraformDependable[];
}

/** Container in the host storage holding the zip the app runs from. */
const PACKAGE_CONTAINER = "app-package";
/** Blob the deployment pipeline uploads (then restarts the app). */
const PACKAGE_BLOB = "app.zip";
/** Roles identity-based host storage needs: leases and keys (blob), triggers (queue), timers and task hubs (table). */
const HOST_STORAGE_ROLES = ["Storage Blob Data Owner", "Storage Queue Data Contributor", "Storage Table Data Contributor"];
/** Settings this construct writes, or the provider writes from arguments: the caller may not override them. */
const MANAGED_SETTING = /^(AzureWebJobsStorage|AzureWebJobsDashboard|APPLICATIONINSIGHTS_|APPINSIGHTS_|WEBSITE_RUN_FROM_PACKAGE|WEBSITE_CONTENT|FUNCTIONS_WORKER_RUNTIME$|FUNCTIONS_EXTENSION_VERSION$)/i;

/**
 * A Linux function app on its own Elastic Premium plan, with its own host storage account and no
 * secrets anywhere: the host reaches storage with a user-assigned identity (shared keys are off), which
 * holds Storage Blob Data Owner, Storage Queue Data Contributor and Storage Table Data Contributor
 * before the app is created. Without keys there is no Azure Files content share, so the app runs from a
 * package URL (`packageUrl`, a blob the deployment uploads) read with the same identity. HTTPS and
 * TLS 1.2 only, no FTP or basic-auth publishing, private (endpoint sub-resource `sites`, DNS zone
 * privatelink.azurewebsites.net), all outbound traffic through the VNet. `diagnosticSettings` cover the
 * app (logs and metrics), the plan and the storage account (metrics).
 */
export class LinuxFunctionApp extends AzureResource implements IPrincipal {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzLinuxFunctionApp;
  public readonly resourceGroup: IResourceGroup;
  /** The Elastic Premium plan the app runs on alone. */
  public readonly plan: ServicePlan;
  /** The host storage account; the deployment pipeline needs Storage Blob Data Contributor on it. */
  public readonly hostStorage: StorageAccount;
  /** The identity the app runs as: granting a role to the app grants it to this identity. */
  public readonly identity: UserAssignedIdentity;
  public readonly principalId: string;
  public readonly principalType = "ServicePrincipal";
  /** Host name of the app, `<name>.azurewebsites.net` (privately resolved). */
  public readonly defaultHostname: string;
  /** URL of the zip the app runs from: upload a new one there, then restart the app. */
  public readonly packageUrl: string;
  protected readonly defaultPrivateEndpointSubresource = "sites";

  constructor(scope: Construct, id: string, props: LinuxFunctionAppProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "functionApp", props);
    const companionWorkload = props.workload ? `${props.workload}-func` : "func";
    const planName = resourceName(this, "appServicePlan", { workload: companionWorkload });
    const sku = props.sku ?? "EP1";
    const minimumInstances = props.minimumInstances ?? 1;
    const maximumInstances = props.maximumInstances ?? 20;
    assertNoViolations(where, functionAppViolations({ sku, runtime: props.runtime, minimumInstances, maximumInstances }));
    // The name, not the value, goes into the message: a refused value may well be a connection string.
    Object.keys(props.appSettings ?? {}).forEach((setting) =>
      check(!MANAGED_SETTING.test(setting), where, "appSettings", setting, "must not name a host storage, package, runtime or Application Insights setting: the construct manages those"),
    );

    this.resourceGroup = props.resourceGroup;
    this.identity = props.identity ?? new UserAssignedIdentity(this, "identity", { resourceGroup: props.resourceGroup, workload: companionWorkload, tags: props.tags });
    this.plan = new ServicePlan(this, "plan", {
      name: planName,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      osType: "Linux",
      skuName: sku,
      workerCount: minimumInstances,
      maximumElasticWorkerCount: maximumInstances,
      tags: props.tags,
    });
    const endpoints = props.storagePrivateEndpoints;
    this.hostStorage = new StorageAccount(this, "host-storage", {
      resourceGroup: props.resourceGroup,
      // Suffixed so it never takes the name of another storage account of the same workload.
      workload: props.storageWorkload ?? `${props.workload ?? ""}func`,
      // The host rewrites lease and timer blobs constantly: versioning would keep every rewrite.
      versioning: false,
      containers: [PACKAGE_CONTAINER],
      privateEndpoints: (["blob", "queue", "table"] as const).map((subresource) => ({
        subnetId: endpoints.subnetId,
        privateDnsZoneIds: [endpoints.privateDnsZoneIds[subresource]],
        subresource,
        dependsOn: endpoints.dependsOn,
      })),
      tags: props.tags,
    });
    this.packageUrl = `${this.hostStorage.primaryBlobEndpoint}${PACKAGE_CONTAINER}/${PACKAGE_BLOB}`;

    const grants = HOST_STORAGE_ROLES.map((role) => this.hostStorage.grant(this.identity, role));
    const insights = props.applicationInsights;
    if (insights) {
      grants.push(new RoleAssignment(this, "grant-monitoring-metrics-publisher", { scope: insights.id, principal: this.identity, roleDefinitionName: "Monitoring Metrics Publisher" }));
    }
    this.resource = new AzLinuxFunctionApp(this, "app", {
      name,
      location: this.plan.location,
      resourceGroupName: props.resourceGroup.name,
      servicePlanId: this.plan.id,
      functionsExtensionVersion: "~4",
      httpsOnly: true,
      publicNetworkAccessEnabled: false,
      ftpPublishBasicAuthenticationEnabled: false,
      webdeployPublishBasicAuthenticationEnabled: false,
      virtualNetworkSubnetId: props.vnetIntegrationSubnetId,
      identity: { type: "UserAssigned", identityIds: [this.identity.id] },
      keyVaultReferenceIdentityId: this.identity.id,
      storageAccountName: this.hostStorage.name,
      // The provider then writes AzureWebJobsStorage__accountName; credential and client id pick the identity.
      storageUsesManagedIdentity: true,
      // Azure Files takes only a key-based connection string: the app runs from its package instead.
      contentShareForceDisabled: true,
      // AzureWebJobsDashboard is retired; Application Insights replaces it.
      builtinLoggingEnabled: false,
      appSettings: {
        ...props.appSettings,
        AzureWebJobsStorage__credential: "managedidentity",
        AzureWebJobsStorage__clientId: this.identity.clientId,
        WEBSITE_RUN_FROM_PACKAGE: this.packageUrl,
        WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID: this.identity.id,
        ...(insights ? { APPLICATIONINSIGHTS_AUTHENTICATION_STRING: `ClientId=${this.identity.clientId};Authorization=AAD` } : {}),
      },
      siteConfig: {
        minimumTlsVersion: "1.2",
        scmMinimumTlsVersion: "1.2",
        ftpsState: "Disabled",
        http2Enabled: true,
        // Outbound traffic to the internet too, so it leaves through the NAT gateway's known address.
        vnetRouteAllEnabled: true,
        // Triggers on private resources are invisible to the platform's scale controller: the runtime reports its own load.
        runtimeScaleMonitoringEnabled: true,
        elasticInstanceMinimum: minimumInstances,
        applicationInsightsConnectionString: insights?.connectionString,
        applicationStack: applicationStackOf(props.runtime),
      },
      tags: props.tags,
      // The host starts at creation: its roles and the storage endpoints (with their DNS records) must exist by then.
      dependsOn: [...grants.map((g) => g.propagated), ...this.hostStorage.privateEndpoints.map((p) => p.resource), ...(props.dependsOn ?? [])],
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.principalId = this.identity.principalId;
    this.defaultHostname = this.resource.defaultHostname;
    this.initCapabilities(props);
  }

  /** Sends the app's logs and metrics, and the plan's and host storage's metrics, to Log Analytics. */
  public addDiagnostics(options: DiagnosticSettingsOptions): void {
    super.addDiagnostics(options);
    const metricsOnly = { ...options, logCategoryGroups: [], logCategories: [] };
    new DiagnosticSettings(this, `plan-diagnostics-${nextChildIndex(this, "plan-diagnostics")}`, { ...metricsOnly, targetResourceId: this.plan.id });
    this.hostStorage.addDiagnostics(metricsOnly);
  }

  /** Protects the app and its host storage, which holds the function keys, the package and trigger state. */
  public protectFromDeletion(): void {
    super.protectFromDeletion();
    this.hostStorage.protectFromDeletion();
  }
}

/** The provider's application_stack block for a runtime (FUNCTIONS_WORKER_RUNTIME follows from it). */
function applicationStackOf(runtime: FunctionRuntime): LinuxFunctionAppSiteConfigApplicationStack {
  switch (runtime.stack) {
    case "node":
      return { nodeVersion: runtime.version };
    case "dotnet-isolated":
      return { dotnetVersion: runtime.version, useDotnetIsolatedRuntime: true };
    case "python":
      return { pythonVersion: runtime.version };
    case "java":
      return { javaVersion: runtime.version };
    case "powershell":
      return { powershellCoreVersion: runtime.version };
  }
}
