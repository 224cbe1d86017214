import type { Metadata } from "next";
import Link from "next/link";

import { CallToAction } from "@/components/content/call-to-action";
import { CourseCard } from "@/components/content/course-card";
import { ReferenceClientList } from "@/components/content/reference-client-list";
import { StoryTeaser } from "@/components/content/story-teaser";
import { TestimonialQuote } from "@/components/content/testimonial-quote";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { JsonLd } from "@/components/ui/json-ld";
import { LinkButton } from "@/components/ui/link-button";
import { Section } from "@/components/ui/section";
import { TextLink } from "@/components/ui/text-link";
import { cachedHomeContent } from "@/lib/catalogue/cached";
import { getEnv } from "@/lib/env";
import { HOME_TITLE, pageMetadata } from "@/lib/seo/metadata";
import { FIELD_PATH } from "@/lib/seo/sitemap";
import { organizationJsonLd } from "@/lib/seo/structured-data";

export const metadata: Metadata = {
  ...pageMetadata({
    title: HOME_TITLE,
    description:
      "Mit Kundinnen und Kunden einen guten Kontakt aufbauen, ihre Anliegen verstehen, ihre Erwartungen erfüllen und ihnen eine Leistung zu bieten, die ihnen dient und ihnen weiterhilft.",
    path: "/",
  }),
  // The home page carries the site's name first, without the title template.
  title: { absolute: "Anliegen – Auf die Anliegen der Kunden eingehen" },
};

const steps = [
  {
    title: "Anfrage",
    text: "Sie beschreiben Ihr Team, seine Aufgaben und die Situationen, die im Kundenkontakt schwierig sind.",
  },
  {
    title: "Klärungsgespräch",
    text: "In einem unverbindlichen Gespräch klären wir Ihre Ziele, die Rollen im Team und den Rahmen.",
  },
  {
    title: "Offerte mit Zielen und Modulen",
    text: "Sie erhalten einen massgeschneiderten Vorschlag: Kursziele, Inhalte, Ablauf und Preis, online bestätigt.",
  },
  {
    title: "Kurs",
    text: "Kurze Inputs, viel Übung und Rollenspiele mit Situationen aus Ihrem Alltag, am Telefon und am Schalter.",
  },
  {
    title: "Nachbereitung",
    text: "Wir schauen gemeinsam zurück: Was wirkt, was braucht es noch, damit das Gelernte im Alltag trägt?",
  },
];

export default async function HomePage() {
  const { fields, featuredCourses, story, testimonial, referenceClients } = await cachedHomeContent();

  return (
    <>
      <JsonLd data={organizationJsonLd(getEnv().APP_URL)} />
      <section aria-labelledby="versprechen-titel" className="bg-brand-soft py-16 sm:py-24">
        <Container>
          <Heading id="versprechen-titel" size="hero" className="max-w-4xl">
            Auf die Anliegen der Kunden eingehen und eine optimale Vertrauensbasis schaffen
          </Heading>
          {/* The consultant's own opening (content/consultant-text.de.txt), as he wrote it. */}
          <p className="mt-6 text-xl font-semibold text-brand">Aufgabenstellungen im Kundenkontakt...</p>
          <p className="mt-3 max-w-3xl text-xl text-ink">
            Mit Kundinnen und Kunden einen guten Kontakt aufbauen, ihre Anliegen verstehen, ihre Erwartungen erfüllen
            und ihnen eine Leistung zu bieten, die ihnen dient und ihnen weiterhilft – und damit die Kundenbeziehung
            vertiefen – das ist es, worum es geht.
          </p>
          <div className="mt-8 flex flex-wrap gap-4">
            <LinkButton href="/anfrage">Kurs anfragen</LinkButton>
            <LinkButton href="/kurse" variant="secondary">
              Kurse ansehen
            </LinkButton>
          </div>
        </Container>
      </section>

      <Section
        id="taetigkeitsfelder"
        title="Tätigkeitsfelder"
        intro="Was das heisst, das kann sehr unterschiedlich sein – je nach Tätigkeitsfeld und Aufgabe"
      >
        <ul className="grid gap-6 md:grid-cols-2">
          {fields.map((field) => (
            <Card as="li" key={field.slug} className="flex flex-col">
              <h3 className="text-xl font-bold text-brand-dark">
                <Link href={`${FIELD_PATH}/${field.slug}`} className="underline-offset-4 hover:underline">
                  {field.name}
                </Link>
              </h3>
              <p className="mt-2 grow">{field.summary}</p>
              <p className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
                <TextLink href={`${FIELD_PATH}/${field.slug}`}>
                  Weiterlesen<span className="sr-only">: {field.name}</span>
                </TextLink>
                <TextLink href={`/kurse?feld=${field.slug}`}>
                  Passende Kurse<span className="sr-only"> für {field.name}</span>
                </TextLink>
              </p>
            </Card>
          ))}
        </ul>
      </Section>

      <Section
        id="vorgehen"
        title="So entsteht Ihr Kurs"
        tone="sand"
        intro="Jeder Kurs wird auf Ihr Team zugeschnitten. Der Weg dahin ist klar und verbindlich."
      >
        <ol className="grid gap-6 sm:grid-cols-2 lg:grid-cols-5">
          {steps.map((step, index) => (
            <li key={step.title} className="rounded-lg bg-white p-5">
              <span className="block text-sm font-semibold text-brand">Schritt {index + 1}</span>
              <h3 className="mt-1 text-lg font-bold text-brand-dark">{step.title}</h3>
              <p className="mt-2 text-sm">{step.text}</p>
            </li>
          ))}
        </ol>
      </Section>

      {featuredCourses.length > 0 ? (
        <Section id="kurse" title="Kurse als Ausgangspunkt" intro="Beispiele, die wir gemeinsam auf Ihr Team anpassen.">
          <ul className="grid gap-6 lg:grid-cols-3">
            {featuredCourses.map((course) => (
              <li key={course.slug}>
                <CourseCard course={course} />
              </li>
            ))}
          </ul>
          <p className="mt-6">
            <TextLink href="/kurse">Alle Kurse im Überblick</TextLink>
          </p>
        </Section>
      ) : null}

      {story || testimonial ? (
        <Section id="erfahrungen" title="Aus dem Kundenkontakt" tone="sand">
          <div className="grid gap-8 lg:grid-cols-2">
            {story ? <StoryTeaser story={story} /> : null}
            {testimonial ? (
              <div>
                <TestimonialQuote testimonial={testimonial} />
                <p className="mt-4">
                  <TextLink href="/kundenstimmen">Alle Kundenstimmen</TextLink>
                </p>
              </div>
            ) : null}
          </div>
        </Section>
      ) : null}

      {referenceClients.length > 0 ? (
        <Section
          id="referenzen"
          title="Mit diesen Teams habe ich gearbeitet"
          intro="Unter anderem mit Mitarbeitenden dieser Ämter und Stellen:"
        >
          <ReferenceClientList clients={referenceClients} />
        </Section>
      ) : null}

      <CallToAction />
    </>
  );
}
