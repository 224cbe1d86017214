import type { Metadata } from "next";

import { CallToAction } from "@/components/content/call-to-action";
import { CourseCatalogue } from "@/components/content/course-catalogue";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { TextLink } from "@/components/ui/text-link";
import { cachedCatalogueCourses, cachedFields } from "@/lib/catalogue/cached";
import { messagesOf } from "@/lib/i18n/params";
import { pageMetadata } from "@/lib/seo/metadata";
import { FIELD_PATH } from "@/lib/seo/sitemap";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { catalogue } = (await messagesOf(params)).pages.courses;
  return pageMetadata({ title: catalogue.title, description: catalogue.description, path: "/kurse" });
}

export default async function CataloguePage({ params }: Props) {
  const { courses: messages, shared, content } = (await messagesOf(params)).pages;
  const { catalogue } = messages;
  const [courses, fields] = await Promise.all([cachedCatalogueCourses(), cachedFields()]);

  return (
    <>
      <PageHeader eyebrow={catalogue.eyebrow} title={catalogue.title} lead={catalogue.lead} />
      <Container className="py-10">
        <CourseCatalogue
          courses={courses}
          fields={fields.map(({ slug, name, summary }) => ({ slug, name, summary }))}
          texts={{ ...catalogue.filter, card: content.courseCard }}
        />
      </Container>
      {fields.length > 0 ? (
        <Section id="taetigkeitsfelder" title={shared.fields} tone="sand">
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
        title={catalogue.callToAction.title}
        text={catalogue.callToAction.text}
        texts={content.callToAction}
      />
    </>
  );
}
