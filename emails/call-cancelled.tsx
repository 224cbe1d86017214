import { Text } from "@react-email/components";

import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import type { IcsEvent } from "@/lib/ics";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { EventLines, formatRange, LinkBlock } from "./event-details";
import { Greeting, type GreetedMailProps } from "./greeting";
import { EmailLayout, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

export type CallCancelledEmailProps = SignedMailProps &
  GreetedMailProps & {
    recipient: "visitor" | "consultant";
    /** Only in the consultant's mail: the calls in the admin area. */
    adminUrl?: string;
    byConsultant: boolean;
    name: string;
    organisation: string;
    startsAt: string;
    endsAt: string;
    bookUrl: string;
    ics: IcsEvent;
  };

export function callCancelledSubject(props: CallCancelledEmailProps, locale?: Locale): string {
  const subject = mailMessages(locale).calls.cancelled.subject;
  return props.recipient === "visitor"
    ? subject.visitor
    : fill(subject.consultant, { name: props.name, organisation: props.organisation });
}

export function CallCancelledEmail(props: CallCancelledEmailProps & MailLocaleProps) {
  const when = formatRange(props.startsAt, props.endsAt, props.locale);
  const { common } = mailMessages(props.locale);
  const m = mailMessages(props.locale).calls.cancelled;
  return (
    <EmailLayout locale={props.locale} preview={callCancelledSubject(props, props.locale)}>
      {props.recipient === "visitor" ? (
        <>
          <Greeting locale={props.locale} name={props.name} salutation={props.salutation} />
          <Text style={emailText}>{props.byConsultant ? m.visitor.byConsultant : m.visitor.byVisitor}</Text>
          <EventLines lines={[[m.cancelledAppointment, when]]} />
          <LinkBlock locale={props.locale} url={props.bookUrl} label={m.bookButton} />
        </>
      ) : (
        <>
          <Text style={emailText}>{m.consultant}</Text>
          <EventLines
            lines={[
              [common.line.appointment, when],
              [common.line.name, props.name],
              [common.line.organisation, props.organisation],
            ]}
          />
          {props.adminUrl ? <LinkBlock locale={props.locale} url={props.adminUrl} label={common.adminCalls} /> : null}
        </>
      )}
      {props.recipient === "visitor" ? <SignOff sender={props.sender} locale={props.locale} /> : null}
    </EmailLayout>
  );
}

CallCancelledEmail.PreviewProps = {
  salutation: "MS",
  recipient: "visitor",
  byConsultant: false,
  name: "Zoë Müller-Brügger",
  organisation: "Strassenverkehrsamt Bern",
  startsAt: "2026-11-24T08:00:00.000Z",
  endsAt: "2026-11-24T08:30:00.000Z",
  bookUrl: "http://localhost:3000/erstgespraech",
  ics: {
    uid: "call-beispiel@anliegen.example",
    sequence: 1,
    startsAt: "2026-11-24T08:00:00.000Z",
    endsAt: "2026-11-24T08:30:00.000Z",
    summary: "Erstgespräch Anliegen",
    organizer: { name: "Anliegen", email: "markus@anliegen.example" },
    method: "CANCEL",
  },
} satisfies CallCancelledEmailProps;

export default CallCancelledEmail;
