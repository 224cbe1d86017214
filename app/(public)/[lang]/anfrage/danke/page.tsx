import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { LinkButton } from "@/components/ui/link-button";
import { formatDeadline } from "@/lib/format";
import { getInquiryConfirmation } from "@/lib/inquiries/form-options";
import { INQUIRY_REFERENCE_PATTERN } from "@/lib/inquiries/schemas";

export const metadata: Metadata = { title: "Anfrage erhalten", robots: { index: false } };
// Rendered per request: it reads ?referenz= and the inquiry's due time.
export const dynamic = "force-dynamic";

export default async function InquiryReceivedPage({
  searchParams,
}: {
  searchParams: Promise<{ referenz?: string | string[] }>;
}) {
  const { referenz } = await searchParams;
  const reference = typeof referenz === "string" && INQUIRY_REFERENCE_PATTERN.test(referenz) ? referenz : null;
  const inquiry = reference ? await getInquiryConfirmation(reference) : null;
  if (!inquiry) notFound();
  const due = inquiry.responseDueAt;
  return (
    <Container className="py-12 sm:py-16">
      <div className="max-w-3xl space-y-6">
        <Heading size="display">Vielen Dank für Ihre Anfrage</Heading>
        <div className="rounded-lg border-2 border-success bg-white p-6">
          <p className="text-lg">Ihre Referenznummer:</p>
          <p className="mt-1 text-3xl font-bold tracking-wide text-brand-dark" data-testid="inquiry-reference">
            {inquiry.reference}
          </p>
        </div>
        <h2 className="text-2xl font-bold text-brand-dark">So geht es weiter</h2>
        <ol className="list-decimal space-y-2 pl-6 text-lg">
          <li>Sie erhalten gleich eine Bestätigung mit Ihrer Referenznummer per E-Mail.</li>
          <li>{`Ich lese Ihre Anfrage persönlich und melde mich bis ${formatDeadline(due)} bei Ihnen.`}</li>
          <li>
            Gemeinsam klären wir Ihre Situation; danach erhalten Sie eine Offerte, die auf Ihr Team zugeschnitten ist.
          </li>
        </ol>
        <p>Wenn Sie lieber gleich einen Termin für ein kostenloses Erstgespräch wählen:</p>
        <LinkButton href={`/erstgespraech?anfrage=${encodeURIComponent(inquiry.reference)}`}>
          Erstgespräch buchen
        </LinkButton>
      </div>
    </Container>
  );
}
