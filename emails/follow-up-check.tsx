import { Text } from "@react-email/components";

import { LinkBlock } from "./event-details";
import { Greeting, type GreetedMailProps } from "./greeting";
import { EmailLayout, emailMuted, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

export type FollowUpCheckEmailProps = SignedMailProps &
  GreetedMailProps & {
    contactName: string;
    courseTitle: string;
    url: string;
  };

export function followUpCheckSubject(props: FollowUpCheckEmailProps): string {
  return `Nachbereitung: Was ist vom Kurs «${props.courseTitle}» geblieben?`;
}

/** Some weeks after the course, to the client contact: three short questions on the transfer. */
export function FollowUpCheckEmail(props: FollowUpCheckEmailProps) {
  return (
    <EmailLayout preview={followUpCheckSubject(props)}>
      <Greeting name={props.contactName} salutation={props.salutation} />
      <Text style={emailText}>
        {`Vor einigen Wochen hat Ihr Team den Kurs «${props.courseTitle}» besucht. Mich interessiert, was davon im Alltag angekommen ist.`}
      </Text>
      <Text style={emailText}>
        Drei kurze Fragen: Was hat sich in der täglichen Arbeit verändert? Welche Situationen laufen noch schief? Und
        wünschen Sie eine Folgeveranstaltung?
      </Text>
      <LinkBlock url={props.url} label="Zur Nachbereitung" />
      <Text style={emailMuted}>Der Link ist persönlich und gilt für eine Antwort.</Text>
      <SignOff sender={props.sender} />
    </EmailLayout>
  );
}

FollowUpCheckEmail.PreviewProps = {
  contactName: "Zoë Müller-Brügger",
  courseTitle: "Schwierige Kundengespräche souverän führen",
  url: "http://localhost:3000/nachbereitung/beispiel",
} satisfies FollowUpCheckEmailProps;

export default FollowUpCheckEmail;
