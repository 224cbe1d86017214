import { Text } from "@react-email/components";
import { Fragment } from "react";

import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { emailText, siteName } from "./layout";

/**
 * Who signs a client mail: the consultant from the business profile, added by the renderer at send
 * time (lib/mail/render.ts), so a corrected profile also applies to mails still waiting.
 */
export type MailSender = { name: string; contactLines: string[] };

/** Props every client mail accepts; the outbox never stores them, the renderer supplies them. */
export type SignedMailProps = { sender?: MailSender };

/** "Freundliche Grüsse", the name and the contact, one per line (also in the plain text: <br>, not CSS). */
export function SignOff({ sender, locale }: SignedMailProps & MailLocaleProps) {
  const lines = [
    mailMessages(locale).common.signOff,
    ...(sender?.name ? [sender.name, ...sender.contactLines] : [siteName]),
  ];
  return (
    <Text style={{ ...emailText, marginTop: "24px" }}>
      {lines.map((line, index) => (
        <Fragment key={index}>
          {index > 0 ? <br /> : null}
          {line}
        </Fragment>
      ))}
    </Text>
  );
}
