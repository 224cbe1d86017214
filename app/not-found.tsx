import type { Metadata } from "next";

import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { LinkButton } from "@/components/ui/link-button";
import { TextLink } from "@/components/ui/text-link";
import { DEFAULT_LANGUAGE } from "@/lib/i18n";

export const metadata: Metadata = { title: "Seite nicht gefunden", robots: { index: false } };

export default function NotFound() {
  return (
    <>
      <SiteHeader lang={DEFAULT_LANGUAGE} />
      <main id="inhalt" tabIndex={-1} className="py-20 focus:outline-none">
        <Container>
          <p className="font-semibold text-brand">Fehler 404</p>
          <Heading size="title" className="mt-2">
            Diese Seite gibt es nicht
          </Heading>
          <p className="mt-4 max-w-2xl text-lg">
            Vielleicht wurde sie verschoben, oder die Adresse enthält einen Tippfehler. Im Kursangebot finden Sie alle
            Kurse, Inhalte und Themen.
          </p>
          <div className="mt-8 flex flex-wrap gap-4">
            <LinkButton href="/kurse">Zum Kursangebot</LinkButton>
            <LinkButton href="/" variant="secondary">
              Zur Startseite
            </LinkButton>
          </div>
          <p className="mt-8">
            Sie suchen ein bestimmtes Thema? <TextLink href="/inhalte">Inhalte und Themen</TextLink> zeigt alle
            Bausteine der Kurse. Oder schreiben Sie mir über die <TextLink href="/kontakt">Kontaktseite</TextLink>.
          </p>
        </Container>
      </main>
      <SiteFooter lang={DEFAULT_LANGUAGE} />
    </>
  );
}
