-- Winners who accept (decision 32): each prize is offered by a mailed link until a deadline set
-- before the announcement; a declined or expired prize passes to the draw's next reserve.
ALTER TABLE "CampaignSettings" ADD COLUMN "acceptanceDeadline" TIMESTAMP(3);

CREATE TYPE "PrizeAnswer" AS ENUM ('accepted', 'declined');

CREATE TABLE "Prize" (
    "id" SERIAL NOT NULL,
    "drawId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Prize_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "PrizeOffer" (
    "id" SERIAL NOT NULL,
    "prizeId" INTEGER NOT NULL,
    "entryId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "offeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "answer" "PrizeAnswer",
    "answeredAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "PrizeOffer_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "Prize_drawId_idx" ON "Prize"("drawId");
CREATE UNIQUE INDEX "PrizeOffer_tokenHash_key" ON "PrizeOffer"("tokenHash");
CREATE INDEX "PrizeOffer_prizeId_id_idx" ON "PrizeOffer"("prizeId", "id");
CREATE INDEX "PrizeOffer_entryId_idx" ON "PrizeOffer"("entryId");

ALTER TABLE "Prize" ADD CONSTRAINT "Prize_drawId_fkey" FOREIGN KEY ("drawId") REFERENCES "PrizeDraw"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "PrizeOffer" ADD CONSTRAINT "PrizeOffer_prizeId_fkey" FOREIGN KEY ("prizeId") REFERENCES "Prize"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PrizeOffer" ADD CONSTRAINT "PrizeOffer_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;
