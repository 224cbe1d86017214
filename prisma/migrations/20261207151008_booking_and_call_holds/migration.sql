-- AlterEnum
ALTER TYPE "BookingStatus" ADD VALUE 'HELD' BEFORE 'CONFIRMED';

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "holdExpiresAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN     "confirmedAt" TIMESTAMPTZ(3),
ADD COLUMN     "holdExpiresAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "Booking_holdExpiresAt_idx" ON "Booking"("holdExpiresAt");

-- CreateIndex
CREATE INDEX "Appointment_holdExpiresAt_idx" ON "Appointment"("holdExpiresAt");

-- Calls booked before holds existed count as confirmed.
UPDATE "Appointment" SET "confirmedAt" = "createdAt" WHERE "confirmedAt" IS NULL;

-- Hand-written guard (decision 0003): a held booking always says until when.
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_hold_guard" CHECK ("status"::text <> 'HELD' OR "holdExpiresAt" IS NOT NULL);
