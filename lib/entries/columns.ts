/**
 * Every column of "Entry", classified once: where its value comes from, whether the console's CSV
 * export carries it (under which name) and what erasure leaves in it. A column added to the table
 * without a line here fails tests/integration/entry-columns.test.ts, which reads the real table.
 *
 * - "form": typed by the entrant, written by the one INSERT in lib/entries/store.ts;
 * - "submission": set by the server when the entry is stored, written by the same INSERT;
 * - "confirmation": written when the entrant confirms their address (lib/entries/confirmation.ts);
 * - "review": changed later by the console (the INSERT leaves the column default).
 */
export type EntryColumn = {
  source: "form" | "submission" | "confirmation" | "review";
  /** Header of the CSV export's column that holds it (lib/review/export.ts), or false. */
  exported: string | false;
  /** What lib/review/erasure.ts writes over it when an entrant's data is erased. */
  erasedTo?: null | "";
};

export const ENTRY_COLUMNS = {
  id: { source: "submission", exported: false },
  reference: { source: "submission", exported: "reference" },
  windowNumber: { source: "submission", exported: "window" },
  submissionKey: { source: "submission", exported: false },
  name: { source: "form", exported: "name", erasedTo: null },
  email: { source: "form", exported: "email", erasedTo: null },
  emailKey: { source: "submission", exported: false, erasedTo: null },
  penName: { source: "form", exported: "penName", erasedTo: "" },
  country: { source: "form", exported: "country", erasedTo: "" },
  role: { source: "form", exported: "role" },
  connectedWith: { source: "form", exported: "connectedWith", erasedTo: "" },
  title: { source: "form", exported: "title", erasedTo: "" },
  story: { source: "form", exported: "story", erasedTo: "" },
  myTokyoMarathonIs: { source: "form", exported: "myTokyoMarathonIs", erasedTo: "" },
  km: { source: "form", exported: "km" },
  referencedInterviewId: { source: "form", exported: false },
  language: { source: "form", exported: "language" },
  status: { source: "review", exported: "status" },
  submittedAt: { source: "submission", exported: "submittedAtJst" },
  erasedAt: { source: "review", exported: "erased" },
  confirmedAt: { source: "confirmation", exported: false },
  confirmedEmailKey: { source: "confirmation", exported: false, erasedTo: null },
  scoreAverage: { source: "review", exported: "scoreAverage" },
  scoreCount: { source: "review", exported: "scoreCount" },
  scoreRanked: { source: "review", exported: false },
  scoreSpread: { source: "review", exported: false },
  // Staff labels, not the entrant's data: they stay through erasure.
  tags: { source: "review", exported: false },
} as const satisfies Record<string, EntryColumn>;

type Columns = typeof ENTRY_COLUMNS;
/** Columns the INSERT of a new entry writes. */
export type StoredColumn = { [K in keyof Columns]: Columns[K]["source"] extends "form" | "submission" ? K : never }[keyof Columns];

export const STORED_COLUMNS = (Object.keys(ENTRY_COLUMNS) as (keyof Columns)[]).filter(
  (column): column is StoredColumn => ["form", "submission"].includes(ENTRY_COLUMNS[column].source),
);

/** What erasure writes: every column classified with `erasedTo`. */
export const ERASED_VALUES = Object.fromEntries(
  Object.entries(ENTRY_COLUMNS as Record<string, EntryColumn>)
    .filter(([, column]) => column.erasedTo !== undefined)
    .map(([name, column]) => [name, column.erasedTo]),
) as { [K in keyof Columns as Columns[K] extends { erasedTo: null | "" } ? K : never]: Columns[K] extends { erasedTo: infer V } ? V : never };
