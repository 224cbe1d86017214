import type { Metadata } from "next";

import { BusinessProfileForm } from "@/components/admin/business-profile/business-profile-form";
import { Heading } from "@/components/ui/heading";
import { requireOwner } from "@/lib/auth/guards";
import { saveBusinessProfileAction } from "@/lib/business-profile/admin-actions";
import { getBusinessProfileForAdmin } from "@/lib/business-profile/admin-queries";

export const metadata: Metadata = { title: "Geschäftsangaben" };

export default async function BusinessProfilePage() {
  await requireOwner();
  const profile = await getBusinessProfileForAdmin();
  return (
    <div className="max-w-3xl space-y-4">
      <Heading>Geschäftsangaben</Heading>
      <p>
        Kontakt, Impressum und Datenschutzerklärung zeigen genau diese Angaben. Was leer ist, erscheint nirgends; die
        Übersicht listet, was für das Impressum noch fehlt.
      </p>
      <BusinessProfileForm current={profile} action={saveBusinessProfileAction} />
    </div>
  );
}
