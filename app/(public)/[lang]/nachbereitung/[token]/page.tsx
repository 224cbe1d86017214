import type { Metadata } from "next";

import { FollowUpForm } from "@/components/after-course/follow-up-form";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { NoticePage } from "@/components/ui/notice-page";
import { getDb } from "@/lib/db";
import { submitFollowUpAction } from "@/lib/follow-up/actions";
import { getFollowUpForm } from "@/lib/follow-up/queries";
import { FOLLOW_UP_ANSWERED, FOLLOW_UP_LINK_INVALID } from "@/lib/follow-up/service";
import { fill } from "@/lib/i18n";
import { messagesOf } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: (await messagesOf(params)).pages.afterCourse.followUp.title,
    robots: { index: false, follow: false },
  };
}
export const dynamic = "force-dynamic";

export default async function FollowUpPage({ params }: Props) {
  const { token } = await params;
  const { afterCourse, shared } = (await messagesOf(params)).pages;
  const messages = afterCourse.followUp;
  const view = await getFollowUpForm(getDb(), token);
  if (view.state !== "OK") {
    return (
      <NoticePage title={view.state === "ANSWERED" ? messages.answered : shared.linkInvalid}>
        {view.state === "ANSWERED" ? FOLLOW_UP_ANSWERED : FOLLOW_UP_LINK_INVALID}
      </NoticePage>
    );
  }
  return (
    <Container className="max-w-3xl space-y-6 py-12 sm:py-16">
      <Heading size="display">{messages.title}</Heading>
      <p className="text-lg">
        {fill(messages.greeting, {
          name: view.contactName,
          course: view.courseTitle,
          organisation: view.organisationName,
        })}
      </p>
      <p className="text-muted">{shared.requiredFields}</p>
      <FollowUpForm token={token} action={submitFollowUpAction} texts={messages.form} />
    </Container>
  );
}
