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
import { messagesOf } from "@/lib/i18n/params";
import { courseFormatLabels, languageLabels } from "@/lib/labels";
import { describe, pageMetadata, shareImagePath } from "@/lib/seo/metadata";
import { courseJsonLd } from "@/lib/seo/structured-data";

type Props = { params: Promise<{ lang: string; slug: string }> };

// No course page is rendered at build time (no database then); each is rendered on its first
// request and cached until its content is revalidated (decision 0007).
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const course = (await isPublishedCourseSlug(slug)) ? await cachedCourse(slug) : null;
  if (!course) return { title: (await messagesOf(params)).pages.courses.course.notFound };
  return pageMetadata({
    title: course.title,
    description: describe(course.summary),
    path: `/kurse/${course.slug}`,
    image: shareImagePath({ kurs: course.slug }),
  });
}

export default async function CoursePage({ params }: Props) {
  const { slug } = await params;
  const { courses, shared, content } = (await messagesOf(params)).pages;
  const messages = courses.course;
  if (!(await isPublishedCourseSlug(slug))) notFound();
  const [course, sessions] = await Promise.all([cachedCourse(slug), cachedOpenSessions(slug)]);
  if (!course) notFound();

  const inquiryHref = `/anfrage?kurs=${encodeURIComponent(course.slug)}`;
  const facts = [
    { label: messages.facts.audience, value: course.audience },
    { label: messages.facts.duration, value: course.durationNote },
    { label: messages.facts.formats, value: course.formats.map((format) => courseFormatLabels[format]).join(", ") },
    { label: messages.facts.groupSize, value: groupSizeText(course.minParticipants, course.maxParticipants) },
    {
      label: messages.facts.languages,
      value: course.languages.map((language) => languageLabels[language]).join(", "),
    },
    { label: messages.facts.price, value: coursePriceText(course.priceNote) },
  ].filter((fact) => fact.value);

  return (
    <>
      <JsonLd data={courseJsonLd({ ...course, goals: course.goals, sessions }, getEnv().APP_URL)} />
      <PageHeader eyebrow={messages.eyebrow} title={course.title} lead={course.summary}>
        <TagList label={shared.fields} items={course.fields.map((field) => field.name)} />
        <div className="mt-6 flex flex-wrap gap-4">
          <LinkButton href={inquiryHref}>{messages.inquire}</LinkButton>
          {sessions.length > 0 ? (
            <LinkButton href="#offene-daten" variant="secondary">
              {messages.bookSeat}
              <span className="sr-only">{messages.bookSeatHint}</span>
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
              {messages.facts.title}
            </h2>
            <div className="mt-4">
              <FactList facts={facts} columns={1} />
            </div>
            <p className="mt-6">
              <LinkButton href={inquiryHref} className="w-full">
                {messages.inquire}
              </LinkButton>
            </p>
          </Card>
        </aside>
      </Container>

      {course.goals.length > 0 ? (
        <Section id="ziele" title={messages.goals.title} tone="sand" intro={messages.goals.intro}>
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
        <Section id="inhalte" title={messages.modules.title} intro={messages.modules.intro}>
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
                    <span className="sr-only">{messages.modules.duration}</span>
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
        <Section id="ablauf" title={messages.agenda.title} tone="sand" intro={messages.agenda.intro}>
          <div className="max-w-3xl rounded-lg bg-white p-4 sm:p-6">
            <CourseAgenda modules={course.modules} texts={content.agenda} />
          </div>
        </Section>
      ) : null}

      {sessions.length > 0 ? (
        <Section id="offene-daten" title={messages.openDates.title} intro={messages.openDates.intro}>
          <SessionList sessions={sessions} now={new Date()} texts={content.sessionList} runTexts={content.courseRun} />
        </Section>
      ) : null}

      {course.story || course.testimonial ? (
        <Section id="praxis" title={messages.practice} tone={sessions.length > 0 ? "sand" : "plain"}>
          <div className="grid gap-8 lg:grid-cols-2">
            {course.story ? <StoryTeaser story={course.story} texts={content.storyTeaser} /> : null}
            {course.testimonial ? <TestimonialQuote testimonial={course.testimonial} /> : null}
          </div>
        </Section>
      ) : null}

      <CallToAction
        title={messages.callToAction.title}
        text={messages.callToAction.text}
        inquiryHref={inquiryHref}
        texts={content.callToAction}
      />
    </>
  );
}
