-- AlterTable
ALTER TABLE "CampaignSettings" ADD COLUMN     "reviewsPerEntry" INTEGER NOT NULL DEFAULT 2;

-- AlterTable
ALTER TABLE "Entry" ADD COLUMN     "scoreSpread" DOUBLE PRECISION NOT NULL DEFAULT 0;

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
CREATE INDEX "Entry_review_coverage_idx" ON "Entry"("windowNumber", "scoreCount", "submittedAt", "id", "confirmedAt", "erasedAt");

-- CreateIndex
CREATE INDEX "Entry_windowNumber_scoreSpread_id_idx" ON "Entry"("windowNumber", "scoreSpread" DESC, "id");

-- CreateIndex
CREATE INDEX "Entry_dashboard_idx" ON "Entry"("windowNumber", "submittedAt", "language", "role", "km", "confirmedAt");

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
