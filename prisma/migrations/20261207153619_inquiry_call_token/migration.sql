-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "callTokenHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Inquiry_callTokenHash_key" ON "Inquiry"("callTokenHash");
