import { Button, Text } from "@react-email/components";

import { formatLongDate, formatTime } from "@/lib/format";

import { emailButton, emailMuted, emailText } from "./layout";

/** "Dienstag, 24.11.2026, 09:00–09:30 Uhr" from ISO instants, in Zurich time. */
export function formatRange(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  return `${formatLongDate(start)}, ${formatTime(start)}–${formatTime(new Date(endsAt))} Uhr`;
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
export function LinkBlock({ url, label }: { url: string; label: string }) {
  return (
    <>
      <Button href={url} data-skip-in-text="true" style={{ ...emailButton, marginTop: "16px" }}>
        {label}
      </Button>
      <Text style={{ ...emailMuted, marginTop: "16px" }}>{`${label}: ${url}`}</Text>
    </>
  );
}

/** The client's portal link: a credential, so every mail that carries it says not to pass it on. */
export function PortalLinkBlock({ url }: { url: string }) {
  return (
    <>
      <LinkBlock url={url} label="Zum Kundenportal" />
      <Text style={emailMuted}>
        Der Link ist persönlich. Bitte leiten Sie ihn nur an Personen weiter, die den Kurs mit Ihnen planen.
      </Text>
    </>
  );
}
