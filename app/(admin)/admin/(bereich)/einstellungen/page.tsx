import type { Metadata } from "next";

import { BusinessProfileForm } from "@/components/admin/business-profile/business-profile-form";
import { ImageUpload } from "@/components/admin/media/image-upload";
import { Heading } from "@/components/ui/heading";
import { requireOwner } from "@/lib/auth/guards";
import { saveBusinessProfileAction } from "@/lib/business-profile/admin-actions";
import { getBusinessProfileForAdmin } from "@/lib/business-profile/admin-queries";
import { missingForInvoicing } from "@/lib/business-profile/rules";
import { profileFormValues } from "@/lib/business-profile/schemas";
import { deletePortraitAction } from "@/lib/media/admin-actions";
import { getPortraitForAdmin } from "@/lib/media/admin-queries";
import { uploadHint, uploadNotice } from "@/lib/media/rules";

export const metadata: Metadata = { title: "Einstellungen" };

export default async function SettingsPage({ searchParams }: { searchParams: Promise<{ bild?: string }> }) {
  await requireOwner();
  const { bild } = await searchParams;
  const [profile, portrait] = await Promise.all([getBusinessProfileForAdmin(), getPortraitForAdmin()]);
  const missing = missingForInvoicing(profile);
  return (
    <div className="max-w-3xl space-y-4">
      <Heading>Einstellungen</Heading>
      <p>
        Kontakt, Impressum, Angebote, Rechnungen und die Grussformel der E-Mails zeigen genau diese Angaben. Was leer
        ist, erscheint nirgends.
      </p>
      {profile.isDemo ? (
        <p role="status" className="rounded-md border border-accent bg-sand p-3">
          Das sind Beispielangaben aus den Demodaten. Bitte ersetzen Sie sie durch Ihre eigenen und speichern Sie.
        </p>
      ) : null}
      {missing.length > 0 ? (
        <div role="status" className="rounded-md border border-line bg-sand p-3">
          <p className="font-semibold">Für Angebote und Rechnungen fehlt noch:</p>
          <ul className="list-disc pl-6">
            {missing.map((part) => (
              <li key={part}>{part}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <BusinessProfileForm current={profileFormValues(profile)} action={saveBusinessProfileAction} />
      <ImageUpload
        title="Porträt"
        removeLabel="Porträt entfernen"
        hint={`${uploadHint("portrait")} Es erscheint auf der Seite «Über mich».`}
        current={portrait}
        uploadUrl="/api/admin/bilder/portraet"
        notice={uploadNotice("portrait", bild)}
        remove={deletePortraitAction}
      />
    </div>
  );
}
