import type { Metadata } from "next";

import { WithdrawConsent } from "@/components/after-course/withdraw-consent";
import { Container } from "@/components/ui/container";
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
      <h1 className="text-4xl font-bold tracking-tight text-brand-dark">Zustimmung zurückziehen</h1>
      {view.state === "INVALID" ? (
        <p className="text-lg">{FEEDBACK_LINK_INVALID}</p>
      ) : view.withdrawn ? (
        <p className="text-lg">Ihre Zustimmung ist zurückgezogen. Das Zitat wird nicht veröffentlicht.</p>
      ) : (
        <>
          <p className="text-lg">Sie haben zugestimmt, dass dieses Zitat auf der Website erscheinen darf:</p>
          <blockquote className="border-l-4 border-brand pl-4 text-lg">{`«${view.quote}»`}</blockquote>
          <p>Ziehen Sie die Zustimmung zurück, wird das Zitat sofort entfernt und nicht mehr verwendet.</p>
          <WithdrawConsent token={token} action={withdrawConsentAction} />
        </>
      )}
    </Container>
  );
}
