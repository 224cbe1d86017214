import type { Metadata } from "next";

import { CallBookingForm } from "@/components/booking/call-booking-form";
import { Container } from "@/components/ui/container";
import { Heading } from "@/components/ui/heading";
import { bookCallAction, bookCallFormAction } from "@/lib/consultation/actions";
import { getCallBookingPage } from "@/lib/consultation/queries";
import { formatDuration } from "@/lib/format";
import { fill } from "@/lib/i18n";
import { messagesOf } from "@/lib/i18n/params";
import { pageMetadata } from "@/lib/seo/metadata";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<{ anfrage?: string }> };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { book } = (await messagesOf(params)).pages.callBooking;
  return pageMetadata({ title: book.title, description: book.description, path: "/erstgespraech" });
}
// Rendered per request: the cached [lang] segment would otherwise serve stale seats, slots or links.
export const dynamic = "force-dynamic";

export default async function CallBookingPage({ params, searchParams }: Props) {
  const { callBooking, shared } = (await messagesOf(params)).pages;
  const { book } = callBooking;
  const { anfrage } = await searchParams;
  const { slots, settings, inquiry } = await getCallBookingPage(typeof anfrage === "string" ? anfrage : undefined);
  return (
    <Container className="py-12 sm:py-16">
      <div className="max-w-3xl">
        <Heading size="display">{book.title}</Heading>
        <p className="mt-4 text-lg">{fill(book.intro, { duration: formatDuration(settings.callMinutes) })}</p>
        {inquiry ? (
          <p className="mt-4 rounded-lg bg-brand-soft p-4">{fill(book.forInquiry, { reference: inquiry.reference })}</p>
        ) : null}
        <div className="mt-10">
          <CallBookingForm
            texts={{ ...book.form, dateTimeRange: shared.dateTimeRange, slotPicker: shared.slotPicker }}
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
                    topic: fill(book.topicForInquiry, { reference: inquiry.reference }),
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
