import type { Metadata } from "next";

import { CallBookingForm } from "@/components/booking/call-booking-form";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { bookCallAction, bookCallFormAction } from "@/lib/consultation/actions";
import { getCallBookingPage } from "@/lib/consultation/queries";
import { formatDuration } from "@/lib/format";
import { pageMetadata } from "@/lib/seo/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Unverbindliches Erstgespräch",
  description:
    "Buchen Sie ein kostenloses, unverbindliches Erstgespräch am Telefon: Sie wählen die Zeit, ich rufe Sie an.",
  path: "/erstgespraech",
});
// Rendered per request: the cached [lang] segment would otherwise serve stale seats, slots or links.
export const dynamic = "force-dynamic";

export default async function CallBookingPage({ searchParams }: { searchParams: Promise<{ anfrage?: string }> }) {
  const { anfrage } = await searchParams;
  const { slots, settings, inquiry } = await getCallBookingPage(typeof anfrage === "string" ? anfrage : undefined);
  return (
    <Container className="py-12 sm:py-16">
      <div className="max-w-3xl">
        <Heading size="display">Unverbindliches Erstgespräch</Heading>
        <p className="mt-4 text-lg">
          {`In einem Telefongespräch von ${formatDuration(settings.callMinutes)} klären wir, wo Ihr Team im Kundenkontakt steht und was ein Kurs bewirken soll. Das Gespräch ist kostenlos und verpflichtet Sie zu nichts.`}
        </p>
        {inquiry ? (
          <p className="mt-4 rounded-lg bg-brand-soft p-4">
            {`Das Gespräch wird Ihrer Anfrage ${inquiry.reference} zugeordnet.`}
          </p>
        ) : null}
        <div className="mt-10">
          <CallBookingForm
            slots={slots.map((slot) => ({ startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString() }))}
            action={bookCallAction}
            formAction={bookCallFormAction}
            prefill={
              inquiry
                ? {
                    salutation: inquiry.salutation,
                    name: inquiry.contactName,
                    organisation: inquiry.organisationName,
                    email: inquiry.email,
                    phone: inquiry.phone ?? "",
                    topic: `Zu meiner Anfrage ${inquiry.reference}`,
                    inquiryToken: anfrage,
                  }
                : undefined
            }
          />
        </div>
      </div>
    </Container>
  );
}
