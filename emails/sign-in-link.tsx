import { Button, Text } from "@react-email/components";

import { EmailLayout, emailButton, emailMuted, emailText } from "./layout";

export type SignInLinkEmailProps = { url: string; validMinutes: number };

export function SignInLinkEmail({ url, validMinutes }: SignInLinkEmailProps) {
  return (
    <EmailLayout preview="Ihr Anmeldelink für Anliegen">
      <Text style={emailText}>Guten Tag</Text>
      <Text style={emailText}>
        {`Mit diesem Link melden Sie sich im Verwaltungsbereich von Anliegen an. Er gilt ${validMinutes} Minuten und nur einmal.`}
      </Text>
      <Button href={url} data-skip-in-text="true" style={emailButton}>
        Jetzt anmelden
      </Button>
      <Text style={{ ...emailMuted, marginTop: "24px" }}>
        Falls der Knopf nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser: {url}
      </Text>
      <Text style={emailMuted}>Haben Sie keine Anmeldung angefordert? Dann können Sie diese E-Mail ignorieren.</Text>
    </EmailLayout>
  );
}

SignInLinkEmail.PreviewProps = {
  url: "http://localhost:3000/api/auth/callback/email?token=beispiel&email=markus%40anliegen.example",
  validMinutes: 10,
} satisfies SignInLinkEmailProps;

export default SignInLinkEmail;
