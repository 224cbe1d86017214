import type { Metadata } from "next";

import { CatalogueEditor } from "@/components/admin/catalogue/catalogue-editor";
import { requireAdmin } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Neuer Kurs" };

export default async function AdminNewCoursePage() {
  await requireAdmin();
  return <CatalogueEditor kind="kurse" id={null} listHref="/admin/kurse" />;
}
