"use client";

import "./globals.css";
import { Button } from "@/components/ui/button";
import { Heading } from "@/components/ui/heading";

// Last resort when even the root layout fails: a page of its own, still in German.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="de-CH">
      <body className="min-h-screen antialiased">
        <main id="inhalt" className="mx-auto max-w-3xl px-4 py-20">
          <Heading>Hier ist etwas schiefgelaufen</Heading>
          <p className="mt-4 text-lg">
            Die Seite konnte gerade nicht geladen werden. Bitte versuchen Sie es in einem Moment noch einmal.
          </p>
          <div className="mt-8 flex flex-wrap gap-4">
            <Button onClick={reset}>Noch einmal versuchen</Button>
            {/* A plain link: the router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/kurse" className="inline-flex min-h-11 items-center font-semibold text-brand underline">
              Zum Kursangebot
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
