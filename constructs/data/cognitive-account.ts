import { Construct } from "constructs";
import { CognitiveAccount as AzCognitiveAccount } from "@cdktf/provider-azurerm/lib/cognitive-account";
import { AzureResource } from "../core/azure-resource";
import { assertNoViolations, Violation } from "../core/errors";
import { FirewallProps, resolveFirewall } from "../core/firewall";
import { CommonResourceProps, IPrincipal, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";
import { RoleAssignment } from "../security/role-assignment";

/** The Azure AI services kinds this project deploys. */
export const COGNITIVE_ACCOUNT_KINDS = ["CognitiveServices", "OpenAI", "TextAnalytics", "SpeechServices", "ComputerVision", "FormRecognizer", "ContentSafety"] as const;
export type CognitiveAccountKind = (typeof COGNITIVE_ACCOUNT_KINDS)[number];

/** Free (F0, F1) and standard tiers; which of them a kind offers is Azure's to say (e.g. ComputerVision S1, TextAnalytics S). */
export const COGNITIVE_ACCOUNT_SKUS = ["F0", "F1", "S", "S0", "S1", "S2", "S3", "S4"] as const;
export type CognitiveAccountSku = (typeof COGNITIVE_ACCOUNT_SKUS)[number];

/** A Cognitive Services account's kind and tier, as settings and the construct express them. */
export interface CognitiveAccountSpec {
  readonly kind?: string;
  readonly sku?: string;
}

/** The rules a kind and tier break: a kind this project does not deploy, a tier Azure does not sell. */
export function cognitiveAccountViolations(spec: CognitiveAccountSpec): Violation[] {
  const violations: Violation[] = [];
  const kinds: readonly string[] = COGNITIVE_ACCOUNT_KINDS;
  const skus: readonly string[] = COGNITIVE_ACCOUNT_SKUS;
  if (spec.kind !== undefined && !kinds.includes(spec.kind)) {
    violations.push({ field: "kind", value: spec.kind, rule: `must be one of ${kinds.join(", ")}` });
  }
  if (spec.sku !== undefined && !skus.includes(spec.sku)) {
    violations.push({ field: "sku", value: spec.sku, rule: `must be one of ${skus.join(", ")}` });
  }
  return violations;
}

export interface CognitiveAccountProps extends CommonResourceProps, FirewallProps {
  /** Where the account lives. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-cog-<workload>-<region>-<env>-<hash>`), which is
   * also the custom subdomain.
   * @default none
   */
  readonly workload?: string;
  /**
   * The service: CognitiveServices (multi-service), OpenAI, TextAnalytics, SpeechServices,
   * ComputerVision, FormRecognizer or ContentSafety. Set at creation: changing it replaces the account.
   * @default "CognitiveServices"
   */
  readonly kind?: CognitiveAccountKind;
  /**
   * Pricing tier: F0/F1 (free, one per subscription and kind) or S, S0-S4 as the kind offers.
   * @default "S0"
   */
  readonly sku?: CognitiveAccountSku;
}

/**
 * An Azure AI services (Cognitive Services) account, private by default: no public network access
 * (reach it through `privateEndpoints`, sub-resource `account`, DNS zone
 * privatelink.cognitiveservices.azure.com, plus privatelink.openai.azure.com for OpenAI), network ACLs
 * that deny by default, Entra ID authentication only (no keys: callers get `grantUser`) and a
 * system-assigned identity. The custom subdomain, which Entra ID tokens and private endpoints
 * require, is the account name.
 */
export class CognitiveAccount extends AzureResource implements IPrincipal {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzCognitiveAccount;
  public readonly resourceGroup: IResourceGroup;
  /** Object id of the system-assigned identity (used to reach customer storage and keys). */
  public readonly principalId: string;
  public readonly principalType = "ServicePrincipal";
  /** `https://<subdomain>.cognitiveservices.azure.com/` (or the kind's host), privately resolved. */
  public readonly endpoint: string;
  /** The custom subdomain: the account name in lower case. */
  public readonly customSubdomainName: string;
  public readonly kind: CognitiveAccountKind;
  protected readonly defaultPrivateEndpointSubresource = "account";

  constructor(scope: Construct, id: string, props: CognitiveAccountProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "cognitiveAccount", props);
    this.kind = props.kind ?? "CognitiveServices";
    const sku = props.sku ?? "S0";
    assertNoViolations(where, cognitiveAccountViolations({ kind: this.kind, sku }));
    const { publicNetworkAccess, networkDefaultAction } = resolveFirewall(where, props);
    this.customSubdomainName = name.toLowerCase();

    this.resourceGroup = props.resourceGroup;
    this.resource = new AzCognitiveAccount(this, "account", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      kind: this.kind,
      skuName: sku,
      customSubdomainName: this.customSubdomainName,
      localAuthEnabled: false,
      publicNetworkAccessEnabled: publicNetworkAccess,
      networkAcls: { defaultAction: networkDefaultAction, ipRules: props.allowedIpRanges },
      identity: { type: "SystemAssigned" },
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.principalId = this.resource.identity.principalId;
    this.endpoint = this.resource.endpoint;
    this.initCapabilities(props);
  }

  /** Lets a principal call the account's APIs with an Entra ID token (Cognitive Services User). */
  public grantUser(principal: IPrincipal): RoleAssignment {
    return this.grant(principal, "Cognitive Services User");
  }
}
