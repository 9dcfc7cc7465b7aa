import { Construct } from "constructs";
import { Token } from "cdktf";
import { ApiManagement as AzApiManagement } from "@cdktf/provider-azurerm/lib/api-management";
import { ApiManagementDiagnostic } from "@cdktf/provider-azurerm/lib/api-management-diagnostic";
import { ApiManagementLogger } from "@cdktf/provider-azurerm/lib/api-management-logger";
import { AzureResource } from "../core/azure-resource";
import { assertNoViolations, check, isEmail, ValidationError, Violation } from "../core/errors";
import { CommonResourceProps, IPrincipal, IResourceGroup, PrivateEndpointOptions } from "../core/interfaces";
import { resourceName } from "../core/naming";
import { PrivateEndpoint } from "../networking/private-endpoint";
import { suppressPolicy } from "../../policy/suppress";

/**
 * The classic tiers that can be injected into a virtual network. Basic, Standard and the v2 tiers
 * cannot (Standard v2 and Premium v2 integrate with a VNet in another way, with other SKU names).
 */
const VNET_TIERS = ["Developer", "Premium"] as const;
/** `<tier>_<units>`, as azurerm's `sku_name` spells it: units from 1, without leading zeros. */
const SKU_PATTERN = /^([A-Za-z0-9]+)_([1-9]\d*)$/;
const ZONES = ["1", "2", "3"];

/** An API Management size as settings and the construct express it. */
export interface ApiManagementSkuSpec {
  /** `<tier>_<units>`: `Developer_1`, or `Premium_<n>`. */
  readonly sku: string;
  /** Availability zones; Premium only. */
  readonly zones?: readonly string[];
}

/**
 * The rules an API Management size breaks: a SKU not of the `<tier>_<units>` form, a tier that cannot
 * be injected into a VNet, more than one Developer unit, zones outside Premium or not among 1-3.
 */
export function apiManagementSkuViolations(spec: ApiManagementSkuSpec): Violation[] {
  const match = SKU_PATTERN.exec(spec.sku);
  if (!match) return [{ field: "sku", value: spec.sku, rule: "must be <tier>_<units> with at least one unit, e.g. Developer_1 or Premium_2" }];
  const [, tier, unitText] = match;
  if (!(VNET_TIERS as readonly string[]).includes(tier)) {
    return [{ field: "sku", value: spec.sku, rule: "must be a Developer or Premium SKU: only these tiers are injected into a virtual network (the v2 tiers integrate with one differently)" }];
  }
  const violations: Violation[] = [];
  if (tier === "Developer" && unitText !== "1") {
    violations.push({ field: "sku", value: spec.sku, rule: "must be Developer_1: the Developer tier has exactly one unit" });
  }
  const zones = spec.zones ?? [];
  if (zones.length > 0 && tier !== "Premium") {
    violations.push({ field: "zones", value: spec.zones, rule: `must be empty for the ${tier} tier: only Premium spans availability zones` });
  } else if (zones.some((z) => !ZONES.includes(z)) || new Set(zones).size !== zones.length) {
    violations.push({ field: "zones", value: spec.zones, rule: `must name distinct zones among ${ZONES.join(", ")}` });
  }
  return violations;
}

/** The Application Insights component API Management logs requests to (ApplicationInsights fits). */
export interface IApplicationInsightsTarget {
  /** ARM id of the component. */
  readonly id: string;
  /** The component's connection string: a resource attribute (token), never a literal. */
  readonly connectionString: string;
}

/** Private endpoints are left out: an instance injected into a VNet cannot have any. */
export interface ApiManagementProps extends Omit<CommonResourceProps, "privateEndpoints"> {
  /** Where the instance lives. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-apim-<workload>-<region>-<env>-<hash>`).
   * @default none
   */
  readonly workload?: string;
  /**
   * `<tier>_<units>`: `Developer_1` (no SLA, one unit) outside prod, `Premium_<n>` in prod. Only these
   * tiers can be injected into the VNet.
   * @default "Developer_1"
   */
  readonly sku?: string;
  /** Organisation shown in the developer portal and in e-mails. */
  readonly publisherName: string;
  /** Address that receives the service's notifications. */
  readonly publisherEmail: string;
  /**
   * The subnet (id) the instance is injected into, in internal mode. Its NSG must allow inbound
   * `ApiManagement` to port 3443 (control plane) and `AzureLoadBalancer` to port 6390 (infrastructure
   * load balancer); this construct does not add them.
   */
  readonly subnetId: string;
  /**
   * Availability zones the units are spread over; Premium only. Without them Azure spreads a Premium
   * instance over the region's zones itself.
   * @default none
   */
  readonly zones?: string[];
  /**
   * Application Insights component to log requests to (a logger plus the service-wide
   * `applicationinsights` diagnostic, every request sampled). The logger authenticates with the
   * connection string: the component must accept it (local authentication enabled), since azurerm's
   * logger cannot use the instance's managed identity.
   * @default no request logging to Application Insights
   */
  readonly applicationInsights?: IApplicationInsightsTarget;
}

/**
 * API Management injected into a subnet in internal mode: the gateway, developer portal and management
 * endpoints have private addresses only (the caller provides DNS for them), SSL 3.0, TLS 1.0/1.1 and
 * triple DES are off on both the client and the backend side, and the instance has a system-assigned
 * identity (for Key Vault certificates and named values).
 *
 * Public network access stays on: Azure refuses to create an instance with it off (azurerm: "required
 * to be true on the creation"). It concerns the management plane only, not the gateway, and a VNet-
 * injected instance cannot have the private endpoints that would make turning it off useful.
 */
export class ApiManagement extends AzureResource implements IPrincipal {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzApiManagement;
  public readonly resourceGroup: IResourceGroup;
  /** Object id of the system-assigned identity: granting a role to the instance grants it to that identity. */
  public readonly principalId: string;
  public readonly principalType = "ServicePrincipal";
  /** `https://<name>.azure-api.net`, resolvable only inside the VNet (internal mode). */
  public readonly gatewayUrl: string;
  /** The gateway's private addresses in the subnet: what private DNS records point at. */
  public readonly privateIpAddresses: string[];
  /** The Application Insights logger, when `applicationInsights` is given. */
  public readonly logger?: ApiManagementLogger;
  /** The service-wide diagnostic that sends requests to the logger, when `applicationInsights` is given. */
  public readonly diagnostic?: ApiManagementDiagnostic;

  constructor(scope: Construct, id: string, props: ApiManagementProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "apiManagement", props);
    const sku = props.sku ?? "Developer_1";
    assertNoViolations(where, apiManagementSkuViolations({ sku, zones: props.zones }));
    check(props.publisherName.trim() !== "", where, "publisherName", props.publisherName, "must not be empty");
    check(isEmail(props.publisherEmail), where, "publisherEmail", props.publisherEmail, "must be an e-mail address (name@domain.tld)");
    check(props.subnetId.trim() !== "", where, "subnetId", props.subnetId, "must be the id of the subnet the instance is injected into");
    const insights = props.applicationInsights;
    // The literal is not echoed: the error message must not leak the key it contains.
    check(!insights || Token.isUnresolved(insights.connectionString), where, "applicationInsights.connectionString", "(redacted)", "must be a resource attribute (token), never a literal");

    this.resourceGroup = props.resourceGroup;
    this.resource = new AzApiManagement(this, "service", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      skuName: sku,
      publisherName: props.publisherName,
      publisherEmail: props.publisherEmail,
      zones: props.zones,
      virtualNetworkType: "Internal",
      virtualNetworkConfiguration: { subnetId: props.subnetId },
      // Azure refuses public network access disabled when an instance is created (only an update may
      // disable it, and then only for private endpoints, which Internal VNet mode does not take).
      publicNetworkAccessEnabled: true,
      identity: { type: "SystemAssigned" },
      security: {
        frontendSsl30Enabled: false,
        frontendTls10Enabled: false,
        frontendTls11Enabled: false,
        backendSsl30Enabled: false,
        backendTls10Enabled: false,
        backendTls11Enabled: false,
        tripleDesCiphersEnabled: false,
      },
      tags: props.tags,
    });
    suppressPolicy(this.resource, "AZ-APIM-001", "Internal VNet mode: the gateway answers on private IPs only; Azure refuses public network access off at creation, and later only with private endpoints, which this mode cannot take.");
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.principalId = this.resource.identity.principalId;
    this.gatewayUrl = this.resource.gatewayUrl;
    this.privateIpAddresses = this.resource.privateIpAddresses;

    if (insights) {
      const service = { apiManagementName: this.name, resourceGroupName: props.resourceGroup.name };
      this.logger = new ApiManagementLogger(this, "logger", {
        ...service,
        name: "application-insights",
        resourceId: insights.id,
        applicationInsights: { connectionString: insights.connectionString },
      });
      this.diagnostic = new ApiManagementDiagnostic(this, "diagnostic", {
        ...service,
        identifier: "applicationinsights",
        apiManagementLoggerId: this.logger.id,
        samplingPercentage: 100,
        alwaysLogErrors: true,
        httpCorrelationProtocol: "W3C",
        verbosity: "information",
      });
    }
    this.initCapabilities(props);
  }

  /** Always throws: an instance injected into a VNet cannot have private endpoints. */
  public addPrivateEndpoint(options: PrivateEndpointOptions): PrivateEndpoint {
    throw new ValidationError(this.node.path, "privateEndpoints", options.subnetId, "must be empty: an instance injected into a virtual network cannot have private endpoints; it is reached at its private IP addresses");
  }
}
