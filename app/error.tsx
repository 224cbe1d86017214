"use client";

import { ErrorNotice } from "@/components/layout/error-notice";

// Errors outside the public site's layout (the admin area, a failing layout). Public pages have
// their own boundary inside the site header and footer: app/(public)/[lang]/error.tsx.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="inhalt" tabIndex={-1} className="focus:outline-none">
      <ErrorNotice reset={reset} />
    </main>
  );
}
