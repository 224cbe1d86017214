// The leadership offering's own path (Führungskultur): its inquiry asks its own questions, is stored
// as kind LEADERSHIP, tells the consultant what it is about, and the admin pipeline keeps it apart.
import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it, vi } from "vitest";

import { getDb } from "@/lib/db";
import { inquiryListFilterSchema } from "@/lib/inquiries/admin-schemas";
import { renderOutboxMessage } from "@/lib/mail/render";

import { createAdmins, createInquiry, nextReference } from "../setup/admin-fixtures";
import { leadershipFormValues } from "../setup/leadership-fixtures";

let clientAddress = "";
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-anliegen-client": clientAddress }) }));
const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ readSessionUserId: async () => session.userId }));

const { submitInquiryAction, submitLeadershipInquiryAction } = await import("@/lib/inquiries/actions");
const { getInquiryForAdmin, listInquiriesForAdmin } = await import("@/lib/inquiries/admin-queries");

const leadership = leadershipFormValues;

beforeAll(async () => {
  session.userId = (await createAdmins(getDb())).staffId;
});

describe("leadership inquiry", () => {
  it("is stored as its own kind with its own answers, audited, and tells the consultant what it is about", async () => {
    clientAddress = `test-${randomUUID()}`;
    const result = await submitLeadershipInquiryAction(leadership());
    expect(result.ok).toBe(true);
    const reference = result.ok ? result.data.reference : "";
    expect(reference).toMatch(/^ANF-\d{4}-\d{4}$/);

    const db = getDb();
    const stored = await db.inquiry.findUniqueOrThrow({
      where: { reference },
      include: { events: true, outbox: { orderBy: { template: "asc" } } },
    });
    expect(stored).toMatchObject({
      kind: "LEADERSHIP",
      teamSize: 24,
      attendees: "Geschäftsleitung und sechs Teamleitende",
      preferredPeriod: "Herbst 2027",
      participants: null,
      courseId: null,
      challenges: [],
      status: "NEW",
    });
    expect(stored.desiredChange).toContain("früher ansprechen.\nUnd wir");
    expect(stored.events.map((event) => event.type)).toEqual(["RECEIVED"]);
    expect(
      await db.auditLog.count({
        where: { action: "inquiry.receive", entityId: stored.id, data: { path: ["kind"], equals: "LEADERSHIP" } },
      }),
    ).toBe(1);

    const notification = stored.outbox.find((mail) => mail.template === "inquiry-notification")!;
    const rendered = await renderOutboxMessage(notification, { db });
    expect(rendered.text).toContain("Führungskultur");
    expect(rendered.text).toContain("Geschäftsleitung und sechs Teamleitende");
    expect(rendered.text).not.toContain("Schwierige Situationen");
    const confirmation = stored.outbox.find((mail) => mail.template === "inquiry-confirmation")!;
    expect(confirmation.recipient).toBe("anna.vonallmen@steuern.example");
  });

  it("refuses an inquiry without the leadership questions at their fields, and stores nothing", async () => {
    clientAddress = `test-${randomUUID()}`;
    const before = await getDb().inquiry.count();
    const result = await submitLeadershipInquiryAction(leadership({ desiredChange: "", attendees: "", teamSize: "0" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(["attendees", "desiredChange", "teamSize"]);
    expect(result.fieldErrors.desiredChange?.[0]).toBe(
      "Bitte beschreiben Sie in ein paar Worten, was sich verändern soll.",
    );
    expect(await getDb().inquiry.count()).toBe(before);
  });

  it("is not taken by the course action, which asks the course questions", async () => {
    clientAddress = `test-${randomUUID()}`;
    // The course action refuses the leadership payload: it lacks the course form's own fields.
    const refused = await submitInquiryAction({ ...leadership(), teamSize: undefined });
    expect(refused.ok).toBe(false);
  });

  it("is told apart in the admin list (filter and kind) and on the detail page", async () => {
    const db = getDb();
    // References of another year: the action above drew this year's first number.
    await createInquiry(db, { reference: nextReference(2019), organisationName: "Passbüro Thun", kind: "COURSE" });
    const lead = await createInquiry(db, {
      reference: nextReference(2019),
      organisationName: "Kirchgemeinde Spiez",
      kind: "LEADERSHIP",
      teamSize: 8,
      desiredChange: "Gemeinsame Haltung im Team",
      attendees: "Kirchgemeinderat",
    });
    const list = (raw: Record<string, string>) => listInquiriesForAdmin(inquiryListFilterSchema.parse(raw));

    const leadershipOnly = await list({ kind: "fuehrungskultur" });
    expect(leadershipOnly.rows.length).toBeGreaterThan(0);
    expect(leadershipOnly.rows.every((row) => row.kind === "LEADERSHIP")).toBe(true);
    expect(leadershipOnly.rows.map((row) => row.organisationName)).toContain("Kirchgemeinde Spiez");

    const coursesOnly = await list({ kind: "kurs" });
    expect(coursesOnly.rows.every((row) => row.kind === "COURSE")).toBe(true);
    expect(coursesOnly.rows.map((row) => row.organisationName)).toContain("Passbüro Thun");

    // An unknown value falls back to all kinds instead of failing.
    const all = await list({ kind: "unbekannt" });
    expect(all.total).toBe(leadershipOnly.total + coursesOnly.total);

    const detail = await getInquiryForAdmin(lead.reference);
    expect(detail).toMatchObject({
      kind: "LEADERSHIP",
      teamSize: 8,
      desiredChange: "Gemeinsame Haltung im Team",
      attendees: "Kirchgemeinderat",
    });
  });
});
