import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CallToAction } from "@/components/content/call-to-action";
import { CourseCard } from "@/components/content/course-card";
import { CourseLinks } from "@/components/content/course-links";
import { RichText } from "@/components/content/rich-text";
import { StoryTeaser } from "@/components/content/story-teaser";
import { TestimonialQuote } from "@/components/content/testimonial-quote";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { cachedField, isPublishedFieldSlug } from "@/lib/catalogue/cached";
import { messagesOf } from "@/lib/i18n/params";
import { describe, pageMetadata, shareImagePath } from "@/lib/seo/metadata";
import { FIELD_PATH } from "@/lib/seo/sitemap";

type Props = { params: Promise<{ lang: string; slug: string }> };

// Rendered on first request and cached until fields, courses, stories or quotes change (0007).
export function generateStaticParams(): { slug: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const field = (await isPublishedFieldSlug(slug)) ? await cachedField(slug) : null;
  if (!field) return { title: (await messagesOf(params)).pages.fields.notFound };
  return pageMetadata({
    title: field.name,
    description: describe(field.summary),
    path: `${FIELD_PATH}/${field.slug}`,
    image: shareImagePath({ feld: field.slug }),
  });
}

export default async function FieldPage({ params }: Props) {
  const { slug } = await params;
  if (!(await isPublishedFieldSlug(slug))) notFound();
  const field = await cachedField(slug);
  if (!field) notFound();
  const { fields, shared, content } = (await messagesOf(params)).pages;

  return (
    <>
      <PageHeader eyebrow={fields.eyebrow} title={field.name} />
      <Container className="py-10">
        {field.body ? <RichText text={field.body} /> : <p className="max-w-3xl text-lg">{field.summary}</p>}
      </Container>

      {field.courses.length > 0 ? (
        <Section id="kurse" title={shared.courses} tone="sand">
          <ul className="grid gap-6 lg:grid-cols-3">
            {field.courses.map((course) => (
              <li key={course.slug}>
                <CourseCard course={course} texts={content.courseCard} />
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {field.stories.length > 0 || field.testimonials.length > 0 ? (
        <Section id="erfahrungen" title={shared.fromCustomerContact}>
          <div className="grid gap-8 lg:grid-cols-2">
            {field.stories.map((story) => (
              <StoryTeaser key={story.slug} story={story} texts={content.storyTeaser} />
            ))}
            {field.testimonials.map((testimonial) => (
              <div key={testimonial.id}>
                <TestimonialQuote testimonial={testimonial} />
                <CourseLinks label={shared.toCourse} courses={testimonial.courses} />
              </div>
            ))}
          </div>
        </Section>
      ) : null}

      <CallToAction texts={content.callToAction} />
    </>
  );
}
