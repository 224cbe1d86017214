import type { Metadata } from "next";

import { ActionButton } from "@/components/ui/action-button";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { getDb } from "@/lib/db";
import { withdrawConsentAction } from "@/lib/feedback/actions";
import { getWithdrawView } from "@/lib/feedback/queries";
import { FEEDBACK_LINK_INVALID } from "@/lib/feedback/service";

export const metadata: Metadata = { title: "Zustimmung zurückziehen", robots: { index: false, follow: false } };
export const dynamic = "force-dynamic";

export default async function WithdrawConsentPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await getWithdrawView(getDb(), token);
  return (
    <Container className="max-w-3xl space-y-6 py-12 sm:py-16">
      <Heading size="display">Zustimmung zurückziehen</Heading>
      {view.state === "INVALID" ? (
        <p className="text-lg">{FEEDBACK_LINK_INVALID}</p>
      ) : view.withdrawn ? (
        <p className="text-lg">Ihre Zustimmung ist zurückgezogen. Das Zitat wird nicht veröffentlicht.</p>
      ) : (
        <>
          <p className="text-lg">Sie haben zugestimmt, dass dieses Zitat auf der Website erscheinen darf:</p>
          <blockquote className="border-l-4 border-brand pl-4 text-lg">{`«${view.quote}»`}</blockquote>
          <p>Ziehen Sie die Zustimmung zurück, wird das Zitat sofort entfernt und nicht mehr verwendet.</p>
          {/* A button, not the link itself: a mail scanner following the link must not withdraw anything. */}
          <ActionButton
            layout="block"
            pendingLabel="Wird zurückgezogen …"
            action={withdrawConsentAction.bind(null, { token })}
          >
            Zustimmung zurückziehen
          </ActionButton>
        </>
      )}
    </Container>
  );
}
