import { Construct } from "constructs";
import { TerraformProvider } from "cdktf";
import { SecurityCenterSubscriptionPricing } from "@cdktf/provider-azurerm/lib/security-center-subscription-pricing";
import { check } from "../core/errors";

/** Extensions of the Defender for Containers plan. */
export type DefenderForContainersExtension =
  /** Agentless vulnerability assessment of registry images (and of running images). */
  | "ContainerRegistriesVulnerabilityAssessments"
  /** API-based discovery of Kubernetes clusters, workloads and their exposure. */
  | "AgentlessDiscoveryForKubernetes"
  /** The Defender sensor on AKS nodes: runtime threat detection. */
  | "ContainerSensor"
  /** Agentless scanning of node disks. */
  | "AgentlessVmScanning";
const EXTENSIONS: readonly DefenderForContainersExtension[] = [
  "ContainerRegistriesVulnerabilityAssessments",
  "AgentlessDiscoveryForKubernetes",
  "ContainerSensor",
  "AgentlessVmScanning",
];

/**
 * The additional properties Azure returns for an extension enabled without them. azurerm keeps the map as
 * given (`additional_extension_properties`), so an extension declared without Azure's values shows a change
 * on every plan. ContainerSensor: a GET of Microsoft.Security/pricings/Containers (2025-11) returns
 * InstallationMethod AKSAddon, AutoProvisioning true, SecurityGatingEnabled and AntiMalwareEnabled True: the
 * sensor is auto-provisioned as the AKS security-profile add-on, so clusters in the subscription get
 * `microsoft_defender` (KubernetesCluster's `defenderSensor`). AgentlessVmScanning: no exclusion tags.
 */
const RETURNED_PROPERTIES: Partial<Record<DefenderForContainersExtension, Record<string, string>>> = {
  ContainerSensor: { AntiMalwareEnabled: "True", AutoProvisioning: "true", InstallationMethod: "AKSAddon", SecurityGatingEnabled: "True" },
  AgentlessVmScanning: { ExclusionTags: "[]" },
};

export interface DefenderForContainersProps {
  /**
   * Plan extensions to turn on. The default gives registry vulnerability scanning, agentless
   * discovery and runtime protection.
   * @default ["ContainerRegistriesVulnerabilityAssessments", "AgentlessDiscoveryForKubernetes", "ContainerSensor"]
   */
  readonly extensions?: DefenderForContainersExtension[];
  /**
   * The azurerm provider whose subscription the plan is set on: the pricing resource has no
   * subscription argument and always acts on its provider's subscription.
   * @default the stack's default azurerm provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * Microsoft Defender for Containers (Standard tier) with vulnerability scanning of registry images.
 *
 * The plan is a subscription-wide singleton, not a resource in a group: exactly one stack per
 * subscription may own it (the environment settings enforce that), because two owners would
 * overwrite each other and destroying either resets the whole subscription to the Free tier.
 */
export class DefenderForContainers extends Construct {
  public readonly resource: SecurityCenterSubscriptionPricing;
  /** Whether the plan provisions the Defender sensor on the subscription's AKS clusters (ContainerSensor). */
  public readonly provisionsSensor: boolean;

  constructor(scope: Construct, id: string, props: DefenderForContainersProps = {}) {
    super(scope, id);
    const extensions = props.extensions ?? ["ContainerRegistriesVulnerabilityAssessments", "AgentlessDiscoveryForKubernetes", "ContainerSensor"];
    extensions.forEach((name, i) => {
      check(EXTENSIONS.includes(name), this.node.path, `extensions.${i}`, name, `must be one of ${EXTENSIONS.join(", ")}`);
      check(extensions.indexOf(name) === i, this.node.path, `extensions.${i}`, name, "must not repeat an extension");
    });
    this.resource = new SecurityCenterSubscriptionPricing(this, "pricing", {
      tier: "Standard",
      resourceType: "Containers",
      extension: extensions.map((name) => ({ name, additionalExtensionProperties: RETURNED_PROPERTIES[name] })),
      provider: props.provider,
    });
    this.provisionsSensor = extensions.includes("ContainerSensor");
  }
}
