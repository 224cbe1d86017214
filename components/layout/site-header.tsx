import Link from "next/link";

import { Container } from "@/components/ui/container";
import { LinkButton } from "@/components/ui/link-button";
import { messagesFor } from "@/lib/i18n";
import type { SiteLanguage } from "@/lib/site";

import { MainNavigation } from "./main-navigation";
import { mainNavigation } from "./navigation";

export function SiteHeader({ lang }: { lang: SiteLanguage }) {
  const messages = messagesFor(lang);
  const { brand, header, navigation, skipToContent } = messages.site;
  return (
    <header className="border-b border-line bg-paper">
      <a
        href="#inhalt"
        className="sr-only focus:not-sr-only focus:absolute focus:top-4 focus:left-4 focus:z-50 focus:rounded focus:bg-brand focus:px-4 focus:py-2 focus:text-white"
      >
        {skipToContent}
      </a>
      <Container className="relative flex flex-wrap items-center gap-x-4 gap-y-3 py-4 lg:justify-between">
        <Link href="/" className="mr-auto text-2xl font-bold tracking-tight text-brand-dark no-underline lg:mr-0">
          {brand.name}
          <span className="block text-sm font-normal text-muted">{brand.tagline}</span>
        </Link>
        <LinkButton href="/anfrage" className="lg:order-last">
          {header.inquire}
        </LinkButton>
        <MainNavigation items={mainNavigation(messages)} label={navigation.mainLabel} menuLabel={header.menu} />
      </Container>
    </header>
  );
}
