import { TitledSection } from "@/components/ui/titled-section";

// The certificates of the engagement's held courses in the client's portal: all in one file, or
// one per participant.
type PortalCertificatesProps = {
  token: string;
  courses: { courseId: string; title: string; participants: { number: number; name: string; attendance: string }[] }[];
};

export function PortalCertificates({ token, courses }: PortalCertificatesProps) {
  if (courses.length === 0) return null;
  return (
    <TitledSection id="kursbestaetigungen-titel" title="Kursbestätigungen" className="rounded-lg bg-white p-6">
      {courses.map((course) => {
        const base = `/api/portal/${token}/kursbestaetigungen/${course.courseId}`;
        return (
          <div key={course.courseId} className="mt-4 space-y-3">
            <p className="font-semibold">{course.title}</p>
            <a href={base} className="font-semibold text-brand underline">
              {`Alle ${course.participants.length} Kursbestätigungen als PDF`}
            </a>
            <ul className="space-y-1">
              {course.participants.map((participant) => (
                <li key={participant.number}>
                  <a href={`${base}?teilnehmer=${participant.number}`} className="text-brand underline">
                    {`Kursbestätigung ${participant.name}`}
                  </a>
                  {` (teilgenommen ${participant.attendance})`}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </TitledSection>
  );
}
