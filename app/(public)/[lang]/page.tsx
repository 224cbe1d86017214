import Link from "next/link";

import { CourseCard } from "@/components/content/course-card";
import { Container } from "@/components/ui/container";
import { LinkButton } from "@/components/ui/link-button";
import { Section } from "@/components/ui/section";
import { cachedHomeContent } from "@/lib/catalogue/cached";
import { organisationKindLabels } from "@/lib/labels";

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
      <section aria-labelledby="versprechen-titel" className="bg-brand-soft py-16 sm:py-24">
        <Container>
          <p className="font-semibold uppercase tracking-wide text-brand">Kundenorientierung</p>
          <h1
            id="versprechen-titel"
            className="mt-2 max-w-4xl text-4xl font-bold tracking-tight text-brand-dark sm:text-5xl"
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
        intro="Was Kundenorientierung heisst, hängt vom Tätigkeitsfeld ab. Darum beginnt jeder Kurs bei Ihrer Aufgabe."
      >
        <ul className="grid gap-6 md:grid-cols-2">
          {fields.map((field) => (
            <li key={field.slug} className="rounded-lg border border-line bg-white p-6">
              <h3 className="text-xl font-bold text-brand-dark">{field.name}</h3>
              <p className="mt-2">{field.summary}</p>
            </li>
          ))}
        </ul>
      </Section>

      <Section
        id="vorgehen"
        title="So entsteht Ihr Kurs"
        tone="sand"
        intro="Jeder Kurs wird auf Ihr Team zugeschnitten. Der Weg dahin ist klar und verbindlich."
      >
        <ol className="grid gap-6 md:grid-cols-5">
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
        <Section
          id="kurse"
          title="Kurse als Ausgangspunkt"
          intro="Drei Beispiele, die wir gemeinsam auf Ihr Team anpassen."
        >
          <ul className="grid gap-6 lg:grid-cols-3">
            {featuredCourses.map((course) => (
              <li key={course.slug}>
                <CourseCard course={course} />
              </li>
            ))}
          </ul>
          <p className="mt-6">
            <Link href="/kurse" className="font-semibold text-brand underline">
              Alle Kurse im Überblick
            </Link>
          </p>
        </Section>
      ) : null}

      {story || testimonial ? (
        <Section id="erfahrungen" title="Aus dem Kundenkontakt" tone="sand">
          <div className="grid gap-8 lg:grid-cols-2">
            {story ? (
              <article className="rounded-lg bg-white p-6">
                <p className="text-sm font-semibold text-brand">{story.setting}</p>
                <h3 className="mt-1 text-xl font-bold text-brand-dark">{story.title}</h3>
                <p className="mt-2">{story.summary}</p>
              </article>
            ) : null}
            {testimonial ? (
              <figure className="rounded-lg bg-white p-6">
                <blockquote className="text-lg italic">«{testimonial.quote}»</blockquote>
                <figcaption className="mt-4 font-semibold">
                  {testimonial.authorName}, {testimonial.organisation}
                </figcaption>
              </figure>
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
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {referenceClients.map((client) => (
              <li key={client.name} className="rounded-md border border-line bg-white px-4 py-3">
                <span className="font-semibold">{client.name}</span>
                <span className="block text-sm text-muted">{organisationKindLabels[client.kind]}</span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <section aria-labelledby="kontakt-titel" className="bg-brand py-16 text-white">
        <Container>
          <h2 id="kontakt-titel" className="text-3xl font-bold">
            Möchten Sie sich mit Kundenorientierung näher befassen?
          </h2>
          <p className="mt-4 max-w-3xl text-lg">
            Lassen Sie uns darüber sprechen, was Sie erreichen möchten und was wir gemeinsam bewirken können. Ich melde
            mich innert zwei Arbeitstagen.
          </p>
          <div className="mt-8 flex flex-wrap gap-4">
            <Link
              href="/anfrage"
              className="inline-flex min-h-11 items-center rounded-md bg-white px-5 py-2.5 font-semibold text-brand-dark hover:bg-brand-soft"
            >
              Kurs anfragen
            </Link>
            <Link
              href="/erstgespraech"
              className="inline-flex min-h-11 items-center rounded-md border-2 border-white px-5 py-2.5 font-semibold text-white hover:bg-brand-dark"
            >
              Unverbindliches Erstgespräch buchen
            </Link>
          </div>
        </Container>
      </section>
    </>
  );
}
