// After acceptance: the dated sessions of the in-house course, one per agenda day, at the times
// of the accepted version's agenda. They are private sessions of the inquiry (not advertised).
import { createSession, sessionTimes } from "@/lib/booking/admin";
import type { Database } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

import { markDatesSet } from "./inquiry-status";
import type { SessionsFromAgendaInput } from "./schemas";
import type { ProposalSnapshot } from "./snapshot";

export async function createSessionsFromProposal(
  db: Database,
  input: SessionsFromAgendaInput,
  now = new Date(),
): Promise<{ created: number }> {
  const inquiry = await db.inquiry.findUnique({ where: { id: input.inquiryId }, select: { reference: true } });
  const accepted = await db.proposal.findFirst({
    where: { inquiryId: input.inquiryId, status: "ACCEPTED" },
    orderBy: { version: "desc" },
  });
  if (!inquiry || !accepted) throw new AppError("CONFLICT", "Es gibt noch kein angenommenes Angebot.");
  const snapshot = accepted.snapshot as ProposalSnapshot;
  const planned = snapshot.agenda.map((day, index) => {
    const date = input.dates.find((entry) => entry.day === day.day)?.date;
    if (!date) throw new AppError("VALIDATION", "Bitte ein Datum wählen.", { field: `dates.${index}.date` });
    const times = sessionTimes({ date, startTime: day.start, endTime: day.end });
    if (times.startsAt.getTime() <= now.getTime()) {
      throw new AppError("VALIDATION", "Der Termin muss in der Zukunft liegen.", { field: `dates.${index}.date` });
    }
    return { date, day };
  });
  // Every date is checked before the first session is written, so a wrong date leaves nothing half done.
  for (const { date, day } of planned) {
    await createSession(
      db,
      {
        courseId: input.courseId,
        title: snapshot.agenda.length > 1 ? `${snapshot.title} (Tag ${day.day})` : snapshot.title,
        date,
        startTime: day.start,
        endTime: day.end,
        location: input.location,
        address: input.address,
        capacity: input.capacity,
        isPublic: false,
        inquiryReference: inquiry.reference,
        bookingDeadline: "",
        priceNote: "",
      },
      now,
    );
  }
  await db.$transaction((tx) => markDatesSet(tx, input.inquiryId));
  return { created: planned.length };
}
