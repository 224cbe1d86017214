"use client";

import { ErrorNotice } from "@/components/layout/error-notice";

// Inside the public [lang] layout, which keeps the site header, <main> and footer around it.
export default function PublicErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice reset={reset} />;
}
