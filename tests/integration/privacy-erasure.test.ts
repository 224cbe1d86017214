// Erasure reaches every copy: the whole database, dumped as PostgreSQL sees it, must no longer
// hold the address (in any case) nor a marker the person typed into their inquiry.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";

import { parseInput } from "@/lib/action-result";
import { confirmBookingByToken } from "@/lib/booking/service";
import { bookSeats } from "@/lib/booking/service";
import { listFreeSlots } from "@/lib/consultation/queries";
import { bookCall } from "@/lib/consultation/service";
import { getDb } from "@/lib/db";
import { systemActor, userActor, visitor } from "@/lib/db/actor";
import { emptyInquiry, submitInquirySchema } from "@/lib/inquiries/schemas";
import { sendInquiryDigest, submitInquiry as storeInquiry } from "@/lib/inquiries/service";
import { deletePersonalData, type DeletedCounts } from "@/lib/privacy/service";
import { createDesignFromInquiry } from "@/lib/proposals/service";
import { sendProposal } from "@/lib/proposals/service";
import { hitRateLimit } from "@/lib/rate-limit";
import { seedDemoContent } from "@/prisma/seed/seed";

import { bookingInput, createTestSession } from "../setup/booking-fixtures";
import { runJobs, smtpTransport } from "../setup/jobs";
import { startSmtpSink, type SmtpSink } from "../setup/smtp-sink";

// The owner erases through the admin action, signed in: only the session cookie is stood in for.
const signedIn = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ readSessionUserId: async () => signedIn.userId }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
const { deletePersonalDataAction } = await import("@/lib/privacy/admin-actions");

// Tuesday 08.12.2026, 10:00 in Zurich: after the digest hour, calls and dates ahead.
const NOW = new Date("2026-12-08T09:00:00Z");
const marker = `Marker${randomUUID().replace(/-/g, "")}`;
// An underscore: Prisma's case-insensitive equals (ILIKE) would take it for "any character".
const address = `Zoe_Erase.${marker.slice(6, 14)}@Amt-Beispiel.example`;
// Matches `address` as an ILIKE pattern, but is somebody else.
const bystander = address.replace("_", "x").toLowerCase();
let sink: SmtpSink;

beforeAll(async () => {
  await seedDemoContent(getDb(), NOW);
  sink = await startSmtpSink(0, { rejectRecipient: (to) => to.toLowerCase() === address.toLowerCase() });
});

afterAll(async () => {
  await sink.stop();
});

async function databaseText(): Promise<string> {
  const url = process.env.DATABASE_URL ?? "";
  if (inject("databaseSetup").mode === "server") {
    const { stdout } = await promisify(execFile)("pg_dump", ["--data-only", "--no-owner", `--dbname=${url}`], {
      maxBuffer: 512 * 1024 * 1024,
    });
    return stdout;
  }
  // Embedded (PGlite) has no pg_dump of the same version here: read every row of every table instead.
  const tables = await getDb().$queryRaw<{ name: string }[]>`
    SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname IN ('public', 'graphile_worker')`;
  const parts = await Promise.all(
    tables.map(({ name }) => getDb().$queryRawUnsafe<{ row: string }[]>(`SELECT t::text AS row FROM ${name} t`)),
  );
  return parts
    .flat()
    .map((part) => part.row)
    .join("\n");
}

/** An inquiry whose free-text fields all carry `words`. */
async function submitInquiry(email: string, words: string) {
  const { reference } = await storeInquiry(
    getDb(),
    visitor,
    parseInput(submitInquirySchema, {
      ...emptyInquiry(),
      organisationName: "Sozialdienst Region Thun",
      organisationKind: "MUNICIPAL_OFFICE",
      department: "Wirtschaftliche Sozialhilfe",
      contactName: "Zoë Löschmich",
      email,
      phone: "033 123 45 67",
      participants: "12",
      challenges: ["ANGRY_CUSTOMERS"],
      challengesOther: `Drohungen am Telefon ${words}`,
      format: "ONE_DAY",
      preferredPeriod: `Frühling 2027 ${words}`,
      venue: "AT_CLIENT",
      venueNote: `Sitzungszimmer ${words}`,
      message: `Unser Team am Schalter braucht Unterstützung. ${words}`,
      privacyConsent: true,
    }),
    NOW,
  );
  return getDb().inquiry.findUniqueOrThrow({ where: { reference } });
}

describe("erasing one address", () => {
  it("leaves neither the address nor the person's words anywhere in the database", async () => {
    const db = getDb();
    const inquiry = await submitInquiry(address, marker);
    const other = await submitInquiry(bystander, "Bitte bald.");
    // The consultant's digest lists both inquiries by reference and name.
    expect(await sendInquiryDigest(db, systemActor("inquiry-digest"), NOW)).toBe("sent");

    const owner = await db.user.findFirstOrThrow({ where: { role: "OWNER" } });
    const design = await createDesignFromInquiry(db, systemActor("test"), { inquiryId: inquiry.id });
    expect((await db.courseDesign.findUniqueOrThrow({ where: { id: design.id } })).situation).toContain(marker);
    await sendProposal(db, userActor(owner), { designId: design.id, now: NOW });

    const [slot] = await listFreeSlots(db, NOW);
    await bookCall(
      db,
      {
        startsAt: slot!.startsAt.toISOString(),
        salutation: "MS",
        name: "Zoë Löschmich",
        organisation: "Sozialdienst Region Thun",
        email: address.toUpperCase(),
        phone: "033 123 45 67",
        topic: `Vorgespräch ${marker}`,
      },
      NOW,
    );
    const session = await db.courseSession.findFirstOrThrow({
      where: { isPublic: true, status: "SCHEDULED", startsAt: { gt: NOW } },
      orderBy: { startsAt: "asc" },
    });
    await bookSeats(
      db,
      {
        sessionId: session.id,
        salutation: "MS",
        contactName: "Zoë Löschmich",
        email: address.toLowerCase(),
        phone: "033 123 45 67",
        organisation: `Sozialdienst ${marker}`,
        billingReference: `Kostenstelle ${marker}`,
        participants: [{ name: "Zoë Löschmich", email: address }],
      },
      NOW,
    );
    // Delivery to the address fails; the failed job keeps the server's answer, which quotes it.
    await runJobs(smtpTransport(sink.url));
    const failed = await db.$queryRaw<{ last_error: string }[]>`
      SELECT last_error FROM graphile_worker._private_jobs WHERE last_error IS NOT NULL`;
    expect(failed.some((job) => job.last_error.toLowerCase().includes(address.toLowerCase()))).toBe(true);
    // A limit counted per address (as sign-in does per account).
    await hitRateLimit(db, `sign-in:account:${address.toLowerCase()}`, { limit: 5, windowSeconds: 900 }, NOW);

    const before = (await databaseText()).toLowerCase();
    expect(before).toContain(address.toLowerCase());
    expect(before).toContain(marker.toLowerCase());

    signedIn.userId = owner.id;
    const result = await deletePersonalDataAction({ email: ` ${address.toUpperCase()} `, confirmation: "LÖSCHEN" });
    if (!result.ok) throw new Error(result.message);
    const counts: DeletedCounts = result.data;
    expect(result.message).toMatch(/Storniert: 1 kommende Buchungen, 0 Kursanmeldungen und 1 kommende Erstgespräche/);
    expect(counts).toMatchObject({ inquiries: 1, bookings: 1, appointments: 1, cancelledBookings: 1 });
    expect(counts.cancelledAppointments).toBe(1);

    const after = (await databaseText()).toLowerCase();
    expect(after).not.toContain(address.toLowerCase());
    expect(after).not.toContain(marker.toLowerCase());
    // The other person, whose address an ILIKE pattern would have matched, is untouched.
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: other.id } })).email).toBe(bystander);
    expect(await db.outboxMessage.count({ where: { recipient: bystander } })).toBeGreaterThan(0);
    // The seat and the call slot are free again.
    expect((await db.courseSession.findUniqueOrThrow({ where: { id: session.id } })).seatsTaken).toBe(
      session.seatsTaken,
    );
    expect((await listFreeSlots(db, NOW))[0]?.startsAt.toISOString()).toBe(slot!.startsAt.toISOString());
  });

  it("gives a freed seat to the waiting list, in order, with its mail", async () => {
    const db = getDb();
    const course = await db.course.findFirstOrThrow({ where: { published: true } });
    const session = await createTestSession(course.id, 1, new Date(NOW.getTime() + 20 * 86_400_000).toISOString());
    // Booked and confirmed from the mail (decision 0019), so a promotion confirms the seat at once.
    const book = async (email: string) => {
      const placed = await bookSeats(db, bookingInput(session.id, email), NOW);
      await confirmBookingByToken(db, placed.token, NOW);
      return placed;
    };
    expect((await book("platz.weg@amt.example")).status).toBe("HELD");
    const waiting = await book("wartet@amt.example");
    expect(waiting.status).toBe("WAITLISTED");

    await deletePersonalData(db, systemActor("test"), { email: "Platz.Weg@amt.example" }, NOW);

    expect(await db.booking.findUniqueOrThrow({ where: { id: waiting.bookingId } })).toMatchObject({
      status: "CONFIRMED",
      waitlistPosition: null,
    });
    expect((await db.courseSession.findUniqueOrThrow({ where: { id: session.id } })).seatsTaken).toBe(1);
    expect(await db.outboxMessage.count({ where: { bookingId: waiting.bookingId, template: "booking-placed" } })).toBe(
      2,
    );
  });
});
