import { Testing } from "cdktf";
import { applyOverrides } from "../stacks/settings/load";
import { settings as estateSettings } from "../stacks/settings/environments";
import { attributeRef, centralZoneOf, environmentStack, estateOutput, jsonResources, onlyResource, pipelineIdentityPrincipal, SECONDARY } from "./helpers";

/**
 * Seed 004's ERP microservices as every environment synthesizes them: the seed's numbers, names and
 * RBAC table, read from the JSON the stacks really produce.
 */

let json: Record<string, any>;

beforeAll(() => {
  json = estateOutput();
});

const ENVIRONMENTS = ["dev", "staging", "prod"] as const;
const SERVICES = ["api-gateway", "auth", "billing", "inventory", "orders", "purchasing", "sales"];
const DATABASES = ["AuthDB", "BillingDB", "InventoryDB", "OrdersDB", "PurchasingDB", "SalesDB"];
const SECRETS = [
  "jwt-secret-key",
  "redis-connection",
  "redis-cache-password",
  "sql-connection-authdb",
  "sql-connection-billingdb",
  "sql-connection-inventorydb",
  "sql-connection-ordersdb",
  "sql-connection-purchasingdb",
  "sql-connection-salesdb",
];
const EXPECTED = {
  dev: { aspnet: "Development", logLevel: "Debug", db: ["Basic", "Local", 7, false], ltr: undefined },
  staging: { aspnet: "Staging", logLevel: "Information", db: ["S1", "Zone", 14, false], ltr: undefined },
  prod: { aspnet: "Production", logLevel: "Warning", db: ["GP_Gen5_2", "Geo", 35, true], ltr: { weekly_retention: "P5W", monthly_retention: "P12M" } },
} as const;

const ref = attributeRef;
const resources = (env: string, type: string) => jsonResources(json[env], type);
/** The pattern's own resources in the primary region (the SQL failover partner is disaster-recovery.test.ts's). */
const mine = (env: string, type: string) => resources(env, type).filter(([id]) => id.startsWith("erp_") && !SECONDARY.test(id));
const single = (env: string, type: string) => onlyResource(json[env], type, "erp_");
const apps = (env: string): Record<string, { id: string; app: any }> => Object.fromEntries(mine(env, "azurerm_container_app").map(([id, app]) => [app.template.container[0].name, { id, app }]));
const env = (app: any) => Object.fromEntries(app.template.container[0].env.map((e: any) => [e.name, e.value]));
/** Role names granted to a principal reference, with their scopes. */
const grantsTo = (e: string, principal: string) =>
  resources(e, "azurerm_role_assignment")
    .filter(([, a]) => a.principal_id === principal)
    .map(([, a]) => [a.role_definition_name, a.scope]);

describe.each(ENVIRONMENTS)("ERP microservices in %s", (e) => {
  const expected = EXPECTED[e];

  it("lives in its own resource group", () => {
    const [groupId, group] = single(e, "azurerm_resource_group");
    expect(group.name).toBe(`abs-rg-erp-we-${e}`);
    const types = ["azurerm_container_app", "azurerm_mssql_server", "azurerm_managed_redis", "azurerm_key_vault", "azurerm_app_configuration", "azurerm_application_insights"];
    for (const type of types) {
      for (const [, body] of mine(e, type)) expect([type, body.resource_group_name]).toEqual([type, ref("azurerm_resource_group", groupId, "name")]);
    }
  });

  it("runs the seven services on the shared environment: 0.5 vCPU, 1 Gi, 1-10 replicas, HTTP scaling, Dapr id = name", () => {
    const byName = apps(e);
    expect(Object.keys(byName).sort()).toEqual([...SERVICES].sort());
    const [environmentId] = onlyResource(json[e], "azurerm_container_app_environment", "shared-backend_");
    for (const name of SERVICES) {
      const { app } = byName[name];
      expect(app.name).toBe(`abs-ca-${name}-we-${e}`);
      expect(app.container_app_environment_id).toBe(ref("azurerm_container_app_environment", environmentId));
      expect(app.template).toMatchObject({ min_replicas: 1, max_replicas: 10, http_scale_rule: [{ name: "http-concurrency", concurrent_requests: "50" }] });
      expect(app.template.container[0]).toMatchObject({ cpu: 0.5, memory: "1Gi" });
      expect(app.dapr).toMatchObject({ app_id: name, app_port: 8080 });
      expect(app.identity.type).toBe("SystemAssigned, UserAssigned");
      expect(app.ingress).toMatchObject({ target_port: 8080, allow_insecure_connections: false });
    }
  });

  it("creates the services with a public placeholder image serving on 8080, since the shared registry is empty at the first apply, and leaves the image to the delivery pipeline", () => {
    const [registryId] = onlyResource(json[e], "azurerm_container_registry", "shared-backend_");
    for (const [name, { app }] of Object.entries(apps(e))) {
      expect([name, app.template.container[0].image]).toEqual([name, "mcr.microsoft.com/dotnet/samples:aspnetapp"]);
      expect([name, app.lifecycle]).toEqual([name, { ignore_changes: ["template[0].container[0].image"] }]);
    }
    const images = json[e].output.erp_service_images.value;
    expect(images).toEqual(Object.fromEntries(SERVICES.map((name) => [name, `${ref("azurerm_container_registry", registryId, "login_server")}/erp/${name}:1.0.0`])));
  });

  it("gives only the API gateway external ingress", () => {
    const external = Object.entries(apps(e)).filter(([, { app }]) => app.ingress.external_enabled);
    expect(external.map(([name]) => name)).toEqual(["api-gateway"]);
  });

  it("sets the seed's common variables and the App Configuration endpoint on every service, no secret among them", () => {
    const [insightsId] = single(e, "azurerm_application_insights");
    const [storeId] = single(e, "azurerm_app_configuration");
    for (const { app } of Object.values(apps(e))) {
      expect(env(app)).toEqual({
        ASPNETCORE_ENVIRONMENT: expected.aspnet,
        APPLICATIONINSIGHTS_CONNECTION_STRING: ref("azurerm_application_insights", insightsId, "connection_string"),
        Logging__LogLevel__Default: expected.logLevel,
        OpenTelemetry__Enabled: "true",
        AppConfig__Endpoint: ref("azurerm_app_configuration", storeId, "endpoint"),
        AppConfig__Label: e,
      });
      expect(app.secret).toBeUndefined();
    }
  });

  it("runs a private SQL server with TLS 1.2, Entra ID admin next to SQL auth, auditing and threat detection", () => {
    const [serverId, server] = single(e, "azurerm_mssql_server");
    expect(server).toMatchObject({ version: "12.0", minimum_tls_version: "1.2", public_network_access_enabled: false, administrator_login: "sqladmin" });
    // Without an admin group in the settings, the deploying principal (the environment's pipeline
    // identity, whoever plans) administers the server.
    const clientId = Object.keys(json[e].data.azurerm_client_config).find((id) => id.startsWith("erp_"));
    expect(server.azuread_administrator).toEqual({ login_username: "erp-deployer", object_id: pipelineIdentityPrincipal(json[e], e), tenant_id: `\${data.azurerm_client_config.${clientId}.tenant_id}`, azuread_authentication_only: false });
    expect(server.administrator_login_password_wo).toMatch(/^\$\{ephemeral\.random_password\.erp_sql_admin-password_[^.]+\.result\}$/);
    expect(server.administrator_login_password).toBeUndefined();
    expect(single(e, "azurerm_mssql_server_extended_auditing_policy")[1]).toMatchObject({ server_id: ref("azurerm_mssql_server", serverId), log_monitoring_enabled: true });
    const audit = mine(e, "azurerm_monitor_diagnostic_setting").find(([, d]) => d.target_resource_id === `${ref("azurerm_mssql_server", serverId)}/databases/master`);
    expect(audit?.[1].enabled_log).toEqual([{ category: "SQLSecurityAuditEvents" }]);
    expect(single(e, "azurerm_mssql_server_security_alert_policy")[1].state).toBe("Enabled");
    const [, endpoint] = mine(e, "azurerm_private_endpoint").find(([, p]) => p.private_service_connection.private_connection_resource_id === ref("azurerm_mssql_server", serverId))!;
    expect(endpoint.private_service_connection.subresource_names).toEqual(["sqlServer"]);
    expect(endpoint.private_dns_zone_group.private_dns_zone_ids.map((z: string) => centralZoneOf(json[e], z))).toEqual(["privatelink.database.windows.net"]);
  });

  it("holds the six databases, sized and backed up per environment, protected where the environment protects", () => {
    const databases = mine(e, "azurerm_mssql_database").map(([, d]) => d);
    expect(databases.map((d) => d.name)).toEqual(DATABASES);
    const [sku, redundancy, days, zoneRedundant] = expected.db;
    for (const d of databases) {
      expect([d.sku_name, d.storage_account_type, d.short_term_retention_policy.retention_days, d.zone_redundant]).toEqual([sku, redundancy, days, zoneRedundant]);
      expect(d.transparent_data_encryption_enabled).toBe(true);
      expect(d.long_term_retention_policy).toEqual(expected.ltr);
      expect(d.lifecycle?.prevent_destroy).toBe(e === "dev" ? undefined : true);
    }
  });

  it("caches in a private Azure Managed Redis Balanced_B1 (seed 004's Standard C1 as Microsoft maps it), TLS only, AllKeysLRU, Entra ID only", () => {
    const [redisId, redis] = single(e, "azurerm_managed_redis");
    expect(redis).toMatchObject({
      sku_name: "Balanced_B1",
      public_network_access: "Disabled",
      default_database: { client_protocol: "Encrypted", eviction_policy: "AllKeysLRU", access_keys_authentication_enabled: false },
    });
    // Every service reaches it as its own identity.
    const assignments = mine(e, "azapi_resource").map(([, a]) => a);
    expect(assignments.map((a) => a.parent_id)).toEqual(SERVICES.map(() => `${ref("azurerm_managed_redis", redisId)}/databases/default`));
    expect(assignments.map((a) => a.body.properties.user.objectId)).toEqual(SERVICES.map((s) => ref("azurerm_container_app", onlyResource(json[e], "azurerm_container_app", `erp_service-${s}_`)[0], "identity[0].principal_id")));
  });

  it("keeps exactly the seed's nine secrets in a private RBAC Key Vault, none of them a literal, the generated ones write-only", () => {
    const [vaultId, vault] = single(e, "azurerm_key_vault");
    expect(vault).toMatchObject({ sku_name: "standard", rbac_authorization_enabled: true, purge_protection_enabled: true, soft_delete_retention_days: 90, public_network_access_enabled: false });
    const secrets = mine(e, "azurerm_key_vault_secret").map(([, s]) => s);
    expect(secrets.map((s) => s.name).sort()).toEqual([...SECRETS].sort());
    for (const secret of secrets) expect(secret.key_vault_id).toBe(ref("azurerm_key_vault", vaultId));
    const byName = Object.fromEntries(secrets.map((s) => [s.name, s.value ?? s.value_wo]));
    const versionOf = Object.fromEntries(secrets.map((s) => [s.name, s.value_wo_version]));
    const [redisId] = single(e, "azurerm_managed_redis");
    const [serverId, server] = single(e, "azurerm_mssql_server");
    expect(byName["jwt-secret-key"]).toMatch(/^\$\{ephemeral\.random_password\.erp_key-vault_secret-jwt-password_[^.]+\.result\}$/);
    expect(versionOf["jwt-secret-key"]).toMatch(/^\$\{time_rotating\.erp_key-vault_secret-jwt-password_rotation_[^.]+\.unix\}$/);
    // No access keys: the connection string carries no password and the password secret is empty (a local).
    expect(byName["redis-connection"]).toBe(`${ref("azurerm_managed_redis", redisId, "hostname")}:10000,ssl=True,abortConnect=False`);
    expect(byName["redis-cache-password"]).toMatch(/^\$\{local\.erp_redis-no-password_[0-9A-F]+\}$/);
    expect(Object.values(json[e].locals)).toContain("");
    for (const db of DATABASES) {
      // Through the failover group's listener where prod has one, so a failover keeps the connection strings.
      const host = e === "prod" ? `${ref("azurerm_mssql_failover_group", single(e, "azurerm_mssql_failover_group")[0], "name")}.database.windows.net` : ref("azurerm_mssql_server", serverId, "fully_qualified_domain_name");
      expect(byName[`sql-connection-${db.toLowerCase()}`]).toBe(
        `Server=tcp:${host},1433;Initial Catalog=${db};User ID=sqladmin;` +
          `Password=${server.administrator_login_password_wo};Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;`,
      );
      // One version: the server's password and every connection string rotate in the same run.
      expect(versionOf[`sql-connection-${db.toLowerCase()}`]).toBe(server.administrator_login_password_wo_version);
    }
  });

  it("configures the seed's keys in App Configuration, labelled with the environment, secrets as Key Vault references", () => {
    const [, store] = single(e, "azurerm_app_configuration");
    expect(store).toMatchObject({ sku: "standard", local_auth_enabled: false, public_network_access: "Disabled", identity: { type: "SystemAssigned" } });
    const secretIds = Object.fromEntries(mine(e, "azurerm_key_vault_secret").map(([id, s]) => [s.name, id]));
    const keys: Record<string, any> = Object.fromEntries(mine(e, "azurerm_app_configuration_key").map(([, k]) => [k.key, k]));
    for (const k of Object.values(keys)) expect(k.label).toBe(e);
    expect(Object.fromEntries(Object.entries(keys).filter(([, k]) => k.type === "kv").map(([key, k]) => [key, k.value]))).toEqual({
      "Jwt:Issuer": "MyApp.Auth",
      "Jwt:Audience": "MyApp.All",
      "Frontend:Origin": e === "prod" ? "https://erp.example.com" : `https://erp.${e}.example.com`,
      ASPNETCORE_ENVIRONMENT: expected.aspnet,
    });
    const references = {
      "Jwt:SecretKey": "jwt-secret-key",
      "Redis:Connection": "redis-connection",
      "Redis:Password": "redis-cache-password",
      ...Object.fromEntries(DATABASES.map((db) => [`Sql:ConnectionStrings:${db.replace(/DB$/, "Db")}`, `sql-connection-${db.toLowerCase()}`])),
    };
    const vaultKeys = Object.entries(keys).filter(([, k]) => k.type === "vault");
    expect(Object.fromEntries(vaultKeys.map(([key, k]) => [key, k.vault_key_reference]))).toEqual(
      Object.fromEntries(Object.entries(references).map(([key, secret]) => [key, ref("azurerm_key_vault_secret", secretIds[secret], "versionless_id")])),
    );
  });

  it("grants exactly the seed's RBAC table: services read App Configuration and pull with AcrPull, the store reads Key Vault", () => {
    const [storeId] = single(e, "azurerm_app_configuration");
    const [vaultId] = single(e, "azurerm_key_vault");
    const [registryId] = onlyResource(json[e], "azurerm_container_registry", "shared-backend_");
    for (const { id, app } of Object.values(apps(e))) {
      // The runtime (system) identity reads App Configuration and nothing else.
      expect(grantsTo(e, `\${azurerm_container_app.${id}.identity[0].principal_id}`)).toEqual([["App Configuration Data Reader", ref("azurerm_app_configuration", storeId)]]);
      // The pull identity: AcrPull on the shared registry and nothing else.
      const pull = app.identity.identity_ids[0].replace(/\.id\}$/, ".principal_id}");
      expect(grantsTo(e, pull)).toEqual([["AcrPull", ref("azurerm_container_registry", registryId)]]);
    }
    expect(grantsTo(e, ref("azurerm_app_configuration", storeId, "identity[0].principal_id"))).toEqual([["Key Vault Secrets User", ref("azurerm_key_vault", vaultId)]]);
    // Nobody else in the pattern gets a data role; the deployer writes the secrets and keys.
    const roles = new Set(mine(e, "azurerm_role_assignment").map(([, a]) => a.role_definition_name));
    expect([...roles].sort()).toEqual(["App Configuration Data Owner", "App Configuration Data Reader", "Key Vault Secrets Officer", "Key Vault Secrets User"]);
    for (const [, a] of mine(e, "azurerm_role_assignment").filter(([, a]) => a.role_definition_name.endsWith("Owner") || a.role_definition_name.endsWith("Officer"))) {
      // The environment's pipeline identity, a managed identity: a service principal.
      expect(a.principal_id).toBe(pipelineIdentityPrincipal(json[e], e));
      expect(a.principal_type).toBe("ServicePrincipal");
    }
  });

  it("sends SQL, Key Vault, App Configuration, Redis and every service's diagnostics to the foundation's workspace", () => {
    const [workspaceId] = onlyResource(json[e], "azurerm_log_analytics_workspace", "foundation_");
    const targets = mine(e, "azurerm_monitor_diagnostic_setting").map(([, d]) => {
      expect(d.log_analytics_workspace_id).toBe(ref("azurerm_log_analytics_workspace", workspaceId));
      return d.target_resource_id;
    });
    const byTarget = Object.fromEntries(mine(e, "azurerm_monitor_diagnostic_setting").map(([, d]) => [d.target_resource_id, d]));
    // Apps expose metrics only (their logs are the shared environment's); the rest send all logs too.
    const expectedLogs = { azurerm_key_vault: [{ category_group: "allLogs" }], azurerm_app_configuration: [{ category_group: "allLogs" }], azurerm_mssql_database: [{ category_group: "allLogs" }], azurerm_container_app: [] };
    for (const [type, logs] of Object.entries(expectedLogs)) {
      for (const [id] of mine(e, type)) {
        expect([type, targets]).toEqual([type, expect.arrayContaining([ref(type, id)])]);
        expect([type, byTarget[ref(type, id)].enabled_log, byTarget[ref(type, id)].enabled_metric]).toEqual([type, logs, [{ category: "AllMetrics" }]]);
      }
    }
    const [, insights] = single(e, "azurerm_application_insights");
    expect(insights.workspace_id).toBe(ref("azurerm_log_analytics_workspace", workspaceId));
  });

  it("alerts on the 5xx rate per service and on every service's replica restarts", () => {
    const [insightsId] = single(e, "azurerm_application_insights");
    const [, rate] = single(e, "azurerm_monitor_scheduled_query_rules_alert_v2");
    expect(rate.scopes).toEqual([ref("azurerm_application_insights", insightsId)]);
    expect(rate.criteria[0].query).toContain("countif(toint(resultCode) >= 500) by cloud_RoleName");
    expect(rate.criteria[0]).toMatchObject({ operator: "GreaterThan", threshold: 5, time_aggregation_method: "Maximum" });
    const restarts = mine(e, "azurerm_monitor_metric_alert").map(([, a]) => a);
    expect(restarts.map((a) => a.scopes[0]).sort()).toEqual(Object.values(apps(e)).map(({ id }) => ref("azurerm_container_app", id)).sort());
    for (const alert of restarts) expect(alert.criteria).toMatchObject([{ metric_namespace: "Microsoft.App/containerApps", metric_name: "RestartCount", aggregation: "Total", threshold: 3 }]);
  });

  it("outputs where the system is reached, and no secret", () => {
    const outputs = json[e].output;
    const erp = Object.keys(outputs).filter((o) => o.startsWith("erp_"));
    expect(erp.sort()).toEqual([
      "erp_app_configuration_endpoint",
      "erp_key_vault_uri",
      "erp_resource_group_name",
      "erp_service_fqdns",
      "erp_service_images",
      "erp_sql_server_fqdn",
    ]);
    expect(JSON.stringify(erp.map((o) => outputs[o].value))).not.toMatch(/password|access_key|connection_string|key_vault_secret/);
  });
});

describe("ERP services reading their referenced secrets", () => {
  it("grants each service Key Vault Secrets User on exactly the JWT, Redis and its own database's secrets when turned on", () => {
    const on = { dev: JSON.parse(Testing.synth(environmentStack(applyOverrides(estateSettings, { environments: { dev: { erp: { servicesReadReferencedSecrets: true } } } }), "dev"))), staging: json.staging };
    const secrets = Object.fromEntries(jsonResources(on.dev, "azurerm_key_vault_secret").filter(([id]) => id.startsWith("erp_")).map(([id, s]) => [`\${azurerm_key_vault_secret.${id}.resource_versionless_id}`, s.name]));
    const byService = (id: string) =>
      jsonResources(on.dev, "azurerm_role_assignment")
        .filter(([, a]) => a.principal_id === `\${azurerm_container_app.${id}.identity[0].principal_id}` && a.role_definition_name === "Key Vault Secrets User")
        .map(([, a]) => secrets[a.scope])
        .sort();
    const ids = Object.fromEntries(jsonResources(on.dev, "azurerm_container_app").filter(([id]) => id.startsWith("erp_")).map(([id, app]) => [app.template.container[0].name, id]));
    const shared = ["jwt-secret-key", "redis-cache-password", "redis-connection"];
    expect(byService(ids["api-gateway"])).toEqual(shared);
    expect(byService(ids.orders)).toEqual([...shared, "sql-connection-ordersdb"].sort());
    // Off (the seed's table) in the other environments.
    expect(jsonResources(on.staging, "azurerm_role_assignment").filter(([, a]) => a.principal_id.includes("azurerm_container_app.erp_") && a.role_definition_name === "Key Vault Secrets User")).toEqual([]);
  });
});
