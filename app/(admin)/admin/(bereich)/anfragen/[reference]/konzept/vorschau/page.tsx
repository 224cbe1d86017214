import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ProposalDocument } from "@/components/proposals/proposal-document";
import { PrintButton } from "@/components/ui/print-button";
import { requireAdmin } from "@/lib/auth/guards";
import { getDesigner } from "@/lib/proposals/admin-queries";

export const metadata: Metadata = { title: "Vorschau der Offerte" };

export default async function DraftPreviewPage({ params }: { params: Promise<{ reference: string }> }) {
  await requireAdmin();
  const { reference } = await params;
  const data = await getDesigner(decodeURIComponent(reference));
  if (!data?.design) notFound();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-4 print:hidden">
        <Link href={`/admin/anfragen/${data.inquiry.reference}/konzept`} className="text-brand underline">
          Zurück zum Konzept
        </Link>
        <PrintButton />
      </div>
      <p className="print:hidden">So sieht die Offerte aus, wenn Sie den Entwurf jetzt senden.</p>
      <ProposalDocument snapshot={data.draft} />
    </div>
  );
}
