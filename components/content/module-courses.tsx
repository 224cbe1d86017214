import Link from "next/link";

/** Which courses use a module; the sentence stays readable when none does. */
export function ModuleCourses({ courses }: { courses: { slug: string; title: string }[] }) {
  if (courses.length === 0) {
    return <p className="text-sm text-muted">Wird in massgeschneiderten Kursen eingesetzt.</p>;
  }
  return (
    <div className="text-sm">
      <p className="font-semibold">Enthalten in:</p>
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
