import { LinuxFunctionApp as AzLinuxFunctionApp } from "@cdktf/provider-azurerm/lib/linux-function-app";
import { ServicePlan } from "@cdktf/provider-azurerm/lib/service-plan";
import { TerraformOutput, Testing } from "cdktf";
import { FunctionAppSpec, functionAppViolations, LinuxFunctionApp, LinuxFunctionAppProps } from "../constructs/compute/function-app";
import { ApplicationInsights } from "../constructs/monitoring/application-insights";
import { KeyVault } from "../constructs/security/key-vault";
import { UserAssignedIdentity } from "../constructs/security/user-assigned-identity";
import { propagationOf, resourcesOf, synthJson, testStackWithGroup } from "./helpers";
import { policyReport } from "./policy-helpers";

type Stack = ReturnType<typeof testStackWithGroup>["stack"];

const APP_SUBNET = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app";
const PE_SUBNET = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/pe";
const ZONES = { blob: "/zones/privatelink.blob.core.windows.net", queue: "/zones/privatelink.queue.core.windows.net", table: "/zones/privatelink.table.core.windows.net" };
const SITES_PE = { subnetId: PE_SUBNET, privateDnsZoneIds: ["/zones/privatelink.azurewebsites.net"] };
const WORKSPACE = { id: "/workspaces/log" };

function only(stack: Stack, type: string): [string, any] {
  const all = resourcesOf(stack, type);
  expect(all).toHaveLength(1);
  return all[0];
}

/** `${type.<the stack's single resource of type>.attribute}` */
function ref(stack: Stack, type: string, attribute = "id"): string {
  return `\${${type}.${only(stack, type)[0]}.${attribute}}`;
}

/** A stack with one function app built from `props` (workload "mv", Node 20). */
function functionApp(props: Partial<LinuxFunctionAppProps> = {}, environment = "test") {
  const { stack, group } = testStackWithGroup(environment);
  const app = new LinuxFunctionApp(stack, "func", {
    resourceGroup: group,
    workload: "mv",
    runtime: { stack: "node", version: "20" },
    vnetIntegrationSubnetId: APP_SUBNET,
    storagePrivateEndpoints: { subnetId: PE_SUBNET, privateDnsZoneIds: ZONES },
    ...props,
  });
  return { stack, group, app };
}

/** A function app that sends telemetry to an Application Insights component of its stack. */
function withInsights(props: Partial<LinuxFunctionAppProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const insights = new ApplicationInsights(stack, "appi", { resourceGroup: group, workspace: WORKSPACE });
  const app = new LinuxFunctionApp(stack, "func", {
    resourceGroup: group,
    runtime: { stack: "python", version: "3.11" },
    vnetIntegrationSubnetId: APP_SUBNET,
    storagePrivateEndpoints: { subnetId: PE_SUBNET, privateDnsZoneIds: ZONES },
    applicationInsights: insights,
    ...props,
  });
  return { stack, group, insights, app };
}

describe("LinuxFunctionApp", () => {
  it("runs on its own Linux EP1 plan named <prefix>-asp-<workload>-func-<region>-<env>, 1 to 20 instances", () => {
    const { stack } = functionApp();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ServicePlan, {
      name: "abs-asp-mv-func-we-test",
      os_type: "Linux",
      sku_name: "EP1",
      worker_count: 1,
      maximum_elastic_worker_count: 20,
      location: "${azurerm_resource_group.rg_group_867B0039.location}",
    });
    const [, app] = only(stack, "azurerm_linux_function_app");
    expect(app).toMatchObject({ service_plan_id: ref(stack, "azurerm_service_plan"), location: ref(stack, "azurerm_service_plan", "location") });
    expect(app.site_config.elastic_instance_minimum).toBe(1);
  });

  it("takes its plan size and elastic instance range", () => {
    const { stack } = functionApp({ sku: "EP2", minimumInstances: 3, maximumInstances: 50 });
    expect(only(stack, "azurerm_service_plan")[1]).toMatchObject({ sku_name: "EP2", worker_count: 3, maximum_elastic_worker_count: 50 });
    expect(only(stack, "azurerm_linux_function_app")[1].site_config.elastic_instance_minimum).toBe(3);
  });

  it("is HTTPS and TLS 1.2 only, without FTP or basic-auth publishing, closed to public networks", () => {
    const { stack } = functionApp();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzLinuxFunctionApp, {
      functions_extension_version: "~4",
      https_only: true,
      public_network_access_enabled: false,
      ftp_publish_basic_authentication_enabled: false,
      webdeploy_publish_basic_authentication_enabled: false,
    });
    const [, app] = only(stack, "azurerm_linux_function_app");
    expect(app.name).toMatch(/^abs-func-mv-we-test-[0-9a-f]{4}$/);
    expect(app.site_config).toMatchObject({ minimum_tls_version: "1.2", scm_minimum_tls_version: "1.2", ftps_state: "Disabled", http2_enabled: true });
    expect(app.site_config.remote_debugging_enabled).toBeUndefined();
  });

  it("joins the VNet, routes all outbound traffic through it and monitors its own scale", () => {
    const [, app] = only(functionApp().stack, "azurerm_linux_function_app");
    expect(app.virtual_network_subnet_id).toBe(APP_SUBNET);
    expect(app.site_config).toMatchObject({ vnet_route_all_enabled: true, runtime_scale_monitoring_enabled: true });
  });

  it("is reached through a private endpoint on the sites sub-resource", () => {
    const { stack } = functionApp({ privateEndpoints: [SITES_PE] });
    const endpoint = resourcesOf(stack, "azurerm_private_endpoint").find(([, b]) => b.private_service_connection.subresource_names[0] === "sites");
    expect(endpoint?.[1]).toMatchObject({
      name: "abs-pe-func-sites-we-test",
      subnet_id: PE_SUBNET,
      private_service_connection: { private_connection_resource_id: ref(stack, "azurerm_linux_function_app") },
      private_dns_zone_group: { private_dns_zone_ids: SITES_PE.privateDnsZoneIds },
    });
  });

  describe("host storage", () => {
    it("is its own keyless, private account, reached with the app's identity (no connection string, no content share)", () => {
      const { stack } = functionApp();
      const [, account] = only(stack, "azurerm_storage_account");
      expect(account).toMatchObject({
        name: expect.stringMatching(/^absstmvfuncwetest[0-9a-f]{4}$/),
        shared_access_key_enabled: false,
        public_network_access_enabled: false,
        network_rules: { default_action: "Deny" },
        min_tls_version: "TLS1_2",
        blob_properties: { versioning_enabled: false },
      });
      const [, app] = only(stack, "azurerm_linux_function_app");
      expect(app).toMatchObject({
        storage_account_name: ref(stack, "azurerm_storage_account", "name"),
        storage_uses_managed_identity: true,
        content_share_force_disabled: true,
        builtin_logging_enabled: false,
      });
      expect(app.storage_account_access_key).toBeUndefined();
      expect(app.app_settings).toMatchObject({
        AzureWebJobsStorage__credential: "managedidentity",
        AzureWebJobsStorage__clientId: ref(stack, "azurerm_user_assigned_identity", "client_id"),
      });
      // Written by the provider from storage_account_name; setting it here too would show a diff on every plan.
      expect(Object.keys(app.app_settings).filter((k) => /^AzureWebJobsStorage$|__accountName$|^WEBSITE_CONTENT/.test(k))).toEqual([]);
    });

    it("has private endpoints for blob, queue and table in their DNS zones", () => {
      const { stack } = functionApp();
      const storageId = ref(stack, "azurerm_storage_account");
      const endpoints = resourcesOf(stack, "azurerm_private_endpoint").map(([, b]) => ({
        name: b.name,
        subnet: b.subnet_id,
        target: b.private_service_connection.private_connection_resource_id,
        subresources: b.private_service_connection.subresource_names,
        zones: b.private_dns_zone_group.private_dns_zone_ids,
      }));
      expect(endpoints).toEqual(
        (["blob", "queue", "table"] as const).map((s) => ({ name: `abs-pe-host-storage-${s}-we-test`, subnet: PE_SUBNET, target: storageId, subresources: [s], zones: [ZONES[s]] })),
      );
    });

    it("holds the package the app runs from, read with the identity", () => {
      const { stack, app } = functionApp();
      expect(only(stack, "azurerm_storage_container")[1]).toMatchObject({ name: "app-package", container_access_type: "private", storage_account_id: ref(stack, "azurerm_storage_account") });
      const packageUrl = `${ref(stack, "azurerm_storage_account", "primary_blob_endpoint")}app-package/app.zip`;
      expect(only(stack, "azurerm_linux_function_app")[1].app_settings).toMatchObject({
        WEBSITE_RUN_FROM_PACKAGE: packageUrl,
        WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID: ref(stack, "azurerm_user_assigned_identity"),
      });
      new TerraformOutput(stack, "package", { value: app.packageUrl });
      expect(synthJson(stack).output.package.value).toBe(packageUrl);
    });

    it("takes a shorter workload when the default name would be too long", () => {
      expect(() => functionApp({ workload: "metaverse" }, "staging")).toThrow(
        /^test\/func\/host-storage: name = "absstmetaversefuncwestaging[0-9a-f]{4}": 3-24 characters: lowercase letters and digits only; unique across Azure$/,
      );
      const [, account] = only(functionApp({ workload: "metaverse", storageWorkload: "mvf" }, "staging").stack, "azurerm_storage_account");
      expect(account.name).toMatch(/^absstmvfwestaging[0-9a-f]{4}$/);
    });
  });

  describe("identity and grants", () => {
    it("runs as a new user-assigned identity that holds its storage roles before the app is created", () => {
      const { stack, app } = functionApp();
      const [identityId, identity] = only(stack, "azurerm_user_assigned_identity");
      expect(identity.name).toBe("abs-id-mv-func-we-test");
      const [, body] = only(stack, "azurerm_linux_function_app");
      expect(body.identity).toEqual({ type: "UserAssigned", identity_ids: [`\${azurerm_user_assigned_identity.${identityId}.id}`] });
      expect(body.key_vault_reference_identity_id).toBe(`\${azurerm_user_assigned_identity.${identityId}.id}`);

      const grants = resourcesOf(stack, "azurerm_role_assignment");
      expect(grants.map(([, g]) => [g.role_definition_name, g.scope, g.principal_id, g.principal_type])).toEqual(
        ["Storage Blob Data Owner", "Storage Queue Data Contributor", "Storage Table Data Contributor"].map((role) => [
          role,
          ref(stack, "azurerm_storage_account"),
          `\${azurerm_user_assigned_identity.${identityId}.principal_id}`,
          "ServicePrincipal",
        ]),
      );
      const endpoints = resourcesOf(stack, "azurerm_private_endpoint").map(([id]) => `azurerm_private_endpoint.${id}`);
      // The host starts at creation: its storage roles must have propagated by then.
      expect(body.depends_on).toEqual([...grants.map(([id]) => propagationOf(stack, id)), ...endpoints]);
      expect(app.principalId).toBe(app.identity.principalId);
    });

    it("runs as a given identity, and grants to the app land on it", () => {
      const { stack, group } = testStackWithGroup();
      const identity = new UserAssignedIdentity(stack, "id", { resourceGroup: group, workload: "events" });
      const vault = new KeyVault(stack, "kv", { resourceGroup: group, tenantId: "00000000-0000-0000-0000-000000000000" });
      const vaultGrant = vault.grantSecretsRead(identity);
      const app = new LinuxFunctionApp(stack, "func", {
        resourceGroup: group,
        runtime: { stack: "dotnet-isolated", version: "8.0" },
        vnetIntegrationSubnetId: APP_SUBNET,
        storagePrivateEndpoints: { subnetId: PE_SUBNET, privateDnsZoneIds: ZONES },
        identity,
        dependsOn: [vaultGrant.resource],
        appSettings: { DB_PASSWORD: "@Microsoft.KeyVault(SecretUri=https://abs-kv.vault.azure.net/secrets/db)" },
      });
      const [identityId] = only(stack, "azurerm_user_assigned_identity");
      expect(app.identity).toBe(identity);
      const [, body] = only(stack, "azurerm_linux_function_app");
      expect(body.identity).toEqual({ type: "UserAssigned", identity_ids: [`\${azurerm_user_assigned_identity.${identityId}.id}`] });
      expect(body.app_settings.DB_PASSWORD).toBe("@Microsoft.KeyVault(SecretUri=https://abs-kv.vault.azure.net/secrets/db)");
      const vaultGrantId = resourcesOf(stack, "azurerm_role_assignment").find(([, g]) => g.role_definition_name === "Key Vault Secrets User")?.[0];
      expect(body.depends_on).toContain(`azurerm_role_assignment.${vaultGrantId}`);
      expect(body.depends_on).toHaveLength(3 + 3 + 1);
    });
  });

  describe("Application Insights", () => {
    it("sends telemetry with Entra ID: connection string, auth string with the identity, Monitoring Metrics Publisher first", () => {
      const { stack } = withInsights();
      const [, body] = only(stack, "azurerm_linux_function_app");
      const clientId = ref(stack, "azurerm_user_assigned_identity", "client_id");
      expect(body.site_config.application_insights_connection_string).toBe(ref(stack, "azurerm_application_insights", "connection_string"));
      expect(body.site_config.application_insights_key).toBeUndefined();
      expect(body.app_settings.APPLICATIONINSIGHTS_AUTHENTICATION_STRING).toBe(`ClientId=${clientId};Authorization=AAD`);
      const [publisherId, publisher] = resourcesOf(stack, "azurerm_role_assignment").find(([, g]) => g.role_definition_name === "Monitoring Metrics Publisher")!;
      expect(publisher).toMatchObject({ scope: ref(stack, "azurerm_application_insights"), principal_id: ref(stack, "azurerm_user_assigned_identity", "principal_id") });
      expect(body.depends_on).toContain(propagationOf(stack, publisherId));
    });

    it("has no telemetry settings without a component", () => {
      const [, body] = only(functionApp().stack, "azurerm_linux_function_app");
      expect(body.site_config.application_insights_connection_string).toBeUndefined();
      expect(body.app_settings.APPLICATIONINSIGHTS_AUTHENTICATION_STRING).toBeUndefined();
    });
  });

  it.each<[LinuxFunctionAppProps["runtime"], Record<string, unknown>]>([
    [{ stack: "node", version: "22" }, { node_version: "22" }],
    [{ stack: "dotnet-isolated", version: "8.0" }, { dotnet_version: "8.0", use_dotnet_isolated_runtime: true }],
    [{ stack: "python", version: "3.11" }, { python_version: "3.11" }],
    [{ stack: "java", version: "21" }, { java_version: "21" }],
    [{ stack: "powershell", version: "7.4" }, { powershell_core_version: "7.4" }],
  ])("runs %j as application_stack %j", (runtime, stack) => {
    expect(only(functionApp({ runtime }).stack, "azurerm_linux_function_app")[1].site_config.application_stack).toEqual(stack);
  });

  it("keeps the caller's app settings next to its own", () => {
    const [, body] = only(functionApp({ appSettings: { NODE_ENV: "production" } }).stack, "azurerm_linux_function_app");
    expect(Object.keys(body.app_settings).sort()).toEqual(
      ["AzureWebJobsStorage__clientId", "AzureWebJobsStorage__credential", "NODE_ENV", "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_RUN_FROM_PACKAGE_BLOB_MI_RESOURCE_ID"].sort(),
    );
  });

  it("sends the app's logs and metrics and the plan's and storage's metrics to Log Analytics", () => {
    const { stack } = functionApp({ diagnosticSettings: [{ workspace: WORKSPACE }] });
    const settings = Object.fromEntries(resourcesOf(stack, "azurerm_monitor_diagnostic_setting").map(([, s]) => [s.target_resource_id, s]));
    expect(Object.keys(settings).sort()).toEqual([ref(stack, "azurerm_linux_function_app"), ref(stack, "azurerm_service_plan"), ref(stack, "azurerm_storage_account")].sort());
    expect(settings[ref(stack, "azurerm_linux_function_app")]).toMatchObject({ enabled_log: [{ category_group: "allLogs" }], enabled_metric: [{ category: "AllMetrics" }] });
    for (const target of [ref(stack, "azurerm_service_plan"), ref(stack, "azurerm_storage_account")]) {
      expect(settings[target]).toMatchObject({ log_analytics_workspace_id: WORKSPACE.id, enabled_log: [], enabled_metric: [{ category: "AllMetrics" }] });
    }
  });

  it("protects the app and its host storage from deletion", () => {
    const { stack } = functionApp({ protectFromDeletion: true });
    expect(only(stack, "azurerm_linux_function_app")[1].lifecycle).toEqual({ prevent_destroy: true });
    expect(only(stack, "azurerm_storage_account")[1].lifecycle).toEqual({ prevent_destroy: true });
    const locked = resourcesOf(stack, "azurerm_management_lock").map(([, l]) => [l.scope, l.lock_level]);
    expect(locked.sort()).toEqual([[ref(stack, "azurerm_linux_function_app"), "CanNotDelete"], [ref(stack, "azurerm_storage_account"), "CanNotDelete"]].sort());
  });

  describe("policy", () => {
    it("passes every rule with its default props, diagnostics and a private endpoint", () => {
      const { stack } = functionApp({ diagnosticSettings: [{ workspace: WORKSPACE }], privateEndpoints: [SITES_PE] });
      expect(policyReport(stack).findings).toEqual([]);
    });

    it("passes every rule with Application Insights", () => {
      const { stack } = withInsights({ diagnosticSettings: [{ workspace: WORKSPACE }], privateEndpoints: [SITES_PE] });
      expect(policyReport(stack).findings).toEqual([]);
    });

    it("passes every rule where stateful resources are protected, when protected itself", () => {
      const { stack } = functionApp({ diagnosticSettings: [{ workspace: WORKSPACE }], privateEndpoints: [SITES_PE], protectFromDeletion: true });
      // The test stack's resource group is not protected: only the app's own resources count here.
      const own = policyReport(stack, { protectStatefulResources: true }).findings.filter((f) => f.path.startsWith("test/func/"));
      expect(own).toEqual([]);
    });
  });

  describe("rejects bad input", () => {
    it.each<[string, Partial<LinuxFunctionAppProps>, string]>([
      ["a plan that is not Elastic Premium", { sku: "P1v3" as any }, 'test/func: sku = "P1v3": must be one of EP1, EP2, EP3: the Elastic Premium plans, which join a VNet and scale on events'],
      ["an unknown stack", { runtime: { stack: "ruby" as any, version: "3.3" } }, 'test/func: runtime.stack = "ruby": must be one of node, dotnet-isolated, python, java, powershell'],
      ["a retired Node version", { runtime: { stack: "node", version: "18" } }, 'test/func: runtime.version = "18": must be one of 20, 22 for node'],
      ["a .NET version without its minor", { runtime: { stack: "dotnet-isolated", version: "8" } }, 'test/func: runtime.version = "8": must be one of 8.0, 9.0 for dotnet-isolated'],
      ["a minimum of 0", { minimumInstances: 0 }, "test/func: minimumInstances = 0: must be a whole number from 1 to 100"],
      ["a maximum above 100", { maximumInstances: 101 }, "test/func: maximumInstances = 101: must be a whole number from 1 to 100"],
      ["a fractional minimum", { minimumInstances: 1.5 }, "test/func: minimumInstances = 1.5: must be a whole number from 1 to 100"],
      ["a minimum above the maximum", { minimumInstances: 5, maximumInstances: 3 }, "test/func: minimumInstances = 5: must not exceed maximumInstances (3)"],
      [
        "a host storage setting",
        { appSettings: { AzureWebJobsStorage: "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=y" } },
        'test/func: appSettings = "AzureWebJobsStorage": must not name a host storage, package, runtime or Application Insights setting: the construct manages those',
      ],
      [
        "a package setting",
        { appSettings: { website_run_from_package: "1" } },
        'test/func: appSettings = "website_run_from_package": must not name a host storage, package, runtime or Application Insights setting: the construct manages those',
      ],
    ])("rejects %s", (_, props, message) => {
      expect(() => functionApp(props)).toThrow(message);
    });

    it("reports every broken rule together", () => {
      expect(() => functionApp({ sku: "Y1" as any, runtime: { stack: "python", version: "3.8" }, maximumInstances: 0 })).toThrow(
        [
          "3 invalid settings:",
          '  - test/func: sku = "Y1": must be one of EP1, EP2, EP3: the Elastic Premium plans, which join a VNet and scale on events',
          '  - test/func: runtime.version = "3.8": must be one of 3.10, 3.11, 3.12, 3.13 for python',
          "  - test/func: maximumInstances = 0: must be a whole number from 1 to 100",
        ].join("\n"),
      );
    });

    it("checks a settings spec with the same rules", () => {
      const spec: FunctionAppSpec = { runtime: { stack: "node", version: "20" } };
      expect(functionAppViolations(spec)).toEqual([]);
      expect(functionAppViolations({ ...spec, sku: "EP3", minimumInstances: 100, maximumInstances: 100 })).toEqual([]);
      expect(functionAppViolations({ ...spec, minimumInstances: 30, maximumInstances: 20 })).toEqual([
        { field: "minimumInstances", value: 30, rule: "must not exceed maximumInstances (20)" },
      ]);
    });
  });
});
