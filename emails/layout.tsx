import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

import { DEFAULT_MAIL_LOCALE, mailMessages, type MailLocaleProps } from "@/lib/mail/locale";

// The consultant's letterhead for every e-mail. Inline styles: mail clients ignore stylesheets.
// Colours as in app/globals.css (--color-*).
const colors = { ink: "#1c2a33", muted: "#4a5a64", brand: "#1f5566", paper: "#fbfaf7", line: "#d9d3c7" };

/**
 * The site's typeface, then system sans faces for clients without it. The family name must be quoted:
 * unquoted, "Source Sans 3" is invalid CSS (an identifier cannot start with a digit) and clients drop
 * the whole declaration, falling back to Times.
 */
export const emailFontFamily = '"Source Sans 3", "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

/** The site name: the sign-off while the business profile names no person. */
export const siteName = "Anliegen";

export const emailText = {
  fontFamily: emailFontFamily,
  color: colors.ink,
  fontSize: "16px",
  lineHeight: "1.6",
  margin: "0 0 16px",
};
export const emailMuted = { ...emailText, color: colors.muted, fontSize: "14px" };
export const emailHeading = { color: colors.brand, fontSize: "22px", fontWeight: 700, margin: "0 0 16px" };
export const emailButton = {
  backgroundColor: colors.brand,
  borderRadius: "6px",
  color: "#ffffff",
  display: "inline-block",
  fontFamily: emailFontFamily,
  fontSize: "16px",
  fontWeight: 600,
  padding: "12px 20px",
  textDecoration: "none",
};

export function EmailLayout({
  preview,
  children,
  locale = DEFAULT_MAIL_LOCALE,
}: { preview: string; children: ReactNode } & MailLocaleProps) {
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: colors.paper, color: colors.ink, fontFamily: emailFontFamily }}>
        <Container style={{ maxWidth: "600px", margin: "0 auto", padding: "24px" }}>
          <Text style={{ ...emailHeading, fontSize: "20px", margin: "0 0 24px" }}>{siteName}</Text>
          <Section>{children}</Section>
          {/* The tagline is letterhead: the plain text ends with the sign-off, not with a slogan. */}
          <Hr data-skip-in-text="true" style={{ borderColor: colors.line, margin: "32px 0 16px" }} />
          <Text data-skip-in-text="true" style={emailMuted}>
            {mailMessages(locale).common.tagline}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/** Splits a plain-text body into paragraphs; the text is rendered as text, never as markup. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n{2,}/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          // Each line ends in <br>, not only in "\n" under pre-line: the plain-text part is made from
          // the HTML and keeps a <br> as a line break ("Freundliche Grüsse" and the name on their own lines).
          <Text key={index} style={emailText}>
            {paragraph
              .split("\n")
              .flatMap((line, lineIndex) => (lineIndex === 0 ? [line] : [<br key={lineIndex} />, line]))}
          </Text>
        ))}
    </>
  );
}
