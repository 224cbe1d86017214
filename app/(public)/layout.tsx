import type { ReactNode } from "react";

import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { DEFAULT_LANGUAGE } from "@/lib/i18n";

// The chrome sits above the [lang] segment, which is where the language is known; until it moves
// into app/(public)/[lang]/layout.tsx it speaks the default language (decision 0034).
export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader lang={DEFAULT_LANGUAGE} />
      <main id="inhalt" tabIndex={-1} className="focus:outline-none">
        {children}
      </main>
      <SiteFooter lang={DEFAULT_LANGUAGE} />
    </>
  );
}
