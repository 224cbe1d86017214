import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ProposalDocument } from "@/components/proposals/proposal-document";
import { ProposalToolbar } from "@/components/proposals/proposal-toolbar";
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
      <ProposalToolbar reference={data.inquiry.reference} />
      <p className="print:hidden">So sieht die Offerte aus, wenn Sie den Entwurf jetzt senden.</p>
      <ProposalDocument snapshot={data.draft} />
    </div>
  );
}
