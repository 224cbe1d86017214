import type { Metadata } from "next";

import { CallToAction } from "@/components/content/call-to-action";
import { CourseCatalogue } from "@/components/content/course-catalogue";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { TextLink } from "@/components/ui/text-link";
import { cachedCatalogueCourses, cachedFields } from "@/lib/catalogue/cached";
import { pageMetadata } from "@/lib/seo/metadata";
import { FIELD_PATH } from "@/lib/seo/sitemap";

export const metadata: Metadata = pageMetadata({
  title: "Kurse",
  description:
    "Alle Kurse für einen gelassenen, klaren Kundenkontakt: nach Tätigkeitsfeld und Format filtern, Ziele und Inhalte vergleichen und einen massgeschneiderten Kurs anfragen.",
  path: "/kurse",
});

export default async function CataloguePage() {
  const [courses, fields] = await Promise.all([cachedCatalogueCourses(), cachedFields()]);

  return (
    <>
      <PageHeader
        eyebrow="Kursangebot"
        title="Kurse"
        lead="Jeder Kurs ist ein Ausgangspunkt: Ziele, Inhalte und Dauer passen wir gemeinsam an die Aufgaben und Herausforderungen Ihres Teams an."
      />
      <Container className="py-10">
        <CourseCatalogue
          courses={courses}
          fields={fields.map(({ slug, name, summary }) => ({ slug, name, summary }))}
        />
      </Container>
      {fields.length > 0 ? (
        <Section id="taetigkeitsfelder" title="Tätigkeitsfelder" tone="sand">
          <ul className="grid gap-3 sm:grid-cols-2">
            {fields.map((field) => (
              <li key={field.slug}>
                <TextLink href={`${FIELD_PATH}/${field.slug}`}>{field.name}</TextLink>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <CallToAction
        title="Nicht das Passende gefunden?"
        text="Beschreiben Sie, was Ihr Team im Kundenkontakt fordert. Ich schlage Ihnen Ziele, Inhalte und einen Ablauf vor, unverbindlich."
      />
    </>
  );
}
