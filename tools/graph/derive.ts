import {
  COLLECTOR_RULES,
  EDGE_RULES,
  MEMBER_RULES,
  NODE_KINDS,
  PRIMARY_CONSTRUCTS,
  RELATIONSHIP_ORDER,
  SELF,
  SYSTEMS,
  TYPE_ORDER,
  type MemberRule,
} from "./catalog";

export interface GraphNode {
  readonly name: string;
  readonly type: string;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly relationship: string;
}

/** Seed 000's graph: services and how they use each other. */
export interface InfrastructureGraph {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}

type Body = Readonly<Record<string, unknown>>;

/** The part of a synthesized stack (`cdk.tf.json`) the graph reads: `resource.<type>.<logicalId>`. */
export interface SynthesizedStack {
  readonly resource?: Readonly<Record<string, Readonly<Record<string, Body>>>>;
}

interface Resource {
  /** `<type>.<logicalId>`, as references spell it. */
  readonly address: string;
  readonly type: string;
  readonly logicalId: string;
  readonly body: Body;
}

/**
 * Derives the graph from a synthesized stack by the rules of catalog.ts. Data sources and variables are
 * read past: they are not services of the stack, so a role granted to the deployer (`data.azurerm_client_config`)
 * gives no edge.
 */
export function deriveGraph(stack: SynthesizedStack): InfrastructureGraph {
  const index = new StackIndex(stack);
  const names = nodeNames(index.nodes());
  const edges = new Map<string, GraphEdge>();
  const add = (from: string, to: string, relationship: string) => {
    const edge = { from: names.get(from)!, to: names.get(to)!, relationship };
    if (from !== to) edges.set(JSON.stringify(edge), edge);
  };

  for (const rule of EDGE_RULES) {
    for (const r of index.ofType(rule.type).filter((r) => matches(r.body, rule.where ?? {}))) {
      for (const from of index.endpoint(r, rule.from)) for (const to of index.endpoint(r, rule.to)) add(from, to, rule.relationship);
    }
  }
  for (const rule of COLLECTOR_RULES) {
    for (const collector of index.ofType(rule.type).filter((r) => matches(r.body, rule.where))) {
      const own = index.ownersOf(collector.address);
      const referenced = index.referencesIn(collector.body);
      // The collector's own node is where it runs, not a source of the metrics it ships.
      const sources = unique(referenced.flatMap((a) => index.ownersOf(a))).filter(
        (node) => !own.includes(node) && NODE_KINDS[index.get(node).type].type !== "monitoring",
      );
      const workspaces = index
        .throughPlainResources(referenced)
        .map((a) => index.get(a))
        .filter((r) => r.type === rule.via.type)
        .flatMap((r) => index.endpoint(r, rule.via.workspaceAt));
      for (const from of sources) for (const to of workspaces) add(from, to, rule.relationship);
    }
  }

  const nodes = [...names].map(([address, name]) => ({ name, type: NODE_KINDS[index.get(address).type].type }));
  return {
    nodes: nodes.sort((a, b) => byRank(TYPE_ORDER, a.type, b.type) || compare(a.name, b.name)),
    edges: [...edges.values()].sort(
      (a, b) => byRank(RELATIONSHIP_ORDER, a.relationship, b.relationship) || compare(a.from, b.from) || compare(a.to, b.to),
    ),
  };
}

/**
 * The system (a key of SYSTEMS) each node of `deriveGraph(stack)` belongs to, by node name; nodes of no
 * system are absent. Kept apart from the graph, whose nodes are exactly seed 000's `{name, type}`.
 */
export function deriveSystems(stack: SynthesizedStack): ReadonlyMap<string, string> {
  const index = new StackIndex(stack);
  const systems = new Map<string, string>();
  for (const [address, name] of nodeNames(index.nodes())) {
    const path = constructPath(index.get(address));
    const system = path && [path[1], path[0]].find((id) => id in SYSTEMS);
    if (system) systems.set(name, system);
  }
  return systems;
}

/** The stack's resources with the reference and ownership lookups the rules need. */
class StackIndex {
  readonly resources: readonly Resource[];
  private readonly byAddress: ReadonlyMap<string, Resource>;
  private readonly owners = new Map<string, readonly string[]>();

  constructor(stack: SynthesizedStack) {
    this.resources = Object.entries(stack.resource ?? {}).flatMap(([type, byId]) =>
      Object.entries(byId).map(([logicalId, body]) => ({ address: `${type}.${logicalId}`, type, logicalId, body })),
    );
    this.byAddress = new Map(this.resources.map((r) => [r.address, r]));
  }

  get(address: string): Resource {
    return this.byAddress.get(address)!;
  }

  /** The resources that are nodes of the graph. */
  nodes(): Resource[] {
    return this.resources.filter((r) => r.type in NODE_KINDS);
  }

  ofType(type: string): Resource[] {
    return this.resources.filter((r) => r.type === type);
  }

  /** Addresses of the stack's resources referenced anywhere in `value`, in order of appearance. */
  referencesIn(value: unknown): string[] {
    if (typeof value === "string") return unique(expressionsIn(value).flatMap((e) => [...e.matchAll(REFERENCE)].map((m) => m[1])).filter((a) => this.byAddress.has(a)));
    if (Array.isArray(value)) return unique(value.flatMap((v) => this.referencesIn(v)));
    if (isObject(value)) return unique(Object.entries(value).flatMap(([k, v]) => (k === "//" ? [] : this.referencesIn(v))));
    return [];
  }

  /**
   * `addresses` plus what is reachable from them through resources that are neither nodes nor members:
   * a container app reads the Application Insights connection string through a Key Vault secret.
   */
  throughPlainResources(addresses: readonly string[]): string[] {
    const reached = new Set(addresses);
    for (const address of reached) {
      const r = this.get(address);
      if (!(r.type in NODE_KINDS) && !MEMBER_RULES.some((m) => m.type === r.type)) for (const next of this.referencesIn(r.body)) reached.add(next);
    }
    return [...reached];
  }

  /** Nodes an edge rule endpoint stands for: the resource's own owner, or the owners of what `path` references. */
  endpoint(r: Resource, path: string): readonly string[] {
    if (path === SELF) return this.ownersOf(r.address);
    return unique(this.referencesIn(valuesAt(r.body, path)).flatMap((a) => this.ownersOf(a)));
  }

  /** The nodes a resource stands for: itself if it is a node, its owners' if it is a member, else none. */
  ownersOf(address: string, visiting: ReadonlySet<string> = new Set()): readonly string[] {
    const known = this.owners.get(address);
    if (known) return known;
    if (visiting.has(address)) return [];
    const r = this.get(address);
    const rule = MEMBER_RULES.find((m) => m.type === r.type);
    const next = new Set([...visiting, address]);
    const owners = r.type in NODE_KINDS ? [address] : rule ? unique(this.ownerCandidates(r, rule).flatMap((a) => this.ownersOf(a, next))) : [];
    this.owners.set(address, owners);
    return owners;
  }

  private ownerCandidates(member: Resource, rule: MemberRule): string[] {
    if ("ownerAt" in rule) return this.referencesIn(valuesAt(member.body, rule.ownerAt));
    return this.resources
      .filter((r) => (rule.referrers ?? [r.type]).includes(r.type) && this.referencesIn(valuesAt(r.body, rule.referencedAt)).includes(member.address))
      .map((r) => r.address);
  }
}

// A resource address inside an expression, not preceded by `data.`, `var.` or any other traversal.
const REFERENCE = /(?<![\w.-])([a-z][a-z0-9_]*\.[A-Za-z_][\w-]*)/g;

/**
 * The bodies of the `${...}` interpolations and `%{...}` directives in a Terraform string. `$${` and
 * `%%{` are escapes for literal text (the Confluent collector's configuration uses them) and are skipped.
 */
function expressionsIn(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if ((text[i] !== "$" && text[i] !== "%") || text[i + 1] !== "{") continue;
    if (text[i - 1] === text[i]) continue;
    let depth = 1;
    let end = i + 2;
    for (; end < text.length && depth > 0; end++) depth += text[end] === "{" ? 1 : text[end] === "}" ? -1 : 0;
    found.push(text.slice(i + 2, end - 1));
    i = end - 1;
  }
  return found;
}

/** The values at a dotted path; blocks synthesized as lists are walked element by element. */
function valuesAt(body: unknown, path: string): unknown[] {
  let current: unknown[] = [body];
  for (const key of path.split(".")) {
    current = current.flatMap((v) => (Array.isArray(v) ? v : [v])).flatMap((v) => (isObject(v) && key in v ? [v[key]] : []));
  }
  return current;
}

/** Every path holds its value; a `null` value means the path must be absent. */
function matches(body: Body, where: Readonly<Record<string, string | null>>): boolean {
  return Object.entries(where).every(([path, value]) => (value === null ? valuesAt(body, path).length === 0 : valuesAt(body, path).includes(value)));
}

/**
 * Display names. Resources sharing a kind's name are ordered primary construct first (foundation,
 * shared-backend), then by construct path; the first keeps the plain name, the others are qualified by
 * the path of their L2 construct below the stack: `Storage Account (shared-backend/flow-log-storage)`.
 */
function nodeNames(nodes: readonly Resource[]): Map<string, string> {
  const names = new Map<string, string>();
  const groups = new Map<string, Resource[]>();
  for (const r of nodes) groups.set(NODE_KINDS[r.type].name, [...(groups.get(NODE_KINDS[r.type].name) ?? []), r]);
  for (const [plain, group] of groups) {
    const ordered = group
      .map((r) => ({ r, below: pathBelowStack(r) }))
      .sort((a, b) => Number(isPrimary(b.below)) - Number(isPrimary(a.below)) || compare(a.below.join("/"), b.below.join("/")));
    const taken = new Set<string>();
    ordered.forEach(({ r, below }, i) => {
      const l2 = `${plain} (${(below.length > 1 ? below.slice(0, -1) : below).join("/")})`;
      // Two resources of one kind in the same L2 construct: only their full paths tell them apart.
      const name = i === 0 ? plain : taken.has(l2) ? `${plain} (${below.join("/")})` : l2;
      taken.add(name);
      names.set(r.address, name);
    });
  }
  return names;
}

/** The construct path cdktf's metadata records (`prod/shared-backend/redis/cache`), by segment. */
function constructPath(r: Resource): string[] | undefined {
  const path = ((r.body["//"] as Body | undefined)?.metadata as Body | undefined)?.path;
  return typeof path === "string" ? path.split("/") : undefined;
}

/** The construct path without the stack id (`prod/shared-backend/redis/cache` -> shared-backend, redis, cache). */
function pathBelowStack(r: Resource): string[] {
  return constructPath(r)?.slice(1) ?? [r.logicalId];
}

function isPrimary(below: readonly string[]): boolean {
  return below.length > 1 && PRIMARY_CONSTRUCTS.includes(below[0]);
}

function byRank(order: readonly string[], a: string, b: string): number {
  const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
  return rank(a) - rank(b) || compare(a, b);
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}
