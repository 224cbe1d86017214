import { Text } from "@react-email/components";

import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import type { IcsEvent } from "@/lib/ics";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

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

export function teamRegistrationSubject(props: TeamRegistrationEmailProps, locale?: Locale): string {
  const subject = mailMessages(locale).bookings.teamRegistration.subject;
  return fill(props.kind === "WAITLISTED" ? subject.WAITLISTED : subject.seated, { title: props.title });
}

/** To a team member after their registration for all days of an in-house course (decision 0031). */
export function TeamRegistrationEmail(props: TeamRegistrationEmailProps & MailLocaleProps) {
  const days = props.days.length;
  const { common } = mailMessages(props.locale);
  const m = mailMessages(props.locale).bookings.teamRegistration;
  const allDays = days > 1 ? fill(m.allDays, { days }) : "";
  const intro = {
    REGISTERED: () => fill(m.registered, { title: props.title, allDays }),
    PROMOTED: () => fill(m.promoted, { title: props.title, allDays }),
    WAITLISTED: () =>
      fill(m.waitlisted, {
        title: props.title,
        position: props.waitlistPosition ? fill(m.position, { position: props.waitlistPosition }) : "",
      }),
  }[props.kind]();
  return (
    <EmailLayout locale={props.locale} preview={teamRegistrationSubject(props, props.locale)}>
      <Greeting locale={props.locale} name={props.name} salutation={props.salutation} />
      <Text style={emailText}>{intro}</Text>
      <EventLines
        lines={props.days.map((day, index): [string, string] => [
          days > 1 ? fill(common.line.day, { number: index + 1 }) : common.line.date,
          day,
        ])}
      />
      {props.kind !== "WAITLISTED" ? <Text style={emailText}>{m.reminder}</Text> : null}
      <Text style={emailMuted}>{m.cannotAttend}</Text>
      <SignOff sender={props.sender} locale={props.locale} />
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
