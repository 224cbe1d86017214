import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { SignInForms } from "@/components/admin/sign-in-forms";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { getViewer } from "@/lib/auth/guards";
import { safeAdminPath } from "@/lib/auth/rules";

export const metadata: Metadata = { title: "Anmelden" };

// Auth.js sends people back here with ?error=… ; only these codes need their own words.
const errorMessages: Record<string, string> = {
  Verification: "Dieser Anmeldelink ist abgelaufen oder wurde schon benutzt. Bitte fordern Sie einen neuen an.",
  AccessDenied: "Mit dieser E-Mail-Adresse ist keine Anmeldung möglich.",
};

type SearchParams = Promise<{ error?: string; next?: string; abgemeldet?: string }>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const { error, next, abgemeldet } = await searchParams;
  if (await getViewer()) redirect(safeAdminPath(next));
  const notice = error
    ? (errorMessages[error] ?? "Die Anmeldung hat nicht geklappt. Bitte versuchen Sie es noch einmal.")
    : null;

  return (
    <main id="inhalt" className="py-16">
      <Container className="max-w-xl">
        <Heading>Anmelden</Heading>
        <p className="mt-2 text-muted">Verwaltungsbereich von Anliegen. Nur für eingeladene Personen.</p>
        {abgemeldet ? (
          <p role="status" className="mt-6 rounded-md border-2 border-success bg-white p-4 font-semibold text-success">
            Sie sind abgemeldet.
          </p>
        ) : null}
        {notice ? (
          <p role="alert" className="mt-6 rounded-md border-2 border-danger bg-white p-4 font-semibold text-danger">
            {notice}
          </p>
        ) : null}
        <SignInForms next={next ?? null} />
      </Container>
    </main>
  );
}
