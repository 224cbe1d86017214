import type { Metadata } from "next";
import Link from "next/link";

import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { SIGN_IN_LINK_MAX_AGE_SECONDS } from "@/lib/auth/rules";

export const metadata: Metadata = { title: "Anmeldelink unterwegs" };

export default function LinkSentPage() {
  return (
    <main id="inhalt" className="py-16">
      <Container className="max-w-xl">
        <Heading>Schauen Sie in Ihr Postfach</Heading>
        <p className="mt-4 text-lg">
          {`Wenn zu dieser Adresse ein Konto besteht, ist ein Anmeldelink unterwegs. Er gilt ${SIGN_IN_LINK_MAX_AGE_SECONDS / 60} Minuten und nur einmal.`}
        </p>
        <p className="mt-6">
          <Link href="/admin/anmelden" className="font-semibold text-brand underline">
            Zurück zur Anmeldung
          </Link>
        </p>
      </Container>
    </main>
  );
}
