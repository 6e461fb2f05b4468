import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { IncrementalCacheValue } from "next/dist/server/response-cache/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_PAGES_TAG } from "@/lib/cache/invalidation";
import PageCacheHandler from "@/lib/cache/page-cache-handler";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Two instances in one process: the handler keeps its state on globalThis, so removing it before
// constructing the second handler gives that one a state (pool, LISTEN connection, memory) of its own.
type State = { listening: boolean; pool: { end: () => Promise<void> } | null };
const global = globalThis as unknown as { pageCacheState?: State };

const BUILD = "build-1";

/** A `.next/server` folder whose build is `buildId`, as Next.js passes it to the handler. */
function serverDistDir(buildId: string): string {
  const distDir = mkdtempSync(path.join(tmpdir(), "page-cache-"));
  mkdirSync(path.join(distDir, "server"));
  writeFileSync(path.join(distDir, "BUILD_ID"), buildId);
  return path.join(distDir, "server");
}

function instance(buildId = BUILD): { handler: PageCacheHandler; state: State } {
  delete global.pageCacheState;
  const handler = new PageCacheHandler({ revalidatedTags: [], _requestHeaders: {}, serverDistDir: serverDistDir(buildId) });
  return { handler, state: global.pageCacheState! };
}

async function listening(...states: State[]) {
  const deadline = Date.now() + 10_000;
  while (!states.every((state) => state.listening)) {
    if (Date.now() > deadline) throw new Error("the instances did not start listening");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function page(html: string): IncrementalCacheValue {
  return {
    kind: "APP_PAGE",
    html,
    rscData: Buffer.from(`flight of ${html}`),
    headers: { "x-next-cache-tags": `_N_T_/layout,${PUBLIC_PAGES_TAG},_N_T_/ja/stories` },
    postponed: undefined,
    status: 200,
    segmentData: new Map([["/_tree", Buffer.from("tree")]]),
  } as IncrementalCacheValue;
}

const CACHE_CONTROL = { cacheControl: { revalidate: 60, expire: undefined } };

let database: TestDatabase;
let a: ReturnType<typeof instance>;
let b: ReturnType<typeof instance>;

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  a = instance();
  b = instance();
  await listening(a.state, b.state);
});

afterAll(async () => {
  await Promise.all([a.state.pool?.end(), b.state.pool?.end()]);
  delete global.pageCacheState;
  await database.drop();
});

async function storedKeys(): Promise<string[]> {
  const { rows } = await database.pool.query(`SELECT "key" FROM "PageCacheEntry" ORDER BY "key"`);
  return rows.map((row) => row.key);
}

describe("the shared page cache", () => {
  it("serves a page one instance rendered from another, its flight data and segments intact", async () => {
    await a.handler.set("/ja/stories", page("stories"), CACHE_CONTROL);
    const found = await b.handler.get("/ja/stories");
    expect(found?.cacheControl).toEqual({ revalidate: 60 });
    const value = found?.value as Extract<IncrementalCacheValue, { kind: "APP_PAGE" }>;
    expect(value.html).toBe("stories");
    expect(value.rscData?.toString()).toBe("flight of stories");
    expect(value.segmentData?.get("/_tree")?.toString()).toBe("tree");
  });

  it("turns an invalidation on one instance into a miss on the other within a second, in memory and in PostgreSQL", async () => {
    await a.handler.set("/ja", page("landing"), CACHE_CONTROL);
    expect((await b.handler.get("/ja"))?.value).toMatchObject({ html: "landing" }); // now in b's memory
    await a.handler.revalidateTag([PUBLIC_PAGES_TAG]);
    await expect.poll(() => b.handler.get("/ja"), { timeout: 1_000, interval: 20 }).toBeNull();
    expect(await storedKeys()).toEqual([]);
  });

  it("keeps no page rendered from data read before an invalidation", async () => {
    expect(await b.handler.get("/en/stories")).toBeNull(); // b starts rendering
    await a.handler.revalidateTag(PUBLIC_PAGES_TAG); // a removal lands meanwhile
    await b.handler.set("/en/stories", page("rendered before the removal"), CACHE_CONTROL);
    expect(await storedKeys()).toEqual([]);
    expect(await a.handler.get("/en/stories")).toBeNull();
    // b may hold it until the notification arrives, never longer.
    await expect.poll(() => b.handler.get("/en/stories"), { timeout: 1_000, interval: 20 }).toBeNull();

    await new Promise((resolve) => setTimeout(resolve, 5)); // the next render begins later…
    await b.handler.set("/en/stories", page("rendered after"), CACHE_CONTROL); // …and is kept
    expect((await a.handler.get("/en/stories"))?.value).toMatchObject({ html: "rendered after" });
  });

  it("keeps error answers out of PostgreSQL (any path answers a cacheable 404)", async () => {
    await a.handler.set("/ja/no-such-page", { ...page("not found"), status: 404 } as IncrementalCacheValue, CACHE_CONTROL);
    expect((await a.handler.get("/ja/no-such-page"))?.value).toMatchObject({ status: 404 });
    expect(await storedKeys()).not.toContain(`${BUILD}:/ja/no-such-page`);
  });

  it("never serves a page rendered by another build (its HTML links assets this build lacks), and drops day-old rows of other builds", async () => {
    await a.handler.set("/en/relay/2025", page("season"), CACHE_CONTROL);
    const dayAgo = Date.now() - 25 * 60 * 60 * 1000;
    await database.pool.query(
      `INSERT INTO "PageCacheEntry" ("key", "value", "tags", "lastModified") VALUES ('build-0:/ja', '{}', '{}', $1)`,
      [dayAgo],
    );
    const next = instance("build-2");
    try {
      await listening(next.state);
      expect(await next.handler.get("/en/relay/2025")).toBeNull();
      expect((await b.handler.get("/en/relay/2025"))?.value).toMatchObject({ html: "season" });
      await expect.poll(storedKeys).not.toContain("build-0:/ja");
      expect(await storedKeys()).toContain(`${BUILD}:/en/relay/2025`);
    } finally {
      await next.state.pool?.end();
    }
  });
});
