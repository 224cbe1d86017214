import Link from "next/link";

import type { Catalogue } from "@/lib/i18n/messages";

/** Which courses use a module; the sentence stays readable when none does. */
export function ModuleCourses({
  courses,
  texts,
}: {
  courses: { slug: string; title: string }[];
  /** From the page's catalogue. */
  texts: Catalogue["pages"]["content"]["moduleCourses"];
}) {
  if (courses.length === 0) {
    return <p className="text-sm text-muted">{texts.tailored}</p>;
  }
  return (
    <div className="text-sm">
      <p className="font-semibold">{texts.containedIn}</p>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {courses.map((course) => (
          <li key={course.slug}>
            <Link href={`/kurse/${course.slug}`} className="underline underline-offset-4 hover:text-brand">
              {course.title}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
