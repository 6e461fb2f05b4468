-- Sign-in that holds (decision 7, revised): throttled per client address, no account lock, idle
-- sessions end.
ALTER TABLE "StaffUser" DROP COLUMN "lockedUntil";

ALTER TABLE "StaffSession" ADD COLUMN "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "lastFailureAt" TIMESTAMP(3) NOT NULL,
    "blockedUntil" TIMESTAMP(3),

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);
