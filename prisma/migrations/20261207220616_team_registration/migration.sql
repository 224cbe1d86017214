-- CreateEnum
CREATE TYPE "RegistrationSource" AS ENUM ('LINK', 'PORTAL', 'ADMIN');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('REGISTERED', 'WAITLISTED', 'CANCELLED');

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "registrationId" UUID;

-- CreateTable
CREATE TABLE "RegistrationLink" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "RegistrationLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamRegistration" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "salutation" "Salutation" NOT NULL DEFAULT 'NEUTRAL',
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "function" TEXT NOT NULL DEFAULT '',
    "situation" TEXT NOT NULL DEFAULT '',
    "wish" TEXT NOT NULL DEFAULT '',
    "source" "RegistrationSource" NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "waitlistPosition" INTEGER,
    "promotedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "anonymisedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TeamRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationLink_tokenHash_key" ON "RegistrationLink"("tokenHash");

-- CreateIndex
CREATE INDEX "RegistrationLink_inquiryId_idx" ON "RegistrationLink"("inquiryId");

-- CreateIndex
CREATE INDEX "TeamRegistration_inquiryId_status_waitlistPosition_idx" ON "TeamRegistration"("inquiryId", "status", "waitlistPosition");

-- CreateIndex
CREATE INDEX "TeamRegistration_email_idx" ON "TeamRegistration"("email");

-- CreateIndex
CREATE INDEX "Booking_registrationId_idx" ON "Booking"("registrationId");

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "TeamRegistration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationLink" ADD CONSTRAINT "RegistrationLink_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamRegistration" ADD CONSTRAINT "TeamRegistration_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written guards (decision 0031): one active registration link per engagement, one active
-- registration per address and engagement, and a waiting list without gaps in its meaning.
CREATE UNIQUE INDEX "RegistrationLink_active_guard" ON "RegistrationLink" ("inquiryId") WHERE "revokedAt" IS NULL;
CREATE UNIQUE INDEX "TeamRegistration_active_email_guard" ON "TeamRegistration" ("inquiryId", lower("email"))
  WHERE "status" <> 'CANCELLED';
ALTER TABLE "TeamRegistration" ADD CONSTRAINT "TeamRegistration_waitlist_guard"
  CHECK (("status" = 'WAITLISTED') = ("waitlistPosition" IS NOT NULL));
CREATE UNIQUE INDEX "TeamRegistration_waitlist_position_guard" ON "TeamRegistration" ("inquiryId", "waitlistPosition")
  WHERE "status" = 'WAITLISTED';
