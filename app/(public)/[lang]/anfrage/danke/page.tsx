import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { LinkButton } from "@/components/ui/link-button";
import { formatDeadline } from "@/lib/format";
import { fill } from "@/lib/i18n";
import { messagesOf } from "@/lib/i18n/params";
import { getInquiryConfirmation } from "@/lib/inquiries/form-options";
import { INQUIRY_REFERENCE_PATTERN } from "@/lib/inquiries/schemas";

type Props = {
  params: Promise<{ lang: string }>;
  searchParams: Promise<{ referenz?: string | string[] }>;
};

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  return { title: (await messagesOf(params)).pages.inquiry.received.title, robots: { index: false } };
}
// Rendered per request: it reads ?referenz= and the inquiry's due time.
export const dynamic = "force-dynamic";

export default async function InquiryReceivedPage({ params, searchParams }: Props) {
  const { received } = (await messagesOf(params)).pages.inquiry;
  const { referenz } = await searchParams;
  const reference = typeof referenz === "string" && INQUIRY_REFERENCE_PATTERN.test(referenz) ? referenz : null;
  const inquiry = reference ? await getInquiryConfirmation(reference) : null;
  if (!inquiry) notFound();
  const due = inquiry.responseDueAt;
  return (
    <Container className="py-12 sm:py-16">
      <div className="max-w-3xl space-y-6">
        <Heading size="display">{received.heading}</Heading>
        <div className="rounded-lg border-2 border-success bg-white p-6">
          <p className="text-lg">{received.reference}</p>
          <p className="mt-1 text-3xl font-bold tracking-wide text-brand-dark" data-testid="inquiry-reference">
            {inquiry.reference}
          </p>
        </div>
        <h2 className="text-2xl font-bold text-brand-dark">{received.nextTitle}</h2>
        <ol className="list-decimal space-y-2 pl-6 text-lg">
          <li>{received.next.confirmation}</li>
          <li>{fill(received.next.answer, { deadline: formatDeadline(due) })}</li>
          <li>{received.next.proposal}</li>
        </ol>
        <p>{received.callInvitation}</p>
        <LinkButton href={`/erstgespraech?anfrage=${encodeURIComponent(inquiry.reference)}`}>
          {received.bookCall}
        </LinkButton>
      </div>
    </Container>
  );
}
