import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { LinuxWebApp as AzLinuxWebApp } from "@cdktf/provider-azurerm/lib/linux-web-app";
import { AzureResource } from "../core/azure-resource";
import { assertNoViolations, check, isWholeNumberIn } from "../core/errors";
import { CommonResourceProps, IPrincipal, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";
import { UserAssignedIdentity } from "../security/user-assigned-identity";
import { AppServicePlan, vnetIntegrationSkuViolations } from "./app-service-plan";
import { validateImage } from "./image-reference";
import { KeyVaultSecretReference, versionlessSecretUrl } from "../security/key-vault-secret-reference";
import { IContainerRegistry } from "./container-registry";

export interface LinuxWebAppProps extends CommonResourceProps {
  /** Where the app lives. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-app-<workload>-<region>-<env>-<hash>`).
   * @default none
   */
  readonly workload?: string;
  /** The Linux plan the app runs on (and whose region it takes). */
  readonly plan: AppServicePlan;
  /** Registry the image is pulled from with a managed identity; this construct grants it AcrPull. */
  readonly registry: IContainerRegistry;
  /** `repository:tag` inside the registry, e.g. `web/template:1.0.3`: lower-case, without the registry host. */
  readonly image: string;
  /**
   * The app subnet (id) for VNet integration, delegated to Microsoft.Web/serverFarms. All outbound
   * traffic, image pulls included, leaves through it (and its NAT gateway).
   */
  readonly vnetIntegrationSubnetId: string;
  /**
   * Identity that pulls the image and resolves the Key Vault references. A system-assigned identity
   * exists only once the app does, so its grants land after the first start has already failed (the
   * pull is retried on the next restart, references after 24 hours); an identity made beforehand holds
   * its roles before the app is created.
   * @default the system-assigned identity
   */
  readonly identity?: UserAssignedIdentity;
  /**
   * What the app must wait for, e.g. the Key Vault grants of `identity` (its AcrPull grant is always waited for).
   * @default none
   */
  readonly dependsOn?: ITerraformDependable[];
  /**
   * Port the container listens on (`WEBSITES_PORT`), 1-65535.
   * @default 8080
   */
  readonly port?: number;
  /**
   * Path App Service probes on every instance; an instance failing it for 2 minutes is replaced.
   * @default "/health"
   */
  readonly healthCheckPath?: string;
  /**
   * Plain app settings (environment variables); values may be tokens. Visible in the synthesized JSON
   * and the portal: secrets go in `keyVaultSecrets`.
   * @default none
   */
  readonly appSettings?: Record<string, string>;
  /**
   * App settings resolved from Key Vault by `identity` (or the system-assigned one), which must hold Key
   * Vault Secrets User on the vault or the secret; until it does, the setting holds the reference text.
   * @default none
   */
  readonly keyVaultSecrets?: Record<string, KeyVaultSecretReference>;
  /**
   * Keep the app loaded when idle, so the first request after a quiet spell does not pay a cold start.
   * (The plan refuses Free and Shared SKUs, which lack it.)
   * @default true
   */
  readonly alwaysOn?: boolean;
  /**
   * Reachable from public networks. Off means only through a private endpoint (sub-resource `sites`,
   * DNS zone privatelink.azurewebsites.net), which the Application Gateway reaches it by.
   * @default false
   */
  readonly publicNetworkAccess?: boolean;
}

/** Set from the `port` prop, never by hand. */
const PORT_SETTING = "WEBSITES_PORT";

/**
 * A containerised Linux web app: HTTPS and TLS 1.2 only, no FTP or basic-auth publishing, private by
 * default, all outbound traffic through the VNet, image pulled from the registry with a managed identity,
 * secrets as Key Vault references. Logs go through diagnostics (`diagnosticSettings`: all logs and
 * metrics to Log Analytics) rather than the instance file system, which keeps 35 MB and loses them on scale-in.
 */
export class LinuxWebApp extends AzureResource implements IPrincipal {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzLinuxWebApp;
  public readonly resourceGroup: IResourceGroup;
  /** Object id of the system-assigned identity: granting a role to the app grants it to that identity. */
  public readonly principalId: string;
  public readonly principalType = "ServicePrincipal";
  /** Host name of the app, `<name>.azurewebsites.net` (privately resolved when public access is off). */
  public readonly defaultHostname: string;
  /** The user-assigned identity the image is pulled with, when one is given. */
  public readonly identity?: UserAssignedIdentity;
  protected readonly defaultPrivateEndpointSubresource = "sites";

  constructor(scope: Construct, id: string, props: LinuxWebAppProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "webApp", props);
    validateImage(where, props.image, "web/template");
    // Every app here integrates with a VNet (vnetIntegrationSubnetId is required).
    assertNoViolations(where, vnetIntegrationSkuViolations(props.plan.sku).map((v) => ({ ...v, field: "plan.sku" })));
    const port = props.port ?? 8080;
    check(isWholeNumberIn(port, 1, 65535), where, "port", port, "must be a whole number from 1 to 65535");
    const healthCheckPath = props.healthCheckPath ?? "/health";
    check(healthCheckPath.startsWith("/"), where, "healthCheckPath", healthCheckPath, "must start with '/', e.g. /health");
    const appSettings = appSettingsOf(where, props, port);

    this.resourceGroup = props.resourceGroup;
    this.identity = props.identity;
    const identityPull = this.identity && props.registry.grantPull(this.identity);
    this.resource = new AzLinuxWebApp(this, "app", {
      name,
      location: props.plan.location,
      resourceGroupName: props.resourceGroup.name,
      servicePlanId: props.plan.id,
      httpsOnly: true,
      // Instances are stateless: requests spread evenly instead of sticking to one instance by cookie.
      clientAffinityEnabled: false,
      publicNetworkAccessEnabled: props.publicNetworkAccess ?? false,
      // Deployment is a new image tag, so publishing credentials have no use.
      ftpPublishBasicAuthenticationEnabled: false,
      webdeployPublishBasicAuthenticationEnabled: false,
      virtualNetworkSubnetId: props.vnetIntegrationSubnetId,
      // The registry is private: the pull must go through the VNet and the registry's private endpoint.
      vnetImagePullEnabled: true,
      identity: this.identity ? { type: "SystemAssigned, UserAssigned", identityIds: [this.identity.id] } : { type: "SystemAssigned" },
      keyVaultReferenceIdentityId: this.identity?.id,
      appSettings,
      siteConfig: {
        alwaysOn: props.alwaysOn ?? true,
        minimumTlsVersion: "1.2",
        scmMinimumTlsVersion: "1.2",
        ftpsState: "Disabled",
        http2Enabled: true,
        healthCheckPath,
        healthCheckEvictionTimeInMin: 2,
        // Outbound traffic to the internet too, so it leaves through the NAT gateway's known address.
        vnetRouteAllEnabled: true,
        containerRegistryUseManagedIdentity: true,
        containerRegistryManagedIdentityClientId: this.identity?.clientId,
        applicationStack: { dockerImageName: props.image, dockerRegistryUrl: `https://${props.registry.loginServer}` },
      },
      tags: props.tags,
      // The first start pulls with the identity: after its AcrPull has propagated.
      dependsOn: identityPull || props.dependsOn ? [...(identityPull ? [identityPull.propagated] : []), ...(props.dependsOn ?? [])] : undefined,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.principalId = this.resource.identity.principalId;
    this.defaultHostname = this.resource.defaultHostname;
    if (!this.identity) props.registry.grantPull(this);
    this.initCapabilities(props);
  }
}


/** Plain settings, Key Vault references and the port, each name set once. */
function appSettingsOf(where: string, props: LinuxWebAppProps, port: number): Record<string, string> {
  const plain = props.appSettings ?? {};
  check(!(PORT_SETTING in plain), where, `appSettings.${PORT_SETTING}`, plain[PORT_SETTING], "must not be set: it comes from the port prop");
  const references: Record<string, string> = {};
  for (const [settingName, secret] of Object.entries(props.keyVaultSecrets ?? {})) {
    const field = `keyVaultSecrets.${settingName}`;
    check(settingName !== PORT_SETTING && !(settingName in plain), where, field, settingName, "must not also be an appSettings name or WEBSITES_PORT");
    const url = versionlessSecretUrl(where, field, secret);
    references[settingName] = `@Microsoft.KeyVault(SecretUri=${url})`;
  }
  return { ...plain, ...references, [PORT_SETTING]: String(port) };
}
