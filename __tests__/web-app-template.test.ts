import { attributeRef, estateOutput, jsonResources, onlyResource, propagationOf } from "./helpers";

/**
 * Seed 003's web application template as every environment synthesizes it: the seed's numbers and
 * rules, read from the JSON the stacks really produce.
 */

let json: Record<string, any>;

beforeAll(() => {
  json = estateOutput();
});

const resources = (env: string, type: string) => jsonResources(json[env], type);
const mine = (env: string, type: string) => resources(env, type).filter(([id]) => id.startsWith("web-app"));
/** The template's own resource of a type (other patterns may have one too). */
const single = (env: string, type: string) => onlyResource(json[env], type, "web-app");
const ref = attributeRef;

const EXPECTED = {
  dev: { plan: "P0v3", autoscale: [1, 3], postgres: ["B_Standard_B1ms", undefined, 7, false], redis: ["Balanced_B0", false], bus: "Standard", budget: 400 },
  staging: { plan: "P0v3", autoscale: [2, 20], postgres: ["GP_Standard_D2s_v3", undefined, 7, false], redis: ["Balanced_B1", true], bus: "Standard", budget: 800 },
  prod: { plan: "P1v3", autoscale: [2, 20], postgres: ["GP_Standard_D4s_v3", "ZoneRedundant", 35, true], redis: ["Balanced_B5", true], bus: "Premium", budget: 3000 },
} as const;

describe.each(Object.keys(EXPECTED) as Array<keyof typeof EXPECTED>)("web application template in %s", (env) => {
  const expected = EXPECTED[env];

  it("lives in its own resource group", () => {
    const [groupId, group] = single(env, "azurerm_resource_group");
    expect(group.name).toBe(`abs-rg-web-we-${env}`);
    for (const type of ["azurerm_linux_web_app", "azurerm_postgresql_flexible_server", "azurerm_managed_redis", "azurerm_servicebus_namespace", "azurerm_application_gateway"]) {
      expect([type, single(env, type)[1].resource_group_name]).toEqual([type, ref("azurerm_resource_group", groupId, "name")]);
    }
  });

  it("starts with its own identity already holding AcrPull, the password secret and App Insights ingestion", () => {
    const [, app] = single(env, "azurerm_linux_web_app");
    const identityRef = app.identity.identity_ids[0];
    expect(app.key_vault_reference_identity_id).toBe(identityRef);
    const principal = identityRef.replace(/\.id\}$/, ".principal_id}");
    const grants = Object.fromEntries(resources(env, "azurerm_role_assignment").filter(([, a]) => a.principal_id === principal).map(([id, a]) => [a.role_definition_name, id]));
    expect(Object.keys(grants).sort()).toEqual(["AcrPull", "Azure Service Bus Data Receiver", "Azure Service Bus Data Sender", "Key Vault Secrets User", "Monitoring Metrics Publisher", "Storage Blob Data Contributor"]);
    // ... propagated, not just assigned: the app pulls and reads them as it starts.
    for (const role of ["AcrPull", "Key Vault Secrets User", "Monitoring Metrics Publisher"]) expect(app.depends_on).toContain(propagationOf(json[env], grants[role]));
    expect(app.app_settings.APPLICATIONINSIGHTS_AUTHENTICATION_STRING).toBe(`Authorization=AAD;ClientId=${identityRef.replace(/\.id\}$/, ".client_id}")}`);
  });

  it("runs the container from the registry, VNet-integrated in the app subnet, HTTPS only with TLS 1.2 and a health check", () => {
    const [, app] = single(env, "azurerm_linux_web_app");
    expect(app).toMatchObject({ https_only: true, public_network_access_enabled: false });
    expect(app.site_config).toMatchObject({ minimum_tls_version: "1.2", ftps_state: "Disabled", health_check_path: "/health", vnet_route_all_enabled: true, container_registry_use_managed_identity: true });
    expect(app.virtual_network_subnet_id).toMatch(/^\$\{azurerm_subnet\.foundation_network_subnet-app_/);
    expect(app.identity.type).toBe("SystemAssigned, UserAssigned");
    expect(app.site_config.application_stack.docker_image_name).toBe("web/template:1.0.0");
    expect(app.app_settings.DATABASE_PASSWORD).toMatch(/^@Microsoft\.KeyVault\(SecretUri=\$\{azurerm_key_vault_secret\.[^.]+\.versionless_id\}\)$/);
  });

  it("autoscales +1 above 70 % CPU for 5 minutes and -1 below 30 % for 10 minutes, between the environment's bounds", () => {
    const [, plan] = single(env, "azurerm_service_plan");
    expect([plan.os_type, plan.sku_name]).toEqual(["Linux", expected.plan]);
    const [, autoscale] = single(env, "azurerm_monitor_autoscale_setting");
    const [profile] = autoscale.profile;
    expect([profile.capacity.minimum, profile.capacity.maximum]).toEqual(expected.autoscale);
    const rules = profile.rule.map((r: any) => [r.metric_trigger.operator, r.metric_trigger.threshold, r.metric_trigger.time_window, r.scale_action.direction, r.scale_action.value, r.scale_action.cooldown]);
    expect(rules).toEqual([
      ["GreaterThan", 70, "PT5M", "Increase", 1, "PT5M"],
      ["LessThan", 30, "PT10M", "Decrease", 1, "PT10M"],
    ]);
  });

  it("sizes PostgreSQL per environment, private, Entra ID plus a generated password kept in Key Vault", () => {
    const [, server] = single(env, "azurerm_postgresql_flexible_server");
    const [sku, ha, retention, geo] = expected.postgres;
    expect([server.sku_name, server.high_availability?.mode, server.backup_retention_days, server.geo_redundant_backup_enabled]).toEqual([sku, ha, retention, geo]);
    expect(server.public_network_access_enabled).toBe(false);
    expect(server.authentication).toMatchObject({ active_directory_auth_enabled: true, password_auth_enabled: true });
    expect(server.administrator_password_wo).toMatch(/^\$\{ephemeral\.random_password\.[^.]+\.result\}$/);
    const secret = mine(env, "azurerm_key_vault_secret").map(([, s]) => s).find((s) => s.value_wo === server.administrator_password_wo);
    expect(secret?.value_wo_version).toBe(server.administrator_password_wo_version);
    const parameters = Object.fromEntries(mine(env, "azurerm_postgresql_flexible_server_configuration").map(([, c]) => [c.name, c.value]));
    expect(parameters).toMatchObject({ require_secure_transport: "on", ssl_min_protocol_version: "TLSv1.2" });
    // PgBouncer exists only on General Purpose and Memory Optimized servers.
    expect(parameters["pgbouncer.enabled"]).toBe(env === "dev" ? undefined : "true");
  });

  it("runs Azure Managed Redis at the size Microsoft maps the seed's tier to, AllKeysLRU and TLS only, and Service Bus with dead-lettering queues", () => {
    const [, redis] = single(env, "azurerm_managed_redis");
    expect([redis.sku_name, redis.high_availability_enabled]).toEqual(expected.redis);
    expect(redis.default_database).toMatchObject({ client_protocol: "Encrypted", eviction_policy: "AllKeysLRU" });
    const [busId, bus] = single(env, "azurerm_servicebus_namespace");
    expect([bus.sku, bus.local_auth_enabled, bus.minimum_tls_version]).toEqual([expected.bus, false, "1.2"]);
    const queues = resources(env, "azurerm_servicebus_queue").filter(([, q]) => q.namespace_id === ref("azurerm_servicebus_namespace", busId));
    expect(queues.map(([, q]) => [q.name, q.dead_lettering_on_message_expiration])).toEqual([
      ["async-tasks", true],
      ["events", true],
      ["notifications", true],
    ]);
    const busEndpoints = resources(env, "azurerm_private_endpoint").filter(([, e]) => e.private_service_connection.private_connection_resource_id === ref("azurerm_servicebus_namespace", busId));
    expect(busEndpoints.length).toBe(env === "prod" ? 1 : 0);
  });

  it("puts the data tier's private endpoints in the data subnet", () => {
    const targets = ["azurerm_postgresql_flexible_server", "azurerm_managed_redis"].map((type) => ref(type, single(env, type)[0]));
    for (const target of targets) {
      const [, endpoint] = resources(env, "azurerm_private_endpoint").find(([, e]) => e.private_service_connection.private_connection_resource_id === target)!;
      expect(endpoint.subnet_id).toMatch(/^\$\{azurerm_subnet\.foundation_network_subnet-data_/);
    }
  });

  it("fronts the app with Application Gateway WAF v2 in the gateway subnet: Prevention mode, managed rules, HTTP -> HTTPS", () => {
    const [, gateway] = single(env, "azurerm_application_gateway");
    expect(gateway.sku.name).toBe("WAF_v2");
    expect(gateway.gateway_ip_configuration[0].subnet_id).toMatch(/^\$\{azurerm_subnet\.foundation_network_subnet-gateway_/);
    const [, policy] = single(env, "azurerm_web_application_firewall_policy");
    expect(policy.policy_settings).toMatchObject({ enabled: true, mode: "Prevention" });
    expect(policy.managed_rules.managed_rule_set[0]).toMatchObject({ type: "Microsoft_DefaultRuleSet" });
    expect(gateway.redirect_configuration[0]).toMatchObject({ redirect_type: "Permanent", include_path: true, include_query_string: true });
    const [appId] = single(env, "azurerm_linux_web_app");
    expect(gateway.backend_address_pool[0].fqdns).toEqual([ref("azurerm_linux_web_app", appId, "default_hostname")]);
    const [, ip] = single(env, "azurerm_public_ip");
    expect([ip.sku, ip.allocation_method]).toEqual(["Standard", "Static"]);
  });

  it("alerts the action group on error rate > 5 %, database p99 > 500 ms, CPU > 80 % for 15 minutes, memory and storage", () => {
    const metric = Object.fromEntries(mine(env, "azurerm_monitor_metric_alert").map(([, a]) => [a.criteria[0].metric_name + ">" + a.criteria[0].threshold, a]));
    // Staging and prod also watch their replicas' lag (recovery.postgres.replicationLagAlertSeconds).
    const lag = env === "dev" ? [] : ["physical_replication_delay_in_seconds>60"];
    expect(Object.keys(metric).sort()).toEqual(["MemoryPercentage>90", "cpu_percent>80", "memory_percent>85", ...lag, "storage_percent>80", "storage_percent>90"]);
    expect(metric["cpu_percent>80"].window_size).toBe("PT15M");
    const actionGroup = resources(env, "azurerm_monitor_action_group")[0][0];
    for (const alert of [...Object.values(metric), ...mine(env, "azurerm_monitor_scheduled_query_rules_alert_v2").map(([, a]) => a)]) {
      expect(JSON.stringify(alert.action)).toContain(ref("azurerm_monitor_action_group", actionGroup));
    }
    const queries = mine(env, "azurerm_monitor_scheduled_query_rules_alert_v2").map(([, a]) => [a.criteria[0].operator, a.criteria[0].threshold]);
    expect(queries.sort()).toEqual([
      ["GreaterThan", 5],
      ["GreaterThan", 500],
    ]);
  });

  it("has the environment's monthly budget, over every group of the environment, with 80 % and 100 % actual and 100 % forecast notifications", () => {
    const budgets = resources(env, "azurerm_consumption_budget_subscription");
    expect(budgets).toHaveLength(1);
    const [, budget] = budgets[0];
    expect([budget.amount, budget.time_grain]).toEqual([expected.budget, "Monthly"]);
    expect(budget.filter).toEqual({ tag: [{ name: "environment", values: [env] }] });
    expect(budget.notification.map((n: any) => [n.threshold_type, n.threshold])).toEqual([
      ["Actual", 80],
      ["Actual", 100],
      ["Forecasted", 100],
    ]);
  });

  it("stores files and logs with lifecycle rules, soft delete and versioning", () => {
    const [accountId, account] = single(env, "azurerm_storage_account");
    expect(account.blob_properties).toMatchObject({ versioning_enabled: true, delete_retention_policy: { days: 30 } });
    const [, policy] = single(env, "azurerm_storage_management_policy");
    expect(policy.storage_account_id).toBe(ref("azurerm_storage_account", accountId));
    const [rule] = policy.rule;
    expect(rule.filters.prefix_match).toEqual(["logs/"]);
    expect(rule.actions.base_blob.tier_to_cool_after_days_since_modification_greater_than).toBe(30);
  });

  it("protects its stateful resources from deletion outside dev", () => {
    const locks = resources(env, "azurerm_management_lock").map(([, l]) => l.scope);
    for (const type of ["azurerm_postgresql_flexible_server", "azurerm_managed_redis", "azurerm_servicebus_namespace", "azurerm_storage_account", "azurerm_key_vault"]) {
      const [id, body] = single(env, type);
      expect([type, body.lifecycle?.prevent_destroy === true, locks.includes(ref(type, id))]).toEqual([type, env !== "dev", env !== "dev"]);
    }
  });
});
