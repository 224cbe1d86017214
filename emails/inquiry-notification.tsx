import { Text } from "@react-email/components";

import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { EventLines, LinkBlock } from "./event-details";
import { formatDue, sampleInquirySummary, type InquiryMailSummary } from "./inquiry-summary";
import { EmailLayout, emailText } from "./layout";

export type InquiryNotificationEmailProps = InquiryMailSummary & {
  /** The inquiry in the admin area. */
  adminUrl: string;
};

export function inquiryNotificationSubject(props: InquiryNotificationEmailProps, locale?: Locale): string {
  return fill(mailMessages(locale).inquiries.notification.subject, {
    reference: props.reference,
    organisation: props.organisationName,
  });
}

/** To the consultant: everything needed to call back, and when the first answer is due. */
export function InquiryNotificationEmail(props: InquiryNotificationEmailProps & MailLocaleProps) {
  const { common } = mailMessages(props.locale);
  const m = mailMessages(props.locale).inquiries.notification;
  return (
    <EmailLayout locale={props.locale} preview={inquiryNotificationSubject(props, props.locale)}>
      <Text style={emailText}>{fill(m.intro, { reference: props.reference })}</Text>
      <Text style={emailText}>
        <strong>{m.dueLabel}</strong> {formatDue(props.responseDueAt, props.locale)}
      </Text>
      <EventLines
        lines={[
          [m.contact, props.contactName],
          [common.line.email, props.email],
          [common.line.phone, props.phone || m.noPhone],
          ...props.details,
        ]}
      />
      <LinkBlock locale={props.locale} url={props.adminUrl} label={m.button} />
    </EmailLayout>
  );
}

InquiryNotificationEmail.PreviewProps = {
  ...sampleInquirySummary,
  adminUrl: "http://localhost:3000/admin/anfragen/ANF-2026-0001",
} satisfies InquiryNotificationEmailProps;

export default InquiryNotificationEmail;
