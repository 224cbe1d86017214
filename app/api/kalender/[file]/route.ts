// /api/kalender/<token>.ics: the calendar entry of a call or a booking, for the link on the manage
// pages. The key is the read-only calendar token (derived one-way from the manage token), so a
// calendar that subscribes to the link can read the entry and nothing more; a manage token is refused.
import { bookingIcs } from "@/lib/booking/notify";
import { findBookingByCalendarToken } from "@/lib/booking/service";
import { callIcs } from "@/lib/consultation/notify";
import { callChain, findCallByCalendarToken } from "@/lib/consultation/queries";
import { getDb } from "@/lib/db";
import { buildIcs, type IcsEvent } from "@/lib/ics";

export const dynamic = "force-dynamic";

async function eventFor(token: string): Promise<IcsEvent | null> {
  const db = getDb();
  const call = await findCallByCalendarToken(db, token);
  if (call) {
    // A moved call's old link is spent: the new call's link serves the entry.
    // A held call has no calendar entry until it is confirmed.
    if (call.status === "RESCHEDULED" || (call.status === "BOOKED" && call.holdExpiresAt !== null)) return null;
    const chain = await callChain(db, call);
    return call.status === "BOOKED"
      ? callIcs(call, chain, "REQUEST")
      : callIcs(call, { ...chain, sequence: chain.sequence + 1 }, "CANCEL");
  }
  const booking = await findBookingByCalendarToken(db, token);
  if (!booking || booking.status === "WAITLISTED" || booking.status === "HELD") return null;
  const cancelled = booking.status === "CANCELLED" || booking.session.status === "CANCELLED";
  return bookingIcs(booking, booking.session, cancelled ? "CANCEL" : "REQUEST");
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const token = file.endsWith(".ics") ? file.slice(0, -4) : "";
  const event = token ? await eventFor(token) : null;
  if (!event) return new Response("Kein Kalendereintrag für diesen Link.", { status: 404 });
  return new Response(buildIcs(event), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="termin.ics"',
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
