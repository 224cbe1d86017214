import type { Metadata } from "next";

import { ActionButton } from "@/components/ui/action-button";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { getDb } from "@/lib/db";
import { withdrawConsentAction } from "@/lib/feedback/actions";
import { getWithdrawView } from "@/lib/feedback/queries";
import { FEEDBACK_LINK_INVALID } from "@/lib/feedback/service";
import { messagesOf } from "@/lib/i18n/params";

type Props = { params: Promise<{ lang: string; token: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return {
    title: (await messagesOf(params)).pages.afterCourse.withdraw.title,
    robots: { index: false, follow: false },
  };
}
export const dynamic = "force-dynamic";

export default async function WithdrawConsentPage({ params }: Props) {
  const { token } = await params;
  const messages = (await messagesOf(params)).pages.afterCourse.withdraw;
  const view = await getWithdrawView(getDb(), token);
  return (
    <Container className="max-w-3xl space-y-6 py-12 sm:py-16">
      <Heading size="display">{messages.title}</Heading>
      {view.state === "INVALID" ? (
        <p className="text-lg">{FEEDBACK_LINK_INVALID}</p>
      ) : view.withdrawn ? (
        <p className="text-lg">{messages.withdrawn}</p>
      ) : (
        <>
          <p className="text-lg">{messages.consented}</p>
          <blockquote className="border-l-4 border-brand pl-4 text-lg">{`«${view.quote}»`}</blockquote>
          <p>{messages.effect}</p>
          {/* A button, not the link itself: a mail scanner following the link must not withdraw anything. */}
          <ActionButton
            layout="block"
            pendingLabel={messages.pending}
            action={withdrawConsentAction.bind(null, { token })}
          >
            {messages.button}
          </ActionButton>
        </>
      )}
    </Container>
  );
}
