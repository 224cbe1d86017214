-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('INVOICE', 'CREDIT_NOTE');

-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('DRAFT', 'ISSUED');

-- CreateTable
CREATE TABLE "Invoice" (
    "id" UUID NOT NULL,
    "kind" "InvoiceKind" NOT NULL DEFAULT 'INVOICE',
    "status" "InvoiceStatus" NOT NULL DEFAULT 'DRAFT',
    "number" TEXT,
    "inquiryId" UUID,
    "proposalId" UUID,
    "creditedInvoiceId" UUID,
    "title" TEXT NOT NULL,
    "introText" TEXT NOT NULL DEFAULT '',
    "serviceDates" TEXT NOT NULL DEFAULT '',
    "buyerName" TEXT NOT NULL,
    "buyerDepartment" TEXT NOT NULL DEFAULT '',
    "buyerContact" TEXT NOT NULL DEFAULT '',
    "buyerStreet" TEXT NOT NULL DEFAULT '',
    "buyerHouseNumber" TEXT NOT NULL DEFAULT '',
    "buyerPostcode" TEXT NOT NULL DEFAULT '',
    "buyerCity" TEXT NOT NULL DEFAULT '',
    "buyerCountry" TEXT NOT NULL DEFAULT 'CH',
    "buyerEmail" TEXT NOT NULL DEFAULT '',
    "buyerUid" TEXT NOT NULL DEFAULT '',
    "purchaseOrderRef" TEXT NOT NULL DEFAULT '',
    "costCentre" TEXT NOT NULL DEFAULT '',
    "currency" TEXT NOT NULL DEFAULT 'CHF',
    "netCents" INTEGER NOT NULL DEFAULT 0,
    "vatCents" INTEGER NOT NULL DEFAULT 0,
    "roundingCents" INTEGER NOT NULL DEFAULT 0,
    "payableCents" INTEGER NOT NULL DEFAULT 0,
    "issueDate" DATE,
    "dueDate" DATE,
    "paymentReference" TEXT,
    "seller" JSONB,
    "issuedAt" TIMESTAMPTZ(3),
    "issuedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceLine" (
    "id" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "quantityHundredths" INTEGER NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "unitPriceCents" INTEGER NOT NULL,
    "vatRateBasisPoints" INTEGER NOT NULL,
    "netCents" INTEGER NOT NULL,
    "vatCents" INTEGER NOT NULL,

    CONSTRAINT "InvoiceLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoicePayment" (
    "id" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "paidOn" DATE NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "recordedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InvoicePayment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_number_key" ON "Invoice"("number");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_paymentReference_key" ON "Invoice"("paymentReference");

-- CreateIndex
CREATE INDEX "Invoice_inquiryId_idx" ON "Invoice"("inquiryId");

-- CreateIndex
CREATE INDEX "Invoice_status_dueDate_idx" ON "Invoice"("status", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceLine_invoiceId_position_key" ON "InvoiceLine"("invoiceId", "position");

-- CreateIndex
CREATE INDEX "InvoicePayment_invoiceId_idx" ON "InvoicePayment"("invoiceId");

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_creditedInvoiceId_fkey" FOREIGN KEY ("creditedInvoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoicePayment" ADD CONSTRAINT "InvoicePayment_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoicePayment" ADD CONSTRAINT "InvoicePayment_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written guards (decision 0025): an issued invoice never changes.
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_number_guard"
  CHECK (("status" = 'DRAFT') = ("number" IS NULL));
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_credit_note_guard"
  CHECK (("kind" = 'CREDIT_NOTE') = ("creditedInvoiceId" IS NOT NULL));
ALTER TABLE "InvoicePayment" ADD CONSTRAINT "InvoicePayment_amount_guard" CHECK ("amountCents" > 0);

-- Refuses any change to an issued invoice except what deleting a person or an inquiry does to its
-- foreign keys (set to NULL), and any deletion of one. The bodies are E'' strings with \073 for
-- the semicolon: the migration runner (@prisma/adapter-pg executeScript) splits scripts at every
-- semicolon, dollar quotes included.
CREATE FUNCTION "invoice_immutable_guard"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  IF TG_OP = ''DELETE'' THEN
    IF OLD."status" <> ''DRAFT'' THEN
      RAISE EXCEPTION ''invoice % is issued and cannot be deleted'', OLD."number" USING ERRCODE = ''integrity_constraint_violation''\073
    END IF\073
    RETURN OLD\073
  END IF\073
  IF OLD."status" <> ''DRAFT''
     AND (to_jsonb(NEW) - ''inquiryId'' - ''proposalId'' - ''issuedById'' - ''updatedAt'')
         IS DISTINCT FROM (to_jsonb(OLD) - ''inquiryId'' - ''proposalId'' - ''issuedById'' - ''updatedAt'') THEN
    RAISE EXCEPTION ''invoice % is issued and cannot be changed'', OLD."number" USING ERRCODE = ''integrity_constraint_violation''\073
  END IF\073
  RETURN NEW\073
END\073
';

CREATE TRIGGER "invoice_immutable_guard" BEFORE UPDATE OR DELETE ON "Invoice"
  FOR EACH ROW EXECUTE FUNCTION "invoice_immutable_guard"();

CREATE FUNCTION "invoice_line_immutable_guard"() RETURNS trigger LANGUAGE plpgsql AS E'BEGIN
  IF EXISTS (
    SELECT 1 FROM "Invoice"
    WHERE "status" <> ''DRAFT''
      AND "id" IN (
        CASE WHEN TG_OP = ''INSERT'' THEN NULL ELSE OLD."invoiceId" END,
        CASE WHEN TG_OP = ''DELETE'' THEN NULL ELSE NEW."invoiceId" END
      )
  ) THEN
    RAISE EXCEPTION ''the lines of an issued invoice cannot be changed'' USING ERRCODE = ''integrity_constraint_violation''\073
  END IF\073
  RETURN CASE WHEN TG_OP = ''DELETE'' THEN OLD ELSE NEW END\073
END\073
';

CREATE TRIGGER "invoice_line_immutable_guard" BEFORE INSERT OR UPDATE OR DELETE ON "InvoiceLine"
  FOR EACH ROW EXECUTE FUNCTION "invoice_line_immutable_guard"();
