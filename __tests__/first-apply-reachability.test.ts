import { DATA_PLANE_WRITES, formatFinding, grantUseFindings, reachabilityFindings, StackJson, USES_GRANTS_AT_CREATION } from "../tools/first-apply/reachability";
import { PLATFORM_STACK_ID } from "../stacks/platform-layout";
import { estateOutput } from "./helpers";

/** A deep copy of the synthesized estate, for mutations. */
function estate(): Record<string, any> {
  return structuredClone(estateOutput());
}

const findings = (stacks: Record<string, StackJson>) => reachabilityFindings(stacks, PLATFORM_STACK_ID).map(formatFinding);

/** The first data-plane write of a kind in dev, with its address. */
function firstWrite(stacks: Record<string, any>, type: string): [string, any] {
  const [name, body] = Object.entries<any>(stacks.dev.resource[type])[0];
  return [`${type}.${name}`, body];
}

describe("the first apply reaches and orders every data-plane write from the hub's runners", () => {
  it("holds for every environment of the default estate", () => {
    const stacks = estate();
    const writes = Object.keys(DATA_PLANE_WRITES).flatMap((type) => ["dev", "staging", "prod"].flatMap((env) => Object.keys(stacks[env].resource[type] ?? {})));
    // Key Vault secrets and certificates and App Configuration keys: every environment writes some.
    expect(writes.length).toBeGreaterThan(90);
    expect(findings(stacks)).toEqual([]);
  });

  it("a missing hub peering is named with the endpoint's network and the direction", () => {
    const stacks = estate();
    const peerings = stacks.dev.resource.azurerm_virtual_network_peering;
    const [inbound] = Object.entries<any>(peerings).find(([, p]) => p.virtual_network_name === "abs-vnet-hub-we-shared")!;
    delete peerings[inbound];
    const [address] = firstWrite(stacks, "azurerm_key_vault_secret");
    expect(findings(stacks)).toContainEqual(expect.stringMatching(new RegExp(`^dev: ${address.replace(/[.]/g, "\\.")} its endpoint azurerm_private_endpoint\\.\\S+ is in azurerm_virtual_network\\.\\S+, which has no peering abs-vnet-hub-we-shared -> azurerm_virtual_network`)));
    expect(findings(stacks).every((f) => f.startsWith("dev: "))).toBe(true);
  });

  it("a central zone without its link to the hub is named for every write that relies on it", () => {
    const stacks = estate();
    const links = stacks[PLATFORM_STACK_ID].resource.azurerm_private_dns_zone_virtual_network_link;
    const zones = stacks[PLATFORM_STACK_ID].resource.azurerm_private_dns_zone;
    const [vaultZone] = Object.entries<any>(zones).find(([, z]) => z.name === "privatelink.vaultcore.azure.net")!;
    const [link] = Object.entries<any>(links).find(([, l]) => l.private_dns_zone_name.includes(`azurerm_private_dns_zone.${vaultZone}.`))!;
    delete links[link];
    const found = findings(stacks);
    expect(found.length).toBeGreaterThan(0);
    expect(found).toContainEqual(expect.stringMatching(/^prod: azurerm_key_vault_secret\.\S+ its endpoint \S+ registers in privatelink\.vaultcore\.azure\.net, which is not linked to the hub abs-vnet-hub-we-shared/));
    // App Configuration keys use their own zone: untouched.
    expect(found.some((f) => f.includes("azurerm_app_configuration_key."))).toBe(false);
  });

  it("a write that no longer waits for its endpoint, peering and grant is named with each missing dependency", () => {
    const stacks = estate();
    const [address, write] = firstWrite(stacks, "azurerm_app_configuration_key");
    delete write.depends_on;
    const own = findings(stacks).filter((f) => f.startsWith(`dev: ${address} `));
    expect(own).toContainEqual(expect.stringMatching(/does not wait for the private endpoint azurerm_private_endpoint\./));
    expect(own).toContainEqual(expect.stringMatching(/does not wait for the peering azurerm_virtual_network_peering\.\S+ \(azurerm_virtual_network\.\S+ -> abs-vnet-hub-we-shared\)/));
    expect(own).toContainEqual(expect.stringMatching(/does not wait for the propagation \(time_sleep\) of a grant on azurerm_app_configuration\.\S+ to the pipeline identity/));
  });

  it("a grant to whoever plans instead of the pipeline identity does not count", () => {
    const stacks = estate();
    const [address, write] = firstWrite(stacks, "azurerm_key_vault_secret");
    const sleep = write.depends_on.find((d: string) => d.startsWith("time_sleep."));
    const grantAddress = /\$\{([^}]+)\.id\}/.exec(stacks.dev.resource.time_sleep[sleep.split(".")[1]].triggers.role_assignment_id)![1];
    stacks.dev.resource.azurerm_role_assignment[grantAddress.split(".")[1]].principal_id = "${data.azurerm_client_config.client.object_id}";
    expect(findings(stacks)).toContainEqual(`dev: ${address} does not wait for the propagation (time_sleep) of a grant on ${/\$\{([^}]+)\.id\}/.exec(write.key_vault_id)![1]} to the pipeline identity`);
  });

  it("a service without a private endpoint is named", () => {
    const stacks = estate();
    const [address, write] = firstWrite(stacks, "azurerm_key_vault_secret");
    const vault = /\$\{([^}]+)\.id\}/.exec(write.key_vault_id)![1];
    const endpoints = stacks.dev.resource.azurerm_private_endpoint;
    for (const [name, pe] of Object.entries<any>(endpoints)) if (pe.private_service_connection.private_connection_resource_id === `\${${vault}.id}`) delete endpoints[name];
    expect(findings(stacks)).toContainEqual(`dev: ${address} writes to ${vault}, which has no private endpoint: the hub's runners cannot reach its data plane`);
  });
});

describe("resources that use a fresh grant when they are created wait for its propagation", () => {
  const grantFindings = (stacks: Record<string, StackJson>) => grantUseFindings(stacks).map(formatFinding);

  it("holds for every stack: container apps and jobs, the gateway, web and function apps", () => {
    const stacks = estate();
    const users = USES_GRANTS_AT_CREATION.flatMap((type) => Object.values(stacks).flatMap((s: any) => Object.values<any>(s.resource[type] ?? {}))).filter((r) => r.identity?.identity_ids);
    expect(users.length).toBeGreaterThan(20);
    expect(grantFindings(stacks)).toEqual([]);
  });

  it("a container app that waits for the assignment instead of its propagation is named", () => {
    const stacks = estate();
    const [name, app] = Object.entries<any>(stacks.dev.resource.azurerm_container_app)[0];
    app.depends_on = app.depends_on.filter((d: string) => !d.startsWith("time_sleep."));
    expect(grantFindings(stacks)).toContainEqual(expect.stringMatching(new RegExp(`^dev: azurerm_container_app\\.${name} does not wait for the propagation \\(time_sleep\\) of azurerm_role_assignment\\.\\S+ \\(AcrPull to azurerm_user_assigned_identity\\.`)));
  });
});
