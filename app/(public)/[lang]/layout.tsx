import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { isSiteLanguage } from "@/lib/site";

// Every public page lives under this segment (its one value "de" never shows in an address: a
// rewrite in next.config.ts maps /kurse to /de/kurse). An empty generateStaticParams means the
// build renders nothing, so it needs no database; each page is rendered on its first request and
// then served from Next's cache until its content is revalidated (docs/decisions/0007).
export function generateStaticParams(): { lang: string }[] {
  return [];
}

export default async function SiteLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ lang: string }>;
}) {
  if (!isSiteLanguage((await params).lang)) notFound();
  return children;
}
