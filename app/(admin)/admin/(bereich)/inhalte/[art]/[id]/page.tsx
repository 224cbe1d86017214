import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CatalogueEditor } from "@/components/admin/catalogue/catalogue-editor";
import { requireAdmin } from "@/lib/auth/guards";
import { isCatalogueKind } from "@/lib/catalogue/admin-schemas";

export const metadata: Metadata = { title: "Eintrag bearbeiten" };

export default async function AdminEditContentPage({ params }: { params: Promise<{ art: string; id: string }> }) {
  await requireAdmin();
  const { art, id } = await params;
  if (!isCatalogueKind(art) || art === "kurse") notFound();
  return <CatalogueEditor kind={art} id={id} listHref={`/admin/inhalte/${art}`} />;
}
