-- AlterTable
ALTER TABLE "InvoicePayment" ADD COLUMN     "bankEntryKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "InvoicePayment_bankEntryKey_key" ON "InvoicePayment"("bankEntryKey");
