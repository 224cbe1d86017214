import { Text } from "@react-email/components";

import { plural, pluralText } from "@/lib/format";
import type { IcsEvent } from "@/lib/ics";

import { sampleSession, SessionLines, type SessionSummary } from "./booking-details";
import { LinkBlock } from "./event-details";
import { Greeting, type GreetedMailProps } from "./greeting";
import { EmailLayout, emailMuted, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

export type BookingPlacedEmailProps = SignedMailProps &
  GreetedMailProps & {
    /**
     * HELD: the seats are held until confirmed from the link. CONFIRMED: the seats are yours.
     * WAITLISTED: you are on the waiting list. PROMOTED: you moved up from it.
     */
    outcome: "HELD" | "CONFIRMED" | "WAITLISTED" | "PROMOTED";
    contactName: string;
    session: SessionSummary;
    seats: number;
    participants: string[];
    waitlistPosition?: number;
    /** Why the booking waits (lib/booking/rules.ts bookingPlacement); mails queued before it existed say "ausgebucht". */
    waitlistReason?: string;
    billingReference?: string;
    manageUrl: string;
    cancelDeadline: string;
    /** Set while the booking waits for the booker's confirmation from the link: until when (de-CH date and time). */
    confirmBy?: string;
    /** Only when seats are confirmed. */
    ics?: IcsEvent;
    /** A course run's entries, one per day (decision 0037), only when seats are confirmed. */
    calendar?: readonly IcsEvent[];
  };

export function bookingPlacedSubject(props: BookingPlacedEmailProps): string {
  const course = props.session.courseTitle;
  if (props.outcome === "HELD") return `Bitte bestätigen Sie Ihre Buchung: ${course}`;
  if (props.outcome === "WAITLISTED") return `Warteliste: ${course}`;
  if (props.outcome === "PROMOTED") return `Sie haben einen Platz erhalten: ${course}`;
  return `Buchung bestätigt: ${course}`;
}

export function BookingPlacedEmail(props: BookingPlacedEmailProps) {
  const { seats } = props;
  // Article, noun and verb agree with the number of seats (Intl.PluralRules through plural()).
  const yourSeatsAre = plural(seats, "Ihr Platz ist", `Ihre ${seats} Plätze sind`);
  const intro = {
    HELD: `Herzlichen Dank für Ihre Buchung. Ich halte ${plural(seats, "Ihren Platz", `Ihre ${seats} Plätze`)} bis ${props.confirmBy ?? "–"} für Sie frei.`,
    CONFIRMED: `Herzlichen Dank für Ihre Buchung. ${yourSeatsAre} bestätigt.`,
    WAITLISTED: `${props.waitlistReason ?? "Dieser Termin ist ausgebucht."} Sie stehen mit ${pluralText(seats, "Platz", "Plätzen")} auf der Warteliste (Position ${props.waitlistPosition ?? "–"}). Sobald Plätze frei werden, rücken Sie automatisch nach und erhalten eine E-Mail. ${plural(seats, "Ihr Platz ist", "Ihre Plätze sind")} noch nicht bestätigt.`,
    PROMOTED: props.confirmBy
      ? `Gute Nachricht: Es sind Plätze frei geworden. Sie sind von der Warteliste nachgerückt, ${yourSeatsAre} bis ${props.confirmBy} für Sie reserviert.`
      : `Gute Nachricht: Es sind Plätze frei geworden. Sie sind von der Warteliste nachgerückt, ${yourSeatsAre} jetzt bestätigt.`,
  }[props.outcome];
  const confirmText = props.confirmBy
    ? `Bitte bestätigen Sie Ihre Buchung bis ${props.confirmBy} über den Link unten. Ohne Bestätigung verfällt sie, und die Plätze gehen an andere.`
    : null;
  return (
    <EmailLayout preview={bookingPlacedSubject(props)}>
      <Greeting name={props.contactName} salutation={props.salutation} />
      <Text style={emailText}>{intro}</Text>
      {confirmText ? <Text style={emailText}>{confirmText}</Text> : null}
      <SessionLines
        session={props.session}
        extra={[
          ["Teilnehmende", props.participants.join(", ")],
          ["Rechnungsreferenz", props.billingReference],
        ]}
      />
      {props.ics ? <Text style={emailMuted}>Der Termin ist als Kalendereintrag (termin.ics) angehängt.</Text> : null}
      <LinkBlock
        url={props.manageUrl}
        label={
          props.confirmBy
            ? "Buchung bestätigen"
            : props.outcome === "WAITLISTED"
              ? "Warteliste verlassen"
              : "Buchung ansehen oder stornieren"
        }
      />
      <Text style={emailMuted}>
        {props.outcome === "WAITLISTED"
          ? "Mit diesem Link können Sie die Warteliste jederzeit vor dem Kurs verlassen."
          : `Eine Stornierung über diesen Link ist bis ${props.cancelDeadline} möglich. Danach melden Sie sich bitte direkt.`}
      </Text>
      <SignOff sender={props.sender} />
    </EmailLayout>
  );
}

BookingPlacedEmail.PreviewProps = {
  salutation: "MS",
  outcome: "CONFIRMED",
  contactName: "Zoë Müller-Brügger",
  session: sampleSession,
  seats: 2,
  participants: ["Zoë Müller-Brügger", "Jürg Bärtschi"],
  billingReference: "KST 4711",
  manageUrl: "http://localhost:3000/buchung/beispiel",
  cancelDeadline: "08.03.2027, 09:00",
} satisfies BookingPlacedEmailProps;

export default BookingPlacedEmail;
