import type { Metadata } from "next";
import Link from "next/link";

import { CallToAction } from "@/components/content/call-to-action";
import { ModuleCourses } from "@/components/content/module-courses";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { cachedLibrary } from "@/lib/catalogue/cached";
import { formatDuration } from "@/lib/format";
import { fill } from "@/lib/i18n";
import { messagesOf } from "@/lib/i18n/params";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { library } = (await messagesOf(params)).pages;
  return pageMetadata({ title: library.title, description: library.description, path: "/inhalte" });
}

export default async function LibraryPage({ params }: Props) {
  const { library, content } = (await messagesOf(params)).pages;
  const themes = await cachedLibrary();

  return (
    <>
      <PageHeader eyebrow={library.eyebrow} title={library.title} lead={library.lead} />
      <Container className="py-10">
        <nav aria-labelledby="themen-titel" className="rounded-lg border border-line bg-sand p-4 sm:p-6 print:hidden">
          <h2 id="themen-titel" className="font-semibold">
            {library.themesOnPage}
          </h2>
          <ul className="mt-2 grid gap-1 sm:grid-cols-2">
            {themes.map((theme) => (
              <li key={theme.slug}>
                <a href={`#${theme.slug}`} className="underline underline-offset-4 hover:text-brand">
                  {theme.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        {themes.map((theme) => (
          <section
            key={theme.slug}
            id={theme.slug}
            aria-labelledby={`${theme.slug}-titel`}
            className="mt-12 scroll-mt-4"
          >
            <h2 id={`${theme.slug}-titel`} className="text-2xl font-bold tracking-tight text-brand-dark sm:text-3xl">
              {theme.title}
            </h2>
            {theme.description ? <p className="mt-3 max-w-3xl text-lg text-muted">{theme.description}</p> : null}
            <ul className="mt-6 grid gap-6 md:grid-cols-2">
              {theme.modules.map((module) => (
                <Card as="li" key={module.slug} id={module.slug} className="scroll-mt-4">
                  <article>
                    <h3 className="text-xl font-bold text-brand-dark">
                      <Link href={`/inhalte/${module.slug}`} className="underline-offset-4 hover:underline">
                        {module.title}
                      </Link>
                    </h3>
                    <p className="text-sm text-muted">
                      {fill(library.guideline, { duration: formatDuration(module.defaultDurationMinutes) })}
                    </p>
                    <p className="mt-2">{module.description}</p>
                    <div className="mt-4">
                      <ModuleCourses courses={module.courses} texts={content.moduleCourses} />
                    </div>
                  </article>
                </Card>
              ))}
            </ul>
          </section>
        ))}
      </Container>
      <CallToAction title={library.callToAction.title} text={library.callToAction.text} texts={content.callToAction} />
    </>
  );
}
