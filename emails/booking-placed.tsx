import { Text } from "@react-email/components";

import { fill, fillPlural } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import type { IcsEvent } from "@/lib/ics";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

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

export function bookingPlacedSubject(props: BookingPlacedEmailProps, locale?: Locale): string {
  return fill(mailMessages(locale).bookings.placed.subject[props.outcome], { course: props.session.courseTitle });
}

export function BookingPlacedEmail(props: BookingPlacedEmailProps & MailLocaleProps) {
  const { seats } = props;
  const m = mailMessages(props.locale).bookings.placed;
  // Article, noun and verb agree with the number of seats (Intl.PluralRules through plural()).
  const yourSeatsAre = fillPlural(seats, m.yourSeatsAre);
  const confirmBy = props.confirmBy ?? m.missing;
  const intro = {
    HELD: () => fill(m.intro.HELD, { yourSeats: fillPlural(seats, m.yourSeats), confirmBy }),
    CONFIRMED: () => fill(m.intro.CONFIRMED, { yourSeatsAre }),
    WAITLISTED: () =>
      fill(m.intro.WAITLISTED, {
        reason: props.waitlistReason ?? m.intro.waitlistReason,
        seats: fillPlural(seats, m.seats),
        position: props.waitlistPosition ?? m.missing,
        yourSeatsAre: fillPlural(seats, m.yourSeatsAreUncounted),
      }),
    PROMOTED: () =>
      props.confirmBy
        ? fill(m.intro.PROMOTED_HELD, { yourSeatsAre, confirmBy })
        : fill(m.intro.PROMOTED, { yourSeatsAre }),
  }[props.outcome]();
  const confirmText = props.confirmBy ? fill(m.confirmBy, { confirmBy: props.confirmBy }) : null;
  return (
    <EmailLayout locale={props.locale} preview={bookingPlacedSubject(props, props.locale)}>
      <Greeting locale={props.locale} name={props.contactName} salutation={props.salutation} />
      <Text style={emailText}>{intro}</Text>
      {confirmText ? <Text style={emailText}>{confirmText}</Text> : null}
      <SessionLines
        session={props.session}
        extra={[
          [m.participants, props.participants.join(", ")],
          [m.billingReference, props.billingReference],
        ]}
      />
      {props.ics ? <Text style={emailMuted}>{mailMessages(props.locale).common.calendarAttached}</Text> : null}
      <LinkBlock
        url={props.manageUrl}
        label={
          props.confirmBy ? m.button.confirm : props.outcome === "WAITLISTED" ? m.button.leaveWaitlist : m.button.manage
        }
      />
      <Text style={emailMuted}>
        {props.outcome === "WAITLISTED" ? m.leaveWaitlistNote : fill(m.cancelNote, { deadline: props.cancelDeadline })}
      </Text>
      <SignOff sender={props.sender} locale={props.locale} />
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
