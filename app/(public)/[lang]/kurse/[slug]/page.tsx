import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { CallToAction } from "@/components/content/call-to-action";
import { CourseAgenda } from "@/components/content/course-agenda";
import { RichText } from "@/components/content/rich-text";
import { SessionList } from "@/components/content/session-list";
import { StoredImage } from "@/components/content/stored-image";
import { StoryTeaser } from "@/components/content/story-teaser";
import { TestimonialQuote } from "@/components/content/testimonial-quote";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { FactList } from "@/components/ui/fact-list";
import { JsonLd } from "@/components/ui/json-ld";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { PrintButton } from "@/components/ui/print-button";
import { Section } from "@/components/ui/section";
import { TagList } from "@/components/ui/tag";
import { cachedOpenSessions } from "@/lib/booking/cached";
import { cachedCourse, isPublishedCourseSlug } from "@/lib/catalogue/cached";
import { coursePriceText, groupSizeText } from "@/lib/catalogue/presentation";
import { getEnv } from "@/lib/env";
import { formatDuration } from "@/lib/format";
import { courseFormatLabels, languageLabels } from "@/lib/labels";
import { describe, pageMetadata, shareImagePath } from "@/lib/seo/metadata";
import { courseJsonLd } from "@/lib/seo/structured-data";

type Props = { params: Promise<{ slug: string }> };

// No course page is rendered at build time (no database then); each is rendered on its first
// request and cached until its content is revalidated (decision 0007).
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const course = (await isPublishedCourseSlug(slug)) ? await cachedCourse(slug) : null;
  if (!course) return { title: "Kurs nicht gefunden" };
  return pageMetadata({
    title: course.title,
    description: describe(course.summary),
    path: `/kurse/${course.slug}`,
    image: shareImagePath({ kurs: course.slug }),
  });
}

export default async function CoursePage({ params }: Props) {
  const { slug } = await params;
  if (!(await isPublishedCourseSlug(slug))) notFound();
  const [course, sessions] = await Promise.all([cachedCourse(slug), cachedOpenSessions(slug)]);
  if (!course) notFound();

  const inquiryHref = `/anfrage?kurs=${encodeURIComponent(course.slug)}`;
  const facts = [
    { label: "Für wen", value: course.audience },
    { label: "Dauer", value: course.durationNote },
    { label: "Formate", value: course.formats.map((format) => courseFormatLabels[format]).join(", ") },
    { label: "Gruppengrösse", value: groupSizeText(course.minParticipants, course.maxParticipants) },
    { label: "Sprache", value: course.languages.map((language) => languageLabels[language]).join(", ") },
    { label: "Preis", value: coursePriceText(course.priceNote) },
  ].filter((fact) => fact.value);

  return (
    <>
      <JsonLd data={courseJsonLd({ ...course, goals: course.goals, sessions }, getEnv().APP_URL)} />
      <PageHeader eyebrow="Kurs" title={course.title} lead={course.summary}>
        <TagList label="Tätigkeitsfelder" items={course.fields.map((field) => field.name)} />
        <div className="mt-6 flex flex-wrap gap-4">
          <LinkButton href={inquiryHref}>Kurs anfragen</LinkButton>
          {sessions.length > 0 ? (
            <LinkButton href="#offene-daten" variant="secondary">
              Platz buchen<span className="sr-only"> (zu den offenen Daten)</span>
            </LinkButton>
          ) : null}
          <PrintButton />
        </div>
      </PageHeader>

      <Container className="grid gap-10 py-10 lg:grid-cols-[2fr_1fr] print:block print:py-4">
        <div className="min-w-0">
          <StoredImage
            image={course.image}
            sizes="(min-width: 1280px) 800px, (min-width: 1024px) 62vw, 92vw"
            className="mb-8 w-full rounded-lg print:hidden"
          />
          <RichText text={course.body} />
        </div>
        <aside aria-labelledby="eckdaten-titel" className="print:mt-6">
          <Card>
            <h2 id="eckdaten-titel" className="text-xl font-bold text-brand-dark">
              Eckdaten
            </h2>
            <div className="mt-4">
              <FactList facts={facts} columns={1} />
            </div>
            <p className="mt-6">
              <LinkButton href={inquiryHref} className="w-full">
                Kurs anfragen
              </LinkButton>
            </p>
          </Card>
        </aside>
      </Container>

      {course.goals.length > 0 ? (
        <Section id="ziele" title="Ziele" tone="sand" intro="Was die Teilnehmenden nach dem Kurs können:">
          <ol className="grid gap-4 md:grid-cols-2">
            {course.goals.map((goal) => (
              <Card as="li" key={goal.slug}>
                <h3 className="text-lg font-bold text-brand-dark">{goal.title}</h3>
                {goal.description ? <p className="mt-2">{goal.description}</p> : null}
              </Card>
            ))}
          </ol>
        </Section>
      ) : null}

      {course.modules.length > 0 ? (
        <Section
          id="inhalte"
          title="Inhalte"
          intro="Die Module dieses Kurses. Welche davon Ihr Team braucht und wie viel Zeit sie bekommen, legen wir gemeinsam fest."
        >
          <ul className="space-y-4">
            {course.modules.map((module) => (
              <Card as="li" key={module.slug}>
                <div className="flex flex-wrap items-baseline justify-between gap-x-4">
                  <h3 className="text-lg font-bold text-brand-dark">
                    <Link href={`/inhalte/${module.slug}`} className="underline-offset-4 hover:underline">
                      {module.title}
                    </Link>
                  </h3>
                  <p className="text-sm text-muted">
                    <span className="sr-only">Dauer: </span>
                    {formatDuration(module.durationMinutes)}
                  </p>
                </div>
                <p className="text-sm text-muted">{module.themeTitle}</p>
                <p className="mt-2">{module.description}</p>
              </Card>
            ))}
          </ul>
        </Section>
      ) : null}

      {course.modules.length > 0 ? (
        <Section
          id="ablauf"
          title="Typischer Ablauf"
          tone="sand"
          intro="So könnte ein Kurstag aussehen. Zeiten und Pausen richten wir nach Ihrem Betrieb."
        >
          <div className="max-w-3xl rounded-lg bg-white p-4 sm:p-6">
            <CourseAgenda modules={course.modules} />
          </div>
        </Section>
      ) : null}

      {sessions.length > 0 ? (
        <Section
          id="offene-daten"
          title="Offene Daten"
          intro="An diesen Daten findet der Kurs offen ausgeschrieben statt. Einzelne Personen können einen Platz buchen."
        >
          <SessionList sessions={sessions} now={new Date()} />
        </Section>
      ) : null}

      {course.story || course.testimonial ? (
        <Section id="praxis" title="Aus der Praxis" tone={sessions.length > 0 ? "sand" : "plain"}>
          <div className="grid gap-8 lg:grid-cols-2">
            {course.story ? <StoryTeaser story={course.story} /> : null}
            {course.testimonial ? <TestimonialQuote testimonial={course.testimonial} /> : null}
          </div>
        </Section>
      ) : null}

      <CallToAction
        title="Diesen Kurs für Ihr Team?"
        text="Schreiben Sie mir, wer im Team dabei ist und welche Situationen Sie fordern. Ich schlage Ihnen Ziele, Inhalte und einen Ablauf vor, unverbindlich."
        inquiryHref={inquiryHref}
      />
    </>
  );
}
