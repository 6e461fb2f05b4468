import "server-only";
import { z } from "zod";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { EntryStatus, Locale, Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/sessions";
import { ENTRY_STATUSES } from "./status";
import type { EntryFilter } from "./filters";

export const PAGE_SIZE = 50;



/**
 * Scores are blind for reviewers: they see an entry's average, number of reviews and spread only
 * once they have scored it, so sorting and filtering by any of them are for admins. Applied here,
 * not in the page, so no caller can forget it.
 */
export function effectiveFilter(filter: EntryFilter, viewer: Actor): EntryFilter {
  if (viewer.role === "admin") return filter;
  return { ...filter, minScore: undefined, maxScore: undefined, fewerReviews: undefined, spread: undefined, sort: "newest" };
}

/** Length of the story excerpt shown in the list. */
export const EXCERPT_LENGTH = 80;

/** `%` and `_` typed by staff are searched for literally. */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A substring test. Text without upper/lower case (Japanese, digits) gets LIKE, which finds
 * exactly what ILIKE would but runs several times faster on long multibyte stories; anything with
 * letters that have case gets ILIKE. The trigram indexes serve both.
 */
function contains(column: Prisma.Sql, q: string): Prisma.Sql {
  const pattern = likePattern(q);
  return q.toLowerCase() === q.toUpperCase() ? Prisma.sql`${column} LIKE ${pattern}` : Prisma.sql`${column} ILIKE ${pattern}`;
}

/**
 * The WHERE conditions of a filter. The text search uses ILIKE on title, pen name and story: the
 * trigram (GIN) indexes serve it from 3 characters on, which is what Japanese (no spaces between
 * words) needs; a shorter search is looked up in the index of 1- and 2-character substrings first
 * (see the triage_list migration), then checked the same way.
 */
export function entryConditions(filter: EntryFilter, viewer: Actor, { withStatus = true } = {}): Prisma.Sql[] {
  // Entries count once their owner confirmed the address (decision 20).
  const where: Prisma.Sql[] = [Prisma.sql`e."confirmedAt" IS NOT NULL`];
  if (filter.window) where.push(Prisma.sql`e."windowNumber" = ${filter.window}`);
  if (withStatus && filter.status) where.push(Prisma.sql`e."status" = CAST(${filter.status} AS "EntryStatus")`);
  if (filter.role) where.push(Prisma.sql`e."role" = CAST(${filter.role} AS "Role")`);
  if (filter.language) where.push(Prisma.sql`e."language" = CAST(${filter.language} AS "Locale")`);
  if (filter.photo) {
    const photo = Prisma.sql`EXISTS (SELECT 1 FROM "EntryPhoto" p WHERE p."entryId" = e."id")`;
    where.push(filter.photo === "yes" ? photo : Prisma.sql`NOT ${photo}`);
  }
  // Ranking by score is for choosing among stories; an erased entry has none left to choose.
  if (filter.sort !== "newest") where.push(Prisma.sql`e."erasedAt" IS NULL`);
  if (filter.minScore !== undefined) where.push(Prisma.sql`e."scoreAverage" >= ${filter.minScore}`);
  // An average above 0 means scored (scores are 1–5), and keeps the condition inside the index.
  if (filter.maxScore !== undefined) where.push(Prisma.sql`e."scoreAverage" > 0 AND e."scoreAverage" <= ${filter.maxScore}`);
  if (filter.fewerReviews !== undefined) where.push(Prisma.sql`e."scoreCount" < ${filter.fewerReviews}`);
  if (filter.spread !== undefined) where.push(Prisma.sql`e."scoreSpread" >= ${filter.spread}`);
  if (filter.tag) where.push(Prisma.sql`e."tags" @> ARRAY[${filter.tag}]::text[]`);
  if (filter.mine) {
    const mine = Prisma.sql`EXISTS (SELECT 1 FROM "Score" s WHERE s."entryId" = e."id" AND s."reviewerId" = CAST(${viewer.id} AS uuid))`;
    where.push(filter.mine === "scored" ? mine : Prisma.sql`NOT ${mine}`);
  }
  if (filter.q) {
    const q = filter.q;
    const inText = Prisma.sql`(${contains(Prisma.sql`e."title"`, q)} OR ${contains(Prisma.sql`e."penName"`, q)} OR ${contains(Prisma.sql`e."story"`, q)})`;
    if (usesTrigrams(q)) {
      const text = [inText, Prisma.sql`e."reference" = ${q.toUpperCase()}`];
      // Finding an entrant by email is how an erasure request starts; only admins see emails.
      if (viewer.role === "admin" && q.includes("@")) text.push(Prisma.sql`e."emailKey" = ${q.toLowerCase()}`);
      where.push(Prisma.sql`(${Prisma.join(text, " OR ")})`);
    } else {
      // Too short to be a reference or an email. Not inside an OR, the substring condition is
      // answered by the index alone; rechecked per row, it would recompute each story's substrings.
      where.push(Prisma.sql`${SEARCH_GRAMS} @> ARRAY[lower(${q})]::text[]`, inText);
    }
  }
  return where;
}

/** The indexed expression of the triage_list migration: it must be written exactly so to use the index. */
const SEARCH_GRAMS = Prisma.sql`"entry_search_grams"(e."title", e."penName", e."story")`;

export function whereClause(conditions: (Prisma.Sql | null)[]): Prisma.Sql {
  const present = conditions.filter((c): c is Prisma.Sql => c !== null);
  return present.length ? Prisma.sql`WHERE ${Prisma.join(present, " AND ")}` : Prisma.empty;
}

const cursorSchema = z.object({ v: z.union([z.string(), z.number()]), id: z.uuid() });
type Cursor = z.infer<typeof cursorSchema>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

export function decodeCursor(text: string | undefined): Cursor | null {
  if (!text) return null;
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
  } catch {
    return null;
  }
}

const SCORE_COLUMNS = { score: Prisma.sql`e."scoreAverage"`, ranked: Prisma.sql`e."scoreRanked"` };

/**
 * Keyset pagination: the next page starts after the last row seen, so page 200 costs what page 1
 * costs. Newest first matches the (…, submittedAt DESC, id) indexes; by score uses (scoreAverage, id),
 * ranked (scoreRanked, id).
 */
export function orderAndAfter(sort: EntryFilter["sort"], cursor: Cursor | null): { after: Prisma.Sql | null; orderBy: Prisma.Sql } {
  if (sort !== "newest") {
    const column = SCORE_COLUMNS[sort];
    return {
      after: cursor ? Prisma.sql`(${column}, e."id") < (${Number(cursor.v)}, CAST(${cursor.id} AS uuid))` : null,
      orderBy: Prisma.sql`ORDER BY ${column} DESC, e."id" DESC`,
    };
  }
  const at = cursor ? new Date(String(cursor.v)) : null;
  return {
    after:
      at && !Number.isNaN(at.getTime())
        ? Prisma.sql`e."submittedAt" <= ${at} AND (e."submittedAt" < ${at} OR e."id" > CAST(${cursor!.id} AS uuid))`
        : null,
    orderBy: Prisma.sql`ORDER BY e."submittedAt" DESC, e."id" ASC`,
  };
}

export function cursorOf(sort: EntryFilter["sort"], row: { id: string; submittedAt: Date; scoreAverage: number; scoreRanked: number }): string {
  const v = sort === "score" ? row.scoreAverage : sort === "ranked" ? row.scoreRanked : row.submittedAt.toISOString();
  return encodeCursor({ id: row.id, v });
}

export type EntryListRow = {
  id: string;
  reference: string;
  windowNumber: number;
  status: EntryStatus;
  role: Role;
  language: Locale;
  penName: string;
  title: string;
  /** The story's first characters, for telling entries apart at a glance. */
  excerpt: string;
  tags: string[];
  submittedAt: Date;
  erased: boolean;
  hasPhoto: boolean;
  /** These four are null when the viewer may not see them yet (a reviewer who has not scored the entry). */
  scoreCount: number | null;
  scoreAverage: number | null;
  scoreRanked: number | null;
  scoreSpread: number | null;
  /** The viewer's own rubric average for the entry, if they scored it. */
  myScore: number | null;
};

export type EntryList = {
  rows: EntryListRow[];
  nextCursor: string | null;
  /** Entries per status under the current filter, ignoring its status part (for the tabs). */
  counts: Record<EntryStatus, number>;
  total: number;
};

type RawRow = Omit<EntryListRow, "erased" | "scoreCount" | "scoreAverage" | "scoreRanked" | "scoreSpread" | "tags"> & {
  erasedAt: Date | null;
  scoreCount: number;
  scoreAverage: number;
  scoreRanked: number;
  scoreSpread: number;
  tags: string[] | null;
};

/** Trigrams need 3 characters: a shorter search cannot use the trigram indexes. */
export function usesTrigrams(q: string): boolean {
  return [...q].length >= 3;
}

/**
 * The entries a page is chosen from. A search collects its matches through the trigram or short
 * search index first: otherwise the planner may walk the newest-first index hoping to meet 50
 * matches early, and read most of the table when the matches are few or old.
 */
function candidates(filter: EntryFilter, viewer: Actor, after: Prisma.Sql | null): Prisma.Sql {
  const where = whereClause([...entryConditions(filter, viewer), after]);
  if (!filter.q) return Prisma.sql`"Entry" e ${where}`;
  // OFFSET 0 keeps the subquery from being merged into the outer, LIMITed one.
  return Prisma.sql`(SELECT e."id", e."submittedAt", e."scoreAverage", e."scoreRanked" FROM "Entry" e ${where} OFFSET 0) e`;
}

/**
 * The two statements behind one page of the list (exposed so the benchmark can EXPLAIN them).
 * The page is chosen on ids and sort keys alone, which the narrow console index can answer
 * without reading the wide rows; only the page's own rows are then read in full.
 */
export function entryListQueries(viewer: Actor, filter: EntryFilter, { cursor, pageSize = PAGE_SIZE }: { cursor?: string; pageSize?: number } = {}) {
  const { after, orderBy } = orderAndAfter(filter.sort, decodeCursor(cursor));
  return {
    rows: Prisma.sql`
      SELECT e."id", e."reference", e."windowNumber", e."status", e."role", e."language", e."penName", e."title",
             left(e."story", ${EXCERPT_LENGTH}) AS "excerpt", e."tags",
             e."submittedAt", e."erasedAt", e."scoreAverage", e."scoreCount", e."scoreRanked", e."scoreSpread",
             EXISTS (SELECT 1 FROM "EntryPhoto" p WHERE p."entryId" = e."id") AS "hasPhoto",
             (SELECT (s."connection" + s."originality" + s."storytelling") / 3.0
                FROM "Score" s WHERE s."entryId" = e."id" AND s."reviewerId" = CAST(${viewer.id} AS uuid))::float8 AS "myScore"
      FROM (
        SELECT e."id" FROM ${candidates(filter, viewer, after)}
        ${orderBy}
        LIMIT ${pageSize + 1}
      ) page
      JOIN "Entry" e ON e."id" = page."id"
      ${orderBy}`,
    counts: Prisma.sql`
      SELECT e."status", count(*)::int AS "count" FROM "Entry" e ${whereClause(entryConditions(filter, viewer, { withStatus: false }))}
      GROUP BY e."status"`,
  };
}

export async function listEntries(
  db: PrismaClient,
  viewer: Actor,
  requested: EntryFilter,
  { cursor, pageSize = PAGE_SIZE }: { cursor?: string; pageSize?: number } = {},
): Promise<EntryList> {
  const filter = effectiveFilter(requested, viewer);
  const queries = entryListQueries(viewer, filter, { cursor, pageSize });
  const [raw, countRows] = await Promise.all([
    db.$queryRaw<RawRow[]>(queries.rows),
    db.$queryRaw<{ status: EntryStatus; count: number }[]>(queries.counts),
  ]);
  const page = raw.slice(0, pageSize);
  const counts = Object.fromEntries(ENTRY_STATUSES.map((s) => [s, 0])) as Record<EntryStatus, number>;
  for (const { status, count } of countRows) counts[status] = count;
  return {
    rows: page.map(({ erasedAt, scoreCount, scoreAverage, scoreRanked, scoreSpread, tags, ...row }) => {
      const visible = viewer.role === "admin" || row.myScore !== null;
      const scored = visible && scoreCount > 0;
      return {
        ...row,
        tags: tags ?? [],
        erased: erasedAt !== null,
        scoreCount: visible ? scoreCount : null,
        scoreAverage: scored ? scoreAverage : null,
        scoreRanked: scored ? scoreRanked : null,
        scoreSpread: scored && scoreCount > 1 ? scoreSpread : null,
      };
    }),
    nextCursor: raw.length > pageSize ? cursorOf(filter.sort, page.at(-1)!) : null,
    counts,
    total: filter.status ? counts[filter.status] : Object.values(counts).reduce((a, b) => a + b, 0),
  };
}
