import type { Metadata } from "next";

import { FeedbackForm } from "@/components/after-course/feedback-form";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { NoticePage } from "@/components/ui/notice-page";
import { getDb } from "@/lib/db";
import { submitFeedbackAction } from "@/lib/feedback/actions";
import { getFeedbackForm } from "@/lib/feedback/queries";
import { FEEDBACK_LINK_INVALID, FEEDBACK_LINK_USED } from "@/lib/feedback/service";

export const metadata: Metadata = { title: "Ihre Rückmeldung zum Kurs", robots: { index: false, follow: false } };
// Per request: whether the link was used must be current.
export const dynamic = "force-dynamic";

export default async function FeedbackPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await getFeedbackForm(getDb(), token);
  if (view.state !== "OK") {
    return (
      <NoticePage title={view.state === "USED" ? "Rückmeldung bereits gegeben" : "Link nicht gültig"}>
        {view.state === "USED" ? FEEDBACK_LINK_USED : FEEDBACK_LINK_INVALID}
      </NoticePage>
    );
  }
  return (
    <Container className="max-w-3xl space-y-6 py-12 sm:py-16">
      <Heading size="display">Ihre Rückmeldung zum Kurs</Heading>
      <p className="text-lg">{`«${view.courseTitle}»: Guten Tag ${view.name}, herzlichen Dank, dass Sie sich fünf Minuten Zeit nehmen.`}</p>
      <p className="text-muted">Felder mit * sind Pflichtfelder.</p>
      <FeedbackForm token={token} name={view.name} goals={view.goals} action={submitFeedbackAction} />
    </Container>
  );
}
