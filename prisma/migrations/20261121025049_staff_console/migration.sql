-- Staff console: search, score sorting, prize draws, an append-only audit log.

-- Trigram search finds Japanese words, which have no spaces between them. The extension is
-- installed once per database in the public schema (not in the schema being migrated), so that
-- several schemas of one database (tests, e2e) can all use it. The operator class is therefore
-- named with its schema below.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- AlterTable
ALTER TABLE "Entry" ADD COLUMN     "scoreAverage" DOUBLE PRECISION NOT NULL DEFAULT 0,
ADD COLUMN     "scoreCount" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "PrizeDraw" (
    "id" SERIAL NOT NULL,
    "windowNumber" INTEGER,
    "eligible" TEXT[],
    "listHash" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "prizeCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "drawnAt" TIMESTAMP(3),
    "winners" TEXT[],

    CONSTRAINT "PrizeDraw_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Entry_windowNumber_submittedAt_id_idx" ON "Entry"("windowNumber", "submittedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Entry_scoreAverage_id_idx" ON "Entry"("scoreAverage", "id");

-- CreateIndex
CREATE INDEX "Entry_windowNumber_scoreAverage_id_idx" ON "Entry"("windowNumber", "scoreAverage", "id");

-- CreateIndex
CREATE INDEX "Entry_console_filter_idx" ON "Entry"("windowNumber", "status", "role", "language", "submittedAt", "scoreAverage", "id");

-- CreateIndex
CREATE INDEX "Score_reviewerId_entryId_idx" ON "Score"("reviewerId", "entryId");

-- CreateIndex
CREATE INDEX "Entry_title_trgm_idx" ON "Entry" USING GIN ("title" public.gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Entry_story_trgm_idx" ON "Entry" USING GIN ("story" public.gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Entry_penName_trgm_idx" ON "Entry" USING GIN ("penName" public.gin_trgm_ops);

-- The audit log is append-only: rows can be added, never changed or removed (staff accounts are
-- disabled, not deleted, so the actor reference never needs to change either).
CREATE FUNCTION "audit_log_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_is_append_only"();

CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_is_append_only"();
