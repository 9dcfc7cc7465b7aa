import { KubernetesCluster as AzKubernetesCluster } from "@cdktf/provider-azurerm/lib/kubernetes-cluster";
import { KubernetesClusterNodePool } from "@cdktf/provider-azurerm/lib/kubernetes-cluster-node-pool";
import { MonitorDataCollectionRule } from "@cdktf/provider-azurerm/lib/monitor-data-collection-rule";
import { MonitorDataCollectionRuleAssociation } from "@cdktf/provider-azurerm/lib/monitor-data-collection-rule-association";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { TerraformOutput, Testing } from "cdktf";
import { ContainerRegistry } from "../constructs/compute/container-registry";
import {
  DEFAULT_AKS_LOG_CATEGORIES,
  KubernetesCluster,
  KubernetesClusterProps,
  KubernetesClusterSpec,
  kubernetesVersionViolations,
  kubernetesViolations,
} from "../constructs/compute/kubernetes-cluster";
import { resourcesOf, synthJson, testStackWithGroup } from "./helpers";
import { policyReport } from "./policy-helpers";

const WORKSPACE_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/abs-rg-we-test/providers/Microsoft.OperationalInsights/workspaces/abs-log-we-test";
const SUBNET_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/abs-rg-we-test/providers/Microsoft.Network/virtualNetworks/abs-vnet-we-test/subnets/abs-snet-aks-we-test";
const ADMIN_GROUP = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
const TENANT = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
const CLUSTER = "azurerm_kubernetes_cluster.aks_cluster_D4B35EC5";
const REGISTRY_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/abs-rg-shared-we-test/providers/Microsoft.ContainerRegistry/registries/abscrsharedwetest1a2b";

/** A valid spec: the settings-validation view of the cluster props. */
const SPEC: KubernetesClusterSpec = {
  kubernetesVersion: "1.36",
  adminGroupObjectIds: [ADMIN_GROUP],
  systemPool: { vmSize: "Standard_D4s_v5", nodeCount: 3, zones: ["1", "2", "3"] },
  userPool: { vmSize: "Standard_D8s_v5", minCount: 2, maxCount: 10, zones: ["1", "2", "3"] },
};

/** A stack with one cluster: the valid spec plus `props`, diagnostics on. */
function aks(props: Partial<KubernetesClusterProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const workspace = { id: WORKSPACE_ID };
  const cluster = new KubernetesCluster(stack, "aks", {
    resourceGroup: group,
    workload: "metaverse",
    kubernetesVersion: SPEC.kubernetesVersion,
    adminGroupObjectIds: [ADMIN_GROUP],
    tenantId: TENANT,
    subnetId: SUBNET_ID,
    systemPool: SPEC.systemPool,
    userPool: SPEC.userPool,
    workspace,
    diagnosticSettings: [{ workspace }],
    ...props,
  });
  return { stack, group, cluster };
}

function clusterBody(stack: ReturnType<typeof aks>["stack"]): any {
  const all = resourcesOf(stack, "azurerm_kubernetes_cluster");
  expect(all).toHaveLength(1);
  return all[0][1];
}

describe("KubernetesCluster", () => {
  it("is named by the naming helper and uses the name as its DNS prefix", () => {
    const body = clusterBody(aks().stack);
    expect(body.name).toBe("abs-aks-metaverse-we-test");
    expect(body.dns_prefix).toBe("abs-aks-metaverse-we-test");
  });

  it("authorizes with Entra ID and Azure RBAC only: Kubernetes RBAC on, local accounts off, the admin groups of the tenant", () => {
    expect(Testing.synth(aks().stack)).toHaveResourceWithProperties(AzKubernetesCluster, {
      role_based_access_control_enabled: true,
      local_account_disabled: true,
      azure_active_directory_role_based_access_control: { azure_rbac_enabled: true, admin_group_object_ids: [ADMIN_GROUP], tenant_id: TENANT },
      identity: { type: "SystemAssigned" },
    });
  });

  it("runs Azure CNI Overlay powered by Cilium with the default pod and service ranges", () => {
    expect(clusterBody(aks().stack).network_profile).toEqual({
      network_plugin: "azure",
      network_plugin_mode: "overlay",
      network_data_plane: "cilium",
      network_policy: "cilium",
      pod_cidr: "192.168.0.0/16",
      service_cidr: "10.0.0.0/16",
      dns_service_ip: "10.0.0.10",
      load_balancer_sku: "standard",
      outbound_type: "loadBalancer",
    });
  });

  it("takes other pod and service ranges, with kube-dns at the service range's .10", () => {
    const { network_profile: network } = clusterBody(aks({ podCidr: "100.64.0.0/14", serviceCidr: "172.16.16.0/20" }).stack);
    expect(network).toMatchObject({ pod_cidr: "100.64.0.0/14", service_cidr: "172.16.16.0/20", dns_service_ip: "172.16.16.10" });
  });

  it("is a private cluster with an AKS-managed private DNS zone by default", () => {
    const body = clusterBody(aks().stack);
    expect(body).toMatchObject({ private_cluster_enabled: true, private_dns_zone_id: "System" });
    expect(body.api_server_access_profile).toBeUndefined();
  });

  it("has a public API server limited to the authorized ranges when they are given", () => {
    const body = clusterBody(aks({ apiServerAuthorizedRanges: ["203.0.113.0/24", "198.51.100.7/32"] }).stack);
    expect(body).toMatchObject({ private_cluster_enabled: false, api_server_access_profile: { authorized_ip_ranges: ["203.0.113.0/24", "198.51.100.7/32"] } });
    expect(body.private_dns_zone_id).toBeUndefined();
  });

  it("turns on the add-ons: Container insights with managed identity, Key Vault secrets with rotation, workload identity, Azure Policy, image cleaner", () => {
    expect(Testing.synth(aks().stack)).toHaveResourceWithProperties(AzKubernetesCluster, {
      oms_agent: { log_analytics_workspace_id: WORKSPACE_ID, msi_auth_for_monitoring_enabled: true },
      key_vault_secrets_provider: { secret_rotation_enabled: true },
      oidc_issuer_enabled: true,
      workload_identity_enabled: true,
      azure_policy_enabled: true,
      image_cleaner_enabled: true,
      image_cleaner_interval_hours: 168,
    });
  });

  it("is Standard tier with patch and node-image upgrades by default", () => {
    expect(clusterBody(aks().stack)).toMatchObject({
      kubernetes_version: "1.36",
      sku_tier: "Standard",
      automatic_upgrade_channel: "patch",
      node_os_upgrade_channel: "NodeImage",
    });
  });

  it("takes the Free tier, no automatic upgrades with a pinned patch, and security-patch OS upgrades", () => {
    const body = clusterBody(aks({ skuTier: "Free", automaticUpgradeChannel: "none", kubernetesVersion: "1.36.2", nodeOsUpgradeChannel: "SecurityPatch" }).stack);
    expect(body).toMatchObject({ sku_tier: "Free", kubernetes_version: "1.36.2", node_os_upgrade_channel: "SecurityPatch" });
    expect(body.automatic_upgrade_channel).toBeUndefined();
  });

  it("has a system pool for critical add-ons only, in the node subnet, without public IPs", () => {
    expect(clusterBody(aks().stack).default_node_pool).toEqual({
      name: "system",
      vm_size: "Standard_D4s_v5",
      node_count: 3,
      zones: ["1", "2", "3"],
      vnet_subnet_id: SUBNET_ID,
      orchestrator_version: "1.36",
      only_critical_addons_enabled: true,
      node_public_ip_enabled: false,
      temporary_name_for_rotation: "systemtmp",
      upgrade_settings: { max_surge: "10%" },
    });
  });

  it("has an autoscaled user pool in the node subnet, without public IPs", () => {
    expect(Testing.synth(aks().stack)).toHaveResourceWithProperties(KubernetesClusterNodePool, {
      name: "user",
      kubernetes_cluster_id: `\${${CLUSTER}.id}`,
      mode: "User",
      vm_size: "Standard_D8s_v5",
      auto_scaling_enabled: true,
      min_count: 2,
      max_count: 10,
      zones: ["1", "2", "3"],
      vnet_subnet_id: SUBNET_ID,
      orchestrator_version: "1.36",
      node_public_ip_enabled: false,
      upgrade_settings: { max_surge: "10%" },
    });
  });

  it("leaves zones out of regional pools and lets the user pool scale to zero", () => {
    const { stack } = aks({ systemPool: { vmSize: "Standard_D2s_v5", nodeCount: 1 }, userPool: { vmSize: "Standard_D4s_v5", minCount: 0, maxCount: 3 } });
    expect(clusterBody(stack).default_node_pool.zones).toBeUndefined();
    const [[, pool]] = resourcesOf(stack, "azurerm_kubernetes_cluster_node_pool");
    expect(pool).toMatchObject({ min_count: 0, max_count: 3 });
    expect(pool.zones).toBeUndefined();
  });

  it("sends Container insights to the workspace through a data collection rule associated with the cluster", () => {
    const synthesized = Testing.synth(aks().stack);
    expect(synthesized).toHaveResourceWithProperties(MonitorDataCollectionRule, {
      name: "MSCI-abs-aks-metaverse-we-test",
      destinations: { log_analytics: [{ name: "ciworkspace", workspace_resource_id: WORKSPACE_ID }] },
      data_flow: [{ streams: ["Microsoft-ContainerInsights-Group-Default"], destinations: ["ciworkspace"] }],
      data_sources: {
        extension: [
          {
            name: "ContainerInsightsExtension",
            extension_name: "ContainerInsights",
            streams: ["Microsoft-ContainerInsights-Group-Default"],
            extension_json: JSON.stringify({ dataCollectionSettings: { interval: "1m", namespaceFilteringMode: "Off", enableContainerLogV2: true } }),
          },
        ],
      },
    });
    expect(synthesized).toHaveResourceWithProperties(MonitorDataCollectionRuleAssociation, {
      name: "ContainerInsightsExtension",
      target_resource_id: `\${${CLUSTER}.id}`,
      data_collection_rule_id: "${azurerm_monitor_data_collection_rule.aks_container-insights_DE70EDA3.id}",
    });
  });

  it("makes the cluster identity Network Contributor on the node subnet", () => {
    expect(Testing.synth(aks().stack)).toHaveResourceWithProperties(RoleAssignment, {
      scope: SUBNET_ID,
      role_definition_name: "Network Contributor",
      principal_id: `\${${CLUSTER}.identity[0].principal_id}`,
      principal_type: "ServicePrincipal",
    });
  });

  it("sends the control-plane logs by category (kube-audit-admin, not kube-audit) and all metrics", () => {
    const [[, setting]] = resourcesOf(aks().stack, "azurerm_monitor_diagnostic_setting");
    expect(setting).toMatchObject({ target_resource_id: `\${${CLUSTER}.id}`, log_analytics_workspace_id: WORKSPACE_ID, enabled_metric: [{ category: "AllMetrics" }] });
    expect(setting.enabled_log).toEqual(DEFAULT_AKS_LOG_CATEGORIES.map((category) => ({ category })));
    expect(setting.enabled_log).not.toContainEqual({ category: "kube-audit" });
  });

  it("sends the log category groups the caller chooses instead", () => {
    const workspace = { id: WORKSPACE_ID };
    expect(Testing.synth(aks({ diagnosticSettings: [{ workspace, logCategoryGroups: ["audit"] }] }).stack)).toHaveResourceWithProperties(MonitorDiagnosticSetting, {
      enabled_log: [{ category_group: "audit" }],
    });
  });

  it("exposes the cluster identity, the kubelet identity and the OIDC issuer as references", () => {
    const { stack, cluster } = aks();
    new TerraformOutput(stack, "identity", { value: cluster.principalId });
    new TerraformOutput(stack, "kubelet", { value: cluster.kubeletIdentity.principalId });
    new TerraformOutput(stack, "issuer", { value: cluster.oidcIssuerUrl });
    const { output } = synthJson(stack);
    expect(output.identity.value).toBe(`\${${CLUSTER}.identity[0].principal_id}`);
    expect(output.kubelet.value).toBe(`\${${CLUSTER}.kubelet_identity[0].object_id}`);
    expect(output.issuer.value).toBe(`\${${CLUSTER}.oidc_issuer_url}`);
  });

  describe("grantImagePull", () => {
    it("grants AcrPull on a registry of the stack to the kubelet identity", () => {
      const { stack, group, cluster } = aks();
      const registry = new ContainerRegistry(stack, "acr", { resourceGroup: group, workload: "shared" });
      cluster.grantImagePull(registry);
      expect(Testing.synth(stack)).toHaveResourceWithProperties(RoleAssignment, {
        scope: "${azurerm_container_registry.acr_registry_963AFD18.id}",
        role_definition_name: "AcrPull",
        principal_id: `\${${CLUSTER}.kubelet_identity[0].object_id}`,
        principal_type: "ServicePrincipal",
      });
    });

    it("grants AcrPull on an imported shared registry", () => {
      const { stack, cluster } = aks();
      cluster.grantImagePull(ContainerRegistry.fromId(stack, "shared-acr", REGISTRY_ID));
      expect(Testing.synth(stack)).toHaveResourceWithProperties(RoleAssignment, {
        scope: REGISTRY_ID,
        role_definition_name: "AcrPull",
        principal_id: `\${${CLUSTER}.kubelet_identity[0].object_id}`,
      });
    });
  });

  describe("policy", () => {
    it("a private cluster with its default props and diagnostics has no findings", () => {
      expect(policyReport(aks().stack).findings).toEqual([]);
    });

    it("a cluster with authorized ranges has no findings", () => {
      expect(policyReport(aks({ apiServerAuthorizedRanges: ["203.0.113.0/24"] }).stack).findings).toEqual([]);
    });

    it("without diagnostics the cluster breaks AZ-MON-001, and only that", () => {
      const ids = policyReport(aks({ diagnosticSettings: undefined }).stack).findings.map((f) => f.ruleId);
      expect(ids).toEqual(["AZ-MON-001"]);
    });
  });

  it("declares the Defender sensor, reporting to the workspace, only when asked", () => {
    expect(clusterBody(aks({ defenderSensor: true }).stack).microsoft_defender).toEqual({ log_analytics_workspace_id: WORKSPACE_ID });
    expect(clusterBody(aks().stack).microsoft_defender).toBeUndefined();
  });

  it("protects the cluster and its user pool with prevent_destroy, without a lock their pools would inherit", () => {
    const { stack } = aks({ protectFromDeletion: true });
    expect(clusterBody(stack).lifecycle).toEqual({ prevent_destroy: true });
    expect(resourcesOf(stack, "azurerm_kubernetes_cluster_node_pool").map(([, pool]) => pool.lifecycle)).toEqual([{ prevent_destroy: true }]);
    expect(resourcesOf(stack, "azurerm_management_lock")).toEqual([]);
  });

  describe("kubernetesViolations", () => {
    it("accepts a valid spec, with authorized ranges and a pinned patch outside the patch channel", () => {
      expect(kubernetesViolations(SPEC)).toEqual([]);
      expect(kubernetesViolations({ ...SPEC, kubernetesVersion: "1.36.2", automaticUpgradeChannel: "none", apiServerAuthorizedRanges: ["203.0.113.0/24"] })).toEqual([]);
    });

    describe("against AKS's release calendar", () => {
      const DEC_2026 = new Date("2026-12-06T00:00:00Z");

      it("rejects 1.34 on 2026-12-06, past its end of life, naming the minor to pick and every supported one", () => {
        expect(kubernetesViolations({ ...SPEC, kubernetesVersion: "1.34" }, DEC_2026)).toEqual([
          { field: "kubernetesVersion", value: "1.34", rule: "reached its AKS end of life in 2026-11: pick 1.37 (supported until 2027-10); AKS supports 1.35 (until 2027-03), 1.36 (until 2027-06), 1.37 (until 2027-10) on 2026-12-06" },
        ]);
      });

      it("rejects a pinned patch of an expired minor, a minor not yet GA and one the calendar does not know", () => {
        const rules = (version: string, today: Date) => kubernetesVersionViolations(version, today).map((v) => v.rule);
        expect(rules("1.33.4", DEC_2026)).toEqual([expect.stringMatching(/^reached its AKS end of life in 2026-06: pick 1\.37 /)]);
        expect(rules("1.36", new Date("2026-04-15T00:00:00Z"))).toEqual(["is not GA on AKS until 2026-06: pick 1.35 (supported until 2027-03); AKS supports 1.33 (until 2026-06), 1.34 (until 2026-11), 1.35 (until 2027-03) on 2026-04-15"]);
        expect(rules("1.99", DEC_2026)).toEqual([expect.stringMatching(/^is not in AKS's release calendar \(AKS_KUBERNETES_VERSIONS\): pick 1\.37 /)]);
      });

      it("accepts 1.35 and 1.36 on 2026-12-06, and asks for the calendar to be updated once nothing in it is supported", () => {
        expect(kubernetesVersionViolations("1.35", DEC_2026)).toEqual([]);
        expect(kubernetesVersionViolations("1.36", DEC_2026)).toEqual([]);
        expect(kubernetesVersionViolations("1.37", new Date("2027-11-01T00:00:00Z"))).toEqual([
          { field: "kubernetesVersion", value: "1.37", rule: "reached its AKS end of life in 2027-10, and no minor in AKS_KUBERNETES_VERSIONS is supported on 2027-11-01: add the current ones from AKS's release calendar" },
        ]);
      });

      it("is what the construct applies", () => {
        expect(() => aks({ kubernetesVersion: "1.34" })).toThrow(/^test\/aks: kubernetesVersion = "1\.34": reached its AKS end of life in 2026-11: pick /);
      });
    });

    it("reports every broken rule with its field", () => {
      const violations = kubernetesViolations({
        ...SPEC,
        kubernetesVersion: "v1.36",
        adminGroupObjectIds: ["admins"],
        systemPool: { vmSize: "D4s_v5", nodeCount: 0, zones: ["1", "1"] },
        userPool: { vmSize: "Standard_D8s_v5", minCount: 5, maxCount: 1001, zones: ["4"] },
        apiServerAuthorizedRanges: ["0.0.0.0/0"],
        serviceCidr: "10.0.0.0/29",
      });
      expect(violations.map((v) => v.field)).toEqual([
        "kubernetesVersion",
        "adminGroupObjectIds[0]",
        "systemPool.vmSize",
        "systemPool.zones",
        "systemPool.nodeCount",
        "userPool.zones",
        "userPool.maxCount",
        "apiServerAuthorizedRanges[0]",
        "serviceCidr",
      ]);
    });
  });

  describe("bad input", () => {
    const cases: Array<[string, Partial<KubernetesClusterProps>, string]> = [
      [
        "a malformed Kubernetes version",
        { kubernetesVersion: "1.36.x" },
        'test/aks: kubernetesVersion = "1.36.x": must be MAJOR.MINOR or MAJOR.MINOR.PATCH, e.g. 1.36 (^\\d+\\.\\d+(\\.\\d+)?$)',
      ],
      [
        "a pinned patch under the patch channel",
        { kubernetesVersion: "1.36.2" },
        'test/aks: kubernetesVersion = "1.36.2": must be MAJOR.MINOR (e.g. 1.36) under the patch upgrade channel: AKS applies the patches, and a pinned patch would make every plan undo them',
      ],
      [
        "an admin group id that is not a GUID",
        { adminGroupObjectIds: [ADMIN_GROUP, "aks-admins"] },
        'test/aks: adminGroupObjectIds[1] = "aks-admins": must be an Entra ID group object id (a GUID such as 00000000-0000-0000-0000-000000000000)',
      ],
      [
        "no admin group",
        { adminGroupObjectIds: [] },
        "test/aks: adminGroupObjectIds = []: must list at least one Entra ID group (or name administrators): with local accounts disabled, nobody else can administer the cluster",
      ],
      [
        "a tenant id that is not a GUID",
        { tenantId: "contoso.onmicrosoft.com" },
        'test/aks: tenantId = "contoso.onmicrosoft.com": must be an Entra ID tenant id (a GUID)',
      ],
      [
        "a user pool whose minimum exceeds its maximum",
        { userPool: { vmSize: "Standard_D8s_v5", minCount: 6, maxCount: 3 } },
        "test/aks: userPool.minCount = 6: must not exceed userPool.maxCount (3)",
      ],
      [
        "a user pool with no room for a node",
        { userPool: { vmSize: "Standard_D8s_v5", minCount: 0, maxCount: 0 } },
        "test/aks: userPool.maxCount = 0: must be a whole number from 1 to 1000",
      ],
      [
        "a system pool without nodes",
        { systemPool: { vmSize: "Standard_D4s_v5", nodeCount: 0 } },
        "test/aks: systemPool.nodeCount = 0: must be a whole number from 1 to 1000 (at least 2 where the cluster must survive losing a node)",
      ],
      [
        "a zone the region does not have",
        { systemPool: { vmSize: "Standard_D4s_v5", nodeCount: 3, zones: ["1", "2", "4"] } },
        'test/aks: systemPool.zones = ["1","2","4"]: must be distinct availability zones from 1, 2, 3',
      ],
      [
        "an authorized range that is not a CIDR",
        { apiServerAuthorizedRanges: ["203.0.113.0/24", "203.0.113.300/32"] },
        'test/aks: apiServerAuthorizedRanges[1] = "203.0.113.300/32": each octet must be 0-255',
      ],
      [
        "an authorized range with host bits set",
        { apiServerAuthorizedRanges: ["203.0.113.7/24"] },
        'test/aks: apiServerAuthorizedRanges[0] = "203.0.113.7/24": host bits are set: the network address of /24 must be a multiple of 256',
      ],
      [
        "an authorized range open to everyone",
        { apiServerAuthorizedRanges: ["0.0.0.0/0"] },
        'test/aks: apiServerAuthorizedRanges[0] = "0.0.0.0/0": must not be /0: it would open the API server to every address',
      ],
      [
        "an empty list of authorized ranges",
        { apiServerAuthorizedRanges: [] },
        "test/aks: apiServerAuthorizedRanges = []: must list at least one CIDR, or be left unset for a private cluster: an empty list opens the API server to every address",
      ],
      [
        "a pod range overlapping the service range",
        { podCidr: "10.0.0.0/14" },
        'test/aks: podCidr = "10.0.0.0/14": must not overlap serviceCidr (10.0.0.0/16): pod and service addresses would collide',
      ],
      [
        "a malformed pod range",
        { podCidr: "192.168.0.0" },
        'test/aks: podCidr = "192.168.0.0": must be an IPv4 CIDR such as 10.10.0.0/16',
      ],
      [
        "a service range too small for kube-dns",
        { serviceCidr: "172.16.0.0/29" },
        'test/aks: serviceCidr = "172.16.0.0/29": must be a /28 or larger: kube-dns takes its .10 address',
      ],
      [
        "a VM size that is not one",
        { userPool: { vmSize: "D8s_v5", minCount: 1, maxCount: 3 } },
        'test/aks: userPool.vmSize = "D8s_v5": must be an Azure VM size name such as Standard_D4s_v5',
      ],
    ];

    it.each(cases)("rejects %s", (_name, props, message) => {
      expect(() => aks(props)).toThrow(message);
    });

    it("reports several problems together", () => {
      expect(() => aks({ kubernetesVersion: "latest", userPool: { vmSize: "Standard_D8s_v5", minCount: 4, maxCount: 2 } })).toThrow(
        [
          "2 invalid settings:",
          '  - test/aks: kubernetesVersion = "latest": must be MAJOR.MINOR or MAJOR.MINOR.PATCH, e.g. 1.36 (^\\d+\\.\\d+(\\.\\d+)?$)',
          "  - test/aks: userPool.minCount = 4: must not exceed userPool.maxCount (2)",
        ].join("\n"),
      );
    });

    it("writes nothing for a bad cluster", () => {
      const { stack, group } = testStackWithGroup();
      expect(() =>
        new KubernetesCluster(stack, "aks", {
          resourceGroup: group,
          kubernetesVersion: "1.36",
          adminGroupObjectIds: ["not-a-guid"],
          tenantId: TENANT,
          subnetId: SUBNET_ID,
          systemPool: SPEC.systemPool,
          userPool: SPEC.userPool,
          workspace: { id: WORKSPACE_ID },
        }),
      ).toThrow("adminGroupObjectIds[0]");
      expect(synthJson(stack).resource.azurerm_kubernetes_cluster).toBeUndefined();
    });
  });
});

describe("KubernetesCluster administrators and outbound", () => {
  it("grants named administrators cluster admin instead of a group, and leaves through the subnet's NAT gateway when told", () => {
    const { stack } = aks({
      adminGroupObjectIds: [],
      administrators: [{ principalId: "${data.azurerm_client_config.c.object_id}", principalType: "Infer" }],
      outboundType: "userAssignedNATGateway",
    });
    expect(clusterBody(stack).network_profile.outbound_type).toBe("userAssignedNATGateway");
    const admins = resourcesOf(stack, "azurerm_role_assignment").filter(([, a]) => a.role_definition_name === "Azure Kubernetes Service RBAC Cluster Admin");
    expect(admins.map(([, a]) => [a.principal_id, a.principal_type])).toEqual([["${data.azurerm_client_config.c.object_id}", undefined]]);
  });
});
