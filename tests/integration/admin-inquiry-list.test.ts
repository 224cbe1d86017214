import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { getDb } from "@/lib/db";
import type { Database } from "@/lib/db/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { inquiryListFilterSchema } from "@/lib/inquiries/admin-schemas";

import { createAdmins, createCourse, inquiryData } from "../setup/admin-fixtures";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ readSessionUserId: async () => session.userId }));

const { listInquiriesForAdmin } = await import("@/lib/inquiries/admin-queries");

const TOTAL = 10_000;
const NOW = new Date("2026-11-27T09:00:00Z");
const statuses = ["NEW", "IN_CLARIFICATION", "PROPOSAL_SENT", "CONFIRMED", "HELD", "CLOSED", "DECLINED"] as const;
const organisations = ["Steuerverwaltung", "Betreibungsamt", "Kirchgemeinde", "Passbüro", "Sozialdienst"];

/** Every SQL statement the app's client sends while `run` runs. */
async function countStatements<T>(run: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const globalForDb = globalThis as unknown as { anliegenDb?: Database };
  const previous = globalForDb.anliegenDb;
  const statements: string[] = [];
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL ?? "" }),
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", (event) => statements.push(event.query));
  globalForDb.anliegenDb = client;
  try {
    return { result: await run(), statements };
  } finally {
    globalForDb.anliegenDb = previous;
    await client.$disconnect();
  }
}

beforeAll(async () => {
  const db = getDb();
  session.userId = (await createAdmins(db)).staffId;
  const course = await createCourse(db);
  const rows = Array.from({ length: TOTAL }, (_, index) =>
    inquiryData({
      reference: `ANF-${2000 + Math.floor(index / 1000)}-${String(index % 1000).padStart(4, "0")}`,
      organisationName: `${organisations[index % organisations.length]} ${index}`,
      contactName: index === 4242 ? "Zoë Einzigartig" : "Hans Muster",
      status: statuses[index % statuses.length],
      receivedAt: new Date(NOW.getTime() - index * 60 * 60 * 1000),
      responseDueAt: new Date(NOW.getTime() - index * 60 * 60 * 1000 + 48 * 60 * 60 * 1000),
      courseId: index % 3 === 0 ? course.id : null,
    }),
  );
  for (let start = 0; start < TOTAL; start += 2000) {
    await db.inquiry.createMany({ data: rows.slice(start, start + 2000) });
  }
  await db.$executeRawUnsafe('ANALYZE "Inquiry"');
}, 120_000);

describe("the inquiry list with 10,000 inquiries", () => {
  it("answers every page with a fixed number of queries, whatever the filter", async () => {
    const filters = [
      {},
      { status: "NEW" },
      { status: "offen", sort: "faellig" },
      { status: "ueberfaellig" },
      { q: "einzigartig" },
      { q: "ANF-2004" },
      { sort: "organisation", page: "37" },
    ];
    for (const raw of filters) {
      const filter = inquiryListFilterSchema.parse(raw);
      const started = performance.now();
      const { result, statements } = await countStatements(() => listInquiriesForAdmin(filter, NOW));
      const elapsed = performance.now() - started;
      // The guard reads the viewer; then the count, the page of rows and one batched read of the
      // course titles: four statements, however many rows the page shows (no query per row).
      expect(
        statements.filter((sql) => sql.includes('FROM "public"."User"')),
        JSON.stringify(raw),
      ).toHaveLength(1);
      expect(
        statements.filter((sql) => sql.includes('FROM "public"."Inquiry"')),
        JSON.stringify(raw),
      ).toHaveLength(2);
      expect(statements.length, JSON.stringify(raw)).toBeLessThanOrEqual(4);
      expect(result.rows.length).toBeLessThanOrEqual(25);
      expect(elapsed, JSON.stringify(raw)).toBeLessThan(2000);
    }
  });

  it("finds, filters, sorts and pages correctly", async () => {
    const list = (raw: Record<string, string>) => listInquiriesForAdmin(inquiryListFilterSchema.parse(raw), NOW);

    const all = await list({});
    expect(all.total).toBe(TOTAL);
    expect(all.pageCount).toBe(400);
    expect(all.rows[0]?.receivedAt.toISOString()).toBe(NOW.toISOString());
    expect(all.rows[0]?.course?.title).toBe("Professionell telefonieren");

    const found = await list({ q: "einzigartig" });
    expect(found.rows.map((row) => row.contactName)).toEqual(["Zoë Einzigartig"]);
    expect((await list({ q: "anf-2004-0007" })).rows.map((row) => row.reference)).toEqual(["ANF-2004-0007"]);

    const fresh = await list({ status: "NEW" });
    expect(fresh.total).toBe(Math.ceil(TOTAL / statuses.length));
    expect(fresh.rows.every((row) => row.status === "NEW")).toBe(true);

    // Due 48 hours after receipt: everything received more than 48 hours ago and still unanswered.
    const overdue = await list({ status: "ueberfaellig", sort: "faellig" });
    expect(
      overdue.rows.every((row) => row.responseDueAt < NOW && ["NEW", "IN_CLARIFICATION"].includes(row.status)),
    ).toBe(true);
    expect(overdue.total).toBeGreaterThan(2500);

    const last = await list({ seite: "400", page: "400" });
    expect(last.page).toBe(400);
    expect(last.rows).toHaveLength(25);
    const beyond = await list({ page: "9999" });
    expect(beyond.page).toBe(400);
  });
});
