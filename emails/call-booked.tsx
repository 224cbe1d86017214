import { Text } from "@react-email/components";

import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import type { IcsEvent } from "@/lib/ics";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { EventLines, formatRange, LinkBlock } from "./event-details";
import { Greeting, type GreetedMailProps } from "./greeting";
import { EmailLayout, emailMuted, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

export type CallBookedEmailProps = SignedMailProps &
  GreetedMailProps & {
    recipient: "visitor" | "consultant";
    /** Only in the consultant's mail: the calls in the admin area. */
    adminUrl?: string;
    moved: boolean;
    name: string;
    organisation: string;
    email: string;
    phone: string;
    topic: string;
    startsAt: string;
    endsAt: string;
    meetingNote: string;
    inquiryReference?: string;
    /** Only in the visitor's mail: the link to cancel or move the call. */
    manageUrl?: string;
    changeCutoffHours: number;
    /** Set while the call waits for the visitor's confirmation from the link: until when (de-CH). */
    confirmBy?: string;
    /** Only once the call is confirmed. */
    ics?: IcsEvent;
  };

export function callBookedSubject(props: CallBookedEmailProps, locale?: Locale): string {
  const subject = mailMessages(locale).calls.booked.subject;
  if (props.recipient === "visitor" && props.confirmBy && !props.moved) return subject.confirm;
  return props.recipient === "visitor"
    ? props.moved
      ? subject.visitorMoved
      : subject.visitorBooked
    : fill(props.moved ? subject.consultantMoved : subject.consultantBooked, {
        name: props.name,
        organisation: props.organisation,
      });
}

export function CallBookedEmail(props: CallBookedEmailProps & MailLocaleProps) {
  const when = formatRange(props.startsAt, props.endsAt, props.locale);
  const { common } = mailMessages(props.locale);
  const m = mailMessages(props.locale).calls.booked;
  return (
    <EmailLayout locale={props.locale} preview={callBookedSubject(props, props.locale)}>
      {props.recipient === "visitor" ? (
        <>
          <Greeting locale={props.locale} name={props.name} salutation={props.salutation} />
          <Text style={emailText}>
            {props.moved ? m.visitor.moved : props.confirmBy ? m.visitor.held : m.visitor.confirmed}
          </Text>
          {props.confirmBy ? (
            <Text style={emailText}>{fill(m.visitor.confirmBy, { confirmBy: props.confirmBy })}</Text>
          ) : null}
        </>
      ) : (
        <Text style={emailText}>{props.moved ? m.consultant.moved : m.consultant.booked}</Text>
      )}
      <EventLines
        lines={[
          [common.line.appointment, when],
          [common.line.name, props.name],
          [common.line.organisation, props.organisation],
          [common.line.email, props.email],
          [common.line.phone, props.phone],
          [common.line.topic, props.topic],
          [common.line.inquiry, props.inquiryReference],
        ]}
      />
      {props.meetingNote ? <Text style={{ ...emailText, marginTop: "16px" }}>{props.meetingNote}</Text> : null}
      {props.ics ? <Text style={emailMuted}>{common.calendarAttached}</Text> : null}
      {props.adminUrl ? <LinkBlock locale={props.locale} url={props.adminUrl} label={common.adminCalls} /> : null}
      {props.manageUrl ? (
        <>
          <LinkBlock url={props.manageUrl} label={props.confirmBy ? m.confirmButton : m.manageButton} />
          <Text style={emailMuted}>{fill(m.changeCutoff, { hours: props.changeCutoffHours })}</Text>
        </>
      ) : null}
      {props.recipient === "visitor" ? <SignOff sender={props.sender} locale={props.locale} /> : null}
    </EmailLayout>
  );
}

const sampleIcs: IcsEvent = {
  uid: "call-beispiel@anliegen.example",
  sequence: 0,
  startsAt: "2026-11-24T08:00:00.000Z",
  endsAt: "2026-11-24T08:30:00.000Z",
  summary: "Erstgespräch Anliegen",
  organizer: { name: "Anliegen", email: "markus@anliegen.example" },
  method: "REQUEST",
};

CallBookedEmail.PreviewProps = {
  salutation: "MS",
  recipient: "visitor",
  moved: false,
  name: "Zoë Müller-Brügger",
  organisation: "Strassenverkehrsamt Bern",
  email: "zoe@verwaltung.example",
  phone: "031 123 45 67",
  topic: "Schwierige Gespräche am Schalter",
  startsAt: sampleIcs.startsAt,
  endsAt: sampleIcs.endsAt,
  meetingNote: "Ich rufe Sie zur vereinbarten Zeit an.",
  manageUrl: "http://localhost:3000/termin/beispiel",
  changeCutoffHours: 12,
  ics: sampleIcs,
} satisfies CallBookedEmailProps;

export default CallBookedEmail;
