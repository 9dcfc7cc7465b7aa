import { LinuxWebApp as AzLinuxWebApp } from "@cdktf/provider-azurerm/lib/linux-web-app";
import { MonitorActivityLogAlert } from "@cdktf/provider-azurerm/lib/monitor-activity-log-alert";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { ServicePlan } from "@cdktf/provider-azurerm/lib/service-plan";
import { TerraformOutput, Testing } from "cdktf";
import { AppServicePlan, AppServicePlanProps, appServicePlanViolations, PlanAutoscaleOptions } from "../constructs/compute/app-service-plan";
import { ContainerRegistry } from "../constructs/compute/container-registry";
import { LinuxWebApp, LinuxWebAppProps } from "../constructs/compute/linux-web-app";
import { AutoscaleSetting, AutoscaleSettingProps } from "../constructs/monitoring/autoscale-setting";
import { ActionGroup } from "../constructs/monitoring/action-group";
import { KeyVault } from "../constructs/security/key-vault";
import { UserAssignedIdentity } from "../constructs/security/user-assigned-identity";
import { propagationOf, resourcesOf, synthJson, testStackWithGroup } from "./helpers";

type Stack = ReturnType<typeof testStackWithGroup>["stack"];

const APP_SUBNET = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app";
const LITERAL_PLAN_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/asp";
const WORKSPACE = { id: "/workspaces/log" };

function only(stack: Stack, type: string): [string, any] {
  const all = resourcesOf(stack, type);
  expect(all).toHaveLength(1);
  return all[0];
}

/** A reference to an attribute of the stack's single resource of `type`. */
function ref(stack: Stack, type: string, attribute: string): string {
  return `\${${type}.${only(stack, type)[0]}.${attribute}}`;
}

function planStack(props: Partial<AppServicePlanProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const plan = new AppServicePlan(stack, "plan", { resourceGroup: group, sku: "P1v3", ...props });
  return { stack, group, plan };
}

/** A stack with a plan, a registry and one web app built from `props`. */
function webApp(props: Partial<LinuxWebAppProps> = {}) {
  const { stack, group, plan } = planStack({ workload: "web" });
  const registry = new ContainerRegistry(stack, "acr", { resourceGroup: group });
  const app = new LinuxWebApp(stack, "web", {
    resourceGroup: group,
    workload: "web",
    plan,
    registry,
    image: "web/template:1.0.3",
    vnetIntegrationSubnetId: APP_SUBNET,
    ...props,
  });
  return { stack, group, plan, registry, app };
}

function autoscale(props: Partial<AutoscaleSettingProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const setting = new AutoscaleSetting(stack, "scale", { resourceGroup: group, targetResourceId: LITERAL_PLAN_ID, minimum: 2, maximum: 20, ...props });
  return { stack, group, setting };
}

describe("AppServicePlan", () => {
  it("is a Linux plan named <prefix>-asp-<workload>-<region>-<env> with one worker", () => {
    const { stack } = planStack({ workload: "web", sku: "S1" });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ServicePlan, {
      name: "abs-asp-web-we-test",
      os_type: "Linux",
      sku_name: "S1",
      worker_count: 1,
      zone_balancing_enabled: false,
      location: "${azurerm_resource_group.rg_group_867B0039.location}",
      resource_group_name: "${azurerm_resource_group.rg_group_867B0039.name}",
    });
  });

  it("balances over zones on Premium v3, with two workers unless told otherwise", () => {
    expect(only(planStack({ zoneBalancing: true }).stack, "azurerm_service_plan")[1]).toMatchObject({ zone_balancing_enabled: true, worker_count: 2 });
    expect(only(planStack({ sku: "P1mv3", zoneBalancing: true, workerCount: 3 }).stack, "azurerm_service_plan")[1]).toMatchObject({
      sku_name: "P1mv3",
      worker_count: 3,
    });
  });

  it("sends only metrics to Log Analytics by default", () => {
    const { stack } = planStack({ diagnosticSettings: [{ workspace: WORKSPACE }] });
    const [, setting] = only(stack, "azurerm_monitor_diagnostic_setting");
    expect(setting).toMatchObject({ target_resource_id: ref(stack, "azurerm_service_plan", "id"), enabled_metric: [{ category: "AllMetrics" }] });
    expect(setting.enabled_log).toEqual([]);
  });

  it("autoscales with the seed's numbers and stops tracking worker_count", () => {
    const { stack, plan } = planStack({ workload: "web", protectFromDeletion: true });
    const setting = plan.addAutoscale("autoscale", { minimum: 2, maximum: 20 });
    const planId = ref(stack, "azurerm_service_plan", "id");
    expect(plan.autoscale).toBe(setting);
    const [, body] = only(stack, "azurerm_service_plan");
    expect(body.lifecycle).toEqual({ prevent_destroy: true, ignore_changes: ["worker_count"] });
    const [, autoscaleBody] = only(stack, "azurerm_monitor_autoscale_setting");
    expect(autoscaleBody).toMatchObject({
      name: "abs-as-web-we-test",
      target_resource_id: planId,
      profile: [{ capacity: { minimum: 2, maximum: 20, default: 2 } }],
    });
    expect(autoscaleBody.profile[0].rule.map((r: any) => r.metric_trigger.metric_resource_id)).toEqual([planId, planId]);
  });

  describe("rejects bad input", () => {
    it.each<[string, Partial<AppServicePlanProps>, string]>([
      [
        "the Free SKU",
        { sku: "F1" as any },
        'test/plan: sku = "F1": must be one of B1, B2, B3, S1, S2, S3, P0v3, P1v3, P2v3, P3v3, P1mv3, P2mv3, P3mv3, P4mv3, P5mv3: Free and Shared plans have no VNet integration or always-on',
      ],
      ["zone balancing on B1", { sku: "B1", zoneBalancing: true }, "test/plan: zoneBalancing = true: must be false unless sku is Premium v3 (got B1)"],
      ["zone balancing with one worker", { zoneBalancing: true, workerCount: 1 }, "test/plan: workerCount = 1: must be at least 2 when zoneBalancing is true"],
      ["more workers than the tier runs", { sku: "B2", workerCount: 4 }, "test/plan: workerCount = 4: must be a whole number from 1 to 3 on a Basic plan"],
      ["a fractional worker count", { workerCount: 1.5 }, "test/plan: workerCount = 1.5: must be a whole number from 1 to 30 on a PremiumV3 plan"],
    ])("rejects %s", (_, props, message) => {
      expect(() => planStack(props)).toThrow(message);
    });

    it.each<[string, Partial<AppServicePlanProps>, PlanAutoscaleOptions, string]>([
      ["autoscale on Basic", { sku: "B1" }, { minimum: 1, maximum: 3 }, 'test/plan: sku = "B1": must be Standard or Premium v3 to autoscale: Basic plans scale only by hand'],
      ["more instances than Standard runs", { sku: "S1" }, { minimum: 2, maximum: 20 }, "test/plan: autoscale.maximum = 20: must not exceed 10, the most instances a Standard plan runs"],
      ["one instance on a zone-balanced plan", { zoneBalancing: true }, { minimum: 1, maximum: 5 }, "test/plan: autoscale.minimum = 1: must be at least 2 on a zone-balanced plan"],
    ])("rejects %s", (_, props, options, message) => {
      const { plan } = planStack(props);
      expect(() => plan.addAutoscale("autoscale", options)).toThrow(message);
    });

    it("rejects a second autoscale setting", () => {
      const { plan } = planStack();
      plan.addAutoscale("autoscale", { minimum: 2, maximum: 20 });
      expect(() => plan.addAutoscale("again", { minimum: 2, maximum: 20 })).toThrow(
        'test/plan: autoscale = "again": must be added once: Azure allows one autoscale setting per plan',
      );
    });
  });
});

describe("LinuxWebApp", () => {
  it("is HTTPS and TLS 1.2 only, without FTP, basic-auth publishing or client affinity", () => {
    const { stack } = webApp();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzLinuxWebApp, {
      service_plan_id: ref(stack, "azurerm_service_plan", "id"),
      location: ref(stack, "azurerm_service_plan", "location"),
      https_only: true,
      client_affinity_enabled: false,
      ftp_publish_basic_authentication_enabled: false,
      webdeploy_publish_basic_authentication_enabled: false,
    });
    const [, body] = only(stack, "azurerm_linux_web_app");
    expect(body.name).toMatch(/^abs-app-web-we-test-[0-9a-f]{4}$/);
    expect(body.site_config).toMatchObject({
      minimum_tls_version: "1.2",
      scm_minimum_tls_version: "1.2",
      ftps_state: "Disabled",
      http2_enabled: true,
      always_on: true,
    });
  });

  it("integrates with the app subnet and routes all outbound traffic and the image pull through it", () => {
    const { stack } = webApp();
    const [, body] = only(stack, "azurerm_linux_web_app");
    expect(body).toMatchObject({ virtual_network_subnet_id: APP_SUBNET, vnet_image_pull_enabled: true });
    expect(body.site_config.vnet_route_all_enabled).toBe(true);
  });

  it("checks /health by default and evicts an instance after 2 minutes", () => {
    const [, body] = only(webApp().stack, "azurerm_linux_web_app");
    expect(body.site_config).toMatchObject({ health_check_path: "/health", health_check_eviction_time_in_min: 2 });
    const [, custom] = only(webApp({ healthCheckPath: "/healthz", alwaysOn: false }).stack, "azurerm_linux_web_app");
    expect(custom.site_config).toMatchObject({ health_check_path: "/healthz", always_on: false });
  });

  it("is private by default, reached through a private endpoint on the sites sub-resource", () => {
    const { stack } = webApp({ privateEndpoints: [{ subnetId: "/subnets/pe", privateDnsZoneIds: ["/zones/privatelink.azurewebsites.net"] }] });
    const [appId, body] = only(stack, "azurerm_linux_web_app");
    expect(body.public_network_access_enabled).toBe(false);
    const [, endpoint] = only(stack, "azurerm_private_endpoint");
    expect(endpoint).toMatchObject({
      subnet_id: "/subnets/pe",
      private_service_connection: { private_connection_resource_id: `\${azurerm_linux_web_app.${appId}.id}`, subresource_names: ["sites"] },
      private_dns_zone_group: { private_dns_zone_ids: ["/zones/privatelink.azurewebsites.net"] },
    });
    expect(only(webApp({ publicNetworkAccess: true }).stack, "azurerm_linux_web_app")[1].public_network_access_enabled).toBe(true);
  });

  it("pulls its image with the system identity, which is granted AcrPull", () => {
    const { stack } = webApp();
    const [appId, body] = only(stack, "azurerm_linux_web_app");
    expect(body.identity).toEqual({ type: "SystemAssigned" });
    expect(body.site_config.container_registry_use_managed_identity).toBe(true);
    expect(body.site_config.container_registry_managed_identity_client_id).toBeUndefined();
    expect(body.site_config.application_stack).toEqual({
      docker_image_name: "web/template:1.0.3",
      docker_registry_url: `https://${ref(stack, "azurerm_container_registry", "login_server")}`,
    });
    expect(body.key_vault_reference_identity_id).toBeUndefined();
    expect(body.depends_on).toBeUndefined();
    const [, grant] = only(stack, "azurerm_role_assignment");
    expect(grant).toMatchObject({
      role_definition_name: "AcrPull",
      scope: ref(stack, "azurerm_container_registry", "id"),
      principal_id: `\${azurerm_linux_web_app.${appId}.identity[0].principal_id}`,
      principal_type: "ServicePrincipal",
    });
  });

  it("pulls with a given user-assigned identity that holds AcrPull before the app exists", () => {
    const { stack, group } = testStackWithGroup();
    const identity = new UserAssignedIdentity(stack, "id", { resourceGroup: group, workload: "web" });
    const plan = new AppServicePlan(stack, "plan", { resourceGroup: group, sku: "P1v3" });
    const registry = ContainerRegistry.fromId(stack, "shared-acr", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/abscrshared");
    new LinuxWebApp(stack, "web", { resourceGroup: group, plan, registry, identity, image: "web/template:1.0.3", vnetIntegrationSubnetId: APP_SUBNET });
    const [identityId] = only(stack, "azurerm_user_assigned_identity");
    const [grantId, grant] = only(stack, "azurerm_role_assignment");
    expect(grant).toMatchObject({
      role_definition_name: "AcrPull",
      principal_id: `\${azurerm_user_assigned_identity.${identityId}.principal_id}`,
    });
    const [, body] = only(stack, "azurerm_linux_web_app");
    expect(body.identity).toEqual({ type: "SystemAssigned, UserAssigned", identity_ids: [`\${azurerm_user_assigned_identity.${identityId}.id}`] });
    expect(body.site_config).toMatchObject({
      container_registry_use_managed_identity: true,
      container_registry_managed_identity_client_id: `\${azurerm_user_assigned_identity.${identityId}.client_id}`,
      application_stack: { docker_image_name: "web/template:1.0.3", docker_registry_url: "https://abscrshared.azurecr.io" },
    });
    // The first pull happens at creation: AcrPull must have propagated by then.
    expect(body.depends_on).toEqual([propagationOf(stack, grantId)]);
  });

  it("sets WEBSITES_PORT, plain settings and Key Vault references by versionless secret URL", () => {
    const { stack, group } = testStackWithGroup();
    const vault = new KeyVault(stack, "kv", { resourceGroup: group, tenantId: "tenant" });
    const { secret } = vault.addGeneratedSecret("db", { name: "db-password" });
    const plan = new AppServicePlan(stack, "plan", { resourceGroup: group, sku: "P1v3" });
    const registry = new ContainerRegistry(stack, "acr", { resourceGroup: group });
    const app = new LinuxWebApp(stack, "web", {
      resourceGroup: group,
      plan,
      registry,
      image: "web/template:1.0.3",
      vnetIntegrationSubnetId: APP_SUBNET,
      port: 3000,
      appSettings: { NODE_ENV: "production", VAULT_URI: vault.vaultUri },
      keyVaultSecrets: { DB_PASSWORD: secret, API_KEY: { versionlessId: "https://abs-kv-core.vault.azure.net/secrets/api-key" } },
    });
    vault.grantSecretsRead(app);
    const [appId, body] = only(stack, "azurerm_linux_web_app");
    const [secretId] = only(stack, "azurerm_key_vault_secret");
    expect(body.app_settings).toEqual({
      NODE_ENV: "production",
      VAULT_URI: "${azurerm_key_vault.kv_vault_422C35C0.vault_uri}",
      DB_PASSWORD: `@Microsoft.KeyVault(SecretUri=\${azurerm_key_vault_secret.${secretId}.versionless_id})`,
      API_KEY: "@Microsoft.KeyVault(SecretUri=https://abs-kv-core.vault.azure.net/secrets/api-key)",
      WEBSITES_PORT: "3000",
    });
    const reader = resourcesOf(stack, "azurerm_role_assignment").find(([, b]) => b.role_definition_name === "Key Vault Secrets User");
    expect(reader?.[1].principal_id).toBe(`\${azurerm_linux_web_app.${appId}.identity[0].principal_id}`);
  });

  it("defaults WEBSITES_PORT to 8080", () => {
    expect(only(webApp().stack, "azurerm_linux_web_app")[1].app_settings).toEqual({ WEBSITES_PORT: "8080" });
  });

  it("sends all logs and metrics to Log Analytics through diagnostics", () => {
    const { stack } = webApp({ diagnosticSettings: [{ workspace: WORKSPACE }] });
    const [appId, body] = only(stack, "azurerm_linux_web_app");
    expect(body.logs).toBeUndefined();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(MonitorDiagnosticSetting, {
      target_resource_id: `\${azurerm_linux_web_app.${appId}.id}`,
      log_analytics_workspace_id: WORKSPACE.id,
      enabled_log: [{ category_group: "allLogs" }],
      enabled_metric: [{ category: "AllMetrics" }],
    });
  });

  it("exposes its host name and principal id as references", () => {
    const { stack, app } = webApp();
    new TerraformOutput(stack, "host", { value: app.defaultHostname });
    new TerraformOutput(stack, "principal", { value: app.principalId });
    const { output } = synthJson(stack);
    expect(output.host.value).toBe(ref(stack, "azurerm_linux_web_app", "default_hostname"));
    expect(output.principal.value).toBe(ref(stack, "azurerm_linux_web_app", "identity[0].principal_id"));
  });

  it("runs on a Premium v3 plan, and refuses Basic and Standard: its VNet integration needs a newer scale unit there", () => {
    expect(() => webApp()).not.toThrow();
    const { stack, group } = testStackWithGroup();
    const registry = new ContainerRegistry(stack, "acr", { resourceGroup: group });
    for (const sku of ["S1", "B1"] as const) {
      const plan = new AppServicePlan(stack, `plan-${sku}`, { resourceGroup: group, sku });
      const tier = sku === "S1" ? "Standard" : "Basic";
      expect(() => new LinuxWebApp(stack, `web-${sku}`, { resourceGroup: group, plan, registry, image: "web/template:1.0.3", vnetIntegrationSubnetId: APP_SUBNET })).toThrow(
        `test/web-${sku}: plan.sku = "${sku}": must be Premium v3 (e.g. P0v3) for VNet-integrated apps: ${tier} plans have VNet integration only on newer App Service scale units, which a new plan is not guaranteed`,
      );
    }
    expect(appServicePlanViolations({ sku: "S1", vnetIntegration: true }).map((v) => v.field)).toEqual(["sku"]);
    expect(appServicePlanViolations({ sku: "S1" })).toEqual([]);
    expect(appServicePlanViolations({ sku: "P0v3", vnetIntegration: true })).toEqual([]);
  });

  describe("rejects bad input", () => {
    it.each<[string, Partial<LinuxWebAppProps>, string]>([
      ["a health check path without '/'", { healthCheckPath: "health" }, 'test/web: healthCheckPath = "health": must start with \'/\', e.g. /health'],
      [
        "an image with a registry host",
        { image: "abscrshared.azurecr.io/web/template:1.0.3" },
        'test/web: image = "abscrshared.azurecr.io/web/template:1.0.3": must not include a registry host: the registry\'s loginServer is put in front of it',
      ],
      ["an image without a tag", { image: "web/template" }, 'test/web: image = "web/template": must be "repository:tag": a lower-case repository path such as web/template, \':\' and a tag'],
      ["port 0", { port: 0 }, "test/web: port = 0: must be a whole number from 1 to 65535"],
      ["WEBSITES_PORT in appSettings", { appSettings: { WEBSITES_PORT: "80" } }, 'test/web: appSettings.WEBSITES_PORT = "80": must not be set: it comes from the port prop'],
      [
        "a secret setting that is also a plain one",
        { appSettings: { DB: "x" }, keyVaultSecrets: { DB: { versionlessId: "https://kv.vault.azure.net/secrets/db" } } },
        'test/web: keyVaultSecrets.DB = "DB": must not also be an appSettings name or WEBSITES_PORT',
      ],
      [
        "a versioned secret URL",
        { keyVaultSecrets: { DB: { versionlessId: "https://kv.vault.azure.net/secrets/db/0123abcd" } } },
        'test/web: keyVaultSecrets.DB.versionlessId = "https://kv.vault.azure.net/secrets/db/0123abcd": must be a versionless secret URL, https://<vault>.vault.azure.net/secrets/<name>',
      ],
    ])("rejects %s", (_, props, message) => {
      expect(() => webApp(props)).toThrow(message);
    });
  });
});

describe("AutoscaleSetting", () => {
  it("scales out +1 above 70 % CPU over 5 minutes and in -1 below 30 % over 10 minutes", () => {
    const { stack } = autoscale({ workload: "web" });
    const [, body] = only(stack, "azurerm_monitor_autoscale_setting");
    expect(body).toMatchObject({
      name: "abs-as-web-we-test",
      location: "${azurerm_resource_group.rg_group_867B0039.location}",
      target_resource_id: LITERAL_PLAN_ID,
    });
    expect(body.notification).toBeUndefined();
    const trigger = { metric_name: "CpuPercentage", metric_namespace: "microsoft.web/serverfarms", metric_resource_id: LITERAL_PLAN_ID, statistic: "Average", time_aggregation: "Average", time_grain: "PT1M" };
    expect(body.profile).toEqual([
      {
        name: "default",
        capacity: { minimum: 2, maximum: 20, default: 2 },
        rule: [
          {
            metric_trigger: { ...trigger, operator: "GreaterThan", threshold: 70, time_window: "PT5M" },
            scale_action: { direction: "Increase", type: "ChangeCount", value: 1, cooldown: "PT5M" },
          },
          {
            metric_trigger: { ...trigger, operator: "LessThan", threshold: 30, time_window: "PT10M" },
            scale_action: { direction: "Decrease", type: "ChangeCount", value: 1, cooldown: "PT10M" },
          },
        ],
      },
    ]);
  });

  it("takes its own numbers, written as ISO 8601 durations", () => {
    const { stack } = autoscale({
      minimum: 1,
      maximum: 3,
      default: 2,
      scaleOut: { cpuThreshold: 80, windowMinutes: 90, cooldownMinutes: 120, instances: 2 },
      scaleIn: { cpuThreshold: 20 },
    });
    const [, body] = only(stack, "azurerm_monitor_autoscale_setting");
    const [out, inRule] = body.profile[0].rule;
    expect(body.profile[0].capacity).toEqual({ minimum: 1, maximum: 3, default: 2 });
    expect(out.metric_trigger).toMatchObject({ threshold: 80, time_window: "PT1H30M" });
    expect(out.scale_action).toMatchObject({ value: 2, cooldown: "PT2H" });
    expect(inRule.metric_trigger).toMatchObject({ threshold: 20, time_window: "PT10M" });
    expect(inRule.scale_action).toMatchObject({ value: 1, cooldown: "PT10M" });
  });

  it("mails addresses and tells an action group through an activity-log alert", () => {
    const { stack, group } = testStackWithGroup();
    const actionGroup = new ActionGroup(stack, "ops", { resourceGroup: group, shortName: "ops", emailReceivers: [{ name: "ops", emailAddress: "ops@example.com" }] });
    new AutoscaleSetting(stack, "scale", {
      resourceGroup: group,
      targetResourceId: LITERAL_PLAN_ID,
      minimum: 2,
      maximum: 20,
      notification: { emails: ["ops@example.com"], actionGroup },
    });
    const [settingId, body] = only(stack, "azurerm_monitor_autoscale_setting");
    expect(body.notification).toEqual({
      email: { custom_emails: ["ops@example.com"], send_to_subscription_administrator: false, send_to_subscription_co_administrator: false },
    });
    const [agId] = only(stack, "azurerm_monitor_action_group");
    expect(Testing.synth(stack)).toHaveResourceWithProperties(MonitorActivityLogAlert, {
      name: "abs-as-we-test-events",
      location: "global",
      scopes: ["${azurerm_resource_group.rg_group_867B0039.id}"],
      criteria: { category: "Autoscale", resource_id: `\${azurerm_monitor_autoscale_setting.${settingId}.id}` },
      action: [{ action_group_id: `\${azurerm_monitor_action_group.${agId}.id}` }],
    });
  });

  it("has no activity-log alert without an action group", () => {
    expect(synthJson(autoscale().stack).resource.azurerm_monitor_activity_log_alert).toBeUndefined();
  });

  describe("rejects bad input", () => {
    it.each<[string, Partial<AutoscaleSettingProps>, string]>([
      ["minimum above maximum", { minimum: 5, maximum: 3 }, "test/scale: minimum = 5: must not exceed maximum (3)"],
      ["a maximum of 31", { maximum: 31 }, "test/scale: maximum = 31: must be a whole number from 1 to 30"],
      ["a minimum of 0", { minimum: 0 }, "test/scale: minimum = 0: must be a whole number from 1 to 30"],
      ["a default below minimum", { default: 1 }, "test/scale: default = 1: must be a whole number from minimum (2) to maximum (20)"],
      ["a default above maximum", { default: 21 }, "test/scale: default = 21: must be a whole number from minimum (2) to maximum (20)"],
      [
        "a scale-in threshold equal to scale-out's",
        { scaleIn: { cpuThreshold: 70 } },
        "test/scale: scaleIn.cpuThreshold = 70: must be below scaleOut.cpuThreshold (70), or each scale-in triggers the next scale-out",
      ],
      [
        "a scale-in threshold above scale-out's",
        { scaleOut: { cpuThreshold: 50 }, scaleIn: { cpuThreshold: 60 } },
        "test/scale: scaleIn.cpuThreshold = 60: must be below scaleOut.cpuThreshold (50), or each scale-in triggers the next scale-out",
      ],
      ["a threshold above 100", { scaleOut: { cpuThreshold: 101 } }, "test/scale: scaleOut.cpuThreshold = 101: must be a CPU percentage from 1 to 100"],
      ["a threshold of 0", { scaleIn: { cpuThreshold: 0 } }, "test/scale: scaleIn.cpuThreshold = 0: must be a CPU percentage from 1 to 100"],
      ["a window under 5 minutes", { scaleOut: { windowMinutes: 1 } }, "test/scale: scaleOut.windowMinutes = 1: must be a whole number of minutes from 5 to 720"],
      ["a cooldown over a week", { scaleIn: { cooldownMinutes: 10081 } }, "test/scale: scaleIn.cooldownMinutes = 10081: must be a whole number of minutes from 1 to 10080 (one week)"],
      ["a step of 0 instances", { scaleOut: { instances: 0 } }, "test/scale: scaleOut.instances = 0: must be a whole number from 1 to 30"],
      ["a malformed email", { notification: { emails: ["ops"] } }, 'test/scale: notification.emails.0 = "ops": must be an email address (name@domain.tld)'],
      [
        "a target that is not a plan",
        { targetResourceId: "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/sites/app" },
        'test/scale: targetResourceId = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/sites/app": must be the ARM id of an App Service plan (.../providers/Microsoft.Web/serverFarms/<name>): the rules read its CpuPercentage',
      ],
    ])("rejects %s", (_, props, message) => {
      expect(() => autoscale(props)).toThrow(message);
    });
  });
});
