import "server-only";

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { cachedPage } from "@/lib/catalogue/cached";
import { plainText } from "@/lib/rich-text";
import { describe, pageMetadata } from "@/lib/seo/metadata";

import { RichText } from "./rich-text";

type ContentPageOptions = {
  /** The Page row's slug; also the public address (/impressum). */
  slug: string;
  eyebrow?: string;
  /** Shown above the text, e.g. the business details of the imprint. */
  before?: () => ReactNode | Promise<ReactNode>;
  /** Shown after the text: calls to action, related content. */
  after?: () => ReactNode | Promise<ReactNode>;
};

/**
 * The route module of an editable page (about, contact, leadership culture, legal texts): its
 * metadata and its component, both reading the cached Page row. A missing or unpublished row
 * answers with the German 404.
 */
export function contentPage({ slug, eyebrow, before, after }: ContentPageOptions) {
  async function generateMetadata(): Promise<Metadata> {
    const page = await cachedPage(slug);
    if (!page) return { title: "Seite nicht gefunden" };
    return pageMetadata({
      title: page.title,
      description: describe(page.lead || plainText(page.body)),
      path: `/${slug}`,
    });
  }

  async function ContentPage() {
    const page = await cachedPage(slug);
    if (!page) notFound();
    return (
      <>
        <PageHeader eyebrow={eyebrow} title={page.title} lead={page.lead || undefined} />
        <Container className="flow-root py-10">
          {before ? await before() : null}
          <RichText text={page.body} />
        </Container>
        {after ? await after() : null}
      </>
    );
  }

  return { generateMetadata, ContentPage };
}
