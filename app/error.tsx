"use client";

import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { LinkButton } from "@/components/ui/link-button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <SiteHeader />
      <main id="inhalt" tabIndex={-1} className="py-20 focus:outline-none">
        <Container>
          <p className="font-semibold text-brand">Technischer Fehler</p>
          <h1 className="mt-2 text-3xl font-bold text-brand-dark sm:text-4xl">Hier ist etwas schiefgelaufen</h1>
          <p className="mt-4 max-w-2xl text-lg">
            Die Seite konnte gerade nicht geladen werden. Bitte versuchen Sie es in einem Moment noch einmal. Ihre
            Eingaben in Formularen gehen dabei nicht verloren.
          </p>
          <div className="mt-8 flex flex-wrap gap-4">
            <Button onClick={reset}>Noch einmal versuchen</Button>
            <LinkButton href="/kurse" variant="secondary">
              Zum Kursangebot
            </LinkButton>
          </div>
        </Container>
      </main>
      <SiteFooter />
    </>
  );
}
