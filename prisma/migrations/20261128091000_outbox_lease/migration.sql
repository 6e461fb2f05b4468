-- The outbox claims a row with a lease (decision 19): the next attempt is set when a worker
-- claims the row, not counted from when it was written.
ALTER TABLE "OutboxEmail" ADD COLUMN "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
UPDATE "OutboxEmail" SET "nextAttemptAt" = "createdAt" + (power(2, attempts) - 1) * interval '1 minute' WHERE "sentAt" IS NULL;

DROP INDEX "OutboxEmail_sentAt_createdAt_idx";
CREATE INDEX "OutboxEmail_sentAt_nextAttemptAt_idx" ON "OutboxEmail"("sentAt", "nextAttemptAt");
