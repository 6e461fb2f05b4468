-- The schedule as data (decision 17): entries and draws reference their window, so a window in
-- use can be neither deleted nor renumbered.

-- A database that never stored its windows showed the default schedule (lib/campaign/defaults.ts
-- at the time): store it, so that every entry's window exists before the references are added.
INSERT INTO "EntryWindow" ("number", "opensAt", "closesAt", "updatedAt")
SELECT w.number, w.opens_at, w.closes_at, CURRENT_TIMESTAMP
FROM (VALUES
  (1, TIMESTAMP '2026-12-21 01:00:00', TIMESTAMP '2027-01-29 14:59:59.999'),
  (2, TIMESTAMP '2027-03-02 01:00:00', TIMESTAMP '2027-03-26 14:59:59.999')
) AS w(number, opens_at, closes_at)
WHERE NOT EXISTS (SELECT 1 FROM "EntryWindow");

-- AddForeignKey
ALTER TABLE "Entry" ADD CONSTRAINT "Entry_windowNumber_fkey" FOREIGN KEY ("windowNumber") REFERENCES "EntryWindow"("number") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "PrizeDraw" ADD CONSTRAINT "PrizeDraw_windowNumber_fkey" FOREIGN KEY ("windowNumber") REFERENCES "EntryWindow"("number") ON DELETE RESTRICT ON UPDATE RESTRICT;
