import { Text } from "@react-email/components";

import type { IcsEvent } from "@/lib/ics";

import { EventLines, LinkBlock, PortalLinkBlock } from "./event-details";
import { Greeting, type GreetedMailProps } from "./greeting";
import { EmailLayout, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

export type EngagementStatusEmailProps = SignedMailProps &
  GreetedMailProps & {
    stage: "DATES_SET" | "HELD";
    contactName: string;
    title: string;
    reference: string;
    /** One line per course day: "30.03.2027, 08:30–16:30, Bern, Schulungsraum". */
    days: readonly string[];
    /** One calendar entry per course day (dates set only); attached as .ics files. */
    calendar?: readonly IcsEvent[];
    portalUrl: string;
    /** The team's registration link (decision 0031): the client contact passes it on to the participants. */
    registrationUrl?: string;
    /** Unused: the sign-off comes from the business profile; kept for mails queued before. */
    consultantName?: string;
  };

export function engagementStatusSubject(props: EngagementStatusEmailProps): string {
  return props.stage === "DATES_SET" ? `Ihre Kurstermine: ${props.title}` : `Kurs durchgeführt: ${props.title}`;
}

/** To the client contact when the engagement reaches a stage that matters to them. */
export function EngagementStatusEmail(props: EngagementStatusEmailProps) {
  const datesSet = props.stage === "DATES_SET";
  return (
    <EmailLayout preview={engagementStatusSubject(props)}>
      <Greeting name={props.contactName} salutation={props.salutation} />
      <Text style={emailText}>
        {datesSet
          ? `Die Termine für den Kurs «${props.title}» stehen fest. Die Kalendereinträge liegen dieser Mail bei.`
          : `Herzlichen Dank für die Zusammenarbeit beim Kurs «${props.title}». Der Kurs ist durchgeführt; die Nachbereitung folgt.`}
      </Text>
      <EventLines
        lines={[
          ...props.days.map((day, index): [string, string] => [`Tag ${index + 1}`, day]),
          ["Referenz", props.reference],
        ]}
      />
      <Text style={emailText}>
        {datesSet
          ? "Die Termine, die Anmeldungen Ihres Teams und die Dokumente finden Sie in Ihrem Kundenportal:"
          : "Die Dokumente zum Kurs finden Sie in Ihrem Kundenportal:"}
      </Text>
      <PortalLinkBlock url={props.portalUrl} />
      {datesSet && props.registrationUrl ? (
        <>
          <Text style={emailText}>
            Ihr Team meldet sich über diesen Link an, einmal für alle Kurstage. Bitte leiten Sie ihn an die
            Teilnehmenden weiter; im Kundenportal sehen Sie, wer angemeldet ist.
          </Text>
          <LinkBlock url={props.registrationUrl} label="Zur Anmeldung des Teams" />
        </>
      ) : null}
      <SignOff sender={props.sender} />
    </EmailLayout>
  );
}

EngagementStatusEmail.PreviewProps = {
  salutation: "MS",
  stage: "DATES_SET",
  contactName: "Zoë Müller-Brügger",
  title: "Schwierige Kundengespräche souverän führen",
  reference: "ANF-2026-0001",
  days: ["30.03.2027, 08:30–16:30, Bern, Schulungsraum", "31.03.2027, 08:30–16:30, Bern, Schulungsraum"],
  portalUrl: "http://localhost:3000/portal/beispiel",
  registrationUrl: "http://localhost:3000/anmeldung/beispiel",
} satisfies EngagementStatusEmailProps;

export default EngagementStatusEmail;
