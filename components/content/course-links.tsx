import Link from "next/link";

/** "Zum Kurs: A, B" – links from a story or quote to the courses it belongs to. */
export function CourseLinks({ label, courses }: { label: string; courses: { slug: string; title: string }[] }) {
  if (courses.length === 0) return null;
  return (
    <p className="mt-4">
      {label}:{" "}
      {courses.map((course, index) => (
        <span key={course.slug}>
          {index > 0 ? ", " : null}
          <Link href={`/kurse/${course.slug}`} className="font-semibold text-brand underline">
            {course.title}
          </Link>
        </span>
      ))}
    </p>
  );
}
