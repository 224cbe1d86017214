import { TitledSection } from "@/components/ui/titled-section";
import { fill } from "@/lib/i18n";
import type { Catalogue } from "@/lib/i18n/messages";

// The certificates of the engagement's held courses in the client's portal: all in one file, or
// one per participant.
type PortalCertificatesProps = {
  token: string;
  courses: { courseId: string; title: string; participants: { number: number; name: string; attendance: string }[] }[];
  /** From the page's catalogue. */
  texts: Catalogue["pages"]["portal"]["certificates"];
};

export function PortalCertificates({ token, courses, texts }: PortalCertificatesProps) {
  if (courses.length === 0) return null;
  return (
    <TitledSection id="kursbestaetigungen-titel" title={texts.title} className="rounded-lg bg-white p-6">
      {courses.map((course) => {
        const base = `/api/portal/${token}/kursbestaetigungen/${course.courseId}`;
        return (
          <div key={course.courseId} className="mt-4 space-y-3">
            <p className="font-semibold">{course.title}</p>
            <a href={base} className="font-semibold text-brand underline">
              {fill(texts.all, { count: course.participants.length })}
            </a>
            <ul className="space-y-1">
              {course.participants.map((participant) => (
                <li key={participant.number}>
                  <a href={`${base}?teilnehmer=${participant.number}`} className="text-brand underline">
                    {fill(texts.one, { name: participant.name })}
                  </a>
                  {fill(texts.attended, { attendance: participant.attendance })}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </TitledSection>
  );
}
