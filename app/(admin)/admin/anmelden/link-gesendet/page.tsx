import type { Metadata } from "next";
import Link from "next/link";

import { Container } from "@/components/ui/container";

export const metadata: Metadata = { title: "Anmeldelink unterwegs" };

export default function LinkSentPage() {
  return (
    <main id="inhalt" className="py-16">
      <Container className="max-w-xl">
        <h1 className="text-3xl font-bold text-brand-dark">Schauen Sie in Ihr Postfach</h1>
        <p className="mt-4 text-lg">
          Wenn zu dieser Adresse ein Konto besteht, ist ein Anmeldelink unterwegs. Er gilt 15 Minuten und nur einmal.
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
