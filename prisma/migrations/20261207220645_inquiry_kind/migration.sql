-- CreateEnum
CREATE TYPE "InquiryKind" AS ENUM ('COURSE', 'LEADERSHIP');

-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "attendees" TEXT,
ADD COLUMN     "desiredChange" TEXT,
ADD COLUMN     "kind" "InquiryKind" NOT NULL DEFAULT 'COURSE',
ADD COLUMN     "teamSize" INTEGER;

-- CreateIndex
CREATE INDEX "Inquiry_kind_receivedAt_idx" ON "Inquiry"("kind", "receivedAt");
