-- CreateTable
CREATE TABLE "InvoiceReminder" (
    "id" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "level" INTEGER NOT NULL,
    "openCents" INTEGER NOT NULL,
    "manual" BOOLEAN NOT NULL DEFAULT false,
    "sentById" UUID,
    "outboxMessageId" UUID,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvoiceReminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceReminder_invoiceId_level_key" ON "InvoiceReminder"("invoiceId", "level");

-- AddForeignKey
ALTER TABLE "InvoiceReminder" ADD CONSTRAINT "InvoiceReminder_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceReminder" ADD CONSTRAINT "InvoiceReminder_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceReminder" ADD CONSTRAINT "InvoiceReminder_outboxMessageId_fkey" FOREIGN KEY ("outboxMessageId") REFERENCES "OutboxMessage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Two reminder levels: 1 the friendly one, 2 the firm one (decision 0030).
ALTER TABLE "InvoiceReminder" ADD CONSTRAINT "InvoiceReminder_level_guard" CHECK ("level" BETWEEN 1 AND 2);
