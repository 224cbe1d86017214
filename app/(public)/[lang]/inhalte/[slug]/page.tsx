import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { CallToAction } from "@/components/content/call-to-action";
import { ModuleCourses } from "@/components/content/module-courses";
import { Container } from "@/components/ui/container";
import { FactList } from "@/components/ui/fact-list";
import { PageHeader } from "@/components/ui/page-header";
import { TextLink } from "@/components/ui/text-link";
import { cachedModule, isPublishedModuleSlug } from "@/lib/catalogue/cached";
import { formatDuration } from "@/lib/format";
import { messagesOf } from "@/lib/i18n/params";
import { challengeLabels } from "@/lib/labels";
import { describe, pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ lang: string; slug: string }> };

export function generateStaticParams(): { slug: string }[] {
  return [];
}

async function findModule(slug: string) {
  return (await isPublishedModuleSlug(slug)) ? cachedModule(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const contentModule = await findModule((await params).slug);
  if (!contentModule) return { title: (await messagesOf(params)).pages.library.module.notFound };
  return pageMetadata({
    title: contentModule.title,
    description: describe(contentModule.description),
    path: `/inhalte/${contentModule.slug}`,
  });
}

export default async function ModulePage({ params }: Props) {
  const contentModule = await findModule((await params).slug);
  if (!contentModule) notFound();
  const { pages } = await messagesOf(params);
  const messages = pages.library.module;

  return (
    <>
      <PageHeader eyebrow={contentModule.theme.title} title={contentModule.title} lead={contentModule.description} />
      <Container className="grid gap-10 py-10 md:grid-cols-2">
        <div>
          <FactList
            columns={1}
            facts={[
              { label: messages.theme, value: contentModule.theme.title },
              { label: messages.guideline, value: formatDuration(contentModule.defaultDurationMinutes) },
              ...(contentModule.challenges.length > 0
                ? [
                    {
                      label: messages.helpsWith,
                      value: (
                        <ul className="list-disc pl-5">
                          {contentModule.challenges.map((challenge) => (
                            <li key={challenge}>{challengeLabels[challenge]}</li>
                          ))}
                        </ul>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          {contentModule.theme.description ? (
            <p className="mt-6 text-muted">{contentModule.theme.description}</p>
          ) : null}
        </div>
        <div>
          <ModuleCourses courses={contentModule.courses} texts={pages.content.moduleCourses} />
          <p className="mt-6">
            <TextLink href={`/inhalte#${contentModule.slug}`}>{messages.all}</TextLink>
          </p>
        </div>
      </Container>
      <CallToAction texts={pages.content.callToAction} />
    </>
  );
}
