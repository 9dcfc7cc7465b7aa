import Redis from "ioredis";
import type { InfrastructureGraph } from "./derive";
import { RedisStoreError, UsageError } from "./errors";
import { redisRecords } from "./formats";

/** Where `--redis-url` points; `display` is the URL without credentials, for messages. */
export interface RedisTarget {
  readonly host: string;
  readonly port: number;
  readonly db: number;
  readonly username?: string;
  readonly password?: string;
  readonly display: string;
}

const URL_SHAPE = "must look like redis://host:port[/db]";

/** Parses `redis://[user:password@]host[:port][/db]` (port 6379 and db 0 by default); throws a UsageError. */
export function parseRedisUrl(text: string): RedisTarget {
  const bad = (rule: string) => new UsageError(`--redis-url ${JSON.stringify(text)}: ${rule}`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw bad(URL_SHAPE);
  }
  if (url.protocol !== "redis:") throw bad(`${URL_SHAPE} (scheme ${url.protocol.replace(/:$/, "")} is not redis)`);
  if (url.hostname === "") throw bad(`${URL_SHAPE} (no host)`);
  if (url.search !== "" || url.hash !== "") throw bad(`${URL_SHAPE} (no query or fragment)`);
  const path = url.pathname.replace(/^\//, "");
  if (!/^\d*$/.test(path)) throw bad(`${URL_SHAPE} (db must be a whole number)`);
  const port = url.port === "" ? 6379 : Number(url.port);
  if (port === 0) throw bad(`${URL_SHAPE} (port must be 1-65535)`);
  const db = Number(path || "0");
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port,
    db,
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    display: `redis://${url.hostname}:${port}/${db}`,
  };
}

/**
 * Replaces the namespace's graph in one EVAL: the script deletes the namespace's node and edge hashes
 * and its relationship set, then writes the new ones. A script runs alone on the server, so a reader
 * sees the old graph or the new one, never half of each.
 *
 * Why a script rather than MULTI/EXEC: the stale keys are only known by scanning, and a scan before
 * MULTI races with other writers; inside the script the scan and the writes are one atomic step.
 * Why the `#!lua` line: a script that declares itself (Redis 7+) is checked like a write command before
 * it starts, so an out-of-memory server or a read-only replica refuses it whole. A legacy script is only
 * checked before its first write; once its deletes have run, Redis lets it finish past the memory limit.
 * Only the layout's key families are deleted (`<ns>.node.*`, `<ns>.edge.*`, `<ns>.relationship.types`),
 * not every `<ns>.*` key, so a namespace that extends this one (`<ns>.archive`) is left alone.
 */
const REPLACE_SCRIPT = `#!lua
local graph = cjson.decode(ARGV[1])
local removed = 0
for _, pattern in ipairs(graph.stale) do
  local cursor = "0"
  repeat
    local page = redis.call("SCAN", cursor, "MATCH", pattern, "COUNT", 1000)
    cursor = page[1]
    for _, key in ipairs(page[2]) do
      removed = removed + redis.call("DEL", key)
    end
  until cursor == "0"
end
removed = removed + redis.call("DEL", graph.set.key)
for _, hash in ipairs(graph.hashes) do
  redis.call("HSET", hash.key, unpack(hash.fields))
end
if #graph.set.members > 0 then
  redis.call("SADD", graph.set.key, unpack(graph.set.members))
end
return removed
`;

/** Writes the graph into Redis, replacing the namespace's previous graph atomically. Returns how many old keys it replaced. */
export async function writeGraph(graph: InfrastructureGraph, target: RedisTarget, namespace: string): Promise<number> {
  const records = redisRecords(graph, namespace);
  const glob = namespace.replace(/[*?[\]\\]/g, "\\$&");
  const payload = JSON.stringify({
    stale: [`${glob}.node.*`, `${glob}.edge.*`],
    hashes: records.hashes.map((h) => ({ key: h.key, fields: h.fields.flat() })),
    set: records.relationshipTypes,
  });
  // Fail fast: one connection attempt, no retries, no queueing while disconnected.
  const client = new Redis({
    host: target.host,
    port: target.port,
    username: target.username,
    password: target.password,
    lazyConnect: true,
    connectTimeout: 3000,
    commandTimeout: 10000,
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
  });
  // The socket's own error (ECONNREFUSED ...) says more than the rejection ("Connection is closed."),
  // and without a listener ioredis would log it as unhandled.
  let socketError: Error | undefined;
  client.on("error", (e: Error) => {
    socketError ??= e;
  });
  try {
    try {
      await client.connect();
    } catch (e) {
      throw new RedisStoreError(`Redis at ${target.display} is unreachable: ${(socketError ?? (e as Error)).message}; nothing was written`);
    }
    // Selected here rather than by ioredis's `db` option, whose failure is only an event: the script
    // would then run in db 0.
    await client.select(target.db).catch((e: Error) => {
      throw new RedisStoreError(`Redis at ${target.display} has no db ${target.db}: ${e.message}; nothing was written`);
    });
    try {
      return Number(await client.eval(REPLACE_SCRIPT, 0, payload));
    } catch (e) {
      const rejected = (e as Error).name === "ReplyError";
      throw new RedisStoreError(
        rejected
          ? `Redis at ${target.display} rejected the write: ${(e as Error).message}; namespace ${namespace} still holds its previous graph`
          : `writing to Redis at ${target.display} failed: ${(e as Error).message}; namespace ${namespace} holds either its previous or the new graph, never a mix`,
      );
    }
  } finally {
    if (client.status === "ready") await client.quit().catch(() => client.disconnect());
    else client.disconnect();
  }
}
