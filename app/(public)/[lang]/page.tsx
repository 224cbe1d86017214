import type { Metadata } from "next";

import { CallToAction } from "@/components/content/call-to-action";
import { CourseCard } from "@/components/content/course-card";
import { ReferenceClientList } from "@/components/content/reference-client-list";
import { StoryTeaser } from "@/components/content/story-teaser";
import { TestimonialQuote } from "@/components/content/testimonial-quote";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { JsonLd } from "@/components/ui/json-ld";
import { LinkButton } from "@/components/ui/link-button";
import { Section } from "@/components/ui/section";
import { TextLink } from "@/components/ui/text-link";
import { cachedHomeContent } from "@/lib/catalogue/cached";
import { getEnv } from "@/lib/env";
import { pageMetadata } from "@/lib/seo/metadata";
import { organizationJsonLd } from "@/lib/seo/structured-data";

export const metadata: Metadata = {
  ...pageMetadata({
    title: "Kundenorientierung, die im Alltag trägt",
    description:
      "Massgeschneiderte Kurse für Teams in öffentlichen Verwaltungen, Kundendiensten und Kirchgemeinden: schwierige Kundenkontakte am Telefon und am Schalter gelassen meistern.",
    path: "/",
  }),
  // The home page carries the site's name first, without the title template.
  title: { absolute: "Anliegen – Kundenorientierung, die im Alltag trägt" },
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
          <p className="font-semibold tracking-wide text-brand uppercase">Kundenorientierung</p>
          <h1
            id="versprechen-titel"
            className="mt-2 max-w-4xl text-3xl font-bold tracking-tight text-brand-dark sm:text-5xl"
          >
            Auf die Anliegen der Kundinnen und Kunden eingehen und Vertrauen schaffen
          </h1>
          <p className="mt-6 max-w-3xl text-xl text-ink">
            Massgeschneiderte Kurse für Teams, die am Telefon und am Schalter auch schwierige Kundenkontakte ruhig, klar
            und freundlich meistern wollen: in öffentlichen Verwaltungen, Kundendiensten und Kirchgemeinden.
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
        title="Für wen ich arbeite"
        intro={
          <>
            Was Kundenorientierung heisst, hängt vom Tätigkeitsfeld ab. In der öffentlichen Verwaltung zum Beispiel
            kommen viele «Zwangskunden» nicht freiwillig, und Mitarbeitende beraten, kontrollieren, entscheiden und
            sanktionieren oft im selben Gespräch. Darum beginnt jeder Kurs bei Ihrer Aufgabe.
          </>
        }
      >
        <ul className="grid gap-6 md:grid-cols-2">
          {fields.map((field) => (
            <Card as="li" key={field.slug} className="flex flex-col">
              <h3 className="text-xl font-bold text-brand-dark">{field.name}</h3>
              <p className="mt-2 grow">{field.summary}</p>
              <p className="mt-4">
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
