import type { Metadata } from "next";

import { inquiryTexts } from "@/components/inquiry/form-parts";
import { InquiryForm } from "@/components/inquiry/inquiry-form";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { RequiredMarked } from "@/components/ui/required-marked";
import { getEnv } from "@/lib/env";
import { withinWorkingDays } from "@/lib/format";
import { fill } from "@/lib/i18n";
import { messagesOf } from "@/lib/i18n/params";
import { submitInquiryAction } from "@/lib/inquiries/actions";
import { getInquiryFormOptions, prefilledCourse } from "@/lib/inquiries/form-options";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<{ kurs?: string | string[] }>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { inquiry } = (await messagesOf(params)).pages;
  return pageMetadata({
    title: inquiry.title,
    description: fill(inquiry.description, { within: withinWorkingDays(getEnv().INQUIRY_RESPONSE_WORKING_DAYS) }),
    path: "/anfrage",
  });
}
// Rendered per request: it reads ?kurs= and must offer the catalogue as it is now.
export const dynamic = "force-dynamic";

export default async function InquiryPage({ params, searchParams }: Props) {
  const { inquiry, inquiryForm, shared } = (await messagesOf(params)).pages;
  const { kurs } = await searchParams;
  const options = await getInquiryFormOptions();
  const courseSlug = prefilledCourse(options, typeof kurs === "string" ? kurs : undefined);
  const course = options.courses.find((entry) => entry.slug === courseSlug);
  const days = getEnv().INQUIRY_RESPONSE_WORKING_DAYS;
  return (
    <Container className="py-12 sm:py-16">
      <div className="max-w-3xl">
        <Heading size="display">{inquiry.title}</Heading>
        <p className="mt-4 text-lg">{fill(inquiry.intro, { within: withinWorkingDays(days) })}</p>
        {course ? (
          <p className="mt-4 rounded-lg bg-brand-soft p-4">{fill(inquiry.prefilled, { course: course.title })}</p>
        ) : null}
        <RequiredMarked messages={shared.requiredMarked} />
        <div className="mt-10">
          <InquiryForm
            options={options}
            courseSlug={courseSlug}
            action={submitInquiryAction}
            texts={inquiryTexts(inquiryForm)}
          />
        </div>
      </div>
    </Container>
  );
}
