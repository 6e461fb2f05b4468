-- The entrant's page (docs/decisions/0027-entrant-page.md): its link and session tokens, withdrawn
-- consents, and erasure requests for the console.
ALTER TYPE "EntryTokenPurpose" ADD VALUE 'entrant_link';
ALTER TYPE "EntryTokenPurpose" ADD VALUE 'entrant_session';

ALTER TABLE "EntryConsent" ADD COLUMN "withdrawnAt" TIMESTAMP(3);

CREATE TABLE "ErasureRequest" (
    "id" UUID NOT NULL,
    "entryId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "ErasureRequest_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ErasureRequest_entryId_key" ON "ErasureRequest"("entryId");
CREATE INDEX "ErasureRequest_completedAt_requestedAt_idx" ON "ErasureRequest"("completedAt", "requestedAt");
ALTER TABLE "ErasureRequest" ADD CONSTRAINT "ErasureRequest_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
