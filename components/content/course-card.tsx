import Link from "next/link";

import { Card } from "@/components/ui/card";
import type { CourseFormat } from "@/lib/generated/prisma/enums";
import type { Catalogue } from "@/lib/i18n/messages";
import { courseFormatLabels } from "@/lib/labels";

import { StoredImage } from "./stored-image";

export type CourseCardData = {
  slug: string;
  title: string;
  summary: string;
  audience: string;
  durationNote: string;
  formats: CourseFormat[];
  goals: { goal: { title: string } }[];
  /** The uploaded picture, when there is one (decision 0033). */
  image?: { contentHash: string; width: number; height: number; altText: string } | null;
};

/** How many goals a card lists: the key ones; the course page shows them all. */
export const CARD_GOALS = 3;

export function CourseCard({
  course,
  headingLevel = 3,
  texts,
}: {
  course: CourseCardData;
  headingLevel?: 2 | 3;
  /** From the page's catalogue (the course catalogue passes them on in the browser). */
  texts: Catalogue["pages"]["content"]["courseCard"];
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const goals = course.goals.slice(0, CARD_GOALS);
  return (
    <Card as="article" className="flex h-full flex-col">
      <StoredImage
        image={course.image}
        sizes="(min-width: 1024px) 30vw, (min-width: 768px) 45vw, 90vw"
        className="mb-4 w-full rounded-md"
      />
      <Heading className="text-xl font-bold text-brand-dark">
        <Link href={`/kurse/${course.slug}`} className="underline-offset-4 hover:underline">
          {course.title}
        </Link>
      </Heading>
      <p className="mt-2 text-muted">{course.summary}</p>
      <dl className="mt-4 space-y-1 text-sm">
        <div>
          <dt className="inline font-semibold">{texts.audience}</dt>
          <dd className="inline">{course.audience}</dd>
        </div>
        <div>
          <dt className="inline font-semibold">{texts.duration}</dt>
          <dd className="inline">
            {course.durationNote} ({course.formats.map((format) => courseFormatLabels[format]).join(", ")})
          </dd>
        </div>
      </dl>
      {goals.length > 0 ? (
        <>
          <p className="mt-4 text-sm font-semibold">{texts.goals}</p>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {goals.map(({ goal }) => (
              <li key={goal.title}>{goal.title}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}
