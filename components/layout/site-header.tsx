import Link from "next/link";

import { Container } from "@/components/ui/container";
import { LinkButton } from "@/components/ui/link-button";

import { MainNavigation } from "./main-navigation";
import { mainNavigation } from "./navigation";

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-paper">
      <a
        href="#inhalt"
        className="sr-only focus:not-sr-only focus:absolute focus:top-4 focus:left-4 focus:z-50 focus:rounded focus:bg-brand focus:px-4 focus:py-2 focus:text-white"
      >
        Zum Inhalt springen
      </a>
      <Container className="relative flex flex-wrap items-center gap-x-4 gap-y-3 py-4 lg:justify-between">
        <Link href="/" className="mr-auto text-2xl font-bold tracking-tight text-brand-dark no-underline lg:mr-0">
          Anliegen
          <span className="block text-sm font-normal text-muted">Kundenorientierung, die im Alltag trägt</span>
        </Link>
        <LinkButton href="/anfrage" className="lg:order-last">
          Kurs anfragen
        </LinkButton>
        <MainNavigation items={mainNavigation} />
      </Container>
    </header>
  );
}
