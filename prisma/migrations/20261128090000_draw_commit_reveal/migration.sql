-- A draw nobody can choose (decision 18): the seed's hash and the named public value are
-- published when a draw is prepared; running it stores the whole order.
ALTER TABLE "PrizeDraw"
  ADD COLUMN "seedHash" TEXT,
  ADD COLUMN "publicSource" TEXT NOT NULL DEFAULT '',
  ADD COLUMN "publicValue" TEXT,
  ADD COLUMN "cancelledAt" TIMESTAMP(3),
  ADD COLUMN "order" TEXT[],
  ADD COLUMN "skipped" TEXT[];

UPDATE "PrizeDraw" SET "seedHash" = encode(sha256(convert_to("seed", 'UTF8')), 'hex'), "order" = "winners", "skipped" = '{}';

ALTER TABLE "PrizeDraw"
  ALTER COLUMN "seedHash" SET NOT NULL,
  ALTER COLUMN "publicSource" DROP DEFAULT;
