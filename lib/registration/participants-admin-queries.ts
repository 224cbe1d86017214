import "server-only";

// The consultant's reads of an engagement's participants (decision 0036).
import { requireAdmin } from "@/lib/auth/guards";
import { sessionSeatsSelect } from "@/lib/booking/types";
import { getDb } from "@/lib/db";

import { listParticipants, participantSeats, rolePlaySituations } from "./participants-queries";

/** The participants page of an inquiry: the engagement, its days, everyone registered or waiting. */
export async function getParticipantsPage(reference: string) {
  await requireAdmin();
  const db = getDb();
  const inquiry = await db.inquiry.findUnique({
    where: { reference },
    select: { id: true, reference: true, organisationName: true, status: true },
  });
  if (!inquiry) return null;
  const [days, participants, seats] = await Promise.all([
    db.courseSession.findMany({
      where: { inquiryId: inquiry.id },
      orderBy: { startsAt: "asc" },
      select: sessionSeatsSelect,
    }),
    listParticipants(db, inquiry.id),
    participantSeats(db, inquiry.id),
  ]);
  return { inquiry, days, participants, seats };
}

/** The participants' situations and wishes beside the designer's agenda, and how many people are registered. */
export async function getRolePlaySituations(inquiryId: string) {
  await requireAdmin();
  const [groups, seats] = await Promise.all([
    rolePlaySituations(getDb(), inquiryId),
    participantSeats(getDb(), inquiryId),
  ]);
  return { groups, participants: seats.registered + seats.waiting };
}
