import type { Metadata } from "next";

import { CamtImport } from "@/components/invoicing/camt-import";
import { BackLink } from "@/components/ui/back-link";
import { Heading } from "@/components/ui/heading";
import { requireAdmin } from "@/lib/auth/guards";
import { bookCamtImportAction, previewCamtImportAction } from "@/lib/invoicing/admin-actions-camt";

export const metadata: Metadata = { title: "Bankdatei einlesen" };

export default async function BankFilePage() {
  await requireAdmin();
  return (
    <div className="max-w-5xl space-y-6">
      <BackLink href="/admin/rechnungen">Alle Rechnungen</BackLink>
      <Heading>Bankdatei einlesen</Heading>
      <p className="max-w-prose">
        Zahlungen mit QR-Referenz oder Creditor-Referenz (RF) werden den offenen Rechnungen zugeordnet. Was schon aus
        einer früheren Datei gebucht ist, wird nicht nochmals gebucht; Zahlungen ohne passende Referenz erfassen Sie bei
        der Rechnung von Hand.
      </p>
      <CamtImport preview={previewCamtImportAction} book={bookCamtImportAction} />
    </div>
  );
}
