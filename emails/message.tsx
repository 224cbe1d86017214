import { Text } from "@react-email/components";

import { fill } from "@/lib/i18n/fill";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { EmailLayout, emailMuted, Paragraphs } from "./layout";

export type MessageEmailProps = {
  subject: string;
  body: string;
  /** Inquiry or booking reference the message belongs to, e.g. ANF-2026-0001. */
  reference?: string;
};

/** A free-text message, e.g. the consultant's reply to an inquiry written in the admin area. */
export function MessageEmail({ subject, body, reference, locale }: MessageEmailProps & MailLocaleProps) {
  return (
    <EmailLayout preview={subject} locale={locale}>
      <Paragraphs text={body} />
      {reference ? (
        <Text style={emailMuted}>{fill(mailMessages(locale).account.message.reference, { reference })}</Text>
      ) : null}
    </EmailLayout>
  );
}

MessageEmail.PreviewProps = {
  subject: "Ihre Anfrage ANF-2026-0001",
  body: "Guten Tag Frau Müller-Brügger\n\nHerzlichen Dank für Ihre Anfrage. Gerne rufe ich Sie am Montag an.\n\nFreundliche Grüsse\nMarkus",
  reference: "ANF-2026-0001",
} satisfies MessageEmailProps;

export default MessageEmail;
