// /api/kalender/<token>.ics: the calendar entry of a call or a booking, for the link on the manage
// pages. The key is the read-only calendar token (derived one-way from the manage token), so a
// calendar that subscribes to the link can read the entry and nothing more; a manage token is refused.
import { bookingCalendarProps } from "@/lib/booking/notify";
import { findBookingByCalendarToken } from "@/lib/booking/service";
import { callIcs } from "@/lib/consultation/notify";
import { callChain, findCallByCalendarToken } from "@/lib/consultation/queries";
import { getDb } from "@/lib/db";
import { buildIcs } from "@/lib/ics";
import { buildIcsFeed } from "@/lib/ics-feed";

export const dynamic = "force-dynamic";

/** The calendar text of a link: one entry, or one per day of a course run (decision 0037). */
async function calendarFor(token: string): Promise<string | null> {
  const db = getDb();
  const call = await findCallByCalendarToken(db, token);
  if (call) {
    // A moved call's old link is spent: the new call's link serves the entry.
    // A held call has no calendar entry until it is confirmed.
    if (call.status === "RESCHEDULED" || (call.status === "BOOKED" && call.holdExpiresAt !== null)) return null;
    const chain = await callChain(db, call);
    return buildIcs(
      call.status === "BOOKED"
        ? callIcs(call, chain, "REQUEST")
        : callIcs(call, { ...chain, sequence: chain.sequence + 1 }, "CANCEL"),
    );
  }
  const booking = await findBookingByCalendarToken(db, token);
  if (!booking || booking.status === "WAITLISTED" || booking.status === "HELD") return null;
  const cancelled = booking.status === "CANCELLED" || booking.session.status === "CANCELLED";
  const { ics, calendar = [] } = bookingCalendarProps(booking, booking.session, cancelled ? "CANCEL" : "REQUEST");
  return ics ? buildIcs(ics) : buildIcsFeed(`Kurs: ${booking.session.title || booking.session.course.title}`, calendar);
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const token = file.endsWith(".ics") ? file.slice(0, -4) : "";
  const body = token ? await calendarFor(token) : null;
  if (!body) return new Response("Kein Kalendereintrag für diesen Link.", { status: 404 });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="termin.ics"',
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
