import type { Metadata } from "next";

import { FollowUpForm } from "@/components/after-course/follow-up-form";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { NoticePage } from "@/components/ui/notice-page";
import { getDb } from "@/lib/db";
import { submitFollowUpAction } from "@/lib/follow-up/actions";
import { getFollowUpForm } from "@/lib/follow-up/queries";
import { FOLLOW_UP_ANSWERED, FOLLOW_UP_LINK_INVALID } from "@/lib/follow-up/service";

export const metadata: Metadata = { title: "Nachbereitung", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function FollowUpPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await getFollowUpForm(getDb(), token);
  if (view.state !== "OK") {
    return (
      <NoticePage title={view.state === "ANSWERED" ? "Bereits beantwortet" : "Link nicht gültig"}>
        {view.state === "ANSWERED" ? FOLLOW_UP_ANSWERED : FOLLOW_UP_LINK_INVALID}
      </NoticePage>
    );
  }
  return (
    <Container className="max-w-3xl space-y-6 py-12 sm:py-16">
      <Heading size="display">Nachbereitung</Heading>
      <p className="text-lg">{`Guten Tag ${view.contactName}: Was ist vom Kurs «${view.courseTitle}» bei ${view.organisationName} geblieben?`}</p>
      <p className="text-muted">Felder mit * sind Pflichtfelder.</p>
      <FollowUpForm token={token} action={submitFollowUpAction} />
    </Container>
  );
}
