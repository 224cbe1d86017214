import "server-only";

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { cachedPage } from "@/lib/catalogue/cached";
import type { Catalogue } from "@/lib/i18n/messages";
import { messagesOf } from "@/lib/i18n/params";
import { plainText } from "@/lib/rich-text";
import { describe, pageMetadata } from "@/lib/seo/metadata";

import { RichText } from "./rich-text";

type ContentPageOptions = {
  /** The Page row's slug; also the public address (/impressum). */
  slug: string;
  /** The small line above the title, from the page's catalogue. */
  eyebrow?: (messages: Catalogue) => string;
  /** Shown above the text, e.g. the business details of the imprint. */
  before?: (messages: Catalogue) => ReactNode | Promise<ReactNode>;
  /** Shown after the text: calls to action, related content. */
  after?: (messages: Catalogue) => ReactNode | Promise<ReactNode>;
};

type Props = { params: Promise<{ lang: string }> };

/**
 * The route module of an editable page (about, contact, leadership culture, legal texts): its
 * metadata and its component, both reading the cached Page row. A missing or unpublished row
 * answers with the German 404. What the page adds around the text comes from the catalogue of
 * its [lang] segment; the text itself is the consultant's content.
 */
export function contentPage({ slug, eyebrow, before, after }: ContentPageOptions) {
  async function generateMetadata({ params }: Props): Promise<Metadata> {
    const page = await cachedPage(slug);
    if (!page) return { title: (await messagesOf(params)).pages.contentPages.notFound };
    return pageMetadata({
      title: page.title,
      description: describe(page.lead || plainText(page.body)),
      path: `/${slug}`,
    });
  }

  async function ContentPage({ params }: Props) {
    const messages = await messagesOf(params);
    const page = await cachedPage(slug);
    if (!page) notFound();
    return (
      <>
        <PageHeader eyebrow={eyebrow?.(messages)} title={page.title} lead={page.lead || undefined} />
        <Container className="flow-root py-10">
          {before ? await before(messages) : null}
          <RichText text={page.body} />
        </Container>
        {after ? await after(messages) : null}
      </>
    );
  }

  return { generateMetadata, ContentPage };
}
