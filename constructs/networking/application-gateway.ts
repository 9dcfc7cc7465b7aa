import { Construct } from "constructs";
import { Token } from "cdktf";
import { ApplicationGateway as AzApplicationGateway } from "@cdktf/provider-azurerm/lib/application-gateway";
import { AzureResource } from "../core/azure-resource";
import { check, isWholeNumberIn } from "../core/errors";
import { CommonResourceProps, DiagnosticSettingsOptions, IPrincipal, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";
import { RoleAssignment } from "../security/role-assignment";
import { UserAssignedIdentity } from "../security/user-assigned-identity";
import { AVAILABILITY_ZONES, checkZones, PublicIp } from "./public-ip";
import { WafPolicy } from "./waf-policy";

/**
 * Names of the gateway's inner blocks. They are referenced by name inside the gateway and show in its
 * logs and metrics (listener, rule, backend), so they are fixed rather than derived.
 */
export const APPLICATION_GATEWAY_BLOCKS = {
  gatewayIpConfiguration: "gateway-ip-configuration",
  frontendIpConfiguration: "public-frontend",
  httpPort: "port-http-80",
  httpsPort: "port-https-443",
  httpListener: "listener-http",
  httpsListener: "listener-https",
  sslCertificate: "tls-certificate",
  redirectConfiguration: "redirect-http-to-https",
  backendAddressPool: "backend-web",
  backendHttpSettings: "backend-https",
  probe: "probe-health",
  httpsRoutingRule: "rule-https",
  httpRoutingRule: "rule-http-redirect",
} as const;

/** TLS 1.2 and 1.3 only, with the strong cipher suites (the `S` variant of the 2022 policy). */
export const APPLICATION_GATEWAY_SSL_POLICY = "AppGwSslPolicy20220101S";
/** Routing rule priorities (1-20000, lower first): the HTTPS rule first, the HTTP redirect after. */
const HTTPS_RULE_PRIORITY = 100;
const HTTP_RULE_PRIORITY = 200;
/** Seed 003: health checks every 30 s, connection draining on shutdown 30 s. */
const PROBE_INTERVAL_SECONDS = 30;
const PROBE_TIMEOUT_SECONDS = 30;
const DRAIN_TIMEOUT_SECONDS = 30;
const REQUEST_TIMEOUT_SECONDS = 30;

const FQDN = /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
const SUBNET_ID = /\/virtualNetworks\/[^/]+\/subnets\/[^/]+$/i;
const VERSIONLESS_SECRET_ID = /^https:\/\/[A-Za-z0-9-]+\.vault\.azure\.net\/secrets\/[A-Za-z0-9-]+\/?$/;

/** A vault the gateway's identity can be granted secret read on; a KeyVault fits. */
export interface ICertificateVault {
  grantSecretsRead(principal: IPrincipal): RoleAssignment;
}

/** The TLS certificate of the HTTPS listener, read from Key Vault. */
export interface ApplicationGatewayCertificate {
  /**
   * Versionless id of the Key Vault secret holding the PFX certificate (`KeyVaultSecret.versionlessId`,
   * or `https://<vault>.vault.azure.net/secrets/<name>`): the gateway then picks up renewals by itself.
   */
  readonly keyVaultSecretId: string;
  /**
   * The vault holding the secret. Given, the gateway's identity is granted Key Vault Secrets User on it
   * and the gateway waits for that grant: Azure refuses to create a gateway that cannot read its certificate.
   * @default none: the caller grants `identity` Key Vault Secrets User before the gateway is created
   */
  readonly keyVault?: ICertificateVault;
}

/** Where the gateway sends the traffic: one HTTPS backend, e.g. a web app's default host name. */
export interface ApplicationGatewayBackend {
  /** Host name of the backend, e.g. `app-web-we-prod-1a2b.azurewebsites.net`. */
  readonly fqdn: string;
  /**
   * HTTPS port of the backend, 1-65535.
   * @default 443
   */
  readonly port?: number;
  /**
   * Host header sent to the backend.
   * @default the backend's own host name (`pick_host_name_from_backend_address`), which App Service routes on
   */
  readonly hostHeader?: string;
}

export interface ApplicationGatewayProps extends Omit<CommonResourceProps, "privateEndpoints"> {
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated names (`<prefix>-agw-<workload>-<region>-<env>`; the public IP and the
   * identity get `<workload>-agw`).
   * @default none
   */
  readonly workload?: string;
  /**
   * The gateway (DMZ) subnet (id). Application Gateway v2 needs a subnet of its own: nothing else may be in it.
   */
  readonly subnetId: string;
  /**
   * Availability zones of the gateway and its public IP; empty for regions without zones.
   * @default ["1", "2", "3"]: zone-redundant
   */
  readonly zones?: string[];
  /**
   * Fewest instances autoscaling keeps, 0-125.
   * @default 1
   */
  readonly minCapacity?: number;
  /**
   * Most instances autoscaling adds, 2-125, at least `minCapacity`.
   * @default 10
   */
  readonly maxCapacity?: number;
  /**
   * The WAF policy enforced on every listener.
   * @default a new WafPolicy with its defaults (Prevention, Microsoft_DefaultRuleSet 2.1, Bot Manager 1.0)
   */
  readonly wafPolicy?: WafPolicy;
  /** The one backend traffic goes to, over HTTPS. */
  readonly backend: ApplicationGatewayBackend;
  /**
   * Path the health probe requests over HTTPS; a 200-399 answer means healthy.
   * @default "/health"
   */
  readonly healthProbePath?: string;
  /** The HTTPS listener's certificate, read from Key Vault with the gateway's user-assigned identity. */
  readonly certificate: ApplicationGatewayCertificate;
}

/**
 * Application Gateway WAF v2 in front of one HTTPS backend: a zone-redundant Standard public IP,
 * HTTP :80 permanently redirected to HTTPS :443, TLS 1.2+ with a Key Vault certificate read by a
 * user-assigned identity, a WAF policy in Prevention mode, autoscaling, HTTP/2, and connection
 * draining and a health probe towards the backend.
 */
export class ApplicationGateway extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzApplicationGateway;
  public readonly resourceGroup: IResourceGroup;
  /** The frontend address; point the site's DNS records at `publicIp.ipAddress`. */
  public readonly publicIp: PublicIp;
  /** The identity the gateway reads its certificate with: it needs Key Vault Secrets User on the vault. */
  public readonly identity: UserAssignedIdentity;
  public readonly wafPolicy: WafPolicy;

  constructor(scope: Construct, id: string, props: ApplicationGatewayProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "applicationGateway", props);
    if (!Token.isUnresolved(props.subnetId)) {
      check(SUBNET_ID.test(props.subnetId), where, "subnetId", props.subnetId, "must be a subnet id (.../virtualNetworks/<vnet>/subnets/<subnet>)");
    }
    const zones = props.zones ?? [...AVAILABILITY_ZONES];
    checkZones(where, "zones", zones);
    const minCapacity = props.minCapacity ?? 1;
    const maxCapacity = props.maxCapacity ?? 10;
    check(isWholeNumberIn(minCapacity, 0, 125), where, "minCapacity", minCapacity, "must be a whole number from 0 to 125");
    check(isWholeNumberIn(maxCapacity, 2, 125), where, "maxCapacity", maxCapacity, "must be a whole number from 2 to 125");
    check(maxCapacity >= minCapacity, where, "maxCapacity", maxCapacity, `must be at least minCapacity (${minCapacity})`);
    const healthProbePath = props.healthProbePath ?? "/health";
    check(healthProbePath.startsWith("/"), where, "healthProbePath", healthProbePath, "must start with '/'");
    const { backend, certificate } = props;
    if (!Token.isUnresolved(backend.fqdn)) {
      check(FQDN.test(backend.fqdn), where, "backend.fqdn", backend.fqdn, "must be a fully qualified domain name such as app.azurewebsites.net");
    }
    const backendPort = backend.port ?? 443;
    check(isWholeNumberIn(backendPort, 1, 65535), where, "backend.port", backendPort, "must be a whole number from 1 to 65535");
    if (!Token.isUnresolved(certificate.keyVaultSecretId)) {
      const versionless = VERSIONLESS_SECRET_ID.test(certificate.keyVaultSecretId);
      check(versionless, where, "certificate.keyVaultSecretId", certificate.keyVaultSecretId, "must be a versionless Key Vault secret id (https://<vault>.vault.azure.net/secrets/<name>), so renewals are picked up");
    }

    this.resourceGroup = props.resourceGroup;
    const placement = { resourceGroup: props.resourceGroup, workload: props.workload ? `${props.workload}-agw` : "agw", tags: props.tags };
    this.publicIp = new PublicIp(this, "public-ip", { ...placement, zones });
    this.identity = new UserAssignedIdentity(this, "identity", placement);
    this.wafPolicy = props.wafPolicy ?? new WafPolicy(this, "waf-policy", { resourceGroup: props.resourceGroup, workload: props.workload, tags: props.tags });
    const certificateGrant = certificate.keyVault?.grantSecretsRead(this.identity);

    const n = APPLICATION_GATEWAY_BLOCKS;
    this.resource = new AzApplicationGateway(this, "gateway", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      zones,
      sku: { name: "WAF_v2", tier: "WAF_v2" },
      autoscaleConfiguration: { minCapacity, maxCapacity },
      firewallPolicyId: this.wafPolicy.id,
      enableHttp2: true,
      identity: { type: "UserAssigned", identityIds: [this.identity.id] },
      sslPolicy: { policyType: "Predefined", policyName: APPLICATION_GATEWAY_SSL_POLICY },
      gatewayIpConfiguration: [{ name: n.gatewayIpConfiguration, subnetId: props.subnetId }],
      frontendIpConfiguration: [{ name: n.frontendIpConfiguration, publicIpAddressId: this.publicIp.id }],
      frontendPort: [
        { name: n.httpPort, port: 80 },
        { name: n.httpsPort, port: 443 },
      ],
      sslCertificate: [{ name: n.sslCertificate, keyVaultSecretId: certificate.keyVaultSecretId }],
      httpListener: [
        { name: n.httpListener, frontendIpConfigurationName: n.frontendIpConfiguration, frontendPortName: n.httpPort, protocol: "Http" },
        {
          name: n.httpsListener,
          frontendIpConfigurationName: n.frontendIpConfiguration,
          frontendPortName: n.httpsPort,
          protocol: "Https",
          sslCertificateName: n.sslCertificate,
        },
      ],
      redirectConfiguration: [
        { name: n.redirectConfiguration, redirectType: "Permanent", targetListenerName: n.httpsListener, includePath: true, includeQueryString: true },
      ],
      backendAddressPool: [{ name: n.backendAddressPool, fqdns: [backend.fqdn] }],
      backendHttpSettings: [
        {
          name: n.backendHttpSettings,
          protocol: "Https",
          port: backendPort,
          cookieBasedAffinity: "Disabled",
          requestTimeout: REQUEST_TIMEOUT_SECONDS,
          pickHostNameFromBackendAddress: backend.hostHeader === undefined,
          hostName: backend.hostHeader,
          probeName: n.probe,
          connectionDraining: { enabled: true, drainTimeoutSec: DRAIN_TIMEOUT_SECONDS },
        },
      ],
      probe: [
        {
          name: n.probe,
          protocol: "Https",
          path: healthProbePath,
          // The host the backend settings send, so the probe reaches the same App Service site.
          pickHostNameFromBackendHttpSettings: true,
          interval: PROBE_INTERVAL_SECONDS,
          timeout: PROBE_TIMEOUT_SECONDS,
          unhealthyThreshold: 3,
          match: { statusCode: ["200-399"] },
        },
      ],
      requestRoutingRule: [
        {
          name: n.httpsRoutingRule,
          priority: HTTPS_RULE_PRIORITY,
          ruleType: "Basic",
          httpListenerName: n.httpsListener,
          backendAddressPoolName: n.backendAddressPool,
          backendHttpSettingsName: n.backendHttpSettings,
        },
        {
          name: n.httpRoutingRule,
          priority: HTTP_RULE_PRIORITY,
          ruleType: "Basic",
          httpListenerName: n.httpListener,
          redirectConfigurationName: n.redirectConfiguration,
        },
      ],
      tags: props.tags,
      dependsOn: certificateGrant && [certificateGrant.propagated],
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.initCapabilities(props);
  }

  /** The gateway's logs and metrics, and its public IP's (DDoS notifications and mitigation reports). */
  public override addDiagnostics(options: DiagnosticSettingsOptions): void {
    super.addDiagnostics(options);
    this.publicIp.addDiagnostics(options);
  }
}
