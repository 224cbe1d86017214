import { Text } from "@react-email/components";

import { fill, fillPlural } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import type { IcsEvent } from "@/lib/ics";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

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

export function bookingCancelledSubject(props: BookingCancelledEmailProps, locale?: Locale): string {
  const subject = mailMessages(locale).bookings.cancelled.subject;
  return fill(props.wasWaitlisted ? subject.waitlist : subject.booking, { course: props.session.courseTitle });
}

export function BookingCancelledEmail(props: BookingCancelledEmailProps & MailLocaleProps) {
  const m = mailMessages(props.locale).bookings.cancelled;
  return (
    <EmailLayout locale={props.locale} preview={bookingCancelledSubject(props, props.locale)}>
      <Greeting locale={props.locale} name={props.contactName} salutation={props.salutation} />
      <Text style={emailText}>
        {props.wasWaitlisted
          ? m.waitlist
          : fill(props.byConsultant ? m.bookingByConsultant : m.booking, { seats: fillPlural(props.seats, m.seats) })}
      </Text>
      {props.message ? <Text style={emailText}>{props.message}</Text> : null}
      <SessionLines locale={props.locale} session={props.session} />
      <SignOff sender={props.sender} locale={props.locale} />
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
