-- AlterTable
ALTER TABLE "CampaignSettings" ADD COLUMN     "reviewsPerEntry" INTEGER NOT NULL DEFAULT 2;

-- AlterTable
ALTER TABLE "Entry" ADD COLUMN     "scoreSpread" DOUBLE PRECISION NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "EntryTally" (
    "windowNumber" INTEGER NOT NULL,
    "dimension" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "EntryTally_pkey" PRIMARY KEY ("windowNumber","dimension","value")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "entryId" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "windowNumber" INTEGER NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "scoredAt" TIMESTAMP(3),

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("entryId","reviewerId")
);

-- CreateTable
CREATE TABLE "ReviewConflict" (
    "entryId" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewConflict_pkey" PRIMARY KEY ("entryId","reviewerId")
);

-- CreateIndex
CREATE INDEX "Assignment_reviewerId_scoredAt_submittedAt_entryId_idx" ON "Assignment"("reviewerId", "scoredAt", "submittedAt", "entryId");

-- CreateIndex
CREATE INDEX "Assignment_windowNumber_reviewerId_scoredAt_idx" ON "Assignment"("windowNumber", "reviewerId", "scoredAt");

-- CreateIndex
CREATE INDEX "Assignment_windowNumber_scoredAt_idx" ON "Assignment"("windowNumber", "scoredAt");

-- CreateIndex
CREATE INDEX "Entry_review_coverage_idx" ON "Entry"("windowNumber", "scoreCount", "submittedAt", "id", "confirmedAt", "erasedAt");

-- CreateIndex
CREATE INDEX "Entry_windowNumber_scoreSpread_id_idx" ON "Entry"("windowNumber", "scoreSpread" DESC, "id");

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewConflict" ADD CONSTRAINT "ReviewConflict_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewConflict" ADD CONSTRAINT "ReviewConflict_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Entries scored before this migration get their spread now (saveScore keeps it in step from here on).
UPDATE "Entry" e SET "scoreSpread" = s.spread
FROM (SELECT "entryId", (max(("connection" + "originality" + "storytelling") / 3.0) - min(("connection" + "originality" + "storytelling") / 3.0))::float8 AS spread
      FROM "Score" GROUP BY "entryId") s
WHERE e."id" = s."entryId";

-- The dashboard's tally follows every confirmed entry: counted when confirmed (or inserted
-- confirmed), moved when a counted column changes, uncounted when deleted. One row per window and
-- value of each dimension keeps it to a few hundred rows. Japan has no daylight saving time, so
-- +9 hours gives the Japan date.
CREATE FUNCTION "entry_tally_values"(entry "Entry") RETURNS TABLE ("dimension" TEXT, "value" TEXT) LANGUAGE sql IMMUTABLE AS $$
  VALUES ('day', to_char(entry."submittedAt" + interval '9 hours', 'YYYY-MM-DD')),
         ('language', entry."language"::text),
         ('role', entry."role"::text),
         ('km', COALESCE(entry."km"::text, ''))
$$;

CREATE FUNCTION "entry_tally"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."confirmedAt" IS NOT NULL THEN
    UPDATE "EntryTally" t SET "count" = t."count" - 1
    FROM "entry_tally_values"(OLD) v
    WHERE t."windowNumber" = OLD."windowNumber" AND t."dimension" = v."dimension" AND t."value" = v."value";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."confirmedAt" IS NOT NULL THEN
    INSERT INTO "EntryTally" ("windowNumber", "dimension", "value", "count")
    SELECT NEW."windowNumber", v."dimension", v."value", 1 FROM "entry_tally_values"(NEW) v
    ON CONFLICT ("windowNumber", "dimension", "value") DO UPDATE SET "count" = "EntryTally"."count" + 1;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Entry_tally"
  AFTER INSERT OR DELETE OR UPDATE OF "confirmedAt", "windowNumber", "submittedAt", "language", "role", "km" ON "Entry"
  FOR EACH ROW EXECUTE FUNCTION "entry_tally"();

INSERT INTO "EntryTally" ("windowNumber", "dimension", "value", "count")
SELECT e."windowNumber", v."dimension", v."value", count(*)
FROM "Entry" e, "entry_tally_values"(e) v
WHERE e."confirmedAt" IS NOT NULL
GROUP BY 1, 2, 3;
