import type { Metadata } from "next";
import Link from "next/link";

import { inquiryTexts } from "@/components/inquiry/form-parts";
import { LeadershipInquiryForm } from "@/components/inquiry/leadership-inquiry-form";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { RequiredMarked } from "@/components/ui/required-marked";
import { getEnv } from "@/lib/env";
import { withinWorkingDays } from "@/lib/format";
import { fill } from "@/lib/i18n";
import { messagesOf } from "@/lib/i18n/params";
import { submitLeadershipInquiryAction } from "@/lib/inquiries/actions";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { inquiry } = (await messagesOf(params)).pages.leadership;
  return pageMetadata({
    title: inquiry.title,
    description: fill(inquiry.description, { within: withinWorkingDays(getEnv().INQUIRY_RESPONSE_WORKING_DAYS) }),
    path: "/fuehrungskultur/anfrage",
  });
}
// Rendered per request, like the course inquiry: the response time follows the running settings.
export const dynamic = "force-dynamic";

export default async function LeadershipInquiryPage({ params }: Props) {
  const { leadership, inquiryForm, shared } = (await messagesOf(params)).pages;
  const { inquiry } = leadership;
  const days = getEnv().INQUIRY_RESPONSE_WORKING_DAYS;
  return (
    <Container className="py-12 sm:py-16">
      <div className="max-w-3xl">
        <p className="font-semibold text-brand">{inquiry.eyebrow}</p>
        <Heading size="display">{inquiry.title}</Heading>
        <p className="mt-4 text-lg">{fill(inquiry.intro, { within: withinWorkingDays(days) })}</p>
        <p className="mt-4">
          {inquiry.courseQuestion}{" "}
          <Link href="/anfrage" className="font-semibold text-brand underline">
            {inquiry.courseInquiry}
          </Link>
        </p>
        <RequiredMarked messages={shared.requiredMarked} />
        <div className="mt-10">
          <LeadershipInquiryForm action={submitLeadershipInquiryAction} texts={inquiryTexts(inquiryForm)} />
        </div>
      </div>
    </Container>
  );
}
