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
import { fill } from "@/lib/i18n";
import { messagesOf } from "@/lib/i18n/params";
import { HOME_TITLE, pageMetadata } from "@/lib/seo/metadata";
import { FIELD_PATH } from "@/lib/seo/sitemap";
import { organizationJsonLd } from "@/lib/seo/structured-data";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { home } = (await messagesOf(params)).pages;
  return {
    ...pageMetadata({
      title: HOME_TITLE,
      // The consultant's own opening (content/consultant-text.de.txt) is content, not a message.
      description:
        "Mit Kundinnen und Kunden einen guten Kontakt aufbauen, ihre Anliegen verstehen, ihre Erwartungen erfüllen und ihnen eine Leistung zu bieten, die ihnen dient und ihnen weiterhilft.",
      path: "/",
    }),
    // The home page carries the site's name first, without the title template.
    title: { absolute: home.title },
  };
}

export default async function HomePage({ params }: Props) {
  const { home, shared, content } = (await messagesOf(params)).pages;
  const steps = Object.values(home.process.steps);
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
            <LinkButton href="/anfrage">{home.inquire}</LinkButton>
            <LinkButton href="/kurse" variant="secondary">
              {home.viewCourses}
            </LinkButton>
          </div>
        </Container>
      </section>

      <Section
        id="taetigkeitsfelder"
        title={shared.fields}
        // The consultant's own words (content/consultant-text.de.txt).
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
                  {home.readMore}
                  <span className="sr-only">: {field.name}</span>
                </TextLink>
                <TextLink href={`/kurse?feld=${field.slug}`}>
                  {home.matchingCourses}
                  <span className="sr-only">{fill(home.matchingCoursesFor, { field: field.name })}</span>
                </TextLink>
              </p>
            </Card>
          ))}
        </ul>
      </Section>

      <Section id="vorgehen" title={home.process.title} tone="sand" intro={home.process.intro}>
        <ol className="grid gap-6 sm:grid-cols-2 lg:grid-cols-5">
          {steps.map((step, index) => (
            <li key={step.title} className="rounded-lg bg-white p-5">
              <span className="block text-sm font-semibold text-brand">
                {fill(home.process.step, { number: index + 1 })}
              </span>
              <h3 className="mt-1 text-lg font-bold text-brand-dark">{step.title}</h3>
              <p className="mt-2 text-sm">{step.text}</p>
            </li>
          ))}
        </ol>
      </Section>

      {featuredCourses.length > 0 ? (
        <Section id="kurse" title={home.featured.title} intro={home.featured.intro}>
          <ul className="grid gap-6 lg:grid-cols-3">
            {featuredCourses.map((course) => (
              <li key={course.slug}>
                <CourseCard course={course} texts={content.courseCard} />
              </li>
            ))}
          </ul>
          <p className="mt-6">
            <TextLink href="/kurse">{home.featured.all}</TextLink>
          </p>
        </Section>
      ) : null}

      {story || testimonial ? (
        <Section id="erfahrungen" title={shared.fromCustomerContact} tone="sand">
          <div className="grid gap-8 lg:grid-cols-2">
            {story ? <StoryTeaser story={story} texts={content.storyTeaser} /> : null}
            {testimonial ? (
              <div>
                <TestimonialQuote testimonial={testimonial} />
                <p className="mt-4">
                  <TextLink href="/kundenstimmen">{home.allTestimonials}</TextLink>
                </p>
              </div>
            ) : null}
          </div>
        </Section>
      ) : null}

      {referenceClients.length > 0 ? (
        <Section id="referenzen" title={home.references.title} intro={home.references.intro}>
          <ReferenceClientList clients={referenceClients} />
        </Section>
      ) : null}

      <CallToAction texts={content.callToAction} />
    </>
  );
}
