import { Text } from "@react-email/components";

import type { IcsEvent } from "@/lib/ics";

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

export function callBookedSubject(props: CallBookedEmailProps): string {
  const what = props.moved ? "verschoben" : "bestätigt";
  if (props.recipient === "visitor" && props.confirmBy && !props.moved) return "Bitte bestätigen Sie Ihr Erstgespräch";
  return props.recipient === "visitor"
    ? `Ihr Erstgespräch ist ${what}`
    : `Erstgespräch ${props.moved ? "verschoben" : "gebucht"}: ${props.name}, ${props.organisation}`;
}

export function CallBookedEmail(props: CallBookedEmailProps) {
  const when = formatRange(props.startsAt, props.endsAt);
  return (
    <EmailLayout preview={callBookedSubject(props)}>
      {props.recipient === "visitor" ? (
        <>
          <Greeting name={props.name} salutation={props.salutation} />
          <Text style={emailText}>
            {props.moved
              ? "Ihr unverbindliches Erstgespräch ist verschoben. Der neue Termin:"
              : props.confirmBy
                ? "Herzlichen Dank für Ihre Buchung. Ich halte Ihnen diesen Termin für Ihr unverbindliches Erstgespräch frei:"
                : "Herzlichen Dank für Ihre Buchung. Ihr unverbindliches Erstgespräch ist bestätigt:"}
          </Text>
          {props.confirmBy ? (
            <Text style={emailText}>
              {`Bitte bestätigen Sie Ihre Buchung bis ${props.confirmBy} über den Link unten. Ohne Bestätigung verfällt sie, und der Termin wird wieder frei.`}
            </Text>
          ) : null}
        </>
      ) : (
        <Text style={emailText}>
          {props.moved ? "Ein Erstgespräch wurde verschoben:" : "Ein neues Erstgespräch wurde gebucht:"}
        </Text>
      )}
      <EventLines
        lines={[
          ["Termin", when],
          ["Name", props.name],
          ["Organisation", props.organisation],
          ["E-Mail", props.email],
          ["Telefon", props.phone],
          ["Thema", props.topic],
          ["Anfrage", props.inquiryReference],
        ]}
      />
      {props.meetingNote ? <Text style={{ ...emailText, marginTop: "16px" }}>{props.meetingNote}</Text> : null}
      {props.ics ? <Text style={emailMuted}>Der Termin ist als Kalendereintrag (termin.ics) angehängt.</Text> : null}
      {props.adminUrl ? <LinkBlock url={props.adminUrl} label="Erstgespräche in der Verwaltung" /> : null}
      {props.manageUrl ? (
        <>
          <LinkBlock
            url={props.manageUrl}
            label={props.confirmBy ? "Erstgespräch bestätigen" : "Termin verschieben oder absagen"}
          />
          <Text style={emailMuted}>
            {`Änderungen sind bis ${props.changeCutoffHours} Stunden vor dem Gespräch möglich. Der Link gilt, bis Sie den Termin verschieben oder absagen.`}
          </Text>
        </>
      ) : null}
      {props.recipient === "visitor" ? <SignOff sender={props.sender} /> : null}
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
