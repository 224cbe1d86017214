import { Text } from "@react-email/components";

import type { IcsEvent } from "@/lib/ics";

import { EventLines } from "./event-details";
import { Greeting, type GreetedMailProps } from "./greeting";
import { EmailLayout, emailMuted, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

export type TeamRegistrationEmailProps = SignedMailProps &
  GreetedMailProps & {
    /** Seated at once, put on the waiting list, or moved up from it. */
    kind: "REGISTERED" | "WAITLISTED" | "PROMOTED";
    name: string;
    title: string;
    /** One line per course day: "Dienstag, 30.03.2027, 08:30–16:30 Uhr, Bern, Schulungsraum". */
    days: readonly string[];
    /** One calendar entry per course day (seated only); attached as .ics files. */
    calendar?: readonly IcsEvent[];
    /** The place on the waiting list (1 = next); waiting only. */
    waitlistPosition?: number | null;
  };

export function teamRegistrationSubject(props: TeamRegistrationEmailProps): string {
  return props.kind === "WAITLISTED" ? `Warteliste: ${props.title}` : `Anmeldung bestätigt: ${props.title}`;
}

/** To a team member after their registration for all days of an in-house course (decision 0031). */
export function TeamRegistrationEmail(props: TeamRegistrationEmailProps) {
  const days = props.days.length;
  const intro = {
    REGISTERED: `Sie sind für den Kurs «${props.title}» angemeldet${days > 1 ? `, an allen ${days} Kurstagen` : ""}. Die Kalendereinträge liegen dieser Mail bei.`,
    PROMOTED: `Es ist ein Platz frei geworden: Sie sind jetzt für den Kurs «${props.title}» angemeldet${days > 1 ? `, an allen ${days} Kurstagen` : ""}. Die Kalendereinträge liegen dieser Mail bei.`,
    WAITLISTED: `Der Kurs «${props.title}» ist ausgebucht. Sie stehen auf der Warteliste${props.waitlistPosition ? ` an Stelle ${props.waitlistPosition}` : ""}; wird ein Platz frei, erhalten Sie ihn in dieser Reihenfolge und eine Bestätigung per E-Mail.`,
  }[props.kind];
  return (
    <EmailLayout preview={teamRegistrationSubject(props)}>
      <Greeting name={props.name} salutation={props.salutation} />
      <Text style={emailText}>{intro}</Text>
      <EventLines
        lines={props.days.map((day, index): [string, string] => [days > 1 ? `Tag ${index + 1}` : "Datum", day])}
      />
      {props.kind !== "WAITLISTED" ? (
        <Text style={emailText}>Vor dem ersten Kurstag erhalten Sie eine Erinnerung.</Text>
      ) : null}
      <Text style={emailMuted}>
        Können Sie nicht teilnehmen? Antworten Sie bitte auf diese E-Mail, damit jemand von der Warteliste Ihren Platz
        erhält.
      </Text>
      <SignOff sender={props.sender} />
    </EmailLayout>
  );
}

TeamRegistrationEmail.PreviewProps = {
  salutation: "MS",
  kind: "REGISTERED",
  name: "Zoë Müller-Brügger",
  title: "Schwierige Kundengespräche souverän führen",
  days: [
    "Dienstag, 30.03.2027, 08:30–16:30 Uhr, Bern, Schulungsraum",
    "Mittwoch, 31.03.2027, 08:30–16:30 Uhr, Bern, Schulungsraum",
  ],
} satisfies TeamRegistrationEmailProps;

export default TeamRegistrationEmail;
