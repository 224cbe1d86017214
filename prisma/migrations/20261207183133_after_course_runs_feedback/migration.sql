-- CreateEnum
CREATE TYPE "QuoteForm" AS ENUM ('FULL_NAME', 'INITIALS_OFFICE', 'ANONYMOUS_OFFICE');

-- AlterEnum
ALTER TYPE "InquiryEventType" ADD VALUE 'FOLLOW_UP_ANSWERED';

-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "followUpOfId" UUID;

-- CreateTable
CREATE TABLE "CourseRun" (
    "id" UUID NOT NULL,
    "runKey" TEXT NOT NULL,
    "courseId" UUID NOT NULL,
    "inquiryId" UUID,
    "title" TEXT NOT NULL,
    "lastDayEndsAt" TIMESTAMPTZ(3) NOT NULL,
    "followUpDueAt" TIMESTAMPTZ(3) NOT NULL,
    "followUpSentAt" TIMESTAMPTZ(3),
    "followUpTokenHash" TEXT,
    "followUpAnsweredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CourseRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackInvitation" (
    "id" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "participantKey" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedbackInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedbackResponse" (
    "id" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "overallRating" INTEGER NOT NULL,
    "goalRatings" JSONB NOT NULL,
    "helpedMost" TEXT NOT NULL DEFAULT '',
    "toChange" TEXT NOT NULL DEFAULT '',
    "authorName" TEXT,
    "quote" TEXT,
    "quoteForm" "QuoteForm",
    "consentName" TEXT,
    "consentOffice" TEXT,
    "consentAt" TIMESTAMPTZ(3),
    "withdrawTokenHash" TEXT,
    "withdrawnAt" TIMESTAMPTZ(3),
    "testimonialId" UUID,
    "promotedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FeedbackResponse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CourseRun_runKey_key" ON "CourseRun"("runKey");

-- CreateIndex
CREATE UNIQUE INDEX "CourseRun_followUpTokenHash_key" ON "CourseRun"("followUpTokenHash");

-- CreateIndex
CREATE INDEX "CourseRun_followUpSentAt_followUpDueAt_idx" ON "CourseRun"("followUpSentAt", "followUpDueAt");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackInvitation_tokenHash_key" ON "FeedbackInvitation"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackInvitation_runId_participantKey_key" ON "FeedbackInvitation"("runId", "participantKey");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackResponse_withdrawTokenHash_key" ON "FeedbackResponse"("withdrawTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "FeedbackResponse_testimonialId_key" ON "FeedbackResponse"("testimonialId");

-- CreateIndex
CREATE INDEX "FeedbackResponse_runId_idx" ON "FeedbackResponse"("runId");

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_followUpOfId_fkey" FOREIGN KEY ("followUpOfId") REFERENCES "Inquiry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseRun" ADD CONSTRAINT "CourseRun_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseRun" ADD CONSTRAINT "CourseRun_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackInvitation" ADD CONSTRAINT "FeedbackInvitation_runId_fkey" FOREIGN KEY ("runId") REFERENCES "CourseRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackResponse" ADD CONSTRAINT "FeedbackResponse_runId_fkey" FOREIGN KEY ("runId") REFERENCES "CourseRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedbackResponse" ADD CONSTRAINT "FeedbackResponse_testimonialId_fkey" FOREIGN KEY ("testimonialId") REFERENCES "Testimonial"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written: ratings stay on the 1-5 scale whatever writes them.
ALTER TABLE "FeedbackResponse" ADD CONSTRAINT "FeedbackResponse_rating_guard" CHECK ("overallRating" BETWEEN 1 AND 5);
