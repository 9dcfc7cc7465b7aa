import { ChildProcess, spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import Redis from "ioredis";
import { deriveGraph, type InfrastructureGraph } from "../tools/graph/derive";
import { RedisStoreError } from "../tools/graph/errors";
import { toRedisCli } from "../tools/graph/formats";
import { parseRedisUrl, writeGraph } from "../tools/graph/redis-store";
import { estateOutput, runCli } from "./helpers";

/**
 * The graph in a real Redis: a redis-server on a free loopback port, no persistence, started for this
 * file. redis-server is a test dependency (CI installs it); without it these tests fail, never skip.
 */

const fixture = deriveGraph(JSON.parse(readFileSync(join(__dirname, "fixtures", "graph", "shared-backend.json"), "utf8")));
const NS = "shared_backend_infrastructure";
/** Names that need every quoting rule of redis-cli. */
const AWKWARD: InfrastructureGraph = {
  nodes: [...fixture.nodes, { name: 'Say "hi" \\ back\\slash é\ttab', type: "compute" }],
  edges: [...fixture.edges, { from: 'Say "hi" \\ back\\slash é\ttab', to: "Key Vault", relationship: "reads secrets" }],
};

let server: ChildProcess;
let port: number;
let client: Redis;

/** A TCP port nothing listens on (the OS hands out a free one, which is closed again). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Every key of the selected db with its value (hash fields, sorted set members or string). */
async function dump(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const key of (await client.keys("*")).sort()) {
    const type = await client.type(key);
    out[key] = type === "hash" ? await client.hgetall(key) : type === "set" ? (await client.smembers(key)).sort() : await client.get(key);
  }
  return out;
}

/** What the seed's layout holds for `graph` under `ns`, as dump() shows it. */
function expected(graph: InfrastructureGraph, ns: string): Record<string, unknown> {
  return Object.fromEntries([
    ...graph.nodes.map((n) => [`${ns}.node.${n.name}`, { name: n.name, type: n.type }]),
    ...graph.edges.map((e, i) => [`${ns}.edge.${i}`, { from_node: e.from, to_node: e.to, relationship: e.relationship }]),
    [`${ns}.relationship.types`, [...new Set(graph.edges.map((e) => e.relationship))].sort()],
  ]);
}

const target = () => parseRedisUrl(`redis://127.0.0.1:${port}`);

beforeAll(async () => {
  const probe = spawnSync("redis-server", ["--version"], { encoding: "utf8" });
  if (probe.error) throw new Error(`redis-server is not installed (${probe.error.message}): install it (apt-get install redis-server) to run the graph's Redis tests`);
  port = await freePort();
  server = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
  for (let i = 0; ; i++) {
    if (spawnSync("redis-cli", ["-p", String(port), "ping"], { encoding: "utf8" }).stdout?.trim() === "PONG") break;
    if (i === 50) throw new Error(`redis-server did not answer PING on port ${port} within 5 s`);
    await new Promise((r) => setTimeout(r, 100));
  }
  client = new Redis({ port, host: "127.0.0.1", lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  await client.connect();
});

afterAll(async () => {
  await client?.quit();
  if (server && server.exitCode === null) await new Promise((done) => server.once("exit", done).kill());
});

beforeEach(() => client.flushall());

describe("the redis format", () => {
  it("loads through redis-cli into the seed's hashes and set, awkward names included", async () => {
    const load = spawnSync("redis-cli", ["-p", String(port)], { input: toRedisCli(AWKWARD, NS), encoding: "utf8" });
    expect(load.status).toBe(0);
    expect(load.stdout).not.toMatch(/ERR|Invalid argument/);
    expect(await dump()).toEqual(expected(AWKWARD, NS));
    expect(await client.hgetall(`${NS}.node.Say "hi" \\ back\\slash é\ttab`)).toEqual({ name: 'Say "hi" \\ back\\slash é\ttab', type: "compute" });
    expect((await client.smembers(`${NS}.relationship.types`)).sort()).toEqual(
      ["pulls images", "sends logs", "sends metrics", "runs in subnet", "private endpoint", "reads secrets", "sends flow logs", "sends telemetry"].sort(),
    );
  });
});

describe("writeGraph", () => {
  it("replaces a bigger previous graph without stale keys and leaves other namespaces alone", async () => {
    await writeGraph(AWKWARD, target(), NS);
    await client.hset("other.node.Redis Cache", "name", "Redis Cache", "type", "cache");
    await client.hset(`${NS}.archive.node.Old`, "name", "Old", "type", "cache");
    await client.set("unrelated", "1");
    const smaller: InfrastructureGraph = { nodes: fixture.nodes.slice(0, 3), edges: fixture.edges.slice(0, 2) };

    const replaced = await writeGraph(smaller, target(), NS);

    expect(replaced).toBe(AWKWARD.nodes.length + AWKWARD.edges.length + 1);
    expect(await dump()).toEqual({
      ...expected(smaller, NS),
      "other.node.Redis Cache": { name: "Redis Cache", type: "cache" },
      [`${NS}.archive.node.Old`]: { name: "Old", type: "cache" },
      unrelated: "1",
    });
  });

  it("writes under another namespace, matching glob characters in it literally", async () => {
    await writeGraph(fixture, target(), "team1");
    await writeGraph(fixture, target(), "team[1]*");
    await writeGraph({ nodes: [], edges: [] }, target(), "team[1]*");
    expect(await dump()).toEqual(expected(fixture, "team1"));
  });

  it("fails fast with a clear message when nothing listens on the port", async () => {
    const closed = await freePort();
    const started = Date.now();
    const failure = writeGraph(fixture, parseRedisUrl(`redis://127.0.0.1:${closed}`), NS);
    await expect(failure).rejects.toThrow(RedisStoreError);
    await expect(failure).rejects.toThrow(`Redis at redis://127.0.0.1:${closed}/0 is unreachable: connect ECONNREFUSED 127.0.0.1:${closed}; nothing was written`);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("leaves the previous graph intact when Redis refuses the write", async () => {
    await writeGraph(fixture, target(), NS);
    const before = await dump();
    await client.config("SET", "maxmemory-policy", "noeviction");
    await client.config("SET", "maxmemory", "1");
    try {
      await expect(writeGraph(AWKWARD, target(), NS)).rejects.toThrow(
        `Redis at redis://127.0.0.1:${port}/0 rejected the write: OOM command not allowed when used memory > 'maxmemory'.; namespace ${NS} still holds its previous graph`,
      );
    } finally {
      await client.config("SET", "maxmemory", "0");
    }
    expect(await dump()).toEqual(before);
  });

  it("refuses a db the server does not have rather than writing to db 0", async () => {
    await expect(writeGraph(fixture, parseRedisUrl(`redis://127.0.0.1:${port}/99`), NS)).rejects.toThrow(
      `Redis at redis://127.0.0.1:${port}/99 has no db 99: ERR DB index is out of range; nothing was written`,
    );
    expect(await dump()).toEqual({});
  });
});

describe("the CLI with --redis-url", () => {
  const cli = (args: string[]) => runCli("tools/graph/cli.ts", args, { CHECKPOINT_DISABLE: "1" });

  it("writes dev's graph into the namespace and db, reports on stderr; exits 1 on a closed port", async () => {
    const closed = await freePort();
    const [ok, refused] = await Promise.all([
      cli(["--stack", "dev", "--redis-url", `redis://127.0.0.1:${port}/1`, "--namespace", "e2e"]),
      cli(["--stack", "dev", "--redis-url", `redis://127.0.0.1:${closed}`]),
    ]);

    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe("");
    expect(ok.stderr).toMatch(new RegExp(`^graph: wrote stack dev to redis://127\\.0\\.0\\.1:${port}/1 namespace e2e: \\d+ nodes, \\d+ edges \\(0 previous keys replaced\\)\\n$`));
    await client.select(1);
    try {
      expect(await dump()).toEqual(expected(deriveGraph(estateOutput({ metadata: true }).dev), "e2e"));
    } finally {
      await client.select(0);
    }

    expect(refused).toEqual({
      code: 1,
      stdout: "",
      stderr: `graph: Redis at redis://127.0.0.1:${closed}/0 is unreachable: connect ECONNREFUSED 127.0.0.1:${closed}; nothing was written\n`,
    });
  }, 30_000);
});
