-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('ja', 'en');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('runner', 'volunteer', 'spectator', 'charity', 'coach', 'staff', 'other');

-- CreateEnum
CREATE TYPE "InterviewFormat" AS ENUM ('qa', 'dialogue');

-- CreateEnum
CREATE TYPE "EntryStatus" AS ENUM ('received', 'in_review', 'shortlisted', 'featured', 'winner', 'declined');

-- CreateEnum
CREATE TYPE "ConsentKind" AS ENUM ('eligibility', 'terms', 'privacy', 'publication');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('admin', 'reviewer');

-- CreateEnum
CREATE TYPE "TranslationStatus" AS ENUM ('none', 'draft', 'done');

-- CreateTable
CREATE TABLE "EntryWindow" (
    "number" INTEGER NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EntryWindow_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "CampaignSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "announcementAt" TIMESTAMP(3) NOT NULL,
    "prizeCount" INTEGER NOT NULL DEFAULT 10,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CampaignSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Season" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "format" "InterviewFormat" NOT NULL,

    CONSTRAINT "Season_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeasonTranslation" (
    "seasonId" INTEGER NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "SeasonTranslation_pkey" PRIMARY KEY ("seasonId","locale")
);

-- CreateTable
CREATE TABLE "Interview" (
    "id" SERIAL NOT NULL,
    "seasonId" INTEGER NOT NULL,
    "km" INTEGER NOT NULL,
    "format" "InterviewFormat" NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Interview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewTranslation" (
    "interviewId" INTEGER NOT NULL,
    "locale" "Locale" NOT NULL,
    "title" TEXT NOT NULL,
    "lead" TEXT NOT NULL,
    "blocks" JSONB NOT NULL,

    CONSTRAINT "InterviewTranslation_pkey" PRIMARY KEY ("interviewId","locale")
);

-- CreateTable
CREATE TABLE "InterviewParticipant" (
    "id" SERIAL NOT NULL,
    "interviewId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "nameJa" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "InterviewParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewReference" (
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,

    CONSTRAINT "InterviewReference_pkey" PRIMARY KEY ("fromId","toId")
);

-- CreateTable
CREATE TABLE "Entry" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "windowNumber" INTEGER NOT NULL,
    "submissionKey" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "emailKey" TEXT,
    "penName" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "connectedWith" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "story" TEXT NOT NULL,
    "myTokyoMarathonIs" TEXT NOT NULL,
    "km" INTEGER,
    "referencedInterviewId" INTEGER,
    "language" "Locale" NOT NULL,
    "status" "EntryStatus" NOT NULL DEFAULT 'received',
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "erasedAt" TIMESTAMP(3),

    CONSTRAINT "Entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EntryPhoto" (
    "entryId" UUID NOT NULL,
    "mimeType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "EntryPhoto_pkey" PRIMARY KEY ("entryId")
);

-- CreateTable
CREATE TABLE "EntryConsent" (
    "id" SERIAL NOT NULL,
    "entryId" UUID NOT NULL,
    "kind" "ConsentKind" NOT NULL,
    "textVersion" TEXT NOT NULL,
    "agreedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EntryConsent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" UUID NOT NULL,
    "entryId" UUID,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffUser" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "StaffRole" NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'ja',
    "failedAttempts" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "disabledAt" TIMESTAMP(3),

    CONSTRAINT "StaffUser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StaffSession" (
    "id" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "StaffSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Score" (
    "entryId" UUID NOT NULL,
    "reviewerId" UUID NOT NULL,
    "connection" INTEGER NOT NULL,
    "originality" INTEGER NOT NULL,
    "storytelling" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Score_pkey" PRIMARY KEY ("entryId","reviewerId")
);

-- CreateTable
CREATE TABLE "Comment" (
    "id" UUID NOT NULL,
    "entryId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeaturedStory" (
    "entryId" UUID NOT NULL,
    "sourceLanguage" "Locale" NOT NULL,
    "titleJa" TEXT,
    "storyJa" TEXT,
    "titleEn" TEXT,
    "storyEn" TEXT,
    "translationStatus" "TranslationStatus" NOT NULL DEFAULT 'none',
    "publishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeaturedStory_pkey" PRIMARY KEY ("entryId")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Season_slug_key" ON "Season"("slug");

-- CreateIndex
CREATE INDEX "Interview_published_seasonId_idx" ON "Interview"("published", "seasonId");

-- CreateIndex
CREATE UNIQUE INDEX "Interview_seasonId_km_key" ON "Interview"("seasonId", "km");

-- CreateIndex
CREATE UNIQUE INDEX "InterviewParticipant_interviewId_key_key" ON "InterviewParticipant"("interviewId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "InterviewParticipant_interviewId_position_key" ON "InterviewParticipant"("interviewId", "position");

-- CreateIndex
CREATE INDEX "InterviewReference_toId_idx" ON "InterviewReference"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "Entry_reference_key" ON "Entry"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Entry_submissionKey_key" ON "Entry"("submissionKey");

-- CreateIndex
CREATE INDEX "Entry_windowNumber_status_submittedAt_id_idx" ON "Entry"("windowNumber", "status", "submittedAt" DESC, "id");

-- CreateIndex
CREATE INDEX "Entry_submittedAt_id_idx" ON "Entry"("submittedAt" DESC, "id");

-- CreateIndex
CREATE UNIQUE INDEX "Entry_windowNumber_emailKey_key" ON "Entry"("windowNumber", "emailKey");

-- CreateIndex
CREATE UNIQUE INDEX "EntryConsent_entryId_kind_key" ON "EntryConsent"("entryId", "kind");

-- CreateIndex
CREATE INDEX "RateLimitBucket_windowStart_idx" ON "RateLimitBucket"("windowStart");

-- CreateIndex
CREATE INDEX "OutboxEmail_sentAt_createdAt_idx" ON "OutboxEmail"("sentAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "StaffUser_email_key" ON "StaffUser"("email");

-- CreateIndex
CREATE INDEX "StaffSession_userId_idx" ON "StaffSession"("userId");

-- CreateIndex
CREATE INDEX "Comment_entryId_createdAt_idx" ON "Comment"("entryId", "createdAt");

-- CreateIndex
CREATE INDEX "FeaturedStory_publishedAt_idx" ON "FeaturedStory"("publishedAt");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_createdAt_idx" ON "AuditLog"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- AddForeignKey
ALTER TABLE "SeasonTranslation" ADD CONSTRAINT "SeasonTranslation_seasonId_fkey" FOREIGN KEY ("seasonId") REFERENCES "Season"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Interview" ADD CONSTRAINT "Interview_seasonId_fkey" FOREIGN KEY ("seasonId") REFERENCES "Season"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewTranslation" ADD CONSTRAINT "InterviewTranslation_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewParticipant" ADD CONSTRAINT "InterviewParticipant_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewReference" ADD CONSTRAINT "InterviewReference_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewReference" ADD CONSTRAINT "InterviewReference_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Entry" ADD CONSTRAINT "Entry_referencedInterviewId_fkey" FOREIGN KEY ("referencedInterviewId") REFERENCES "Interview"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryPhoto" ADD CONSTRAINT "EntryPhoto_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EntryConsent" ADD CONSTRAINT "EntryConsent_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxEmail" ADD CONSTRAINT "OutboxEmail_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StaffSession" ADD CONSTRAINT "StaffSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Score" ADD CONSTRAINT "Score_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "StaffUser"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeaturedStory" ADD CONSTRAINT "FeaturedStory_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;
