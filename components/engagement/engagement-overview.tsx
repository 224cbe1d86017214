import type { ReactNode } from "react";

import { TitledSection } from "@/components/ui/titled-section";
import { formatDate, formatTime } from "@/lib/format";
import type { EngagementStep } from "@/lib/inquiries/rules";
import type { EngagementSession } from "@/lib/proposals/engagement";

import { EngagementSteps } from "./engagement-steps";
import { RegistrationLinkNote } from "./registration-link-note";

type Session = Omit<EngagementSession, "sequence">;
type Version = { version: number; sentAt: Date | null; status: string };

const linkClass = "font-semibold text-brand underline";
const versionStatus: Record<string, string> = {
  SENT: "offen",
  ACCEPTED: "angenommen",
  CHANGES_REQUESTED: "Änderungen gewünscht",
  SUPERSEDED: "ersetzt",
  EXPIRED: "abgelaufen",
  WITHDRAWN: "zurückgezogen",
};

/**
 * The client contact's view of the whole engagement: where it stands, the dates with calendar
 * files, who registered, and the documents. Links are built from the portal token alone.
 */
export function EngagementOverview(props: {
  token: string;
  reference: string;
  steps: EngagementStep[] | null;
  sessions: Session[];
  participants: string[];
  versions: Version[];
  /** Replaces the list of names where the client contact manages the participants. */
  participantsSection?: ReactNode;
  /** The team's registration link (decision 0031), null when there is none. */
  registrationUrl?: string | null;
}) {
  const { token, steps, sessions, participants, versions } = props;
  const base = `/api/portal/${token}`;
  return (
    <div className="space-y-8 print:hidden">
      <TitledSection id="stand-titel" title={`Stand Ihres Auftrags ${props.reference}`} className="space-y-3">
        {steps ? <EngagementSteps steps={steps} labelledBy="stand-titel" /> : <p>Dieser Auftrag ist beendet.</p>}
      </TitledSection>

      {sessions.length > 0 ? (
        <TitledSection id="termine-titel" title="Kurstermine" className="space-y-3">
          <ul className="space-y-2">
            {sessions.map((session) => (
              <li key={session.id}>
                <span className={session.cancelled ? "line-through" : "font-semibold"}>
                  {`${formatDate(session.startsAt)}, ${formatTime(session.startsAt)}–${formatTime(session.endsAt)}: ${session.title}`}
                </span>
                {session.cancelled ? <span className="ml-2 font-semibold text-danger">abgesagt</span> : null}
                <span className="block text-sm text-muted">
                  {[session.location, session.address].filter(Boolean).join(", ")}
                </span>
                {session.cancelled ? null : (
                  <a href={`${base}/termine/${session.id}.ics`} className={`text-sm ${linkClass}`}>
                    {`Kalendereintrag ${formatDate(session.startsAt)} (.ics)`}
                  </a>
                )}
              </li>
            ))}
          </ul>
          <p>
            <a href={`${base}/termine.ics`} className={linkClass}>
              Alle Termine im Kalender abonnieren
            </a>
          </p>
        </TitledSection>
      ) : null}

      {props.participantsSection ?? null}
      {sessions.length > 0 && !props.participantsSection ? (
        <TitledSection
          id="teilnehmende-titel"
          title={`Angemeldete Teilnehmende (${participants.length})`}
          className="space-y-3"
        >
          {props.registrationUrl ? <RegistrationLinkNote url={props.registrationUrl} /> : null}
          {participants.length === 0 ? (
            <p className="text-muted">Noch niemand ist angemeldet.</p>
          ) : (
            <ul className="list-disc space-y-1 pl-6">
              {participants.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          )}
        </TitledSection>
      ) : null}

      <TitledSection id="dokumente-titel" title="Dokumente" className="space-y-3">
        <ul className="space-y-1">
          {versions.map((version) => (
            <li key={version.version}>
              <a href={`${base}/pdf?version=${version.version}`} className={linkClass}>
                {`Offerte Version ${version.version} (PDF)`}
              </a>
              <span className="ml-2 text-sm text-muted">
                {`${version.sentAt ? `versandt am ${formatDate(version.sentAt)}, ` : ""}${versionStatus[version.status] ?? ""}`}
              </span>
            </li>
          ))}
        </ul>
        <p className="text-sm text-muted">Kursbestätigungen und die Rechnung finden Sie hier, sobald sie vorliegen.</p>
      </TitledSection>
    </div>
  );
}
