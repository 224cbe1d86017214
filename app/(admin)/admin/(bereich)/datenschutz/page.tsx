import type { Metadata } from "next";

import { PersonalDataDeletionForm, PersonalDataExportForm } from "@/components/admin/privacy-forms";
import { Heading } from "@/components/ui/heading";
import { TitledSection } from "@/components/ui/titled-section";
import { requireOwner } from "@/lib/auth/guards";
import { getEnv } from "@/lib/env";
import { deletePersonalDataAction, exportPersonalDataAction } from "@/lib/privacy/admin-actions";

export const metadata: Metadata = { title: "Datenschutz" };

export default async function PrivacyAdminPage() {
  await requireOwner();
  const env = getEnv();
  return (
    <div className="max-w-3xl space-y-12">
      <div className="space-y-3">
        <Heading>Datenschutz</Heading>
        <p>
          Auskunft und Löschung nach dem Datenschutzgesetz. Personendaten werden automatisch anonymisiert: Anfragen{" "}
          {env.RETENTION_INQUIRY_MONTHS} Monate nach der letzten Bearbeitung, Buchungen {env.RETENTION_BOOKING_MONTHS}{" "}
          Monate nach dem Kurstermin, Erstgespräche {env.RETENTION_APPOINTMENT_MONTHS} Monate nach dem Gespräch.
        </p>
      </div>
      <TitledSection id="auskunft-titel" title="Auskunft: Daten zu einer E-Mail-Adresse" className="space-y-4">
        <PersonalDataExportForm action={exportPersonalDataAction} />
      </TitledSection>
      <TitledSection id="loeschen-titel" title="Löschen: alle Daten zu einer E-Mail-Adresse" className="space-y-4">
        <p>
          Anfragen, Buchungen, Kursanmeldungen und Erstgespräche bleiben ohne Namen und Kontaktangaben für die Statistik
          erhalten; E-Mails an und über die Person werden gelöscht. Kommende Buchungen, Anmeldungen zu noch nicht
          begonnenen Inhouse-Kursen und Erstgespräche werden dabei storniert: Die Plätze gehen an die Warteliste, die
          Termine werden wieder frei.
        </p>
        <PersonalDataDeletionForm action={deletePersonalDataAction} />
      </TitledSection>
    </div>
  );
}
