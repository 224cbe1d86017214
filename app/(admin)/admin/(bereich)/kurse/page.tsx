import type { Metadata } from "next";

import { CatalogueList } from "@/components/admin/catalogue/catalogue-list";
import { requireAdmin } from "@/lib/auth/guards";
import { listCatalogueItemsForAdmin } from "@/lib/catalogue/admin-queries";

export const metadata: Metadata = { title: "Kurse" };

export default async function AdminCoursesPage() {
  await requireAdmin();
  const rows = await listCatalogueItemsForAdmin("kurse");
  return <CatalogueList kind="kurse" rows={rows} editHref={(id) => `/admin/kurse/${id}`} newHref="/admin/kurse/neu" />;
}
