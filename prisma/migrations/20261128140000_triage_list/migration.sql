
-- AlterTable
ALTER TABLE "CampaignSettings" ADD COLUMN     "rankingPriorMean" DOUBLE PRECISION NOT NULL DEFAULT 3,
ADD COLUMN     "rankingPriorWeight" INTEGER NOT NULL DEFAULT 2;

-- AlterTable
ALTER TABLE "Entry" ADD COLUMN     "scoreRanked" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "SavedView" (
    "id" UUID NOT NULL,
    "staffId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SavedView_staffId_name_key" ON "SavedView"("staffId", "name");

-- CreateIndex
CREATE INDEX "Entry_scoreRanked_id_idx" ON "Entry"("scoreRanked", "id");

-- CreateIndex
CREATE INDEX "Entry_windowNumber_scoreRanked_id_idx" ON "Entry"("windowNumber", "scoreRanked", "id");

-- CreateIndex
CREATE INDEX "Entry_tags_idx" ON "Entry" USING GIN ("tags");

-- CreateIndex
CREATE INDEX "Entry_triage_filter_idx" ON "Entry"("windowNumber", "status", "scoreCount", "scoreSpread", "erasedAt", "confirmedAt");

-- AddForeignKey
ALTER TABLE "SavedView" ADD CONSTRAINT "SavedView_staffId_fkey" FOREIGN KEY ("staffId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Existing scores: the ranked average under the default prior (3 over 2 reviews); the spread came
-- with the review assignments migration.
UPDATE "Entry" e SET "scoreRanked" = (2 * 3 + e."scoreAverage" * e."scoreCount") / (2 + e."scoreCount")
WHERE e."scoreCount" > 0;

-- Searching 1–2 characters (a family name such as 佐藤) cannot use the trigram indexes. Every
-- distinct 1- and 2-character substring of the searchable text, lower-cased, indexed with GIN:
-- a short search is looked up here, then checked with LIKE as before (docs/decisions/0031).
-- Not representable in schema.prisma; Prisma's drift check does not see expression indexes.
CREATE FUNCTION "entry_search_grams"(title text, pen_name text, story text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  -- Each text split into characters once (OFFSET 0 keeps it from being recomputed per character),
  -- then every character and every pair of neighbours.
  SELECT coalesce(array_agg(DISTINCT g), '{}')
  FROM unnest(ARRAY[title, pen_name, story]) AS t,
       LATERAL (SELECT string_to_array(lower(t), NULL) AS c OFFSET 0) s,
       LATERAL unnest(s.c, s.c[2:]) AS u(a, b),
       LATERAL (VALUES (a), (a || b)) AS v(g)
  WHERE g IS NOT NULL
$$;

CREATE INDEX "Entry_search_grams_idx" ON "Entry" USING GIN ("entry_search_grams"("title", "penName", "story"));
