import { Text } from "@react-email/components";

import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import type { IcsEvent } from "@/lib/ics";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { sampleSession, SessionLines, type SessionSummary } from "./booking-details";
import { formatRange } from "./event-details";
import { Greeting, type GreetedMailProps } from "./greeting";
import { EmailLayout, Paragraphs, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

export type SessionChangedEmailProps = SignedMailProps &
  GreetedMailProps & {
    change: "MOVED" | "CANCELLED";
    name: string;
    session: SessionSummary;
    previous?: SessionSummary;
    message: string;
    ics?: IcsEvent;
    /** A course run's entries, one per day (decision 0037). */
    calendar?: readonly IcsEvent[];
  };

export function sessionChangedSubject(props: SessionChangedEmailProps, locale?: Locale): string {
  return fill(mailMessages(locale).bookings.changed.subject[props.change], { course: props.session.courseTitle });
}

export function SessionChangedEmail(props: SessionChangedEmailProps & MailLocaleProps) {
  const m = mailMessages(props.locale).bookings.changed;
  return (
    <EmailLayout locale={props.locale} preview={sessionChangedSubject(props, props.locale)}>
      <Greeting locale={props.locale} name={props.name} salutation={props.salutation} />
      <Text style={emailText}>
        {props.change === "MOVED"
          ? props.previous
            ? fill(m.movedFrom, {
                when: formatRange(props.previous.startsAt, props.previous.endsAt, props.locale),
                location: props.previous.location,
              })
            : m.moved
          : m.cancelled}
      </Text>
      <SessionLines locale={props.locale} session={props.session} />
      {props.message ? <Paragraphs text={props.message} /> : null}
      <SignOff sender={props.sender} locale={props.locale} />
    </EmailLayout>
  );
}

SessionChangedEmail.PreviewProps = {
  salutation: "MR",
  change: "MOVED",
  name: "Jürg Bärtschi",
  session: sampleSession,
  previous: { ...sampleSession, startsAt: "2027-03-03T08:00:00.000Z", endsAt: "2027-03-03T16:00:00.000Z" },
  message: "Der Kursraum ist an diesem Tag belegt.",
} satisfies SessionChangedEmailProps;

export default SessionChangedEmail;
