import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { ProposalDocument } from "@/components/proposals/proposal-document";
import { PrintButton } from "@/components/ui/print-button";
import { requireAdmin } from "@/lib/auth/guards";
import { getDesigner } from "@/lib/proposals/admin-queries";

export const metadata: Metadata = { title: "Offerte" };

export default async function VersionPage({ params }: { params: Promise<{ reference: string; version: string }> }) {
  await requireAdmin();
  const { reference, version } = await params;
  const data = await getDesigner(decodeURIComponent(reference));
  const proposal = data?.design ? data.proposals.find((item) => String(item.version) === version) : undefined;
  if (!data || !proposal) notFound();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-4 print:hidden">
        <Link href={`/admin/anfragen/${data.inquiry.reference}/konzept`} className="text-brand underline">
          Zurück zum Konzept
        </Link>
        <a href={`/api/admin/angebote/${proposal.id}/pdf`} className="font-semibold text-brand underline">
          Als PDF herunterladen
        </a>
        <PrintButton />
      </div>
      <ProposalDocument snapshot={proposal.snapshot} />
    </div>
  );
}
