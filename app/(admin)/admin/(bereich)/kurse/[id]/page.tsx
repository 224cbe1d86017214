import type { Metadata } from "next";

import { CatalogueEditor } from "@/components/admin/catalogue/catalogue-editor";
import { ImageUpload } from "@/components/admin/media/image-upload";
import { requireAdmin } from "@/lib/auth/guards";
import { deleteCourseImageAction, saveCourseImageAction } from "@/lib/media/admin-actions";
import { getCourseImageForAdmin } from "@/lib/media/admin-queries";
import { uploadHint } from "@/lib/media/rules";

export const metadata: Metadata = { title: "Kurs bearbeiten" };

export default async function AdminCoursePage({ params }: { params: Promise<{ id: string }> }) {
  await requireAdmin();
  const { id } = await params;
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
          save={saveCourseImageAction.bind(null, { courseId: id })}
          remove={deleteCourseImageAction.bind(null, { courseId: id })}
        />
      </div>
    </>
  );
}
