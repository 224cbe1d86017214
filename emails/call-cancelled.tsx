import { Text } from "@react-email/components";

import type { IcsEvent } from "@/lib/ics";

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

export function callCancelledSubject(props: CallCancelledEmailProps): string {
  return props.recipient === "visitor"
    ? "Ihr Erstgespräch ist abgesagt"
    : `Erstgespräch abgesagt: ${props.name}, ${props.organisation}`;
}

export function CallCancelledEmail(props: CallCancelledEmailProps) {
  const when = formatRange(props.startsAt, props.endsAt);
  return (
    <EmailLayout preview={callCancelledSubject(props)}>
      {props.recipient === "visitor" ? (
        <>
          <Greeting name={props.name} salutation={props.salutation} />
          <Text style={emailText}>
            {props.byConsultant
              ? "Leider muss ich unser Erstgespräch absagen. Bitte entschuldigen Sie. Gerne können Sie einen neuen Termin wählen."
              : "Ihr Erstgespräch ist abgesagt. Wenn Sie möchten, wählen Sie jederzeit einen neuen Termin."}
          </Text>
          <EventLines lines={[["Abgesagter Termin", when]]} />
          <LinkBlock url={props.bookUrl} label="Neuen Termin wählen" />
        </>
      ) : (
        <>
          <Text style={emailText}>Ein Erstgespräch wurde abgesagt:</Text>
          <EventLines
            lines={[
              ["Termin", when],
              ["Name", props.name],
              ["Organisation", props.organisation],
            ]}
          />
          {props.adminUrl ? <LinkBlock url={props.adminUrl} label="Erstgespräche in der Verwaltung" /> : null}
        </>
      )}
      {props.recipient === "visitor" ? <SignOff sender={props.sender} /> : null}
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
