import { Button, Text } from "@react-email/components";

import { formatLongDate, formatTime } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Locale } from "@/lib/i18n/messages";
import { mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

import { emailButton, emailMuted, emailText } from "./layout";

/** "Dienstag, 24.11.2026, 09:00–09:30 Uhr" from ISO instants, in Zurich time. */
export function formatRange(startsAt: string, endsAt: string, locale?: Locale): string {
  const start = new Date(startsAt);
  return fill(mailMessages(locale).common.timeRange, {
    date: formatLongDate(start),
    start: formatTime(start),
    end: formatTime(new Date(endsAt)),
  });
}

export function EventLines({ lines }: { lines: [string, string | undefined | null][] }) {
  return (
    <>
      {lines
        .filter(([, value]) => Boolean(value))
        .map(([label, value]) => (
          <Text key={label} style={{ ...emailText, margin: "0 0 4px" }}>
            <strong>{label}:</strong> {value}
          </Text>
        ))}
    </>
  );
}

/**
 * A button and the bare address below it, for mail clients that do not show buttons. The plain text
 * skips the button: the line below already names the address, which would otherwise appear twice.
 */
export function LinkBlock({ url, label, locale }: { url: string; label: string } & MailLocaleProps) {
  return (
    <>
      <Button href={url} data-skip-in-text="true" style={{ ...emailButton, marginTop: "16px" }}>
        {label}
      </Button>
      {/* A link's token has no break point: unbroken it widens a phone's screen by its overflow. */}
      <Text style={{ ...emailMuted, marginTop: "16px", overflowWrap: "anywhere", wordBreak: "break-word" }}>
        {fill(mailMessages(locale).common.linkLine, { label, url })}
      </Text>
    </>
  );
}

/** The client's portal link: a credential, so every mail that carries it says not to pass it on. */
export function PortalLinkBlock({ url, locale }: { url: string } & MailLocaleProps) {
  const text = mailMessages(locale).common.portal;
  return (
    <>
      <LinkBlock url={url} label={text.label} locale={locale} />
      <Text style={emailMuted}>{text.note}</Text>
    </>
  );
}
