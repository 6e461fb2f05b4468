import { readFileSync } from "node:fs";
import type { OutgoingHttpHeaders } from "node:http";
import path from "node:path";
import type { CacheHandlerContext, CacheHandlerValue } from "next/dist/server/lib/incremental-cache";
import type { CacheControl } from "next/dist/server/lib/cache-control";
import type { IncrementalCacheValue } from "next/dist/server/response-cache/types";
import pg from "pg";
import { pgPoolConfig } from "../db/connection.ts";
import { invalidateEverywhere, PAGE_CACHE_CHANNEL, parseInvalidation, type Invalidation } from "./invalidation.ts";

/**
 * The Next.js cache handler (next.config.ts `cacheHandler`) for rendered pages, shared by every
 * app instance through PostgreSQL, with an in-process layer in front (decision 22).
 *
 * - A page is served from memory while this instance LISTENs; any instance's invalidation reaches
 *   every listener on commit (NOTIFY) and drops the entries carrying its tags: the next request is
 *   a miss (re-rendered), never a stale copy.
 * - While the LISTEN connection is down, PostgreSQL decides (entries invalidated meanwhile are
 *   gone there); when PostgreSQL cannot be reached, the in-memory copy is served, so an outage does
 *   not take cached pages down. On reconnect the in-memory layer is dropped (it may have missed
 *   notifications) and refilled from PostgreSQL.
 * - Only answers that are not errors are stored in PostgreSQL (any path answers a cacheable 404:
 *   those stay in the bounded memory layer, decision 15).
 * - Rows are keyed by build: a page rendered by another build links assets this build does not
 *   have. Rows of other builds are deleted once they are a day old (a rolling deploy is over).
 *
 * Loaded by Next.js with a plain `import()` (Node strips the types): relative imports only.
 */

const LISTEN_RECONNECT_MS = 500;
const HEARTBEAT_MS = 2_000;
const HEARTBEAT_TIMEOUT_MS = 1_000;
/** After a failed query, how long PostgreSQL is not asked again (the memory layer answers). */
const DATABASE_PAUSE_MS = 1_000;
const DEFAULT_MEMORY_BYTES = 50 * 1024 * 1024;
const MAX_PENDING_RENDERS = 10_000;
/** A render that began longer ago than this did not finish (it failed): a new miss starts anew. */
const RENDER_GIVEN_UP_MS = 30_000;
const TAGS_HEADER = "x-next-cache-tags";
const OTHER_BUILDS_KEPT_MS = 24 * 60 * 60 * 1000;

type Entry = {
  value: IncrementalCacheValue;
  tags: string[];
  /** When the render that produced it began (ms). */
  lastModified: number;
  cacheControl?: CacheControl;
  bytes: number;
};

/** Least recently used first out, bounded in bytes. */
class MemoryLayer {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;
  private readonly maxBytes: number;
  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }

  get(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, entry: Entry) {
    this.delete(key);
    if (entry.bytes > this.maxBytes) return;
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldest, old] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= old.bytes;
    }
  }

  delete(key: string) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }

  dropTagged(tags: readonly string[]) {
    for (const [key, entry] of this.entries) if (entry.tags.some((tag) => tags.includes(tag))) this.delete(key);
  }

  clear() {
    this.entries.clear();
    this.bytes = 0;
  }
}

type State = {
  memory: MemoryLayer;
  /** When each tag was last invalidated, as far as this instance knows (ms). */
  expiredTags: Map<string, number>;
  /** When the render of a key that missed began (its entry's lastModified). */
  renderStarts: Map<string, number>;
  pool: pg.Pool | null;
  /** Prefix of this build's rows in PostgreSQL. */
  buildKey: string;
  listening: boolean;
  databasePausedUntil: number;
};

const globalForCache = globalThis as unknown as { pageCacheState?: State };

function databaseUrl(): string | undefined {
  // `next build` renders a few pages and must not need a database.
  return process.env.NEXT_PHASE === "phase-production-build" ? undefined : process.env.DATABASE_URL;
}

function buildIdOf(serverDistDir: string | undefined): string {
  try {
    return serverDistDir ? readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim() : "unbuilt";
  } catch {
    return "unbuilt";
  }
}

function state(maxBytes: number, serverDistDir: string | undefined): State {
  if (globalForCache.pageCacheState) return globalForCache.pageCacheState;
  const url = databaseUrl();
  const created: State = {
    memory: new MemoryLayer(maxBytes),
    expiredTags: new Map(),
    renderStarts: new Map(),
    pool: null,
    buildKey: `${buildIdOf(serverDistDir)}:`,
    listening: false,
    databasePausedUntil: 0,
  };
  globalForCache.pageCacheState = created;
  if (url) {
    const config = pgPoolConfig(url, { max: 4, connectionTimeoutMillis: 1_000, query_timeout: 5_000 });
    created.pool = new pg.Pool(config);
    created.pool.on("error", () => {});
    created.pool
      .query(`DELETE FROM "PageCacheEntry" WHERE NOT starts_with("key", $1) AND "lastModified" < $2`, [created.buildKey, Date.now() - OTHER_BUILDS_KEPT_MS])
      .catch(() => {});
    listen(created, url);
  }
  return created;
}

function applyInvalidation(shared: State, { tags, at }: Invalidation) {
  for (const tag of tags) shared.expiredTags.set(tag, Math.max(shared.expiredTags.get(tag) ?? 0, at));
  shared.memory.dropTagged(tags);
}

// A render that began in the millisecond of an invalidation counts as before it.
function isExpired(shared: State, tags: readonly string[], lastModified: number): boolean {
  return tags.some((tag) => (shared.expiredTags.get(tag) ?? -Infinity) >= lastModified);
}

/** The LISTEN connection: reconnects forever; a heartbeat notices a connection that died silently. */
function listen(shared: State, url: string) {
  const config = pgPoolConfig(url, { connectionTimeoutMillis: 2_000, keepAlive: true });
  const client = new pg.Client(config);
  let heartbeat: NodeJS.Timeout | undefined;
  let lost = false;
  const onLost = (error?: Error) => {
    if (lost) return;
    lost = true;
    clearInterval(heartbeat);
    if (shared.listening) console.warn(`[page cache] lost the invalidation channel (${error?.message ?? "closed"}); PostgreSQL decides until it is back`);
    shared.listening = false;
    client.end().catch(() => {});
    setTimeout(() => listen(shared, url), LISTEN_RECONNECT_MS).unref();
  };
  client.on("error", onLost);
  client.on("end", () => onLost());
  client.on("notification", ({ channel, payload }) => {
    const invalidation = channel === PAGE_CACHE_CHANNEL ? parseInvalidation(payload) : null;
    if (invalidation) applyInvalidation(shared, invalidation);
  });
  client
    .connect()
    .then(() => client.query(`LISTEN ${PAGE_CACHE_CHANNEL}`))
    .then(() => {
      if (lost) return;
      // Notifications may have been missed while not listening: start again from PostgreSQL.
      shared.memory.clear();
      shared.listening = true;
      heartbeat = setInterval(() => {
        const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("heartbeat timed out")), HEARTBEAT_TIMEOUT_MS).unref());
        Promise.race([client.query("SELECT 1"), timeout]).catch(onLost);
      }, HEARTBEAT_MS);
      heartbeat.unref();
    })
    .catch(onLost);
}

// Buffers and Maps (the flight data and its segments) survive the trip through JSON.
function serialize(value: IncrementalCacheValue): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, replaced: unknown) {
    const raw = this[key];
    if (Buffer.isBuffer(raw)) return { $buffer: raw.toString("base64") };
    if (raw instanceof Map) return { $map: [...raw.entries()] };
    return replaced;
  });
}

function deserialize(text: string): IncrementalCacheValue {
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === "object") {
      if ("$buffer" in value && typeof value.$buffer === "string") return Buffer.from(value.$buffer, "base64");
      if ("$map" in value && Array.isArray(value.$map)) return new Map(value.$map as [string, unknown][]);
    }
    return value;
  }) as IncrementalCacheValue;
}

function headersOf(value: IncrementalCacheValue): OutgoingHttpHeaders | undefined {
  return "headers" in value ? (value.headers as OutgoingHttpHeaders | undefined) : undefined;
}

function tagsOf(value: IncrementalCacheValue): string[] {
  const header = headersOf(value)?.[TAGS_HEADER];
  return typeof header === "string" && header ? header.split(",") : [];
}

function bytesOf(value: IncrementalCacheValue): number {
  let bytes = 0;
  if ("html" in value && typeof value.html === "string") bytes += value.html.length;
  if ("rscData" in value && value.rscData) bytes += value.rscData.length;
  if ("segmentData" in value && value.segmentData) for (const segment of value.segmentData.values()) bytes += segment.length;
  if ("body" in value && Buffer.isBuffer(value.body)) bytes += value.body.length;
  return bytes + 1024;
}

/** Errors and 404s stay in memory: any path answers one (decision 15). */
function isShared(value: IncrementalCacheValue): boolean {
  const status = "status" in value ? value.status : undefined;
  return (value.kind === "APP_PAGE" || value.kind === "APP_ROUTE") && (status === undefined || status < 400);
}

function isDue(entry: Entry, now: number): boolean {
  const revalidate = entry.cacheControl?.revalidate;
  return typeof revalidate === "number" && now - entry.lastModified > revalidate * 1000;
}

export default class PageCacheHandler {
  private readonly shared: State;

  constructor(context: CacheHandlerContext) {
    this.shared = state(context.maxMemoryCacheSize || DEFAULT_MEMORY_BYTES, context.serverDistDir);
  }

  async get(key: string): Promise<CacheHandlerValue | null> {
    const { shared } = this;
    const now = Date.now();
    let local = shared.memory.get(key);
    if (local && isExpired(shared, local.tags, local.lastModified)) {
      shared.memory.delete(key);
      local = undefined;
    }
    let found = local;
    if (!(local && shared.listening) && shared.pool && now >= shared.databasePausedUntil) {
      try {
        found = await this.read(key);
        if (found) shared.memory.set(key, found);
        else shared.memory.delete(key);
      } catch {
        // PostgreSQL unreachable: the copy in memory, if any, keeps the page up.
        shared.databasePausedUntil = now + DATABASE_PAUSE_MS;
      }
    }
    if (!found || isDue(found, now)) this.noteRenderStart(key, now);
    return found ? { lastModified: found.lastModified, value: found.value, cacheControl: found.cacheControl } : null;
  }

  async set(key: string, value: IncrementalCacheValue | null, context: { cacheControl?: CacheControl }): Promise<void> {
    const { shared } = this;
    const lastModified = shared.renderStarts.get(key) ?? Date.now();
    shared.renderStarts.delete(key);
    if (!value) {
      shared.memory.delete(key);
      return;
    }
    const tags = tagsOf(value);
    // Rendered from data read before an invalidation that has happened since: not worth keeping.
    if (isExpired(shared, tags, lastModified)) return;
    const entry: Entry = { value, tags, lastModified, cacheControl: context.cacheControl, bytes: bytesOf(value) };
    shared.memory.set(key, entry);
    if (!shared.pool || !isShared(value)) return;
    try {
      await shared.pool.query(
        `INSERT INTO "PageCacheEntry" ("key", "value", "tags", "lastModified", "cacheControl")
         SELECT $1, $2, $3, $4, $5
         WHERE NOT EXISTS (SELECT 1 FROM "PageCacheTag" WHERE "tag" = ANY($3::text[]) AND "expiredAt" >= $4)
         ON CONFLICT ("key") DO UPDATE SET "value" = EXCLUDED."value", "tags" = EXCLUDED."tags",
           "lastModified" = EXCLUDED."lastModified", "cacheControl" = EXCLUDED."cacheControl"
         WHERE "PageCacheEntry"."lastModified" <= EXCLUDED."lastModified"`,
        [this.shared.buildKey + key, serialize(value), tags, lastModified, entry.cacheControl ? JSON.stringify(entry.cacheControl) : null],
      );
    } catch (error) {
      // Kept in memory; the other instances render it themselves.
      console.warn(`[page cache] could not store ${key}: ${(error as Error).message}`);
    }
  }

  /** Every tag expires at once (a miss, never a stale copy): removals must leave every page now. */
  async revalidateTag(tags: string | string[]): Promise<void> {
    const invalidation = { tags: typeof tags === "string" ? [tags] : tags, at: Date.now() };
    applyInvalidation(this.shared, invalidation);
    if (!this.shared.pool || invalidation.tags.length === 0) return;
    try {
      await invalidateEverywhere(this.shared.pool, invalidation.tags, invalidation.at);
    } catch (error) {
      console.error(
        `[page cache] invalidation of ${invalidation.tags.join(", ")} reached this instance only (${(error as Error).message}); the others re-render within their revalidation interval`,
      );
    }
  }

  resetRequestCache() {}

  private async read(key: string): Promise<Entry | undefined> {
    const { rows } = await this.shared.pool!.query<{ value: string; tags: string[]; lastModified: string; cacheControl: CacheControl | null }>(
      `SELECT e."value", e."tags", e."lastModified", e."cacheControl" FROM "PageCacheEntry" e
       WHERE e."key" = $1
         AND NOT EXISTS (SELECT 1 FROM "PageCacheTag" t WHERE t."tag" = ANY(e."tags") AND t."expiredAt" >= e."lastModified")`,
      [this.shared.buildKey + key],
    );
    const row = rows[0];
    if (!row) return undefined;
    const value = deserialize(row.value);
    return { value, tags: row.tags, lastModified: Number(row.lastModified), cacheControl: row.cacheControl ?? undefined, bytes: bytesOf(value) };
  }

  private noteRenderStart(key: string, now: number) {
    const starts = this.shared.renderStarts;
    const started = starts.get(key);
    if (started !== undefined && now - started < RENDER_GIVEN_UP_MS) return;
    if (starts.size >= MAX_PENDING_RENDERS) starts.clear();
    starts.set(key, now);
  }
}
