-- AlterTable
ALTER TABLE "CourseSession" ADD COLUMN     "calendarSequence" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "calendarSequenceBase" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "calendarTokenHash" TEXT;

-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN     "calendarTokenHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Booking_calendarTokenHash_key" ON "Booking"("calendarTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_calendarTokenHash_key" ON "Appointment"("calendarTokenHash");
