/**
 * Can the first apply of an environment reach and order every data-plane write it makes? Checked over
 * the synthesized stacks (the platform stack and the environment stacks), as the pipeline would meet
 * them: the runners sit in the platform's hub network, so every write must go to a service with a
 * private endpoint in a network peered with the hub both ways, registered in a central privatelink
 * zone of the platform that is linked to the hub, and must be ordered after that endpoint, the
 * peerings and the propagation wait of the grant that allows it.
 */

/** A synthesized stack (`cdk.tf.json`). */
export interface StackJson {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
  readonly data?: Record<string, Record<string, Record<string, unknown>>>;
}

/** Writes through a data plane, with the argument naming the service they write to. */
export const DATA_PLANE_WRITES: Readonly<Record<string, string>> = {
  azurerm_key_vault_secret: "key_vault_id",
  azurerm_key_vault_key: "key_vault_id",
  azurerm_key_vault_certificate: "key_vault_id",
  azurerm_app_configuration_key: "configuration_store_id",
};

/** One thing the first apply would miss: the write (stack and address) and what is missing. */
export interface ReachabilityFinding {
  readonly stack: string;
  readonly address: string;
  readonly problem: string;
}

const REFERENCE = /\$\{[^}]*?\b((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][\w-]*)/g;

/** Addresses a value refers to (`azurerm_key_vault.x`, `data.azurerm_...`), anywhere in it. */
function referencesIn(value: unknown): string[] {
  if (typeof value === "string") return [...value.matchAll(REFERENCE)].map((m) => m[1]);
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(referencesIn);
  return [];
}

/** The single address a `${type.name.attr}` expression refers to, if it is exactly one reference. */
function target(value: unknown): string | undefined {
  const refs = referencesIn(value);
  return refs.length === 1 ? refs[0] : undefined;
}

class Stack {
  private readonly bodies = new Map<string, Record<string, unknown>>();

  constructor(public readonly id: string, json: StackJson) {
    for (const [type, byName] of Object.entries(json.resource ?? {})) for (const [name, body] of Object.entries(byName)) this.bodies.set(`${type}.${name}`, body);
    for (const [type, byName] of Object.entries(json.data ?? {})) for (const [name, body] of Object.entries(byName)) this.bodies.set(`data.${type}.${name}`, body);
  }

  public body(address: string): Record<string, unknown> | undefined {
    return this.bodies.get(address);
  }

  public ofType(type: string): Array<[string, Record<string, unknown>]> {
    return [...this.bodies].filter(([address]) => address.startsWith(`${type}.`));
  }

  /** Everything `address` waits for: references and depends_on, transitively. */
  public closure(address: string): Set<string> {
    const seen = new Set<string>();
    const queue = [address];
    while (queue.length > 0) {
      const body = this.bodies.get(queue.pop()!);
      if (!body) continue;
      const { depends_on: dependsOn, ...rest } = body;
      for (const dep of [...referencesIn(rest), ...((dependsOn as string[] | undefined) ?? [])]) {
        if (!seen.has(dep) && this.bodies.has(dep)) {
          seen.add(dep);
          queue.push(dep);
        }
      }
    }
    return seen;
  }
}

/** The hub network, its runner subnet's range and the central zones linked to it, from the platform stack. */
function platformFacts(platform: Stack): { hubName: string; linkedZones: Set<string>; zoneGroups: Map<string, string> } {
  const networks = platform.ofType("azurerm_virtual_network");
  if (networks.length !== 1) throw new Error(`the platform stack must hold exactly one virtual network (the hub), found ${networks.length}`);
  const [hubAddress, hub] = networks[0];
  const linkedZones = new Set<string>();
  const zoneGroups = new Map<string, string>();
  const groupName = (value: unknown) => {
    const ref = target(value);
    return ref ? String(platform.body(ref)?.name) : String(value);
  };
  for (const [address, zone] of platform.ofType("azurerm_private_dns_zone")) {
    zoneGroups.set(String(zone.name), groupName(zone.resource_group_name));
    const linked = platform
      .ofType("azurerm_private_dns_zone_virtual_network_link")
      .some(([, link]) => target(link.private_dns_zone_name) === address && target(link.virtual_network_id) === hubAddress);
    if (linked) linkedZones.add(String(zone.name));
  }
  return { hubName: String(hub.name), linkedZones, zoneGroups };
}

/**
 * Every reason an environment's first apply, run from the hub's runners, would fail to reach or to
 * order one of its data-plane writes. Empty when all are reachable and ordered.
 */
export function reachabilityFindings(stacks: Readonly<Record<string, StackJson>>, platformId: string): ReachabilityFinding[] {
  const platform = new Stack(platformId, stacks[platformId]);
  const { hubName, linkedZones, zoneGroups } = platformFacts(platform);
  const findings: ReachabilityFinding[] = [];
  for (const [id, json] of Object.entries(stacks)) {
    if (id === platformId) continue;
    const stack = new Stack(id, json);
    const deployers = new Set(stack.ofType("data.azurerm_user_assigned_identity").map(([address]) => address));
    for (const [type, serviceArg] of Object.entries(DATA_PLANE_WRITES)) {
      for (const [address, write] of stack.ofType(type)) {
        const report = (problem: string) => findings.push({ stack: id, address, problem });
        const service = target(write[serviceArg]);
        if (!service) {
          report(`names no service in ${serviceArg}`);
          continue;
        }
        const waits = stack.closure(address);
        const endpoints = stack.ofType("azurerm_private_endpoint").filter(([, pe]) => target((pe.private_service_connection as Record<string, unknown>)?.private_connection_resource_id) === service);
        if (endpoints.length === 0) report(`writes to ${service}, which has no private endpoint: the hub's runners cannot reach its data plane`);
        for (const [endpointAddress, endpoint] of endpoints) {
          if (!waits.has(endpointAddress)) report(`does not wait for the private endpoint ${endpointAddress} of ${service}`);
          const zoneIds = ((endpoint.private_dns_zone_group as Record<string, unknown>)?.private_dns_zone_ids as string[] | undefined) ?? [];
          if (zoneIds.length === 0) report(`its endpoint ${endpointAddress} registers in no private DNS zone`);
          for (const zoneId of zoneIds) {
            const match = /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Network\/privateDnsZones\/([^/]+)$/.exec(zoneId);
            const zone = match?.[2];
            if (!match || zoneGroups.get(zone!) !== match[1]) report(`its endpoint ${endpointAddress} registers in ${zoneId}, which is not a central zone of the platform stack`);
            else if (!linkedZones.has(zone!)) report(`its endpoint ${endpointAddress} registers in ${zone}, which is not linked to the hub ${hubName}: the runners would resolve the public address`);
          }
          const subnet = stack.body(target(endpoint.subnet_id) ?? "");
          const network = target(subnet?.virtual_network_name);
          if (!network) {
            report(`its endpoint ${endpointAddress} is not in a subnet of this stack's network`);
            continue;
          }
          const peerings = stack.ofType("azurerm_virtual_network_peering");
          const outbound = peerings.find(([, p]) => target(p.virtual_network_name) === network && String(p.remote_virtual_network_id).endsWith(`/virtualNetworks/${hubName}`));
          const inbound = peerings.find(([, p]) => p.virtual_network_name === hubName && target(p.remote_virtual_network_id) === network);
          for (const [direction, peering] of [[`${network} -> ${hubName}`, outbound], [`${hubName} -> ${network}`, inbound]] as const) {
            if (!peering) report(`its endpoint ${endpointAddress} is in ${network}, which has no peering ${direction}`);
            else if (!waits.has(peering[0])) report(`does not wait for the peering ${peering[0]} (${direction})`);
          }
        }
        const propagated = [...waits].some((dep) => {
          if (!dep.startsWith("time_sleep.")) return false;
          const grant = target((stack.body(dep)?.triggers as Record<string, unknown> | undefined) ?? {});
          const assignment = grant && stack.body(grant);
          return !!assignment && target(assignment.scope) === service && deployers.has(target(assignment.principal_id) ?? "");
        });
        if (!propagated) report(`does not wait for the propagation (time_sleep) of a grant on ${service} to the pipeline identity`);
      }
    }
  }
  return findings;
}

/** Resources that use their user-assigned identities' grants when Azure creates them (image pulls, Key Vault reads). */
export const USES_GRANTS_AT_CREATION = ["azurerm_container_app", "azurerm_container_app_job", "azurerm_application_gateway", "azurerm_linux_web_app", "azurerm_linux_function_app"];

/** The roles a resource uses as Azure creates it: pulling its image, reading Key Vault references and certificates. */
export const CREATION_ROLES = ["AcrPull", "Key Vault Secrets User"];

/**
 * Every resource that signs in with a user-assigned identity when it is created must wait for the
 * propagation of that identity's image-pull and Key Vault grants in its stack: a pull or Key Vault
 * read right after the assignment fails the first apply. (Run-time grants, such as data roles the
 * application uses later, may still be propagating.)
 */
export function grantUseFindings(stacks: Readonly<Record<string, StackJson>>): ReachabilityFinding[] {
  const findings: ReachabilityFinding[] = [];
  for (const [id, json] of Object.entries(stacks)) {
    const stack = new Stack(id, json);
    const grants = stack.ofType("azurerm_role_assignment");
    const sleeps = stack.ofType("time_sleep");
    for (const type of USES_GRANTS_AT_CREATION) {
      for (const [address, body] of stack.ofType(type)) {
        const identities = referencesIn((body.identity as Record<string, unknown> | undefined)?.identity_ids ?? []);
        const waits = stack.closure(address);
        for (const identity of identities) {
          for (const [grant, assignment] of grants.filter(([, g]) => target(g.principal_id) === identity && CREATION_ROLES.includes(String(g.role_definition_name)))) {
            const sleep = sleeps.find(([, s]) => target(s.triggers) === grant)?.[0];
            if (!sleep || !waits.has(sleep)) {
              findings.push({ stack: id, address, problem: `does not wait for the propagation (time_sleep) of ${grant} (${String(assignment.role_definition_name)} to ${identity})` });
            }
          }
        }
      }
    }
  }
  return findings;
}

export function formatFinding(f: ReachabilityFinding): string {
  return `${f.stack}: ${f.address} ${f.problem}`;
}
