-- Entries count once their address is confirmed (docs/decisions/0020-entrant-confirms-address.md).
CREATE TYPE "EntryTokenPurpose" AS ENUM ('confirm_link', 'confirm_code');

ALTER TABLE "Entry" ADD COLUMN "confirmedAt" TIMESTAMP(3), ADD COLUMN "confirmedEmailKey" TEXT;

-- Entries received before confirmation existed were accepted as they were: they stay counted.
UPDATE "Entry" SET "confirmedAt" = "submittedAt", "confirmedEmailKey" = "emailKey";

DROP INDEX "Entry_windowNumber_emailKey_key";
CREATE UNIQUE INDEX "Entry_windowNumber_confirmedEmailKey_key" ON "Entry"("windowNumber", "confirmedEmailKey");
CREATE INDEX "Entry_windowNumber_emailKey_idx" ON "Entry"("windowNumber", "emailKey");

CREATE TABLE "EntryToken" (
    "hash" TEXT NOT NULL,
    "entryId" UUID NOT NULL,
    "purpose" "EntryTokenPurpose" NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EntryToken_pkey" PRIMARY KEY ("hash")
);
CREATE INDEX "EntryToken_entryId_idx" ON "EntryToken"("entryId");
ALTER TABLE "EntryToken" ADD CONSTRAINT "EntryToken_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The console reads only confirmed entries: its narrow index keeps answering its counts alone.
DROP INDEX "Entry_console_filter_idx";
CREATE INDEX "Entry_console_filter_idx" ON "Entry"("windowNumber", "status", "role", "language", "submittedAt", "scoreAverage", "id", "confirmedAt");
