import type { Metadata } from "next";

import { InquiryForm } from "@/components/inquiry/inquiry-form";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { getEnv } from "@/lib/env";
import { withinWorkingDays } from "@/lib/format";
import { submitInquiryAction } from "@/lib/inquiries/actions";
import { getInquiryFormOptions, prefilledCourse } from "@/lib/inquiries/form-options";
import { pageMetadata } from "@/lib/seo/metadata";

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: "Kurs anfragen",
    description: `Fragen Sie einen massgeschneiderten Kurs für Ihr Team an: Sie schildern die schwierigen Situationen im Kundenkontakt, ich melde mich ${withinWorkingDays(getEnv().INQUIRY_RESPONSE_WORKING_DAYS)}.`,
    path: "/anfrage",
  });
}
// Rendered per request: it reads ?kurs= and must offer the catalogue as it is now.
export const dynamic = "force-dynamic";

export default async function InquiryPage({ searchParams }: { searchParams: Promise<{ kurs?: string | string[] }> }) {
  const { kurs } = await searchParams;
  const options = await getInquiryFormOptions();
  const courseSlug = prefilledCourse(options, typeof kurs === "string" ? kurs : undefined);
  const course = options.courses.find((entry) => entry.slug === courseSlug);
  const days = getEnv().INQUIRY_RESPONSE_WORKING_DAYS;
  return (
    <Container className="py-12 sm:py-16">
      <div className="max-w-3xl">
        <Heading size="display">Kurs anfragen</Heading>
        <p className="mt-4 text-lg">
          {`Jeder Kurs wird auf Ihr Team zugeschnitten. Erzählen Sie mir, wo es im Kundenkontakt schwierig wird – ich melde mich ${withinWorkingDays(days)} persönlich bei Ihnen.`}
        </p>
        {course ? (
          <p className="mt-4 rounded-lg bg-brand-soft p-4">{`Sie fragen den Kurs «${course.title}» an. Sie können ihn unten ändern.`}</p>
        ) : null}
        <p className="mt-4 text-muted">
          Pflichtfelder sind mit <span aria-hidden="true">*</span>
          <span className="sr-only">Stern</span> markiert; alles andere ist freiwillig.
        </p>
        <div className="mt-10">
          <InquiryForm options={options} courseSlug={courseSlug} action={submitInquiryAction} />
        </div>
      </div>
    </Container>
  );
}
