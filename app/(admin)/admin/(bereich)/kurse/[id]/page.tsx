import type { Metadata } from "next";

import { CatalogueEditor } from "@/components/admin/catalogue/catalogue-editor";
import { requireAdmin } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Kurs bearbeiten" };

export default async function AdminCoursePage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
  return <CatalogueEditor kind="kurse" id={id} listHref="/admin/kurse" />;
}
