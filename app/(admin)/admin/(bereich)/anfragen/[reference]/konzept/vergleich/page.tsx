import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { Heading } from "@/components/ui/heading";
import { Table, TableCell, TableRow } from "@/components/ui/table";
import { requireAdmin } from "@/lib/auth/guards";
import { getDesigner } from "@/lib/proposals/admin-queries";
import { compareSnapshots } from "@/lib/proposals/snapshot";

export const metadata: Metadata = { title: "Versionen vergleichen" };

type SearchParams = Promise<{ von?: string; zu?: string }>;

export default async function ComparePage({
  params,
  searchParams,
}: {
  params: Promise<{ reference: string }>;
  searchParams: SearchParams;
}) {
  await requireAdmin();
  const { reference } = await params;
  const { von, zu } = await searchParams;
  const data = await getDesigner(decodeURIComponent(reference));
  if (!data?.design) notFound();
  const pick = (key: string | undefined) =>
    key === "entwurf"
      ? { label: "Entwurf", snapshot: data.draft }
      : (() => {
          const proposal = data.proposals.find((item) => String(item.version) === key);
          return proposal ? { label: `Version ${proposal.version}`, snapshot: proposal.snapshot } : null;
        })();
  const before = pick(von);
  const after = pick(zu ?? "entwurf");
  if (!before || !after) notFound();
  const changes = compareSnapshots(before.snapshot, after.snapshot);
  return (
    <div className="space-y-6">
      <Link href={`/admin/anfragen/${data.inquiry.reference}/konzept`} className="text-brand underline">
        Zurück zum Konzept
      </Link>
      <Heading>{`${before.label} und ${after.label} im Vergleich`}</Heading>
      {changes.length === 0 ? (
        <p>Keine Unterschiede.</p>
      ) : (
        <Table
          caption={`Unterschiede zwischen ${before.label} und ${after.label}`}
          columns={["Abschnitt", before.label, after.label]}
        >
          {changes.map((change) => (
            <TableRow key={change.label}>
              <TableCell rowHeader>{change.label}</TableCell>
              <TableCell className="whitespace-pre-line">
                <del className="text-danger">{change.before || "–"}</del>
              </TableCell>
              <TableCell className="whitespace-pre-line">
                <ins className="text-success no-underline">{change.after || "–"}</ins>
              </TableCell>
            </TableRow>
          ))}
        </Table>
      )}
    </div>
  );
}
