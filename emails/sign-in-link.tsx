import { Button, Text } from "@react-email/components";

import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { EmailLayout, emailButton, emailMuted, emailText } from "./layout";

export type SignInLinkEmailProps = { url: string; validMinutes: number };

export function signInLinkSubject(_props?: unknown, locale?: Locale): string {
  return mailMessages(locale).account.signInLink.subject;
}

export function SignInLinkEmail({ url, validMinutes, locale }: SignInLinkEmailProps & MailLocaleProps) {
  const m = mailMessages(locale).account.signInLink;
  return (
    <EmailLayout preview={m.subject} locale={locale}>
      <Text style={emailText}>{m.greeting}</Text>
      <Text style={emailText}>{fill(m.intro, { minutes: validMinutes })}</Text>
      <Button href={url} data-skip-in-text="true" style={emailButton}>
        {m.button}
      </Button>
      <Text style={{ ...emailMuted, marginTop: "24px" }}>
        {m.fallback}
        {url}
      </Text>
      <Text style={emailMuted}>{m.notRequested}</Text>
    </EmailLayout>
  );
}

SignInLinkEmail.PreviewProps = {
  url: "http://localhost:3000/api/auth/callback/email?token=beispiel&email=markus%40anliegen.example",
  validMinutes: 10,
} satisfies SignInLinkEmailProps;

export default SignInLinkEmail;
