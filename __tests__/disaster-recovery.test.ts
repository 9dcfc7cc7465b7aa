import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ValidationError } from "../constructs/core/errors";
import { PostgreSqlFlexibleServer } from "../constructs/data/postgresql-flexible-server";
import { PostgreSqlReadReplica } from "../constructs/data/postgresql-read-replica";
import { SqlServer } from "../constructs/data/sql-server";
import { ContainerRegistry } from "../constructs/compute/container-registry";
import { ResourceGroup } from "../constructs/resource-group/resource-group";
import { KeyVault } from "../constructs/security/key-vault";
import { LogAnalyticsWorkspace } from "../constructs/monitoring/log-analytics-workspace";
import { settings } from "../stacks/settings/environments";
import { formatReport, recoveryReport } from "../tools/dr/report";
import { main } from "../tools/dr/cli";
import { estateOutput, resourcesOf, synthJson, testStackWithGroup } from "./helpers";

/** The default estate, synthesized once by jest's globalSetup. */
const synthesized = (stack: string) => estateOutput({ metadata: true })[stack];
const prodSettings = settings.environments.find((e) => e.name === "prod")!;

function postgresPair(sku = "GP_Standard_D2s_v3") {
  const { stack, group } = testStackWithGroup();
  const keyVault = new KeyVault(stack, "kv", { resourceGroup: group, tenantId: "tenant" });
  const source = new PostgreSqlFlexibleServer(stack, "db", { resourceGroup: group, sku, tenantId: "tenant", keyVault });
  const secondary = new ResourceGroup(stack, "rg-ne", { location: "northeurope" });
  return { stack, source, secondary };
}

describe("PostgreSqlReadReplica", () => {
  it("replicates its source with the source's size, version, storage and authentication, private, and keeps its own TLS and logging parameters", () => {
    const { stack, source, secondary } = postgresPair();
    new PostgreSqlReadReplica(stack, "replica", { source, resourceGroup: secondary, workload: "web" });
    const replica = resourcesOf(stack, "azurerm_postgresql_flexible_server").find(([id]) => id.startsWith("replica"))![1];
    expect(replica).toMatchObject({
      create_mode: "Replica",
      source_server_id: "${azurerm_postgresql_flexible_server.db_server_207B177B.id}",
      sku_name: "GP_Standard_D2s_v3",
      version: "16",
      storage_mb: 32768,
      public_network_access_enabled: false,
      authentication: { active_directory_auth_enabled: true, password_auth_enabled: true, tenant_id: "tenant" },
      lifecycle: { ignore_changes: ["create_mode", "source_server_id"] },
    });
    // Created after the source's last change (the server takes one at a time).
    expect(replica.depends_on).toEqual(expect.arrayContaining([expect.stringMatching(/^azurerm_postgresql_flexible_server_configuration\.db_parameter-/)]));
    const replicaParameters = resourcesOf(stack, "azurerm_postgresql_flexible_server_configuration").filter(([id]) => id.startsWith("replica"));
    expect(Object.fromEntries(replicaParameters.map(([, p]) => [p.name, p.value]))).toEqual({
      require_secure_transport: "on",
      ssl_min_protocol_version: "TLSv1.2",
      log_connections: "on",
      log_disconnections: "on",
      "connection_throttle.enable": "on",
    });
  });

  it("puts virtual endpoints on the pair, whose writer host follows a promotion, and protects them with the replica", () => {
    const { stack, source, secondary } = postgresPair();
    const replica = new PostgreSqlReadReplica(stack, "replica", { source, resourceGroup: secondary, virtualEndpointName: "abs-psql-web-ve", protectFromDeletion: true });
    expect(replica.writerHost).toMatch(/^\$\{TfToken\[TOKEN\.\d+\]\}\.writer\.postgres\.database\.azure\.com$/);
    const [[, endpoint]] = resourcesOf(stack, "azurerm_postgresql_flexible_server_virtual_endpoint");
    expect(endpoint).toMatchObject({ name: "abs-psql-web-ve", type: "ReadWrite", lifecycle: { prevent_destroy: true, ignore_changes: ["source_server_id", "replica_server_id"] } });
  });

  it("refuses a Burstable source: Azure offers no replicas there", () => {
    const { stack, source, secondary } = postgresPair("B_Standard_B1ms");
    expect(() => new PostgreSqlReadReplica(stack, "replica", { source, resourceGroup: secondary })).toThrow(
      new ValidationError("test/replica", "source.sku", true, "must be off on the Burstable SKU B_Standard_B1ms: Azure offers read replicas on General Purpose and Memory Optimized only"),
    );
  });
});

describe("SqlServer.addFailoverGroup", () => {
  function pair() {
    const { stack, group } = testStackWithGroup();
    const workspace = new LogAnalyticsWorkspace(stack, "log", { resourceGroup: group });
    const common = { tenantId: "tenant", entraAdmin: { login: "admins", objectId: "00000000-0000-0000-0000-000000000001" }, auditing: { workspace } };
    const primary = new SqlServer(stack, "sql", { ...common, resourceGroup: group, workload: "erp", databases: [{ name: "AuthDB" }], protectFromDeletion: true });
    const partner = new SqlServer(stack, "sql-ne", { ...common, resourceGroup: new ResourceGroup(stack, "rg-ne", { location: "northeurope" }), workload: "erp", administratorPassword: primary.administratorPassword });
    return { stack, primary, partner };
  }

  it("groups every database (also later ones) with automatic failover after the grace period, and points connection strings at the listener", () => {
    const { stack, primary, partner } = pair();
    primary.addFailoverGroup({ partner, graceMinutes: 60 });
    primary.addDatabase({ name: "SalesDB" });
    const json = synthJson(stack);
    const [group] = Object.values(json.resource.azurerm_mssql_failover_group) as any[];
    expect(group).toMatchObject({ read_write_endpoint_failover_policy: { mode: "Automatic", grace_minutes: 60 }, readonly_endpoint_failover_policy_enabled: false, lifecycle: { prevent_destroy: true } });
    expect(group.name).toMatch(/^abs-sqlfg-erp-we-test-[0-9a-f]{4}$/);
    expect(group.databases).toHaveLength(2);
    expect(primary.connectionString("AuthDB").value).toMatch(/^Server=tcp:\$\{TfToken\[TOKEN\.\d+\]\}\.database\.windows\.net,1433;/);
    // The partner shares the password (logins do not fail over): one ephemeral draw, sent to both with one version.
    expect(Object.keys(json.ephemeral.random_password)).toHaveLength(1);
    const servers = Object.values(json.resource.azurerm_mssql_server) as any[];
    expect(new Set(servers.map((s) => s.administrator_login_password_wo)).size).toBe(1);
    expect(new Set(servers.map((s) => s.administrator_login_password_wo_version)).size).toBe(1);
  });

  it.each([30, 90])("refuses a grace period of %i minutes: Azure takes whole hours, one at least", (graceMinutes) => {
    const { primary, partner } = pair();
    expect(() => primary.addFailoverGroup({ partner, graceMinutes })).toThrow("failoverGroup.graceMinutes");
  });
});

describe("ContainerRegistry geo-replication", () => {
  it("replicates a Premium registry, zone-redundant like the registry", () => {
    const { stack, group } = testStackWithGroup();
    new ContainerRegistry(stack, "cr", { resourceGroup: group, zoneRedundancy: true, geoReplicationLocations: ["northeurope"] });
    const [[, registry]] = resourcesOf(stack, "azurerm_container_registry");
    expect(registry.georeplications).toEqual([{ location: "northeurope", zone_redundancy_enabled: true }]);
  });

  it("refuses replicas without Premium", () => {
    const { stack, group } = testStackWithGroup();
    expect(() => new ContainerRegistry(stack, "cr2", { resourceGroup: group, sku: "Standard", publicNetworkAccess: true, geoReplicationLocations: ["northeurope"] })).toThrow("only Premium registries replicate");
  });
});

describe("prod's secondary region", () => {
  const prod = synthesized("prod");
  const byPrefix = (type: string, prefix: string) => Object.entries(prod.resource[type] ?? {}).filter(([id]) => id.startsWith(prefix)) as Array<[string, any]>;

  it("has a network in northeurope with a private-endpoint subnet, peered with the hub and the primary network", () => {
    const [[id, vnet]] = byPrefix("azurerm_virtual_network", "foundation_recovery-region");
    expect(vnet).toMatchObject({ name: "abs-vnet-ne-prod", address_space: ["10.31.0.0/24"] });
    const [[, group]] = byPrefix("azurerm_resource_group", "foundation_recovery-region");
    expect(group).toMatchObject({ name: "abs-rg-ne-prod", location: "northeurope", lifecycle: { prevent_destroy: true } });
    // Both directions with the hub and with the primary network (the secondary's own name is a reference).
    const peerings = byPrefix("azurerm_virtual_network_peering", "foundation_recovery-region").map(([, p]) => String(p.name));
    expect(peerings.map((name) => name.replace(/\$\{azurerm_virtual_network\.foundation_recovery-region_network_vnet_\w+\.name\}/, "<secondary>")).sort()).toEqual([
      "<secondary>-to-abs-vnet-hub-we-shared",
      "<secondary>-to-abs-vnet-we-prod",
      "abs-vnet-hub-we-shared-to-<secondary>",
      "abs-vnet-we-prod-to-<secondary>",
    ]);
    expect(id).toBeDefined();
  });

  it("puts the secondaries' private endpoints there, in the central zones linked to it", () => {
    const endpoints = Object.values(prod.resource.azurerm_private_endpoint as Record<string, any>).filter((e) => String(e.subnet_id).includes("recovery-region"));
    expect(endpoints.map((e) => e.private_service_connection.subresource_names[0]).sort()).toEqual(["postgresqlServer", "sqlServer"]);
    const links = Object.values(prod.resource.azurerm_private_dns_zone_virtual_network_link as Record<string, any>).filter((l) => String(l.virtual_network_id).includes("recovery-region"));
    expect(links.map((l) => l.private_dns_zone_name).sort()).toEqual(["privatelink.database.windows.net", "privatelink.postgres.database.azure.com"]);
  });

  it("protects every secondary from deletion", () => {
    const secondaries = [...byPrefix("azurerm_postgresql_flexible_server", "web-app_secondary-region"), ...byPrefix("azurerm_mssql_server", "erp_secondary-region")];
    expect(secondaries).toHaveLength(2);
    for (const [id, body] of secondaries) {
      expect([id, body.lifecycle?.prevent_destroy]).toEqual([id, true]);
      expect(Object.values(prod.resource.azurerm_management_lock as Record<string, any>).some((l) => l.scope === `\${${id.startsWith("web") ? "azurerm_postgresql_flexible_server" : "azurerm_mssql_server"}.${id}.id}`)).toBe(true);
    }
  });
});

describe("DR report", () => {
  it("shows every prod data service meeting seed 003's targets, storage under its written exception", () => {
    const rows = recoveryReport(synthesized("prod"), prodSettings.recovery);
    expect(rows.filter((r) => r.verdict !== "n/a").map((r) => [r.service, r.verdict])).toEqual([
      ["postgres", "meets"],
      ["sql", "meets"],
      ["cosmos", "meets"],
      ["storage", "meets"],
      ["storage", "meets"],
      ["storage", "meets"],
    ]);
    expect(rows.find((r) => r.service === "storage")!.demanded).toMatchObject({ rpoMinutes: 15, rtoMinutes: 60 });
    expect(rows.filter((r) => r.service === "cache").every((r) => r.figure.mode.startsWith("single region, not geo-replicated: derived data"))).toBe(true);
    const text = formatReport("prod", rows);
    expect(text).toContain("| Azure SQL | abs-sql-erp-we-prod-e6f5 | auto-failover group (grace 60 min) | 5 s | 1 h | RPO 5 min, RTO 60 min | RPO 5 min, RTO 60 min | meets |");
    expect(text).toContain("- Business continuity in Azure SQL Database");
  });

  it("is the table the README shows for prod", () => {
    const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");
    expect(readme).toContain(formatReport("prod", recoveryReport(synthesized("prod"), prodSettings.recovery)));
  });

  it("fails a service whose synthesized recovery misses the demanded target", () => {
    const dev = recoveryReport(synthesized("dev"), { targets: { rpoMinutes: 5, rtoMinutes: 60 } });
    expect(dev.filter((r) => r.verdict === "misses").map((r) => r.service)).toEqual(expect.arrayContaining(["postgres", "sql", "cosmos", "storage"]));
    // Without demanded targets the report only informs.
    expect(recoveryReport(synthesized("dev"), settings.environments[0].recovery).every((r) => r.verdict === "n/a")).toBe(true);
  });

  it("stops on a bad command line with exit code 2", () => {
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    expect(main([])).toBe(2);
    expect(error.mock.calls[0][0]).toContain("missing --stack <id>");
    error.mockRestore();
  });
});
