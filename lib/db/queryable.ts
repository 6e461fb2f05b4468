import type pg from "pg";

/** A pg pool or client: what the SQL-written domain functions need, so tests can pass their own. */
export type Queryable = Pick<pg.Pool, "query">;
