import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CatalogueEditor } from "@/components/admin/catalogue/catalogue-editor";
import { requireAdmin } from "@/lib/auth/guards";
import { catalogueKindAbilities, isCatalogueKind } from "@/lib/catalogue/admin-schemas";

export const metadata: Metadata = { title: "Neuer Eintrag" };

export default async function AdminNewContentPage({ params }: { params: Promise<{ art: string }> }) {
  await requireAdmin();
  const { art } = await params;
  if (!isCatalogueKind(art) || art === "kurse" || !catalogueKindAbilities[art].create) notFound();
  return <CatalogueEditor kind={art} id={null} listHref={`/admin/inhalte/${art}`} />;
}
