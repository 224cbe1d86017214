import type { Metadata } from "next";

import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { LinkButton } from "@/components/ui/link-button";
import { TextLink } from "@/components/ui/text-link";
import { DEFAULT_LANGUAGE, messagesFor } from "@/lib/i18n";

// A 404 has no [lang] segment to read (unknown addresses never reach one): the default language.
const texts = messagesFor(DEFAULT_LANGUAGE).pages.notFound;

export const metadata: Metadata = { title: texts.title, robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <SiteHeader lang={DEFAULT_LANGUAGE} />
      <main id="inhalt" tabIndex={-1} className="py-20 focus:outline-none">
        <Container>
          <p className="font-semibold text-brand">{texts.eyebrow}</p>
          <Heading size="title" className="mt-2">
            {texts.heading}
          </Heading>
          <p className="mt-4 max-w-2xl text-lg">{texts.intro}</p>
          <div className="mt-8 flex flex-wrap gap-4">
            <LinkButton href="/kurse">{texts.toCatalogue}</LinkButton>
            <LinkButton href="/" variant="secondary">
              {texts.toHome}
            </LinkButton>
          </div>
          <p className="mt-8">
            {texts.topics.before} <TextLink href="/inhalte">{texts.topics.library}</TextLink> {texts.topics.middle}{" "}
            <TextLink href="/kontakt">{texts.topics.contact}</TextLink>
            {texts.topics.after}
          </p>
        </Container>
      </main>
      <SiteFooter lang={DEFAULT_LANGUAGE} />
    </>
  );
}
