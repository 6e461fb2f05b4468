-- HTML mail and "remind me when entries open" (decision 28).

-- CreateEnum
CREATE TYPE "ReminderTokenPurpose" AS ENUM ('confirm', 'unsubscribe');

-- AlterTable
ALTER TABLE "OutboxEmail" ADD COLUMN     "html" TEXT,
ADD COLUMN     "listUnsubscribe" TEXT,
ADD COLUMN     "subscriptionId" UUID;

-- CreateTable
CREATE TABLE "ReminderSubscription" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "emailKey" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),
    CONSTRAINT "ReminderSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderToken" (
    "hash" TEXT NOT NULL,
    "subscriptionId" UUID NOT NULL,
    "purpose" "ReminderTokenPurpose" NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReminderToken_pkey" PRIMARY KEY ("hash")
);

-- CreateTable
CREATE TABLE "ReminderNotice" (
    "subscriptionId" UUID NOT NULL,
    "windowNumber" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReminderNotice_pkey" PRIMARY KEY ("subscriptionId","windowNumber")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReminderSubscription_emailKey_key" ON "ReminderSubscription"("emailKey");

-- CreateIndex
CREATE INDEX "ReminderToken_subscriptionId_idx" ON "ReminderToken"("subscriptionId");

-- CreateIndex
CREATE INDEX "ReminderNotice_windowNumber_idx" ON "ReminderNotice"("windowNumber");

-- CreateIndex
CREATE INDEX "OutboxEmail_subscriptionId_idx" ON "OutboxEmail"("subscriptionId");

-- AddForeignKey
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "ReminderSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderToken" ADD CONSTRAINT "ReminderToken_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "ReminderSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderNotice" ADD CONSTRAINT "ReminderNotice_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "ReminderSubscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderNotice" ADD CONSTRAINT "ReminderNotice_windowNumber_fkey" FOREIGN KEY ("windowNumber") REFERENCES "EntryWindow"("number") ON DELETE CASCADE ON UPDATE CASCADE;
