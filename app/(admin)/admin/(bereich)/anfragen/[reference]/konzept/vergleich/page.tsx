import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { Heading } from "@/components/ui/heading";
import { requireAdmin } from "@/lib/auth/guards";
import { getDesigner } from "@/lib/proposals/queries";
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
        <table className="w-full border-collapse bg-white text-left">
          <caption className="sr-only">{`Unterschiede zwischen ${before.label} und ${after.label}`}</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2">
                Abschnitt
              </th>
              <th scope="col" className="p-2">
                {before.label}
              </th>
              <th scope="col" className="p-2">
                {after.label}
              </th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.label} className="border-b border-line align-top">
                <th scope="row" className="p-2">
                  {change.label}
                </th>
                <td className="whitespace-pre-line p-2">
                  <del className="text-danger">{change.before || "–"}</del>
                </td>
                <td className="whitespace-pre-line p-2">
                  <ins className="text-success no-underline">{change.after || "–"}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
