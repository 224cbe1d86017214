import { Text } from "@react-email/components";

import { EventLines, LinkBlock } from "./event-details";
import { formatDue, sampleInquirySummary, type InquiryMailSummary } from "./inquiry-summary";
import { EmailLayout, emailText } from "./layout";

export type InquiryNotificationEmailProps = InquiryMailSummary & {
  /** The inquiry in the admin area. */
  adminUrl: string;
};

export function inquiryNotificationSubject(props: InquiryNotificationEmailProps): string {
  return `Neue Anfrage ${props.reference}: ${props.organisationName}`;
}

/** To the consultant: everything needed to call back, and when the first answer is due. */
export function InquiryNotificationEmail(props: InquiryNotificationEmailProps) {
  return (
    <EmailLayout preview={inquiryNotificationSubject(props)}>
      <Text style={emailText}>{`Eine neue Anfrage ist eingegangen (${props.reference}).`}</Text>
      <Text style={emailText}>
        <strong>Erste Antwort fällig:</strong> {formatDue(props.responseDueAt)}
      </Text>
      <EventLines
        lines={[
          ["Kontakt", props.contactName],
          ["E-Mail", props.email],
          ["Telefon", props.phone || "nicht angegeben"],
          ...props.details,
        ]}
      />
      <LinkBlock url={props.adminUrl} label="Anfrage öffnen" />
    </EmailLayout>
  );
}

InquiryNotificationEmail.PreviewProps = {
  ...sampleInquirySummary,
  adminUrl: "http://localhost:3000/admin/anfragen/ANF-2026-0001",
} satisfies InquiryNotificationEmailProps;

export default InquiryNotificationEmail;
