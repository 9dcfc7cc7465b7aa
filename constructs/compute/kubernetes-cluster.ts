import { Construct } from "constructs";
import { Token } from "cdktf";
import { KubernetesCluster as AzKubernetesCluster } from "@cdktf/provider-azurerm/lib/kubernetes-cluster";
import { KubernetesClusterNodePool } from "@cdktf/provider-azurerm/lib/kubernetes-cluster-node-pool";
import { MonitorDataCollectionRule } from "@cdktf/provider-azurerm/lib/monitor-data-collection-rule";
import { MonitorDataCollectionRuleAssociation } from "@cdktf/provider-azurerm/lib/monitor-data-collection-rule-association";
import { AzureResource } from "../core/azure-resource";
import { Cidr, overlaps, parseCidr } from "../core/cidr";
import { assertNoViolations, check, GUID_PATTERN, isWholeNumberIn, Violation } from "../core/errors";
import { CommonResourceProps, DiagnosticSettingsOptions, IDiagnosticsDestination, IPrincipal, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";
import { RoleAssignment } from "../security/role-assignment";

export type KubernetesSkuTier = "Free" | "Standard";
/** `patch` keeps the minor version and applies its patches; `none` leaves upgrades to the operator. */
export type KubernetesUpgradeChannel = "patch" | "none";
/** `NodeImage` rolls weekly node images; `SecurityPatch` patches the OS in place between images. */
export type NodeOsUpgradeChannel = "NodeImage" | "SecurityPatch";

/** The system pool: it runs only the critical add-ons (CoreDNS, metrics-server, CSI drivers ...). */
export interface SystemNodePoolOptions {
  /** VM size, e.g. `Standard_D4s_v5` (AKS wants at least 2 vCPUs and 4 GiB for a system pool). */
  readonly vmSize: string;
  /** Nodes, 1-1000; use at least 2 (3 across zones) wherever the cluster must survive losing a node. */
  readonly nodeCount: number;
  /**
   * Availability zones the nodes are spread over, e.g. `["1", "2", "3"]`.
   * @default none (regional)
   */
  readonly zones?: readonly string[];
}

/** The user pool the workloads run on, scaled by the cluster autoscaler. */
export interface UserNodePoolOptions {
  /** VM size, e.g. `Standard_D8s_v5`. */
  readonly vmSize: string;
  /** Fewest nodes, 0-1000 (0 lets an idle pool scale to nothing). */
  readonly minCount: number;
  /** Most nodes, 1-1000 and at least `minCount`. */
  readonly maxCount: number;
  /**
   * Availability zones the nodes are spread over, e.g. `["1", "2", "3"]`.
   * @default none (regional)
   */
  readonly zones?: readonly string[];
}

/** The cluster settings that settings validation checks too (see {@link kubernetesViolations}). */
export interface KubernetesClusterSpec {
  readonly kubernetesVersion: string;
  readonly adminGroupObjectIds: readonly string[];
  /** How many principals get Azure Kubernetes Service RBAC Cluster Admin besides the groups. */
  readonly administratorCount?: number;
  readonly systemPool: SystemNodePoolOptions;
  readonly userPool: UserNodePoolOptions;
  readonly apiServerAuthorizedRanges?: readonly string[];
  readonly podCidr?: string;
  readonly serviceCidr?: string;
  readonly automaticUpgradeChannel?: KubernetesUpgradeChannel;
}

/** Azure CNI Overlay's recommended pod range: outside the usual VNet ranges and AKS's default service range. */
export const DEFAULT_POD_CIDR = "192.168.0.0/16";
/** AKS's own default service range; kube-dns takes its `.10` address. */
export const DEFAULT_SERVICE_CIDR = "10.0.0.0/16";

const KUBERNETES_VERSION = /^\d+\.\d+(\.\d+)?$/;

/**
 * AKS's Kubernetes release calendar, community support (Microsoft Learn, "Supported Kubernetes versions in
 * Azure Kubernetes Service (AKS)", section "AKS Kubernetes release calendar",
 * https://learn.microsoft.com/azure/aks/supported-kubernetes-versions): minor -> month of AKS GA and month of
 * end of life, after which AKS creates no cluster of it (outside long-term support, which needs the Premium
 * tier). The calendar gives months only: a minor counts from the first of its GA month and, to be safe,
 * stops at the first of its end-of-life month. Add the next minor when AKS publishes it; an expired row
 * may go once no setting names it.
 */
export const AKS_KUBERNETES_VERSIONS: Readonly<Record<string, { readonly ga: string; readonly endOfLife: string }>> = {
  "1.33": { ga: "2025-06", endOfLife: "2026-06" },
  "1.34": { ga: "2025-11", endOfLife: "2026-11" },
  "1.35": { ga: "2026-03", endOfLife: "2027-03" },
  "1.36": { ga: "2026-06", endOfLife: "2027-06" },
  "1.37": { ga: "2026-10", endOfLife: "2027-10" },
};

/**
 * Whether AKS still creates clusters of a version's minor on `today` (by {@link AKS_KUBERNETES_VERSIONS}); the
 * rule names the minor to pick, the newest supported one, and every minor supported that day.
 */
export function kubernetesVersionViolations(version: string, today: Date): Violation[] {
  const month = today.toISOString().slice(0, 7);
  const supported = Object.entries(AKS_KUBERNETES_VERSIONS).filter(([, { ga, endOfLife }]) => ga <= month && month < endOfLife);
  const minor = version.split(".").slice(0, 2).join(".");
  if (supported.some(([v]) => v === minor)) return [];
  const known = AKS_KUBERNETES_VERSIONS[minor];
  const why = known === undefined ? `is not in AKS's release calendar (AKS_KUBERNETES_VERSIONS)` : known.endOfLife <= month ? `reached its AKS end of life in ${known.endOfLife}` : `is not GA on AKS until ${known.ga}`;
  const day = today.toISOString().slice(0, 10);
  if (supported.length === 0) return [{ field: "kubernetesVersion", value: version, rule: `${why}, and no minor in AKS_KUBERNETES_VERSIONS is supported on ${day}: add the current ones from AKS's release calendar` }];
  const [newest, { endOfLife }] = supported[supported.length - 1];
  const all = supported.map(([v, dates]) => `${v} (until ${dates.endOfLife})`).join(", ");
  return [{ field: "kubernetesVersion", value: version, rule: `${why}: pick ${newest} (supported until ${endOfLife}); AKS supports ${all} on ${day}` }];
}
const VM_SIZE = /^Standard_[A-Za-z0-9_]+$/;
const ZONES = ["1", "2", "3"];
/** Offset of the kube-dns service address in the service range (AKS's convention: `10.0.0.10`). */
const DNS_SERVICE_OFFSET = 10;
/** The smallest service range that still has the kube-dns address. */
const MAX_SERVICE_PREFIX_LENGTH = 28;

/**
 * Control-plane log categories sent by default. kube-audit is left out: its get/list events multiply
 * the volume (PSRule Azure.AKS.AuditAdmin); kube-audit-admin keeps every change and guard every
 * Entra ID login.
 */
export const DEFAULT_AKS_LOG_CATEGORIES: readonly string[] = [
  "kube-apiserver",
  "kube-audit-admin",
  "kube-controller-manager",
  "kube-scheduler",
  "cluster-autoscaler",
  "cloud-controller-manager",
  "guard",
];

/** Container insights streams (the default group) the data collection rule sends to the workspace. */
const CONTAINER_INSIGHTS_STREAMS = ["Microsoft-ContainerInsights-Group-Default"];

/**
 * The rules an AKS spec breaks: version format (and a pinned patch under the patch channel), a minor
 * AKS no longer (or not yet) supports on `today`, admin
 * group ids, pool sizes and zones, authorized ranges, and pod/service ranges that overlap.
 */
export function kubernetesViolations(spec: KubernetesClusterSpec, today: Date = new Date()): Violation[] {
  const violations: Violation[] = [];
  const version = spec.kubernetesVersion;
  if (!KUBERNETES_VERSION.test(version)) {
    violations.push({ field: "kubernetesVersion", value: version, rule: "must be MAJOR.MINOR or MAJOR.MINOR.PATCH, e.g. 1.36 (^\\d+\\.\\d+(\\.\\d+)?$)" });
  } else if ((spec.automaticUpgradeChannel ?? "patch") === "patch" && version.split(".").length === 3) {
    violations.push({ field: "kubernetesVersion", value: version, rule: "must be MAJOR.MINOR (e.g. 1.36) under the patch upgrade channel: AKS applies the patches, and a pinned patch would make every plan undo them" });
  } else {
    violations.push(...kubernetesVersionViolations(version, today));
  }

  if (spec.adminGroupObjectIds.length === 0 && !spec.administratorCount) {
    violations.push({ field: "adminGroupObjectIds", value: spec.adminGroupObjectIds, rule: "must list at least one Entra ID group (or name administrators): with local accounts disabled, nobody else can administer the cluster" });
  }
  spec.adminGroupObjectIds.forEach((id, i) => {
    if (!Token.isUnresolved(id) && !GUID_PATTERN.test(id)) {
      violations.push({ field: `adminGroupObjectIds[${i}]`, value: id, rule: "must be an Entra ID group object id (a GUID such as 00000000-0000-0000-0000-000000000000)" });
    }
  });

  const { systemPool, userPool } = spec;
  violations.push(...poolViolations("systemPool", systemPool));
  if (!isWholeNumberIn(systemPool.nodeCount, 1, 1000)) {
    violations.push({ field: "systemPool.nodeCount", value: systemPool.nodeCount, rule: "must be a whole number from 1 to 1000 (at least 2 where the cluster must survive losing a node)" });
  }
  violations.push(...poolViolations("userPool", userPool));
  const minOk = isWholeNumberIn(userPool.minCount, 0, 1000);
  const maxOk = isWholeNumberIn(userPool.maxCount, 1, 1000);
  if (!minOk) violations.push({ field: "userPool.minCount", value: userPool.minCount, rule: "must be a whole number from 0 to 1000" });
  if (!maxOk) violations.push({ field: "userPool.maxCount", value: userPool.maxCount, rule: "must be a whole number from 1 to 1000" });
  if (minOk && maxOk && userPool.minCount > userPool.maxCount) {
    violations.push({ field: "userPool.minCount", value: userPool.minCount, rule: `must not exceed userPool.maxCount (${userPool.maxCount})` });
  }

  const ranges = spec.apiServerAuthorizedRanges;
  if (ranges !== undefined && ranges.length === 0) {
    violations.push({ field: "apiServerAuthorizedRanges", value: ranges, rule: "must list at least one CIDR, or be left unset for a private cluster: an empty list opens the API server to every address" });
  }
  ranges?.forEach((range, i) => {
    const cidr = parseCidr(range);
    if (typeof cidr === "string") violations.push({ field: `apiServerAuthorizedRanges[${i}]`, value: range, rule: cidr });
    else if (cidr.prefixLength === 0) violations.push({ field: `apiServerAuthorizedRanges[${i}]`, value: range, rule: "must not be /0: it would open the API server to every address" });
  });

  const pod = cidrField("podCidr", spec.podCidr ?? DEFAULT_POD_CIDR, violations);
  const service = cidrField("serviceCidr", spec.serviceCidr ?? DEFAULT_SERVICE_CIDR, violations);
  if (service && service.prefixLength > MAX_SERVICE_PREFIX_LENGTH) {
    violations.push({ field: "serviceCidr", value: service.text, rule: `must be a /${MAX_SERVICE_PREFIX_LENGTH} or larger: kube-dns takes its .${DNS_SERVICE_OFFSET} address` });
  }
  if (pod && service && overlaps(pod, service)) {
    violations.push({ field: "podCidr", value: pod.text, rule: `must not overlap serviceCidr (${service.text}): pod and service addresses would collide` });
  }
  return violations;
}

function poolViolations(pool: string, options: { readonly vmSize: string; readonly zones?: readonly string[] }): Violation[] {
  const violations: Violation[] = [];
  if (!VM_SIZE.test(options.vmSize)) {
    violations.push({ field: `${pool}.vmSize`, value: options.vmSize, rule: "must be an Azure VM size name such as Standard_D4s_v5" });
  }
  const zones = options.zones ?? [];
  if (zones.some((z) => !ZONES.includes(z)) || new Set(zones).size !== zones.length) {
    violations.push({ field: `${pool}.zones`, value: zones, rule: `must be distinct availability zones from ${ZONES.join(", ")}` });
  }
  return violations;
}

/** The parsed CIDR, or undefined after recording why the text is not one. */
function cidrField(field: string, text: string, violations: Violation[]): Cidr | undefined {
  const cidr = parseCidr(text);
  if (typeof cidr !== "string") return cidr;
  violations.push({ field, value: text, rule: cidr });
  return undefined;
}

/** Dotted form of an IPv4 address held as an unsigned 32-bit number. */
function ipv4(address: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(address / 2 ** shift) % 256).join(".");
}

export interface KubernetesClusterProps extends Omit<CommonResourceProps, "privateEndpoints"> {
  /** Where the cluster lives (its nodes go to the AKS-managed node resource group). */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-aks-<workload>-<region>-<env>`).
   * @default none
   */
  readonly workload?: string;
  /**
   * Kubernetes version of the control plane and both pools: `MAJOR.MINOR` (AKS picks the latest GA
   * patch), or `MAJOR.MINOR.PATCH` when `automaticUpgradeChannel` is `none`.
   */
  readonly kubernetesVersion: string;
  /** Entra ID groups (object ids) that get cluster-admin; at least one, unless `administrators` are named. */
  readonly adminGroupObjectIds: string[];
  /**
   * Principals granted Azure Kubernetes Service RBAC Cluster Admin on the cluster, e.g. the deploying
   * principal while no admin group exists.
   * @default none
   */
  readonly administrators?: IPrincipal[];
  /**
   * How nodes reach the internet: `userAssignedNATGateway` when the node subnet has a NAT gateway (no
   * public IP of AKS's own then).
   * @default "loadBalancer"
   */
  readonly outboundType?: "loadBalancer" | "userAssignedNATGateway";
  /** Entra ID tenant (id) the cluster authenticates against, e.g. the provider's client config tenant. */
  readonly tenantId: string;
  /**
   * Subnet (id) for the nodes; the cluster identity is made Network Contributor on it, so AKS can
   * place internal load balancers there. Pods take overlay addresses from `podCidr`, not from it.
   */
  readonly subnetId: string;
  /**
   * Overlay range the pods' addresses come from (every node takes a /24 of it). Must not overlap the
   * service range, the VNet or anything peered with it.
   * @default "192.168.0.0/16"
   */
  readonly podCidr?: string;
  /**
   * Range of the Kubernetes service addresses; kube-dns takes its `.10` address. Must not overlap the
   * pod range, the VNet or anything peered with it.
   * @default "10.0.0.0/16"
   */
  readonly serviceCidr?: string;
  /**
   * CIDRs allowed to reach a public API server. Unset, the cluster is private: its API server has
   * only a private IP in the VNet, with an AKS-managed private DNS zone.
   * @default none (private cluster)
   */
  readonly apiServerAuthorizedRanges?: string[];
  /** The system pool (critical add-ons only, fixed size). */
  readonly systemPool: SystemNodePoolOptions;
  /** The autoscaled user pool the workloads run on. */
  readonly userPool: UserNodePoolOptions;
  /**
   * `Standard` carries the uptime SLA (and scales the control plane); `Free` suits dev only.
   * @default "Standard"
   */
  readonly skuTier?: KubernetesSkuTier;
  /**
   * How the Kubernetes version is upgraded.
   * @default "patch"
   */
  readonly automaticUpgradeChannel?: KubernetesUpgradeChannel;
  /**
   * How the nodes' OS is kept patched.
   * @default "NodeImage"
   */
  readonly nodeOsUpgradeChannel?: NodeOsUpgradeChannel;
  /** Log Analytics workspace the monitoring add-on (Container insights) sends to. */
  readonly workspace: IDiagnosticsDestination;
  /**
   * Run the Defender for Containers sensor (`microsoft_defender`), reporting to `workspace`. Set it where
   * the subscription's Defender for Containers plan has the ContainerSensor extension: the plan provisions
   * the sensor on every cluster, so a cluster that does not declare it shows a change on every plan (and
   * an apply would remove the sensor until Defender puts it back).
   * @default false
   */
  readonly defenderSensor?: boolean;
}

/**
 * An AKS cluster, private by default (or limited to authorized ranges), with Entra ID and Azure RBAC
 * only (no local accounts), Azure CNI Overlay powered by Cilium (data plane and network policy) in its
 * own subnet, a system pool for the critical add-ons and an autoscaled user pool, both without public
 * IPs. On: Container insights (managed identity), Key Vault secrets provider with rotation, workload
 * identity with the OIDC issuer, Azure Policy, image cleaner and automatic upgrades.
 */
export class KubernetesCluster extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzKubernetesCluster;
  public readonly resourceGroup: IResourceGroup;
  /** The autoscaled user pool. */
  public readonly userPool: KubernetesClusterNodePool;
  /** Object id of the cluster's system-assigned identity (control plane). */
  public readonly principalId: string;
  /** The kubelet identity: what pulls images, so what registries grant AcrPull to. */
  public readonly kubeletIdentity: IPrincipal;
  /** The identity the Key Vault secrets provider add-on reads secrets with: grant it on the vaults it mounts. */
  public readonly keyVaultSecretsProvider: IPrincipal;
  /** Issuer URL workload identity federations trust. */
  public readonly oidcIssuerUrl: string;
  /** Control-plane logs are chosen by category (see DEFAULT_AKS_LOG_CATEGORIES), not by group. */
  protected readonly defaultLogCategoryGroups: readonly string[] = [];
  /**
   * `protectFromDeletion` is prevent_destroy on the cluster and the user pool, without a lock: a lock on the
   * cluster is inherited by its agent pools, and every node-pool replacement (a VM size change, a rotation
   * through `temporary_name_for_rotation`) deletes a pool, which would then fail half-way (ScopeLocked).
   */
  protected readonly lockWhenProtected = false;

  constructor(scope: Construct, id: string, props: KubernetesClusterProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "kubernetesCluster", props);
    const automaticUpgradeChannel = props.automaticUpgradeChannel ?? "patch";
    assertNoViolations(where, kubernetesViolations({ ...props, automaticUpgradeChannel, administratorCount: props.administrators?.length }));
    check(Token.isUnresolved(props.tenantId) || GUID_PATTERN.test(props.tenantId), where, "tenantId", props.tenantId, "must be an Entra ID tenant id (a GUID)");
    const serviceCidr = parseCidr(props.serviceCidr ?? DEFAULT_SERVICE_CIDR) as Cidr;
    const version = props.kubernetesVersion;
    const { systemPool, userPool } = props;
    const privateCluster = props.apiServerAuthorizedRanges === undefined;
    // Both pools surge by AKS's own default; written out, because the provider otherwise shows a diff on every plan.
    const upgradeSettings = { maxSurge: "10%" };

    this.resourceGroup = props.resourceGroup;
    this.resource = new AzKubernetesCluster(this, "cluster", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      // The DNS prefix allows 1-54 letters, digits and '-'.
      dnsPrefix: name.replace(/[^A-Za-z0-9-]/g, "-").slice(0, 54).replace(/-+$/, ""),
      kubernetesVersion: version,
      skuTier: props.skuTier ?? "Standard",
      automaticUpgradeChannel: automaticUpgradeChannel === "none" ? undefined : automaticUpgradeChannel,
      nodeOsUpgradeChannel: props.nodeOsUpgradeChannel ?? "NodeImage",
      privateClusterEnabled: privateCluster,
      privateDnsZoneId: privateCluster ? "System" : undefined,
      apiServerAccessProfile: privateCluster ? undefined : { authorizedIpRanges: props.apiServerAuthorizedRanges },
      identity: { type: "SystemAssigned" },
      roleBasedAccessControlEnabled: true,
      localAccountDisabled: true,
      azureActiveDirectoryRoleBasedAccessControl: {
        azureRbacEnabled: true,
        adminGroupObjectIds: props.adminGroupObjectIds,
        tenantId: props.tenantId,
      },
      oidcIssuerEnabled: true,
      workloadIdentityEnabled: true,
      azurePolicyEnabled: true,
      imageCleanerEnabled: true,
      imageCleanerIntervalHours: 168,
      keyVaultSecretsProvider: { secretRotationEnabled: true },
      omsAgent: { logAnalyticsWorkspaceId: props.workspace.id, msiAuthForMonitoringEnabled: true },
      microsoftDefender: props.defenderSensor ? { logAnalyticsWorkspaceId: props.workspace.id } : undefined,
      networkProfile: {
        networkPlugin: "azure",
        networkPluginMode: "overlay",
        networkDataPlane: "cilium",
        networkPolicy: "cilium",
        podCidr: props.podCidr ?? DEFAULT_POD_CIDR,
        serviceCidr: serviceCidr.text,
        dnsServiceIp: ipv4(serviceCidr.start + DNS_SERVICE_OFFSET),
        loadBalancerSku: "standard",
        outboundType: props.outboundType ?? "loadBalancer",
      },
      defaultNodePool: {
        name: "system",
        vmSize: systemPool.vmSize,
        nodeCount: systemPool.nodeCount,
        zones: systemPool.zones ? [...systemPool.zones] : undefined,
        vnetSubnetId: props.subnetId,
        orchestratorVersion: version,
        // Taints the pool CriticalAddonsOnly, so workloads land on the user pool.
        onlyCriticalAddonsEnabled: true,
        nodePublicIpEnabled: false,
        // Lets a resize or zone change cycle the pool instead of failing.
        temporaryNameForRotation: "systemtmp",
        upgradeSettings,
      },
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.principalId = this.resource.identity.principalId;
    this.kubeletIdentity = { principalId: this.resource.kubeletIdentity.objectId, principalType: "ServicePrincipal" };
    this.keyVaultSecretsProvider = { principalId: this.resource.keyVaultSecretsProvider.secretIdentity.get(0).objectId, principalType: "ServicePrincipal" };
    this.oidcIssuerUrl = this.resource.oidcIssuerUrl;

    this.userPool = this.addDataChild(new KubernetesClusterNodePool(this, "user-pool", {
      name: "user",
      kubernetesClusterId: this.resource.id,
      mode: "User",
      vmSize: userPool.vmSize,
      autoScalingEnabled: true,
      minCount: userPool.minCount,
      maxCount: userPool.maxCount,
      zones: userPool.zones ? [...userPool.zones] : undefined,
      vnetSubnetId: props.subnetId,
      orchestratorVersion: version,
      nodePublicIpEnabled: false,
      upgradeSettings,
      tags: props.tags,
    }));

    // The cluster identity places internal load balancers in the node subnet; Terraform does not grant this as the CLI does.
    new RoleAssignment(this, "subnet-network-contributor", {
      scope: props.subnetId,
      principal: { principalId: this.principalId },
      roleDefinitionName: "Network Contributor",
    });
    this.addContainerInsights(name, props.workspace);
    this.initCapabilities(props);
    props.administrators?.forEach((principal) => this.grant(principal, "Azure Kubernetes Service RBAC Cluster Admin"));
  }

  /** Lets the kubelets pull images from a registry (AcrPull for the kubelet identity). */
  public grantImagePull(registry: { grantPull(principal: IPrincipal): RoleAssignment }): RoleAssignment {
    return registry.grantPull(this.kubeletIdentity);
  }

  /** Control-plane logs by category (DEFAULT_AKS_LOG_CATEGORIES) unless the options choose groups or categories. */
  public addDiagnostics(options: DiagnosticSettingsOptions): void {
    const chosen = options.logCategoryGroups !== undefined || options.logCategories !== undefined;
    super.addDiagnostics(chosen ? options : { ...options, logCategories: [...DEFAULT_AKS_LOG_CATEGORIES] });
  }

  /**
   * With managed-identity authentication the monitoring add-on collects only what a data collection
   * rule associated with the cluster names (the CLI and portal create it; Terraform must).
   */
  private addContainerInsights(clusterName: string, workspace: IDiagnosticsDestination): void {
    const destination = "ciworkspace";
    const rule = new MonitorDataCollectionRule(this, "container-insights", {
      // MSCI- marks Container insights rules (as the CLI names them); cut to the 64 characters Azure allows.
      name: `MSCI-${clusterName}`.slice(0, 64).replace(/[-_.]+$/, ""),
      location: this.resourceGroup.location,
      resourceGroupName: this.resourceGroup.name,
      description: `Container insights of the AKS cluster ${clusterName}`,
      destinations: { logAnalytics: [{ name: destination, workspaceResourceId: workspace.id }] },
      dataFlow: [{ streams: CONTAINER_INSIGHTS_STREAMS, destinations: [destination] }],
      dataSources: {
        extension: [
          {
            name: "ContainerInsightsExtension",
            extensionName: "ContainerInsights",
            streams: CONTAINER_INSIGHTS_STREAMS,
            extensionJson: JSON.stringify({ dataCollectionSettings: { interval: "1m", namespaceFilteringMode: "Off", enableContainerLogV2: true } }),
          },
        ],
      },
    });
    new MonitorDataCollectionRuleAssociation(this, "container-insights-association", {
      name: "ContainerInsightsExtension",
      targetResourceId: this.id,
      dataCollectionRuleId: rule.id,
      description: "Association of the Container insights data collection rule: deleting it stops data collection for this cluster.",
    });
  }
}
