import type { Metadata } from "next";

import { CallToAction } from "@/components/content/call-to-action";
import { CourseLinks } from "@/components/content/course-links";
import { RichText } from "@/components/content/rich-text";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { cachedStories } from "@/lib/catalogue/cached";
import { fill } from "@/lib/i18n";
import { messagesOf } from "@/lib/i18n/params";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { stories } = (await messagesOf(params)).pages;
  return pageMetadata({ title: stories.title, description: stories.description, path: "/geschichten" });
}

export default async function StoriesPage({ params }: Props) {
  const { pages } = await messagesOf(params);
  const messages = pages.stories;
  const stories = await cachedStories();

  return (
    <>
      {/* The heading is the consultant's own (content/consultant-text.de.txt), with his ellipsis. */}
      <PageHeader eyebrow={messages.eyebrow} title="Geschichten von Kundenkontakten..." />
      <Container className="space-y-10 py-10">
        {stories.length === 0 ? <p>{messages.empty}</p> : null}
        {stories.map((story) => (
          <Card as="article" key={story.slug} id={story.slug} className="scroll-mt-4">
            {story.setting !== story.title ? <p className="font-semibold text-brand">{story.setting}</p> : null}
            <h2 className="mt-1 text-2xl font-bold text-brand-dark">{story.title}</h2>
            {story.field ? (
              <p className="text-sm text-muted">{fill(messages.field, { field: story.field.name })}</p>
            ) : null}
            <RichText text={story.body} className="mt-4" />
            {story.lesson ? (
              <p className="mt-6 max-w-3xl border-l-4 border-brand pl-4 text-lg font-semibold">{story.lesson}</p>
            ) : null}
            <CourseLinks label={messages.matchingCourse} courses={story.courses} />
          </Card>
        ))}
      </Container>
      <CallToAction texts={pages.content.callToAction} />
    </>
  );
}
