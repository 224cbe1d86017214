import "server-only";

// Admin reads of team registration (decision 0031): the engagement's link, seats and the team.
import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { getAcceptedEngagement } from "@/lib/proposals/queries";

import { countRegistrations, getRegistrationUrl } from "./queries";
import { registrationCapacity, registrationSeatsLabel } from "./rules";

export type AdminTeamRegistration = {
  id: string;
  name: string;
  email: string;
  function: string;
  situation: string;
  wish: string;
  source: "LINK" | "PORTAL" | "ADMIN";
  status: "REGISTERED" | "WAITLISTED";
  waitlistPosition: number | null;
  createdAt: Date;
};

export type AdminTeamRegistrationView = {
  /** The active link, null when there is none (revoked, or no dates yet). */
  url: string | null;
  hasSessions: boolean;
  capacity: number | null;
  seatsLabel: string | null;
  registered: number;
  waiting: number;
  /** Seated first, then the waiting list in its order. */
  people: AdminTeamRegistration[];
};

export async function getTeamRegistrationForAdmin(inquiryId: string): Promise<AdminTeamRegistrationView> {
  await requireAdmin();
  const db = getDb();
  const [url, sessions, accepted, counts, rows] = await Promise.all([
    getRegistrationUrl(db, inquiryId),
    db.courseSession.findMany({
      where: { inquiryId, status: "SCHEDULED" },
      select: { capacity: true, seatsTaken: true },
    }),
    getAcceptedEngagement(db, inquiryId),
    countRegistrations(db, inquiryId),
    db.teamRegistration.findMany({
      where: { inquiryId, status: { in: ["REGISTERED", "WAITLISTED"] } },
      orderBy: [{ status: "asc" }, { waitlistPosition: "asc" }, { createdAt: "asc" }],
      select: {
        id: true,
        name: true,
        email: true,
        function: true,
        situation: true,
        wish: true,
        source: true,
        status: true,
        waitlistPosition: true,
        createdAt: true,
      },
    }),
  ]);
  const capacity = registrationCapacity(
    accepted?.groupSize ?? null,
    sessions.map((session) => session.capacity),
  );
  let rank = 0;
  return {
    url,
    hasSessions: sessions.length > 0,
    capacity,
    seatsLabel:
      capacity === null
        ? null
        : registrationSeatsLabel({
            capacity,
            ...counts,
            dayFreeSeats: Math.min(...sessions.map((session) => session.capacity - session.seatsTaken)),
          }),
    ...counts,
    people: rows.map((row) => ({
      ...(row as AdminTeamRegistration),
      waitlistPosition: row.status === "WAITLISTED" ? ++rank : null,
    })),
  };
}
