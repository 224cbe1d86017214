import type { Metadata } from "next";

import { CatalogueEditor } from "@/components/admin/catalogue/catalogue-editor";
import { ImageUpload } from "@/components/admin/media/image-upload";
import { requireAdmin } from "@/lib/auth/guards";
import { deleteCourseImageAction } from "@/lib/media/admin-actions";
import { getCourseImageForAdmin } from "@/lib/media/admin-queries";
import { uploadHint, uploadNotice } from "@/lib/media/rules";

export const metadata: Metadata = { title: "Kurs bearbeiten" };

export default async function AdminCoursePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ bild?: string }>;
}) {
  await requireAdmin();
  const [{ id }, { bild }] = await Promise.all([params, searchParams]);
  const image = await getCourseImageForAdmin(id);
  return (
    <>
      <CatalogueEditor kind="kurse" id={id} listHref="/admin/kurse" />
      <div className="mt-10 max-w-3xl">
        <ImageUpload
          title="Bild des Kurses"
          removeLabel="Bild des Kurses entfernen"
          hint={`${uploadHint("course")} Es erscheint auf der Kursseite und der Kurskarte.`}
          current={image}
          uploadUrl={`/api/admin/bilder/kurse/${encodeURIComponent(id)}`}
          notice={uploadNotice("course", bild)}
          remove={deleteCourseImageAction.bind(null, { courseId: id })}
        />
      </div>
    </>
  );
}
