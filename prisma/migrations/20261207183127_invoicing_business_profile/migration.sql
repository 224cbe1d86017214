-- AlterTable
ALTER TABLE "BusinessProfile" ADD COLUMN     "bankName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "country" TEXT NOT NULL DEFAULT 'CH',
ADD COLUMN     "houseNumber" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "iban" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "invoiceText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "paymentTermDays" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "referenceType" TEXT NOT NULL DEFAULT 'QRR',
ADD COLUMN     "reminderText" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "vatRates" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "vatRegistered" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "website" TEXT NOT NULL DEFAULT '';

-- Hand-written (decision 0025). The QR-bill wants street and house number apart: split what was
-- entered as "Musterstrasse 1" before the field existed.
UPDATE "BusinessProfile"
SET "houseNumber" = substring("street" from '\s(\d+[A-Za-z]?)$'),
    "street" = regexp_replace("street", '\s+\d+[A-Za-z]?$', '')
WHERE "houseNumber" = '' AND "street" ~ '\s\d+[A-Za-z]?$';

ALTER TABLE "BusinessProfile" ADD CONSTRAINT "BusinessProfile_reference_type_guard"
  CHECK ("referenceType" IN ('QRR', 'SCOR'));
ALTER TABLE "BusinessProfile" ADD CONSTRAINT "BusinessProfile_payment_term_guard"
  CHECK ("paymentTermDays" BETWEEN 1 AND 120);
