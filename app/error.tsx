"use client";

import Link from "next/link";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="inhalt" className="mx-auto max-w-3xl px-4 py-20">
      <h1 className="text-3xl font-bold text-brand-dark">Hier ist etwas schiefgelaufen</h1>
      <p className="mt-4 text-lg">
        Die Seite konnte gerade nicht geladen werden. Bitte versuchen Sie es in einem Moment noch einmal. Ihre Eingaben
        in Formularen gehen dabei nicht verloren.
      </p>
      <div className="mt-8 flex flex-wrap gap-4">
        <button
          type="button"
          onClick={reset}
          className="inline-flex min-h-11 items-center rounded-md bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-dark"
        >
          Noch einmal versuchen
        </button>
        <Link href="/kurse" className="inline-flex min-h-11 items-center font-semibold text-brand underline">
          Zum Kursangebot
        </Link>
      </div>
    </main>
  );
}
