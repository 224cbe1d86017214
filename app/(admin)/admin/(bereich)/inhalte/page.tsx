import type { Metadata } from "next";
import Link from "next/link";

import { Heading } from "@/components/ui/heading";
import { requireAdmin } from "@/lib/auth/guards";
import { catalogueKindLabels, catalogueKinds } from "@/lib/catalogue/admin-schemas";

export const metadata: Metadata = { title: "Inhalte" };

export default async function AdminContentPage() {
  await requireAdmin();
  return (
    <>
      <Heading>Inhalte</Heading>
      <p className="mt-2 text-lg">Was die öffentlichen Seiten zeigen. Jede Änderung ist dort sofort sichtbar.</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {catalogueKinds.map((kind) => (
          <li key={kind} className="rounded-lg border border-line bg-white p-5">
            <Link
              href={kind === "kurse" ? "/admin/kurse" : `/admin/inhalte/${kind}`}
              className="text-lg font-semibold text-brand underline"
            >
              {catalogueKindLabels[kind].plural}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
