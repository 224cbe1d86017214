import { Text } from "@react-email/components";

import { formatDeadline } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { LinkBlock } from "./event-details";
import { EmailLayout, emailMuted, emailText } from "./layout";
import { SignOff, type SignedMailProps } from "./sign-off";

/**
 * Only what the app itself wrote: nobody has confirmed that the address belongs to the visitor,
 * so nothing the visitor typed (name, organisation, message, situations) goes out, or the form
 * would relay anyone's text to anyone from the consultant's domain (decision 0018).
 */
export type InquiryConfirmationEmailProps = SignedMailProps & {
  reference: string;
  responseDueAt: string;
  /** The call booking, tied to this inquiry by a token (/erstgespraech?anfrage=<token>). */
  bookCallUrl: string;
};

export function inquiryConfirmationSubject(props: InquiryConfirmationEmailProps, locale?: Locale): string {
  return fill(mailMessages(locale).inquiries.confirmation.subject, { reference: props.reference });
}

/** To the requester: the reference, what happens next and by when, and the call booking. */
export function InquiryConfirmationEmail(props: InquiryConfirmationEmailProps & MailLocaleProps) {
  const m = mailMessages(props.locale).inquiries.confirmation;
  return (
    <EmailLayout locale={props.locale} preview={inquiryConfirmationSubject(props, props.locale)}>
      <Text style={emailText}>{m.greeting}</Text>
      <Text style={emailText}>{m.received}</Text>
      <Text style={emailText}>
        <strong>{m.referenceLabel}</strong> {props.reference}
      </Text>
      <Text style={{ ...emailText, fontWeight: 700 }}>{m.nextHeading}</Text>
      <Text style={emailText}>{fill(m.next, { deadline: formatDeadline(new Date(props.responseDueAt)) })}</Text>
      <Text style={{ ...emailText, marginTop: "24px" }}>{m.callOffer}</Text>
      <LinkBlock locale={props.locale} url={props.bookCallUrl} label={m.callButton} />
      <Text style={emailMuted}>{fill(m.footnote, { reference: props.reference })}</Text>
      <SignOff sender={props.sender} locale={props.locale} />
    </EmailLayout>
  );
}

InquiryConfirmationEmail.PreviewProps = {
  reference: "ANF-2026-0001",
  responseDueAt: "2026-12-01T15:00:00.000Z",
  bookCallUrl: "http://localhost:3000/erstgespraech?anfrage=beispiel",
} satisfies InquiryConfirmationEmailProps;

export default InquiryConfirmationEmail;
