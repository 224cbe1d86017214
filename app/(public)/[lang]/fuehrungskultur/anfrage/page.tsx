import type { Metadata } from "next";
import Link from "next/link";

import { LeadershipInquiryForm } from "@/components/inquiry/leadership-inquiry-form";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { getEnv } from "@/lib/env";
import { withinWorkingDays } from "@/lib/format";
import { submitLeadershipInquiryAction } from "@/lib/inquiries/actions";
import { pageMetadata } from "@/lib/seo/metadata";

export function generateMetadata(): Metadata {
  return pageMetadata({
    title: "Führungsarbeit anfragen",
    description: `Fragen Sie eine Begleitung Ihrer Führungskultur an: Sie schildern, was sich verändern soll und wer teilnimmt, ich melde mich ${withinWorkingDays(getEnv().INQUIRY_RESPONSE_WORKING_DAYS)}.`,
    path: "/fuehrungskultur/anfrage",
  });
}
// Rendered per request, like the course inquiry: the response time follows the running settings.
export const dynamic = "force-dynamic";

export default function LeadershipInquiryPage() {
  const days = getEnv().INQUIRY_RESPONSE_WORKING_DAYS;
  return (
    <Container className="py-12 sm:py-16">
      <div className="max-w-3xl">
        <p className="font-semibold text-brand">Führungskultur</p>
        <Heading size="display">Führungsarbeit anfragen</Heading>
        <p className="mt-4 text-lg">
          {`Erzählen Sie mir, was sich in der Führung und Zusammenarbeit verändern soll – ich melde mich ${withinWorkingDays(days)} persönlich bei Ihnen.`}
        </p>
        <p className="mt-4">
          Suchen Sie einen Kurs für Ihre Mitarbeitenden im Kundenkontakt?{" "}
          <Link href="/anfrage" className="font-semibold text-brand underline">
            Zur Kursanfrage
          </Link>
        </p>
        <p className="mt-4 text-muted">
          Pflichtfelder sind mit <span aria-hidden="true">*</span>
          <span className="sr-only">Stern</span> markiert; alles andere ist freiwillig.
        </p>
        <div className="mt-10">
          <LeadershipInquiryForm action={submitLeadershipInquiryAction} />
        </div>
      </div>
    </Container>
  );
}
