import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { ProposalDocument } from "@/components/proposals/proposal-document";
import { ProposalToolbar } from "@/components/proposals/proposal-toolbar";
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
      <ProposalToolbar reference={data.inquiry.reference}>
        <a href={`/api/admin/angebote/${proposal.id}/pdf`} className="font-semibold text-brand underline">
          Als PDF herunterladen
        </a>
      </ProposalToolbar>
      <ProposalDocument snapshot={proposal.snapshot} />
    </div>
  );
}
