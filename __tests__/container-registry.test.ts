import { ContainerRegistry as AzContainerRegistry } from "@cdktf/provider-azurerm/lib/container-registry";
import { ContainerRegistryCacheRule } from "@cdktf/provider-azurerm/lib/container-registry-cache-rule";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { SecurityCenterSubscriptionPricing } from "@cdktf/provider-azurerm/lib/security-center-subscription-pricing";
import { TerraformOutput, Testing } from "cdktf";
import { CacheRuleOptions, ContainerRegistry, ContainerRegistryProps } from "../constructs/compute/container-registry";
import { DefenderForContainers, DefenderForContainersProps } from "../constructs/security/defender-for-containers";
import { UserAssignedIdentity } from "../constructs/security/user-assigned-identity";
import { resourcesOf, synthJson, testStack, testStackWithGroup } from "./helpers";

const REGISTRY_ID = "${azurerm_container_registry.acr_registry_963AFD18.id}";
const SHARED_ID = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/abs-rg-we-prod/providers/Microsoft.ContainerRegistry/registries/AbsCrSharedWeProd";

/** A stack with one registry built from `props`. */
function registry(props: Partial<ContainerRegistryProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const acr = new ContainerRegistry(stack, "acr", { resourceGroup: group, ...props });
  return { stack, group, acr };
}

function registryBody(stack: ReturnType<typeof registry>["stack"]): any {
  const all = resourcesOf(stack, "azurerm_container_registry");
  expect(all).toHaveLength(1);
  return all[0][1];
}

describe("ContainerRegistry", () => {
  it("generates a compact, globally unique name", () => {
    const { stack } = registry({ workload: "shared" });
    expect(registryBody(stack).name).toMatch(/^abscrsharedwetest[0-9a-f]{4}$/);
  });

  it("is Premium and private, without admin user, anonymous pull or export, with data endpoints and 7-day retention", () => {
    const { stack } = registry();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzContainerRegistry, {
      sku: "Premium",
      admin_enabled: false,
      anonymous_pull_enabled: false,
      public_network_access_enabled: false,
      network_rule_bypass_option: "AzureServices",
      data_endpoint_enabled: true,
      export_policy_enabled: false,
      zone_redundancy_enabled: false,
      retention_policy_in_days: 7,
    });
  });

  it("keeps export on for a public Premium registry (Azure blocks export only without public access)", () => {
    const { stack } = registry({ publicNetworkAccess: true, zoneRedundancy: true, untaggedRetentionDays: 30, tags: { team: "platform" } });
    expect(registryBody(stack)).toMatchObject({
      public_network_access_enabled: true,
      export_policy_enabled: true,
      zone_redundancy_enabled: true,
      retention_policy_in_days: 30,
      tags: { team: "platform" },
    });
  });

  it("accepts a public Basic registry without Premium-only settings", () => {
    const { stack } = registry({ sku: "Basic", publicNetworkAccess: true });
    const body = registryBody(stack);
    expect(body).toMatchObject({ sku: "Basic", admin_enabled: false, anonymous_pull_enabled: false, data_endpoint_enabled: false, export_policy_enabled: true });
    expect(body.retention_policy_in_days).toBeUndefined();
  });

  it("exposes the login server as a reference", () => {
    const { stack, acr } = registry();
    new TerraformOutput(stack, "login", { value: acr.loginServer });
    expect(synthJson(stack).output.login.value).toBe("${azurerm_container_registry.acr_registry_963AFD18.login_server}");
  });

  it("adds a private endpoint for the registry sub-resource with its DNS zone group", () => {
    const { stack } = registry({ privateEndpoints: [{ subnetId: "/subnets/pe", privateDnsZoneIds: ["/zones/privatelink.azurecr.io"] }] });
    const [[, endpoint]] = resourcesOf(stack, "azurerm_private_endpoint");
    expect(endpoint).toMatchObject({
      subnet_id: "/subnets/pe",
      private_service_connection: { private_connection_resource_id: REGISTRY_ID, subresource_names: ["registry"] },
      private_dns_zone_group: { private_dns_zone_ids: ["/zones/privatelink.azurecr.io"] },
    });
  });

  it("sends all logs and metrics to Log Analytics", () => {
    const { stack } = registry({ diagnosticSettings: [{ workspace: { id: "/workspaces/log" } }] });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(MonitorDiagnosticSetting, {
      target_resource_id: REGISTRY_ID,
      log_analytics_workspace_id: "/workspaces/log",
      enabled_log: [{ category_group: "allLogs" }],
      enabled_metric: [{ category: "AllMetrics" }],
    });
  });

  it("grants AcrPull and AcrPush on the registry", () => {
    const { stack, group, acr } = registry();
    const app = new UserAssignedIdentity(stack, "app", { resourceGroup: group });
    acr.grantPull(app);
    acr.grantPush({ principalId: "ci", principalType: "Group" });
    const grants = resourcesOf(stack, "azurerm_role_assignment").map(([, b]) => [b.role_definition_name, b.scope, b.principal_type, b.principal_id]);
    expect(grants).toEqual([
      ["AcrPull", REGISTRY_ID, "ServicePrincipal", expect.stringMatching(/^\$\{azurerm_user_assigned_identity\.app_identity_\w+\.principal_id\}$/)],
      ["AcrPush", REGISTRY_ID, "Group", "ci"],
    ]);
  });

  it("adds artifact cache rules named after the target repository", () => {
    const { stack, acr } = registry();
    acr.addCacheRule("otel", { sourceRepository: "docker.io/otel/opentelemetry-collector-contrib", targetRepository: "otel/opentelemetry-collector-contrib" });
    acr.addCacheRule("nats", { sourceRepository: "docker.io/library/nats", targetRepository: "nats" });
    acr.addCacheRule("long", {
      sourceRepository: "mcr.microsoft.com/azure-cognitive-services/speechservices/custom-speech-to-text",
      targetRepository: "azure-cognitive-services/speechservices/custom-speech-to-text",
    });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ContainerRegistryCacheRule, {
      name: "otel-opentelemetry-collector-contrib",
      container_registry_id: REGISTRY_ID,
      source_repo: "docker.io/otel/opentelemetry-collector-contrib",
      target_repo: "otel/opentelemetry-collector-contrib",
    });
    const names = resourcesOf(stack, "azurerm_container_registry_cache_rule").map(([, b]) => b.name);
    expect(names.sort()).toEqual([expect.stringMatching(/^azure-cognitive-services-speechservices-cu-[0-9a-f]{6}$/), "nats-cache", "otel-opentelemetry-collector-contrib"]);
    for (const name of names) expect(name).toMatch(/^[a-zA-Z0-9][a-zA-Z0-9-]{3,47}[a-zA-Z0-9]$/);
  });

  it("protects from deletion with prevent_destroy and a CanNotDelete lock", () => {
    const { stack } = registry({ protectFromDeletion: true });
    expect(registryBody(stack).lifecycle).toEqual({ prevent_destroy: true });
    const [[, lock]] = resourcesOf(stack, "azurerm_management_lock");
    expect(lock).toMatchObject({ lock_level: "CanNotDelete", scope: REGISTRY_ID });
  });

  describe("rejects bad input", () => {
    it.each<[string, Partial<ContainerRegistryProps>, string]>([
      ["a Basic registry without public access", { sku: "Basic" }, 'test/acr: sku = "Basic": must be Premium while publicNetworkAccess is false: only Premium registries take private endpoints and network rules'],
      [
        "a Basic registry with a private endpoint",
        { sku: "Basic", publicNetworkAccess: true, privateEndpoints: [{ subnetId: "/subnets/pe", privateDnsZoneIds: [] }] },
        'test/acr: sku = "Basic": must be Premium to add a private endpoint',
      ],
      ["zone redundancy on Standard", { sku: "Standard", publicNetworkAccess: true, zoneRedundancy: true }, "test/acr: zoneRedundancy = true: must be false unless sku is Premium"],
      ["retention on Standard", { sku: "Standard", publicNetworkAccess: true, untaggedRetentionDays: 7 }, "test/acr: untaggedRetentionDays = 7: must be 0 unless sku is Premium"],
      ["retention of 366 days", { untaggedRetentionDays: 366 }, "test/acr: untaggedRetentionDays = 366: must be a whole number of days, 0-365"],
      ["retention of -1 days", { untaggedRetentionDays: -1 }, "test/acr: untaggedRetentionDays = -1: must be a whole number of days, 0-365"],
      ["an unknown SKU", { sku: "Classic" as any }, 'test/acr: sku = "Classic": must be one of Basic, Standard, Premium'],
      ["an illegal name", { name: "abs-cr" }, 'test/acr: name = "abs-cr": 5-50 characters: letters and digits only; unique across Azure'],
    ])("rejects %s", (_, props, message) => {
      expect(() => registry(props)).toThrow(message);
    });

    it("rejects a private endpoint added later to a Standard registry", () => {
      const { acr } = registry({ sku: "Standard", publicNetworkAccess: true });
      expect(() => acr.addPrivateEndpoint({ subnetId: "/subnets/pe", privateDnsZoneIds: [] })).toThrow('test/acr: sku = "Standard": must be Premium to add a private endpoint');
    });

    const REPO_RULE = "lower-case path components of a-z, 0-9, '.', '_', '-' separated by '/', each starting and ending with a letter or digit";
    it.each<[string, CacheRuleOptions, string]>([
      ["an upper-case target", { sourceRepository: "docker.io/library/nginx", targetRepository: "Nginx" }, `test/acr: cacheRules.rule.targetRepository = "Nginx": must be ${REPO_RULE}`],
      ["a target with an empty component", { sourceRepository: "docker.io/library/nginx", targetRepository: "library//nginx" }, `test/acr: cacheRules.rule.targetRepository = "library//nginx": must be ${REPO_RULE}`],
      ["a target ending in '-'", { sourceRepository: "docker.io/library/nginx", targetRepository: "nginx-" }, `test/acr: cacheRules.rule.targetRepository = "nginx-": must be ${REPO_RULE}`],
      [
        "a source without registry host",
        { sourceRepository: "library/nginx", targetRepository: "nginx" },
        `test/acr: cacheRules.rule.sourceRepository = "library/nginx": must be a registry host and a repository of ${REPO_RULE}, e.g. docker.io/library/nginx`,
      ],
      [
        "a source with a tag",
        { sourceRepository: "docker.io/library/nginx:1.27", targetRepository: "nginx" },
        `test/acr: cacheRules.rule.sourceRepository = "docker.io/library/nginx:1.27": must be a registry host and a repository of ${REPO_RULE}, e.g. docker.io/library/nginx`,
      ],
    ])("rejects a cache rule with %s", (_, options, message) => {
      const { acr } = registry();
      expect(() => acr.addCacheRule("rule", options)).toThrow(message);
    });

    it("rejects two cache rules whose names would clash", () => {
      const { acr } = registry();
      acr.addCacheRule("a", { sourceRepository: "docker.io/library/nginx", targetRepository: "library/nginx" });
      expect(() => acr.addCacheRule("b", { sourceRepository: "docker.io/library/nginx", targetRepository: "library.nginx" })).toThrow(
        'test/acr: cacheRules.b.targetRepository = "library.nginx": must give a cache rule name no other rule has (library-nginx)',
      );
    });
  });
});

describe("ContainerRegistry.fromId", () => {
  it("imports a registry by ARM id and grants AcrPull scoped to it", () => {
    const { stack, group } = testStackWithGroup();
    const shared = ContainerRegistry.fromId(stack, "shared-acr", SHARED_ID);
    const app = new UserAssignedIdentity(stack, "app", { resourceGroup: group });
    shared.grantPull(app);
    shared.grantPull({ principalId: "kubelet" });
    expect(shared.id).toBe(SHARED_ID);
    expect(shared.name).toBe("AbsCrSharedWeProd");
    expect(shared.loginServer).toBe("abscrsharedweprod.azurecr.io");
    const grants = resourcesOf(stack, "azurerm_role_assignment");
    expect(grants.map(([address]) => address)).toEqual([
      expect.stringMatching(/^shared-acr_grant-acrpull-0_assignment_\w+$/),
      expect.stringMatching(/^shared-acr_grant-acrpull-1_assignment_\w+$/),
    ]);
    expect(grants[1][1]).toEqual({ scope: SHARED_ID, role_definition_name: "AcrPull", principal_id: "kubelet", principal_type: "ServicePrincipal" });
    expect(resourcesOf(stack, "azurerm_container_registry")).toEqual([]);
  });

  const ID_RULE = "must be a literal ARM id /subscriptions/<guid>/resourceGroups/<group>/providers/Microsoft.ContainerRegistry/registries/<5-50 letters and digits>";
  it.each([
    ["a resource group id", "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/abs-rg-we-prod", '"/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/abs-rg-we-prod"'],
    ["a subscription that is not a GUID", "/subscriptions/prod/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/abscrshared", '"/subscriptions/prod/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/abscrshared"'],
    ["a Key Vault id", "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/abscrshared", '"/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/abscrshared"'],
    // Long values are shortened in messages.
    [
      "a registry name with hyphens",
      "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/abs-cr-shared",
      '"/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registri...',
    ],
    ["a reference instead of a literal id", "${data.azurerm_container_registry.shared.id}", '"${data.azurerm_container_registry.shared.id}"'],
  ])("rejects %s", (_, resourceId, shown) => {
    expect(() => ContainerRegistry.fromId(testStack(), "shared-acr", resourceId)).toThrow(`test/shared-acr: resourceId = ${shown}: ${ID_RULE}`);
  });
});

describe("DefenderForContainers", () => {
  it("turns on the Standard Containers plan with registry scanning, agentless discovery and the sensor, with the sensor properties Azure returns", () => {
    const stack = testStack();
    const defender = new DefenderForContainers(stack, "defender");
    expect(Testing.synth(stack)).toHaveResourceWithProperties(SecurityCenterSubscriptionPricing, {
      tier: "Standard",
      resource_type: "Containers",
      extension: [
        { name: "ContainerRegistriesVulnerabilityAssessments" },
        { name: "AgentlessDiscoveryForKubernetes" },
        { name: "ContainerSensor", additional_extension_properties: { AntiMalwareEnabled: "True", AutoProvisioning: "true", InstallationMethod: "AKSAddon", SecurityGatingEnabled: "True" } },
      ],
    });
    expect(defender.provisionsSensor).toBe(true);
    const [[, pricing]] = resourcesOf(stack, "azurerm_security_center_subscription_pricing");
    expect(pricing.provider).toBeUndefined();
  });

  it("takes another extension list and the provider of another subscription", () => {
    const stack = testStack();
    const provider = new AzurermProvider(stack, "security", { alias: "security", features: [{}], subscriptionId: "00000000-0000-0000-0000-000000000002" });
    new DefenderForContainers(stack, "defender", { extensions: ["ContainerRegistriesVulnerabilityAssessments"], provider });
    const [[, pricing]] = resourcesOf(stack, "azurerm_security_center_subscription_pricing");
    expect(pricing).toMatchObject({ provider: "azurerm.security", extension: [{ name: "ContainerRegistriesVulnerabilityAssessments" }] });
    const scanning = new DefenderForContainers(testStack(), "defender", { extensions: ["AgentlessVmScanning"] });
    expect(scanning.provisionsSensor).toBe(false);
    expect(scanning.resource.extensionInput).toEqual([{ name: "AgentlessVmScanning", additionalExtensionProperties: { ExclusionTags: "[]" } }]);
  });

  it.each<[string, DefenderForContainersProps, string]>([
    [
      "an unknown extension",
      { extensions: ["SensitiveDataDiscovery" as any] },
      'test/defender: extensions.0 = "SensitiveDataDiscovery": must be one of ContainerRegistriesVulnerabilityAssessments, AgentlessDiscoveryForKubernetes, ContainerSensor, AgentlessVmScanning',
    ],
    ["a repeated extension", { extensions: ["ContainerSensor", "ContainerSensor"] }, 'test/defender: extensions.1 = "ContainerSensor": must not repeat an extension'],
  ])("rejects %s", (_, props, message) => {
    expect(() => new DefenderForContainers(testStack(), "defender", props)).toThrow(message);
  });
});
