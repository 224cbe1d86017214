import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { fill } from "@/lib/i18n";
import type { Catalogue } from "@/lib/i18n/messages";

type StoryTeaserProps = {
  story: { slug: string; title: string; setting: string; summary: string; lesson?: string };
  headingLevel?: 2 | 3;
  /** From the page's catalogue. */
  texts: Catalogue["pages"]["content"]["storyTeaser"];
};

/** A story in short, linking to its full text on /geschichten. */
export function StoryTeaser({ story, headingLevel = 3, texts }: StoryTeaserProps) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <Card as="article">
      {story.setting !== story.title ? <p className="text-sm font-semibold text-brand">{story.setting}</p> : null}
      <Heading className="mt-1 text-xl font-bold text-brand-dark">{story.title}</Heading>
      <p className="mt-2">{story.summary}</p>
      {story.lesson ? <p className="mt-3 border-l-4 border-line pl-4 text-muted">{story.lesson}</p> : null}
      <p className="mt-4">
        <TextLink href={`/geschichten#${story.slug}`}>
          {texts.readAll}
          <span className="sr-only">{fill(texts.story, { title: story.title })}</span>
        </TextLink>
      </p>
    </Card>
  );
}
