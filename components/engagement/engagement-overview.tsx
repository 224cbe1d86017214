import type { ReactNode } from "react";

import { TitledSection } from "@/components/ui/titled-section";
import { formatDate, formatTime } from "@/lib/format";
import { fill } from "@/lib/i18n";
import type { Catalogue } from "@/lib/i18n/messages";
import type { EngagementStep } from "@/lib/inquiries/rules";
import type { EngagementSession } from "@/lib/proposals/engagement";

import { EngagementSteps } from "./engagement-steps";
import { RegistrationLinkNote } from "./registration-link-note";

type Session = Omit<EngagementSession, "sequence">;
type Version = { version: number; sentAt: Date | null; status: string };

const linkClass = "font-semibold text-brand underline";

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
  /** From the page's catalogue. */
  texts: Catalogue["pages"]["portal"]["overview"] & { registrationLink: string };
}) {
  const { token, steps, sessions, participants, versions, texts } = props;
  const versionStatus: Record<string, string> = texts.versionStatus;
  const base = `/api/portal/${token}`;
  return (
    <div className="space-y-8 print:hidden">
      <TitledSection id="stand-titel" title={fill(texts.state, { reference: props.reference })} className="space-y-3">
        {steps ? <EngagementSteps steps={steps} labelledBy="stand-titel" /> : <p>{texts.closed}</p>}
      </TitledSection>

      {sessions.length > 0 ? (
        <TitledSection id="termine-titel" title={texts.dates} className="space-y-3">
          <ul className="space-y-2">
            {sessions.map((session) => (
              <li key={session.id}>
                <span className={session.cancelled ? "line-through" : "font-semibold"}>
                  {fill(texts.session, {
                    date: formatDate(session.startsAt),
                    start: formatTime(session.startsAt),
                    end: formatTime(session.endsAt),
                    title: session.title,
                  })}
                </span>
                {session.cancelled ? <span className="ml-2 font-semibold text-danger">{texts.cancelled}</span> : null}
                <span className="block text-sm text-muted">
                  {[session.location, session.address].filter(Boolean).join(", ")}
                </span>
                {session.cancelled ? null : (
                  <a href={`${base}/termine/${session.id}.ics`} className={`text-sm ${linkClass}`}>
                    {fill(texts.calendarEntry, { date: formatDate(session.startsAt) })}
                  </a>
                )}
              </li>
            ))}
          </ul>
          <p>
            <a href={`${base}/termine.ics`} className={linkClass}>
              {texts.subscribe}
            </a>
          </p>
        </TitledSection>
      ) : null}

      {props.participantsSection ?? null}
      {sessions.length > 0 && !props.participantsSection ? (
        <TitledSection
          id="teilnehmende-titel"
          title={fill(texts.participants, { count: participants.length })}
          className="space-y-3"
        >
          {props.registrationUrl ? (
            <RegistrationLinkNote url={props.registrationUrl} text={texts.registrationLink} />
          ) : null}
          {participants.length === 0 ? (
            <p className="text-muted">{texts.nobody}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-6">
              {participants.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          )}
        </TitledSection>
      ) : null}

      <TitledSection id="dokumente-titel" title={texts.documents} className="space-y-3">
        <ul className="space-y-1">
          {versions.map((version) => (
            <li key={version.version}>
              <a href={`${base}/pdf?version=${version.version}`} className={linkClass}>
                {fill(texts.proposalPdf, { version: version.version })}
              </a>
              <span className="ml-2 text-sm text-muted">
                {`${version.sentAt ? fill(texts.sentOn, { date: formatDate(version.sentAt) }) : ""}${versionStatus[version.status] ?? ""}`}
              </span>
            </li>
          ))}
        </ul>
        <p className="text-sm text-muted">{texts.later}</p>
      </TitledSection>
    </div>
  );
}
