// Reads of a course run for its certificates (decision 0027): the days, who attended, and what the
// course covered. Not marked server-only: the mail templates (rendered by the worker) attach
// certificates through it, and scripts and the e2e set-up load the template registry. A run is every held session of one in-house engagement for one course, or one
// public session; the caller's guard or link decides which run may be read.
import type { Database, Tx } from "@/lib/db/client";
import { isUuid } from "@/lib/db/ids";
import { getPortalView } from "@/lib/proposals/queries";
import { parseProposalSnapshot } from "@/lib/proposals/snapshot";

import { attendanceText, certificateParticipants, runDays, type CertificateParticipant } from "./rules";

export type RunRef = { kind: "inquiry"; inquiryId: string; courseId: string } | { kind: "session"; sessionId: string };

export type RunCertificates = {
  runKey: string;
  courseId: string;
  inquiryId: string | null;
  courseTitle: string;
  client: string | null;
  days: { date: Date; minutes: number }[];
  lastDayEndsAt: Date;
  goals: string[];
  modules: string[];
  consultantName: string;
  businessName: string;
  participants: CertificateParticipant[];
};

export function runKeyOf(ref: RunRef): string {
  return ref.kind === "inquiry" ? `inquiry:${ref.inquiryId}:${ref.courseId}` : `session:${ref.sessionId}`;
}

/** The run a session belongs to: its engagement's sessions of the same course, or itself. */
export async function runRefOfSession(db: Database | Tx, sessionId: string): Promise<RunRef | null> {
  const session = await db.courseSession.findUnique({
    where: { id: sessionId },
    select: { id: true, inquiryId: true, courseId: true },
  });
  if (!session) return null;
  return session.inquiryId
    ? { kind: "inquiry", inquiryId: session.inquiryId, courseId: session.courseId }
    : { kind: "session", sessionId: session.id };
}

export function runRefOfKey(runKey: string): RunRef | null {
  const [kind, first, second] = runKey.split(":");
  if (kind === "inquiry" && first && second) return { kind, inquiryId: first, courseId: second };
  if (kind === "session" && first) return { kind, sessionId: first };
  return null;
}

/** Goals and modules covered: the accepted proposal's when the run comes from one, else the course's. */
async function coveredContent(
  db: Database | Tx,
  courseId: string,
  inquiryId: string | null,
): Promise<{ title: string | null; goals: string[]; modules: string[] }> {
  if (inquiryId) {
    const accepted = await db.proposal.findFirst({
      where: { inquiryId, status: "ACCEPTED" },
      orderBy: { version: "desc" },
      select: { id: true, snapshot: true },
    });
    if (accepted) {
      const snapshot = parseProposalSnapshot(accepted.snapshot, `Proposal ${accepted.id}`);
      const modules = snapshot.agenda.flatMap((day) =>
        day.items.filter((item) => item.kind !== "BREAK").map((item) => item.title),
      );
      return {
        title: snapshot.title,
        goals: snapshot.goals.map((goal) => goal.title),
        modules: [...new Set(modules)],
      };
    }
  }
  const course = await db.course.findUniqueOrThrow({
    where: { id: courseId },
    select: {
      goals: { orderBy: { position: "asc" }, select: { goal: { select: { title: true } } } },
      modules: { orderBy: [{ day: "asc" }, { position: "asc" }], select: { module: { select: { title: true } } } },
    },
  });
  return {
    title: null,
    goals: course.goals.map((entry) => entry.goal.title),
    modules: course.modules.map((entry) => entry.module.title),
  };
}

/** Everything the certificates of a run show; null when the run has no held (uncancelled) day. */
export async function getRunCertificates(db: Database | Tx, ref: RunRef): Promise<RunCertificates | null> {
  const sessions = await db.courseSession.findMany({
    where: {
      status: { not: "CANCELLED" },
      ...(ref.kind === "inquiry" ? { inquiryId: ref.inquiryId, courseId: ref.courseId } : { id: ref.sessionId }),
    },
    orderBy: { startsAt: "asc" },
    select: {
      id: true,
      courseId: true,
      inquiryId: true,
      startsAt: true,
      endsAt: true,
      title: true,
      days: { select: { startsAt: true, endsAt: true }, orderBy: { dayNumber: "asc" } },
      course: { select: { title: true } },
      inquiry: { select: { organisationName: true, department: true } },
      bookings: {
        where: { status: "CONFIRMED" },
        select: { email: true, participants: { select: { name: true, email: true, attendance: true } } },
      },
    },
  });
  const first = sessions[0];
  if (!first) return null;
  const [content, profile] = await Promise.all([
    coveredContent(db, first.courseId, first.inquiryId),
    db.businessProfile.findUnique({ where: { id: 1 }, select: { name: true, businessName: true } }),
  ]);
  // A public course run (decision 0037) is one session held on each of its days, not on every
  // calendar day between its first and its last.
  const sessionDays = sessions.flatMap((session) =>
    session.days.length > 0
      ? session.days.map((day) => ({ sessionId: session.id, startsAt: day.startsAt, endsAt: day.endsAt }))
      : [{ sessionId: session.id, startsAt: session.startsAt, endsAt: session.endsAt }],
  );
  const registrations = sessions.flatMap((session) =>
    session.bookings.flatMap((booking) =>
      booking.participants.map((participant) => ({
        sessionId: session.id,
        ...participant,
        // Someone who booked one seat for themselves is reached at the booking's address.
        email: participant.email ?? (booking.participants.length === 1 ? booking.email : null),
      })),
    ),
  );
  const client = first.inquiry
    ? [first.inquiry.organisationName, first.inquiry.department].filter(Boolean).join(", ")
    : null;
  return {
    runKey: runKeyOf(ref),
    courseId: first.courseId,
    inquiryId: first.inquiryId,
    courseTitle: content.title ?? first.course.title,
    client,
    days: runDays(sessionDays).map(({ date, minutes }) => ({ date, minutes })),
    lastDayEndsAt: sessions.reduce((last, session) => (session.endsAt > last ? session.endsAt : last), first.endsAt),
    goals: content.goals,
    modules: content.modules,
    consultantName: profile?.name ?? "",
    businessName: profile?.businessName ?? "",
    participants: certificateParticipants(sessionDays, registrations),
  };
}

/** The runs of an engagement, one per course it held; for the client's portal. */
export async function listInquiryRuns(db: Database | Tx, inquiryId: string): Promise<RunRef[]> {
  const courses = await db.courseSession.findMany({
    where: { inquiryId, status: { not: "CANCELLED" } },
    distinct: ["courseId"],
    select: { courseId: true },
  });
  return courses.map(({ courseId }) => ({ kind: "inquiry", inquiryId, courseId }));
}

/**
 * The certificates a portal link shows: those of the engagement's courses whose last day is over
 * (the after-course job recorded the run). Invalid, revoked or expired links open nothing.
 */
export async function listPortalCertificates(
  db: Database | Tx,
  inquiryId: string,
): Promise<
  { courseId: string; title: string; participants: { number: number; name: string; attendance: string }[] }[]
> {
  const runs = await db.courseRun.findMany({
    where: { inquiryId },
    orderBy: { lastDayEndsAt: "asc" },
    select: { courseId: true },
  });
  const result = [];
  for (const run of runs) {
    const certificates = await getRunCertificates(db, { kind: "inquiry", inquiryId, courseId: run.courseId });
    if (!certificates) continue;
    result.push({
      courseId: run.courseId,
      title: certificates.courseTitle,
      participants: certificates.participants.map((participant, index) => ({
        number: index + 1,
        name: participant.name,
        attendance: attendanceText(participant),
      })),
    });
  }
  return result;
}

export async function getPortalCertificates(
  db: Database,
  token: string,
  courseId: string,
  now = new Date(),
): Promise<{ state: "INVALID" } | { state: "OK"; run: RunCertificates | null }> {
  const view = await getPortalView(db, token, now);
  if (view.state !== "OK") return { state: "INVALID" };
  if (!isUuid(courseId)) return { state: "OK", run: null };
  const held = await db.courseRun.findUnique({
    where: { runKey: runKeyOf({ kind: "inquiry", inquiryId: view.inquiryId, courseId }) },
    select: { id: true },
  });
  if (!held) return { state: "OK", run: null };
  return { state: "OK", run: await getRunCertificates(db, { kind: "inquiry", inquiryId: view.inquiryId, courseId }) };
}
