import type { Metadata } from "next";

import { FeedbackForm } from "@/components/after-course/feedback-form";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { NoticePage } from "@/components/ui/notice-page";
import { getDb } from "@/lib/db";
import { submitFeedbackAction } from "@/lib/feedback/actions";
import { getFeedbackForm } from "@/lib/feedback/queries";
import { FEEDBACK_LINK_INVALID, FEEDBACK_LINK_USED } from "@/lib/feedback/service";
import { fill } from "@/lib/i18n";
import { messagesOf } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: (await messagesOf(params)).pages.afterCourse.feedback.title,
    robots: { index: false, follow: false },
  };
}
// Per request: whether the link was used must be current.
export const dynamic = "force-dynamic";

export default async function FeedbackPage({ params }: Props) {
  const { token } = await params;
  const { afterCourse, shared } = (await messagesOf(params)).pages;
  const messages = afterCourse.feedback;
  const view = await getFeedbackForm(getDb(), token);
  if (view.state !== "OK") {
    return (
      <NoticePage title={view.state === "USED" ? messages.used : shared.linkInvalid}>
        {view.state === "USED" ? FEEDBACK_LINK_USED : FEEDBACK_LINK_INVALID}
      </NoticePage>
    );
  }
  return (
    <Container className="max-w-3xl space-y-6 py-12 sm:py-16">
      <Heading size="display">{messages.title}</Heading>
      <p className="text-lg">{fill(messages.greeting, { course: view.courseTitle, name: view.name })}</p>
      <p className="text-muted">{shared.requiredFields}</p>
      <FeedbackForm
        token={token}
        name={view.name}
        goals={view.goals}
        action={submitFeedbackAction}
        texts={messages.form}
      />
    </Container>
  );
}
