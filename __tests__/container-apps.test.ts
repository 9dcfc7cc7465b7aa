import { Construct } from "constructs";
import { TerraformOutput, TerraformResource, TerraformStack, TerraformVariable, Testing } from "cdktf";
import { ContainerApp as AzContainerApp } from "@cdktf/provider-azurerm/lib/container-app";
import { ContainerAppEnvironment } from "@cdktf/provider-azurerm/lib/container-app-environment";
import { ContainerApp, ContainerAppProps, IImageRegistry } from "../constructs/compute/container-app";
import { ContainerAppsEnvironment, ContainerAppsEnvironmentProps } from "../constructs/compute/container-apps-environment";
import { IPrincipal } from "../constructs/core/interfaces";
import { ResourceGroup } from "../constructs/resource-group/resource-group";
import { RoleAssignment } from "../constructs/security/role-assignment";
import { propagationOf, resourcesOf, synthJson, testStackWithGroup } from "./helpers";

const WORKSPACE = { id: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log" };
const SUBNET_ID = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet/subnets/containers";
const VNET = { id: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/vnet", name: "vnet" };
const ACR_ID = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.ContainerRegistry/registries/abscrtest";
const LOGIN_SERVER = "abscrtest.azurecr.io";
const SECRET_URL = "https://abs-kv-we-test.vault.azure.net/secrets/orders-db";

/** A resource attribute as the synthesized JSON refers to it. */
function ref(stack: TerraformStack, resource: TerraformResource, attribute = "id"): string {
  return `\${${resource.terraformResourceType}.${stack.getLogicalId(resource)}.${attribute}}`;
}

/** What an attribute token becomes in the synthesized JSON (read back through stack outputs). */
function resolved(stack: TerraformStack, values: Record<string, unknown>): Record<string, unknown> {
  Object.entries(values).forEach(([key, value]) => new TerraformOutput(stack, key, { value }));
  const { output } = synthJson(stack);
  return Object.fromEntries(Object.keys(values).map((key) => [key, output[key].value]));
}

function bodies(stack: TerraformStack, type: string): any[] {
  return resourcesOf(stack, type).map(([, body]) => body);
}

function only(stack: TerraformStack, type: string): any {
  const all = bodies(stack, type);
  expect(all).toHaveLength(1);
  return all[0];
}

/** Stands in for ContainerRegistry: AcrPull on a literal registry id. */
class FakeRegistry implements IImageRegistry {
  public readonly loginServer = LOGIN_SERVER;
  constructor(private readonly scope: Construct) {}
  public grantPull(principal: IPrincipal): RoleAssignment {
    return new RoleAssignment(this.scope, "acr-pull", { scope: ACR_ID, principal, roleDefinitionName: "AcrPull" });
  }
}

function environment(props: Partial<ContainerAppsEnvironmentProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const env = new ContainerAppsEnvironment(stack, "cae", {
    resourceGroup: group,
    workload: "shared",
    infrastructureSubnet: { id: SUBNET_ID, addressPrefix: "10.10.8.0/23" },
    logAnalytics: WORKSPACE,
    ...props,
  });
  return { stack, group, env };
}

function app(props: Partial<ContainerAppProps> = {}) {
  const { stack, group } = testStackWithGroup();
  return appIn(stack, group, props);
}

function appIn(stack: TerraformStack, group: ResourceGroup, props: Partial<ContainerAppProps> = {}) {
  const registry = new FakeRegistry(stack);
  const ca = new ContainerApp(stack, "orders", {
    environment: { id: "/subscriptions/0/resourceGroups/rg/providers/Microsoft.App/managedEnvironments/cae" },
    resourceGroup: group,
    workload: "orders",
    registry,
    image: "erp/orders:1.4.2",
    ...props,
  });
  return { stack, group, ca };
}

describe("ContainerAppsEnvironment", () => {
  it("is internal, mTLS and Consumption-profile by default, in its subnet", () => {
    const { stack } = environment();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ContainerAppEnvironment, {
      name: "abs-cae-shared-we-test",
      infrastructure_subnet_id: SUBNET_ID,
      infrastructure_resource_group_name: "ME_abs-cae-shared-we-test",
      internal_load_balancer_enabled: true,
      zone_redundancy_enabled: false,
      mutual_tls_enabled: true,
      workload_profile: [{ name: "Consumption", workload_profile_type: "Consumption" }],
    });
  });

  it("sends the apps' logs to the workspace through a diagnostic setting, never with the workspace's shared key", () => {
    const { stack, env } = environment();
    const body = only(stack, "azurerm_container_app_environment");
    expect(body.logs_destination).toBe("azure-monitor");
    expect(body.log_analytics_workspace_id).toBeUndefined();
    expect(only(stack, "azurerm_monitor_diagnostic_setting")).toMatchObject({
      target_resource_id: ref(stack, env.resource),
      log_analytics_workspace_id: WORKSPACE.id,
      enabled_log: [{ category_group: "allLogs" }],
    });
    expect(only(stack, "azurerm_monitor_diagnostic_setting").enabled_metric).toBeUndefined();
  });

  it("when internal, resolves every app name and the domain to the static IP in a private zone linked to the networks", () => {
    const { stack, env } = environment({ privateDnsVirtualNetworks: [VNET], tags: { team: "platform" } });
    const zone = only(stack, "azurerm_private_dns_zone");
    expect(zone).toMatchObject({ name: ref(stack, env.resource, "default_domain"), tags: { team: "platform" } });
    const records = bodies(stack, "azurerm_private_dns_a_record").map((r) => [r.name, r.zone_name, r.records, r.ttl]);
    const zoneName = ref(stack, env.privateDnsZone!.resource, "name");
    const ip = ref(stack, env.resource, "static_ip_address");
    expect(records.sort()).toEqual([
      ["*", zoneName, [ip], 300],
      ["@", zoneName, [ip], 300],
    ]);
    expect(only(stack, "azurerm_private_dns_zone_virtual_network_link")).toMatchObject({ virtual_network_id: VNET.id, registration_enabled: false });
    expect(resolved(stack, { domain: env.defaultDomain, ip: env.staticIpAddress })).toEqual({ domain: ref(stack, env.resource, "default_domain"), ip });
  });

  it("when external, takes public ingress, no private zone, and the other options", () => {
    const { stack, env } = environment({
      internalLoadBalancer: false,
      zoneRedundancy: true,
      mutualTls: false,
      infrastructureResourceGroupName: "abs-rg-cae-infra-we-test",
      workloadProfiles: [
        { name: "Consumption", workloadProfileType: "Consumption" },
        { name: "memory", workloadProfileType: "E4", minimumCount: 0, maximumCount: 3 },
      ],
    });
    expect(only(stack, "azurerm_container_app_environment")).toMatchObject({
      internal_load_balancer_enabled: false,
      zone_redundancy_enabled: true,
      mutual_tls_enabled: false,
      infrastructure_resource_group_name: "abs-rg-cae-infra-we-test",
      workload_profile: [
        { name: "Consumption", workload_profile_type: "Consumption" },
        { name: "memory", workload_profile_type: "E4", minimum_count: 0, maximum_count: 3 },
      ],
    });
    expect(bodies(stack, "azurerm_private_dns_zone")).toEqual([]);
    expect(bodies(stack, "azurerm_private_dns_a_record")).toEqual([]);
    expect(env.privateDnsZone).toBeUndefined();
  });


  it("accepts a subnet prefix that is a token, which it cannot size-check at synth", () => {
    const { stack, group } = testStackWithGroup();
    const prefix = new TerraformVariable(stack, "prefix", { type: "string" });
    new ContainerAppsEnvironment(stack, "cae", {
      resourceGroup: group,
      infrastructureSubnet: { id: SUBNET_ID, addressPrefix: prefix.stringValue },
      logAnalytics: WORKSPACE,
    });
    expect(only(stack, "azurerm_container_app_environment").infrastructure_subnet_id).toBe(SUBNET_ID);
    // The same literal prefix is refused, so the token path really skips the check.
    expect(() => environment({ infrastructureSubnet: { id: SUBNET_ID, addressPrefix: "10.10.8.0/29" } })).toThrow("must be a /27 or larger");
  });

  describe("rejects", () => {
    it("a subnet too small for a Container Apps environment", () => {
      expect(() => environment({ infrastructureSubnet: { id: SUBNET_ID, addressPrefix: "10.10.8.0/28" } })).toThrow(
        'test/cae: infrastructureSubnet.addressPrefix = "10.10.8.0/28": must be a /27 or larger to host a Container Apps environment with workload profiles',
      );
    });

    it("workload profiles without the Consumption profile", () => {
      expect(() => environment({ workloadProfiles: [{ name: "d4", workloadProfileType: "D4", minimumCount: 1, maximumCount: 2 }] })).toThrow(
        'test/cae: workloadProfiles = ["d4"]: must include { name: "Consumption", workloadProfileType: "Consumption" }: container apps run on it',
      );
    });

    it("a dedicated profile without node counts, or with max below min", () => {
      const consumption = { name: "Consumption", workloadProfileType: "Consumption" };
      expect(() => environment({ workloadProfiles: [consumption, { name: "d4", workloadProfileType: "D4", maximumCount: 2 }] })).toThrow(
        "test/cae: workloadProfiles.d4.minimumCount = (missing): must be a whole number, 0 or more: a dedicated profile needs its node counts",
      );
      expect(() => environment({ workloadProfiles: [consumption, { name: "d4", workloadProfileType: "D4", minimumCount: 3, maximumCount: 2 }] })).toThrow(
        "test/cae: workloadProfiles.d4.maximumCount = 2: must be a whole number, at least 1 and at least minimumCount: a dedicated profile needs its node counts",
      );
    });

    it("an infrastructure resource group name Azure refuses", () => {
      expect(() => environment({ infrastructureResourceGroupName: "infra." })).toThrow(
        "test/cae: infrastructureResourceGroupName = \"infra.\": 1-90 characters: letters, digits, '_', '.', '(', ')', '-'; must not end with '.'",
      );
    });

    it("private DNS networks on an external environment", () => {
      expect(() => environment({ internalLoadBalancer: false, privateDnsVirtualNetworks: [VNET] })).toThrow(
        'test/cae: privateDnsVirtualNetworks = ["vnet"]: must be empty unless internalLoadBalancer is true: an external environment\'s domain is public DNS',
      );
    });
  });
});

describe("ContainerApp", () => {
  it("pulls with a user-assigned identity that holds AcrPull before the app is created", () => {
    const { stack, ca } = app();
    const identity = ref(stack, ca.identity.resource);
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzContainerApp, {
      name: "abs-ca-orders-we-test",
      revision_mode: "Single",
      workload_profile_name: "Consumption",
      identity: { type: "UserAssigned", identity_ids: [identity] },
      registry: [{ server: LOGIN_SERVER, identity }],
    });
    const body = only(stack, "azurerm_container_app");
    const [[pullId, pull]] = resourcesOf(stack, "azurerm_role_assignment");
    expect(pull).toMatchObject({ scope: ACR_ID, role_definition_name: "AcrPull", principal_id: ref(stack, ca.identity.resource, "principal_id"), principal_type: "ServicePrincipal" });
    // The app waits until AcrPull has propagated, not just until it is assigned.
    expect(body.depends_on).toEqual([propagationOf(stack, pullId)]);
    expect(only(stack, "azurerm_user_assigned_identity").name).toBe("abs-id-orders-we-test");
  });

  it("probes liveness over HTTP and waits for what the caller names before its first revision", () => {
    const { stack: probed } = app({ healthProbe: { port: 13133, path: "/" } });
    expect(only(probed, "azurerm_container_app").template.container[0].liveness_probe).toEqual([{ transport: "HTTP", port: 13133, path: "/" }]);
    const { stack, group } = testStackWithGroup();
    const grant = new RoleAssignment(stack, "secret-grant", { scope: "/subscriptions/0/x", principal: { principalId: "p" }, roleDefinitionName: "Key Vault Secrets User" });
    appIn(stack, group, { dependsOn: [grant.resource] });
    expect(only(stack, "azurerm_container_app").depends_on).toContain(`azurerm_role_assignment.${stack.getLogicalId(grant.resource)}`);
    expect(() => app({ healthProbe: { port: 0, path: "/" } })).toThrow("test/orders: healthProbe.port = 0: must be a whole number from 1 to 65535");
    expect(() => app({ healthProbe: { port: 8080, path: "healthz" } })).toThrow('test/orders: healthProbe.path = "healthz": must be an absolute path such as /healthz');
  });

  it("runs 0.5 vCPU / 1Gi, 1-10 replicas, with no ingress, Dapr or scale rule by default", () => {
    const { stack } = app();
    const body = only(stack, "azurerm_container_app");
    expect(body.template).toMatchObject({
      min_replicas: 1,
      max_replicas: 10,
      container: [{ name: "orders", image: `${LOGIN_SERVER}/erp/orders:1.4.2`, cpu: 0.5, memory: "1Gi" }],
    });
    expect(body.ingress).toBeUndefined();
    expect(body.dapr).toBeUndefined();
    expect(body.template.http_scale_rule).toBeUndefined();
    expect(body.secret).toBeUndefined();
    expect(body.template.container[0].env).toBeUndefined();
  });

  it("sets plain variables by value and secret ones by Key Vault reference read with the app's identity", () => {
    const { stack, ca } = app({ env: { LOG_LEVEL: "info" }, secretEnv: { DB__CONNECTION_STRING: { keyVaultSecretId: SECRET_URL } } });
    const body = only(stack, "azurerm_container_app");
    expect(body.secret).toEqual([{ name: "db-connection-string", key_vault_secret_id: SECRET_URL, identity: ref(stack, ca.identity.resource) }]);
    expect(body.template.container[0].env).toEqual([
      { name: "LOG_LEVEL", value: "info" },
      { name: "DB__CONNECTION_STRING", secret_name: "db-connection-string" },
    ]);
  });

  it("takes ingress, Dapr, an HTTP scale rule, sizes, replicas, command and a system identity when asked", () => {
    const { stack, ca } = app({
      ingress: { external: true, targetPort: 8080 },
      dapr: { appId: "orders", appPort: 8080 },
      httpConcurrency: 50,
      cpu: 0.75,
      memory: "1.5Gi",
      minReplicas: 0,
      maxReplicas: 5,
      command: ["/app/orders"],
      args: ["--serve"],
      systemAssignedIdentity: true,
    });
    expect(only(stack, "azurerm_container_app")).toMatchObject({
      identity: { type: "SystemAssigned, UserAssigned", identity_ids: [ref(stack, ca.identity.resource)] },
      ingress: {
        external_enabled: true,
        target_port: 8080,
        transport: "auto",
        allow_insecure_connections: false,
        traffic_weight: [{ latest_revision: true, percentage: 100 }],
      },
      dapr: { app_id: "orders", app_port: 8080, app_protocol: "http" },
      template: {
        min_replicas: 0,
        max_replicas: 5,
        http_scale_rule: [{ name: "http-concurrency", concurrent_requests: "50" }],
        container: [{ cpu: 0.75, memory: "1.5Gi", command: ["/app/orders"], args: ["--serve"] }],
      },
    });
    expect(resolved(stack, { system: ca.systemAssignedPrincipalId })).toEqual({ system: ref(stack, ca.resource, "identity[0].principal_id") });
  });

  it("is created with a placeholder image when asked, ignoring later image changes so the delivery pipeline owns the image", () => {
    const { stack, ca } = app({ placeholderImage: "mcr.microsoft.com/dotnet/samples:aspnetapp" });
    const body = only(stack, "azurerm_container_app");
    expect(body.template.container[0].image).toBe("mcr.microsoft.com/dotnet/samples:aspnetapp");
    expect(body.lifecycle).toEqual({ ignore_changes: ["template[0].container[0].image"] });
    expect(ca.deployImage).toBe(`${LOGIN_SERVER}/erp/orders:1.4.2`);
  });

  it("runs its registry image and manages it without a placeholder", () => {
    const body = only(app().stack, "azurerm_container_app");
    expect(body.template.container[0].image).toBe(`${LOGIN_SERVER}/erp/orders:1.4.2`);
    expect(body.lifecycle).toBeUndefined();
  });

  it("derives memory from cpu when only cpu is given", () => {
    const { stack } = app({ cpu: 2 });
    expect(only(stack, "azurerm_container_app").template.container[0]).toMatchObject({ cpu: 2, memory: "4Gi" });
  });

  it("is a principal: roles granted to the app go to its user-assigned identity", () => {
    const { stack, ca } = app();
    new RoleAssignment(stack, "secrets", { scope: "/vault", principal: ca, roleDefinitionName: "Key Vault Secrets User" });
    const grant = bodies(stack, "azurerm_role_assignment").find((r) => r.role_definition_name === "Key Vault Secrets User");
    expect(grant).toMatchObject({ principal_id: ref(stack, ca.identity.resource, "principal_id"), principal_type: "ServicePrincipal" });
    expect(resolved(stack, { fqdn: ca.latestRevisionFqdn })).toEqual({ fqdn: ref(stack, ca.resource, "latest_revision_fqdn") });
  });

  it("runs in a ContainerAppsEnvironment", () => {
    const { stack, group, env } = environment();
    new ContainerApp(stack, "api", { environment: env, resourceGroup: group, workload: "api", registry: new FakeRegistry(stack), image: "erp/api-gateway:2.0" });
    expect(only(stack, "azurerm_container_app").container_app_environment_id).toBe(ref(stack, env.resource));
  });

  describe("rejects", () => {
    it("a cpu that is not a 0.25 step", () => {
      expect(() => app({ cpu: 0.3 })).toThrow("test/orders: cpu = 0.3: must be 0.25-4 vCPU in steps of 0.25 (Consumption profile)");
    });

    it("memory that is not twice the cpu", () => {
      expect(() => app({ cpu: 0.5, memory: "2Gi" })).toThrow('test/orders: memory = "2Gi": must be twice cpu: "1Gi" for 0.5 vCPU (Consumption profile)');
    });

    it("more minimum than maximum replicas", () => {
      expect(() => app({ minReplicas: 5, maxReplicas: 3 })).toThrow("test/orders: minReplicas = 5: must not exceed maxReplicas (3)");
    });

    it("an image with a registry host", () => {
      expect(() => app({ image: "abscrtest.azurecr.io/erp/orders:1.4.2" })).toThrow(
        `test/orders: image = "abscrtest.azurecr.io/erp/orders:1.4.2": must not include a registry host: the registry's loginServer is put in front of it`,
      );
    });

    it("an image with an upper-case repository or no tag", () => {
      const rule = `must be "repository:tag": a lower-case repository path such as erp/orders, ':' and a tag`;
      expect(() => app({ image: "ERP/Orders:1.4.2" })).toThrow(`test/orders: image = "ERP/Orders:1.4.2": ${rule}`);
      expect(() => app({ image: "erp/orders" })).toThrow(`test/orders: image = "erp/orders": ${rule}`);
    });

    it("a placeholder image without a registry host or tag", () => {
      const rule = 'must be "host/repository:tag" of a public registry, e.g. mcr.microsoft.com/dotnet/samples:aspnetapp';
      expect(() => app({ placeholderImage: "nginx:latest" })).toThrow(`test/orders: placeholderImage = "nginx:latest": ${rule}`);
      expect(() => app({ placeholderImage: "mcr.microsoft.com/dotnet/samples" })).toThrow(`test/orders: placeholderImage = "mcr.microsoft.com/dotnet/samples": ${rule}`);
    });

    it("an HTTP scale rule without ingress", () => {
      expect(() => app({ httpConcurrency: 20 })).toThrow("test/orders: httpConcurrency = 20: needs ingress: HTTP scaling counts the requests arriving through it");
    });

    it("secret variables that clash", () => {
      const secretEnv = { DB_URL: { keyVaultSecretId: SECRET_URL }, "db-url": { keyVaultSecretId: SECRET_URL } };
      expect(() => app({ secretEnv })).toThrow('test/orders: secretEnv.db-url = "db-url": must not map to the same secret name (db-url) as DB_URL');
      expect(() => app({ env: { DB_URL: "x" }, secretEnv: { DB_URL: { keyVaultSecretId: SECRET_URL } } })).toThrow(
        'test/orders: secretEnv.DB_URL = "DB_URL": must not also be set in env',
      );
    });
  });
});
