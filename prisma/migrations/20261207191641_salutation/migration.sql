-- CreateEnum
CREATE TYPE "Salutation" AS ENUM ('MS', 'MR', 'NEUTRAL');

-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "salutation" "Salutation" NOT NULL DEFAULT 'NEUTRAL';

-- AlterTable
ALTER TABLE "Booking" ADD COLUMN     "salutation" "Salutation" NOT NULL DEFAULT 'NEUTRAL';

-- AlterTable
ALTER TABLE "Appointment" ADD COLUMN     "salutation" "Salutation" NOT NULL DEFAULT 'NEUTRAL';
