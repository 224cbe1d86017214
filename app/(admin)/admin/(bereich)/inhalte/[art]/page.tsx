import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";

import { CatalogueList } from "@/components/admin/catalogue/catalogue-list";
import { requireAdmin } from "@/lib/auth/guards";
import { listCatalogueItemsForAdmin } from "@/lib/catalogue/admin-queries";
import { catalogueKindLabels, isCatalogueKind } from "@/lib/catalogue/admin-schemas";

type Params = Promise<{ art: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { art } = await params;
  return { title: isCatalogueKind(art) ? catalogueKindLabels[art].plural : "Inhalte" };
}

export default async function AdminContentKindPage({ params }: { params: Params }) {
  await requireAdmin();
  const { art } = await params;
  if (!isCatalogueKind(art)) notFound();
  if (art === "kurse") redirect("/admin/kurse");
  const rows = await listCatalogueItemsForAdmin(art);
  return (
    <CatalogueList
      kind={art}
      rows={rows}
      editHref={(id) => `/admin/inhalte/${art}/${id}`}
      newHref={`/admin/inhalte/${art}/neu`}
    />
  );
}
