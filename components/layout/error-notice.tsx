"use client";

import { Button } from "@/components/ui/button";
import { buttonClasses } from "@/components/ui/button-classes";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";

/**
 * What an error boundary shows. Error boundaries are client components that every page loads
 * up front, so this stays small: the site header and footer come from the server-rendered public
 * layout around app/(public)/[lang]/error.tsx, not from the boundary (decision 0016). The way out
 * is a plain link, as in app/global-error.tsx: a full page load leaves the failed state behind, and
 * next/link's client code stays out of this chunk (issue 18, page weight).
 */
export function ErrorNotice({ reset }: { reset: () => void }) {
  return (
    <Container className="py-20">
      <p className="font-semibold text-brand">Technischer Fehler</p>
      <Heading size="title" className="mt-2">
        Hier ist etwas schiefgelaufen
      </Heading>
      <p className="mt-4 max-w-2xl text-lg">
        Die Seite konnte gerade nicht geladen werden. Bitte versuchen Sie es in einem Moment noch einmal. Ihre Eingaben
        in Formularen gehen dabei nicht verloren.
      </p>
      <div className="mt-8 flex flex-wrap gap-4">
        <Button onClick={reset}>Noch einmal versuchen</Button>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/kurse" className={buttonClasses("secondary")}>
          Zum Kursangebot
        </a>
      </div>
    </Container>
  );
}
