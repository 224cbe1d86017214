import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { InquiryLink } from "@/components/admin/inquiries/inquiry-link";
import {
  AddParticipantForm,
  AdminParticipantTable,
  ImportParticipantsForm,
} from "@/components/registration/admin-participants";
import { Heading } from "@/components/ui/heading";
import { TitledSection } from "@/components/ui/titled-section";
import { requireAdmin } from "@/lib/auth/guards";
import { formatDate, formatTime } from "@/lib/format";
import {
  addParticipantAction,
  importParticipantsAction,
  moveToWaitlistAction,
  previewImportAction,
  removeRegistrationAction,
  seatRegistrationAction,
} from "@/lib/registration/participants-admin-actions";
import { getParticipantsPage } from "@/lib/registration/participants-admin-queries";

type Params = Promise<{ reference: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { reference } = await params;
  return { title: `Teilnehmende ${decodeURIComponent(reference)}` };
}

export default async function ParticipantsPage({ params }: { params: Params }) {
  await requireAdmin();
  const { reference } = await params;
  const data = await getParticipantsPage(decodeURIComponent(reference));
  if (!data) notFound();
  const { inquiry, days, participants, seats } = data;
  const waiting = participants.filter((person) => person.waitlistRank !== null).length;
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <p className="text-muted">
          <InquiryLink reference={inquiry.reference} />
          {" · "}
          <Link href={`/admin/anfragen/${inquiry.reference}/konzept`} className="text-brand underline">
            Kurskonzept
          </Link>
        </p>
        <Heading>{`Teilnehmende ${inquiry.organisationName}`}</Heading>
        <p className="text-lg">
          {seats.capacity === null
            ? "Noch keine Kurstage: Erfassen Sie zuerst die Termine im Kurskonzept."
            : `${seats.registered} von ${seats.capacity} Plätzen besetzt · Warteliste: ${waiting}`}
        </p>
        {days.length > 0 ? (
          <ul className="text-muted">
            {days.map((day) => (
              <li key={day.id}>
                <Link href={`/admin/termine/${day.id}`} className="text-brand underline">
                  {`${formatDate(day.startsAt)}, ${formatTime(day.startsAt)}–${formatTime(day.endsAt)}, ${day.location}`}
                </Link>
                {day.status === "CANCELLED" ? " · abgesagt" : ` · ${day.seatsTaken} von ${day.capacity} Plätzen`}
              </li>
            ))}
          </ul>
        ) : null}
      </div>

      <TitledSection id="liste-titel" title="Angemeldet und Warteliste" className="space-y-4">
        <AdminParticipantTable
          participants={participants}
          remove={removeRegistrationAction}
          toWaitlist={moveToWaitlistAction}
          seat={seatRegistrationAction}
        />
      </TitledSection>

      {days.length > 0 ? (
        <>
          <TitledSection id="hinzufuegen-titel" title="Person hinzufügen" className="space-y-4">
            <AddParticipantForm inquiryId={inquiry.id} action={addParticipantAction} />
          </TitledSection>
          <TitledSection id="import-titel" title="CSV importieren" className="space-y-4">
            <ImportParticipantsForm
              inquiryId={inquiry.id}
              preview={previewImportAction}
              importList={importParticipantsAction}
            />
          </TitledSection>
        </>
      ) : null}
    </div>
  );
}
