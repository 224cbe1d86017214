import { Text } from "@react-email/components";

import { pluralText } from "@/lib/format";
import type { IcsEvent } from "@/lib/ics";

import { sampleSession, SessionLines, type SessionSummary } from "./booking-details";
import { Greeting, type GreetedMailProps } from "./greeting";
import { EmailLayout, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

export type BookingCancelledEmailProps = SignedMailProps &
  GreetedMailProps & {
    contactName: string;
    session: SessionSummary;
    wasWaitlisted: boolean;
    seats: number;
    /** The consultant cancelled the booking (not the booker through the link). */
    byConsultant?: boolean;
    message?: string;
    /** Removes the calendar entry of a confirmed booking. */
    ics?: IcsEvent;
    /** A course run's entries, one per day (decision 0037). */
    calendar?: readonly IcsEvent[];
  };

export function bookingCancelledSubject(props: BookingCancelledEmailProps): string {
  return props.wasWaitlisted
    ? `Sie haben die Warteliste verlassen: ${props.session.courseTitle}`
    : `Buchung storniert: ${props.session.courseTitle}`;
}

export function BookingCancelledEmail(props: BookingCancelledEmailProps) {
  return (
    <EmailLayout preview={bookingCancelledSubject(props)}>
      <Greeting name={props.contactName} salutation={props.salutation} />
      <Text style={emailText}>
        {props.wasWaitlisted
          ? "Sie stehen nicht mehr auf der Warteliste für diesen Termin."
          : `Ihre Buchung (${pluralText(props.seats, "Platz", "Plätze")}) ist storniert${props.byConsultant ? " worden" : ""}.`}
      </Text>
      {props.message ? <Text style={emailText}>{props.message}</Text> : null}
      <SessionLines session={props.session} />
      <SignOff sender={props.sender} />
    </EmailLayout>
  );
}

BookingCancelledEmail.PreviewProps = {
  salutation: "MS",
  contactName: "Zoë Müller-Brügger",
  session: sampleSession,
  wasWaitlisted: false,
  seats: 2,
} satisfies BookingCancelledEmailProps;

export default BookingCancelledEmail;
