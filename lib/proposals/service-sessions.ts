// After acceptance: the dated sessions of the in-house course, one per agenda day, at the times
// of the accepted version's agenda. They are private sessions of the inquiry (not advertised).
// All of them are written in one transaction under the inquiry's row lock, and once per accepted
// version: a double click (or a second tab) waits for the first and then creates nothing more.
import { sessionTimes } from "@/lib/booking/rules";
import type { Actor } from "@/lib/db/actor";
import type { Database } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";

import type { SessionsFromAgendaInput } from "./schemas";
import { markDatesSet } from "./service-inquiry-status";
import { parseProposalSnapshot } from "./snapshot";

export async function createSessionsFromProposal(
  db: Database,
  actor: Actor,
  input: SessionsFromAgendaInput,
  now = new Date(),
): Promise<{ created: number; alreadyCreated: boolean }> {
  const inquiry = await db.inquiry.findUnique({ where: { id: input.inquiryId }, select: { reference: true } });
  const accepted = await db.proposal.findFirst({
    where: { inquiryId: input.inquiryId, status: "ACCEPTED" },
    orderBy: { version: "desc" },
  });
  if (!inquiry || !accepted) throw new AppError("CONFLICT", "Es gibt noch keine angenommene Offerte.");
  const snapshot = parseProposalSnapshot(accepted.snapshot, `Proposal ${accepted.id}`);
  const planned = snapshot.agenda.map((day, index) => {
    const date = input.dates.find((entry) => entry.day === day.day)?.date;
    if (!date) throw new AppError("VALIDATION", "Bitte ein Datum wählen.", { field: `dates.${index}.date` });
    const times = sessionTimes({ date, startTime: day.start, endTime: day.end });
    if (times.startsAt.getTime() <= now.getTime()) {
      throw new AppError("VALIDATION", "Der Termin muss in der Zukunft liegen.", { field: `dates.${index}.date` });
    }
    return { day, ...times };
  });
  // Every date is checked before the first session is written, so a wrong date leaves nothing half done.
  return inTransaction(db, async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Inquiry" WHERE "id" = ${input.inquiryId}::uuid FOR UPDATE`;
    const done = await tx.inquiryEvent.count({
      where: {
        inquiryId: input.inquiryId,
        type: "SESSION_CREATED",
        data: { path: ["proposalId"], equals: accepted.id },
      },
    });
    if (done > 0) return { created: 0, alreadyCreated: true };
    for (const { day, startsAt, endsAt } of planned) {
      const session = await tx.courseSession.create({
        data: {
          courseId: input.courseId,
          inquiryId: input.inquiryId,
          title: snapshot.agenda.length > 1 ? `${snapshot.title} (Tag ${day.day})` : snapshot.title,
          startsAt,
          endsAt,
          location: input.location,
          address: input.address,
          capacity: input.capacity,
          isPublic: false,
        },
      });
      await tx.inquiryEvent.create({
        data: {
          inquiryId: input.inquiryId,
          type: "SESSION_CREATED",
          data: { sessionId: session.id, proposalId: accepted.id },
        },
      });
    }
    // The dates exist: an accepted inquiry moves to DATES_SET and the client hears of it (0023).
    await markDatesSet(tx, actor, input.inquiryId);
    return { created: planned.length, alreadyCreated: false };
  });
}
