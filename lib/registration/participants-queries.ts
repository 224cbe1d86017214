// Reads of an engagement's participant list, without a guard (no "server-only" marker: the
// services import them, and the e2e fixtures reach the services): the portal page scopes them by its
// link, the admin pages by requireAdmin (participants-admin-queries.ts).
import type { Database, Tx } from "@/lib/db/client";
import { getAcceptedEngagement } from "@/lib/proposals/queries";

import { parseParticipantList, type ListDelimiter } from "./parse-participants";
import { importPreview, type ImportPreview } from "./participant-rules";
import { countRegistrations } from "./queries";
import { registrationCapacity } from "./rules";

export type ParticipantRow = {
  id: string;
  name: string;
  email: string;
  function: string;
  status: "REGISTERED" | "WAITLISTED";
  /** Place on the waiting list (1 = next); null when seated. */
  waitlistRank: number | null;
  source: "LINK" | "PORTAL" | "ADMIN";
  createdAt: Date;
};

/** The first scheduled course day of an engagement, or null before the dates are set. */
export async function firstCourseDay(db: Database | Tx, inquiryId: string): Promise<{ startsAt: Date } | null> {
  return db.courseSession.findFirst({
    where: { inquiryId, status: "SCHEDULED" },
    orderBy: { startsAt: "asc" },
    select: { startsAt: true },
  });
}

/** Everyone registered or waiting: the seated in the order they registered, then the waiting list in order. */
export async function listParticipants(db: Database | Tx, inquiryId: string): Promise<ParticipantRow[]> {
  const rows = await db.teamRegistration.findMany({
    where: { inquiryId, status: { in: ["REGISTERED", "WAITLISTED"] } },
    orderBy: [{ status: "asc" }, { waitlistPosition: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      function: true,
      status: true,
      waitlistPosition: true,
      source: true,
      createdAt: true,
    },
  });
  let rank = 0;
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    function: row.function,
    status: row.status as ParticipantRow["status"],
    waitlistRank: row.status === "WAITLISTED" ? (rank += 1) : null,
    source: row.source,
    createdAt: row.createdAt,
  }));
}

export type ParticipantSeats = { capacity: number | null; registered: number; waiting: number };

/** Seats of an engagement as the lists show them (the writes count again under the lock). */
export async function participantSeats(db: Database | Tx, inquiryId: string): Promise<ParticipantSeats> {
  const [accepted, days, counts] = await Promise.all([
    getAcceptedEngagement(db, inquiryId),
    db.courseSession.findMany({ where: { inquiryId, status: "SCHEDULED" }, select: { capacity: true } }),
    countRegistrations(db, inquiryId),
  ]);
  return {
    capacity: registrationCapacity(
      accepted?.groupSize ?? null,
      days.map((day) => day.capacity),
    ),
    ...counts,
  };
}

/** What importing this text into the engagement would change, line by line. */
export async function importPreviewFor(
  db: Database | Tx,
  inquiryId: string,
  text: string,
  delimiters: readonly ListDelimiter[],
): Promise<ImportPreview> {
  const list = parseParticipantList(text, { delimiters });
  const [active, seats] = await Promise.all([
    db.teamRegistration.findMany({
      where: { inquiryId, status: { in: ["REGISTERED", "WAITLISTED"] } },
      select: { email: true },
    }),
    participantSeats(db, inquiryId),
  ]);
  const registered = new Set(active.map((row) => row.email.toLowerCase()));
  return importPreview(list, registered, {
    free: (seats.capacity ?? 0) - seats.registered,
    waiting: seats.waiting,
  });
}

export type SituationGroup = {
  /** The participants' function as they gave it ("" when none was given). */
  function: string;
  entries: { name: string; situation: string; wish: string }[];
};

/**
 * The answered situations and wishes of an engagement's participants, grouped by their function
 * (alphabetically, "without function" last; a group is named as its first registrant wrote the
 * function, and lists people in the order they registered), for the role plays. Only
 * people still registered or waiting, and only those who answered at least one question.
 */
export async function rolePlaySituations(db: Database | Tx, inquiryId: string): Promise<SituationGroup[]> {
  const rows = await db.teamRegistration.findMany({
    where: {
      inquiryId,
      status: { in: ["REGISTERED", "WAITLISTED"] },
      OR: [{ situation: { not: "" } }, { wish: { not: "" } }],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { name: true, function: true, situation: true, wish: true },
  });
  const groups = new Map<string, SituationGroup>();
  for (const row of rows) {
    const key = row.function.trim().toLocaleLowerCase("de-CH");
    const group = groups.get(key) ?? { function: row.function.trim(), entries: [] };
    group.entries.push({ name: row.name, situation: row.situation, wish: row.wish });
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) =>
    a.function === "" ? 1 : b.function === "" ? -1 : a.function.localeCompare(b.function, "de-CH"),
  );
}
