// schema.org data (JSON-LD) for the organisation and its courses.
import type { CourseLanguage } from "@/lib/generated/prisma/enums";

export const ORGANISATION_NAME = "Anliegen – Beratung und Training für Kundenorientierung";

export function organizationJsonLd(baseUrl: string) {
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": `${new URL("/", baseUrl).href}#organisation`,
    name: ORGANISATION_NAME,
    alternateName: "Anliegen",
    url: new URL("/", baseUrl).href,
    description:
      "Massgeschneiderte Kurse für Teams in öffentlichen Verwaltungen, Kundendiensten und Kirchgemeinden: schwierige Kundenkontakte gelassen meistern.",
    areaServed: { "@type": "Country", name: "Schweiz" },
    knowsLanguage: "de-CH",
  };
}

const languageCodes: Record<CourseLanguage, string> = { DE: "de", FR: "fr", IT: "it", EN: "en" };

type CourseInput = {
  slug: string;
  title: string;
  summary: string;
  languages: CourseLanguage[];
  goals: { title: string }[];
  sessions: { startsAt: string; endsAt: string; location: string }[];
};

export function courseJsonLd(course: CourseInput, baseUrl: string) {
  const provider = {
    "@type": "Organization",
    "@id": `${new URL("/", baseUrl).href}#organisation`,
    name: ORGANISATION_NAME,
    url: new URL("/", baseUrl).href,
  };
  return {
    "@context": "https://schema.org",
    "@type": "Course",
    name: course.title,
    description: course.summary,
    url: new URL(`/kurse/${course.slug}`, baseUrl).href,
    inLanguage: course.languages.map((language) => languageCodes[language]),
    teaches: course.goals.map((goal) => goal.title),
    provider,
    ...(course.sessions.length > 0
      ? {
          hasCourseInstance: course.sessions.map((session) => ({
            "@type": "CourseInstance",
            courseMode: "Onsite",
            startDate: session.startsAt,
            endDate: session.endsAt,
            location: { "@type": "Place", name: session.location },
          })),
        }
      : {}),
  };
}
