import type { ReactNode } from "react";

import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { languageOf } from "@/lib/i18n/params";

// Every public page lives under this segment (its one value "de" never shows in an address: a
// rewrite in next.config.ts maps /kurse to /de/kurse). An empty generateStaticParams means the
// build renders nothing, so it needs no database; each page is rendered on its first request and
// then served from Next's cache until its content is revalidated (docs/decisions/0007).
export function generateStaticParams(): { lang: string }[] {
  return [];
}

// The chrome speaks the segment's language (decision 0034). error.tsx beside this layout keeps it
// around a failing page; a page's notFound() reaches app/not-found.tsx, which draws its own chrome.
export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  const lang = await languageOf(params);
  return (
    <>
      <SiteHeader lang={lang} />
      <main id="inhalt" tabIndex={-1} className="focus:outline-none">
        {children}
      </main>
      <SiteFooter lang={lang} />
    </>
  );
}
