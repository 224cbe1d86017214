import { randomUUID } from "node:crypto";

import { beforeAll, describe, expect, it, vi } from "vitest";

import { parseInput } from "@/lib/action-result";
import { getDb } from "@/lib/db";
import { visitor } from "@/lib/db/actor";
import { submitInquiryAction } from "@/lib/inquiries/actions";
import { emptyInquiry, submitInquirySchema, type SubmitInquiryFormValues } from "@/lib/inquiries/schemas";
import { INQUIRY_RATE_LIMIT, submitInquiry, TOO_MANY_INQUIRIES_MESSAGE } from "@/lib/inquiries/service";

import { pendingJobs } from "../setup/jobs";

// Friday 27.11.2026, 16:00 in Zurich: the first answer is due on Tuesday 01.12.2026, 16:00.
const NOW = new Date("2026-11-27T15:00:00Z");

// Outside Next there is no request: the action reads the client address this mock gives it.
// Every test its own address, so the rate limit of one test does not spill into another.
let clientAddress = "";
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-anliegen-client": clientAddress }) }));
const nextClient = () => `test-client-${randomUUID()}`;

/** The stored inquiry as the action's body writes it, at a fixed time. */
const store = (input: unknown) => submitInquiry(getDb(), visitor, parseInput(submitInquirySchema, input), NOW);

function inquiry(overrides: Partial<SubmitInquiryFormValues> = {}): SubmitInquiryFormValues {
  return {
    ...emptyInquiry(),
    organisationName: "Sozialdienst Region Thun",
    organisationKind: "MUNICIPAL_OFFICE",
    department: "Wirtschaftliche Sozialhilfe",
    salutation: "MS",
    contactName: "Zoë Müller-Brügger",
    email: "zoe@verwaltung.example",
    phone: "033 123 45 67",
    participants: "12",
    challenges: ["ANGRY_CUSTOMERS", "INVOLUNTARY_CUSTOMERS"],
    courseSlug: "schwierige-gespraeche",
    goalSlugs: ["grenzen-setzen"],
    moduleSlugs: ["deeskalation"],
    format: "ONE_DAY",
    preferredPeriod: "Frühling 2027",
    venue: "AT_CLIENT",
    message: "Wir möchten den Kurs im Frühling durchführen.",
    privacyConsent: true,
    ...overrides,
  };
}

async function counts() {
  const db = getDb();
  const [inquiries, events, outbox, goals, modules] = await Promise.all([
    db.inquiry.count(),
    db.inquiryEvent.count(),
    db.outboxMessage.count(),
    db.inquiryGoal.count(),
    db.inquiryModule.count(),
  ]);
  return { inquiries, events, outbox, goals, modules };
}

beforeAll(async () => {
  const db = getDb();
  await db.course.create({
    data: {
      slug: "schwierige-gespraeche",
      title: "Schwierige Gespräche am Schalter",
      summary: "Gelassen bleiben",
      audience: "Teams mit Kundenkontakt",
      durationNote: "1 Tag",
      priceNote: "auf Anfrage",
      published: true,
    },
  });
  await db.course.create({
    data: {
      slug: "entwurf",
      title: "Unveröffentlicht",
      summary: "-",
      audience: "-",
      durationNote: "-",
      priceNote: "-",
      published: false,
    },
  });
  await db.goal.create({ data: { slug: "grenzen-setzen", title: "Grenzen freundlich und klar setzen" } });
  const theme = await db.moduleTheme.create({ data: { slug: "werkzeuge", title: "Kommunikations-Werkzeuge" } });
  await db.contentModule.create({
    data: {
      slug: "deeskalation",
      title: "Deeskalation",
      description: "Wenn es laut wird",
      themeId: theme.id,
      defaultDurationMinutes: 90,
    },
  });
});

describe("submitting an inquiry", () => {
  it("stores one inquiry, one timeline event and two outbox e-mails with a reference and a due time", async () => {
    const db = getDb();
    const before = await counts();
    const { reference } = await store(inquiry());
    expect(reference).toMatch(/^ANF-2026-\d{4}$/);

    const after = await counts();
    expect(after).toEqual({
      inquiries: before.inquiries + 1,
      events: before.events + 1,
      outbox: before.outbox + 2,
      goals: before.goals + 1,
      modules: before.modules + 1,
    });
    const stored = await db.inquiry.findUniqueOrThrow({
      where: { reference },
      include: { events: true, outbox: { orderBy: { template: "asc" } }, course: true },
    });
    expect(stored).toMatchObject({
      salutation: "MS",
      contactName: "Zoë Müller-Brügger",
      organisationKind: "MUNICIPAL_OFFICE",
      participants: 12,
      status: "NEW",
      challenges: ["ANGRY_CUSTOMERS", "INVOLUNTARY_CUSTOMERS"],
      format: "ONE_DAY",
      venue: "AT_CLIENT",
      venueNote: null,
      privacyConsentAt: NOW,
      receivedAt: NOW,
    });
    expect(stored.course?.slug).toBe("schwierige-gespraeche");
    expect(stored.responseDueAt.toISOString()).toBe("2026-12-01T15:00:00.000Z");
    expect(stored.events).toHaveLength(1);
    expect(stored.events[0]).toMatchObject({ type: "RECEIVED", toStatus: "NEW", actorId: null });
    expect(stored.outbox.map((mail) => [mail.template, mail.recipient, mail.idempotencyKey])).toEqual([
      ["inquiry-confirmation", "zoe@verwaltung.example", `inquiry:${stored.id}:confirmation`],
      ["inquiry-notification", "markus@anliegen.example", `inquiry:${stored.id}:notification`],
    ]);
    const jobs = (await pendingJobs("deliver-mail")).map((job) => job.key);
    for (const mail of stored.outbox) expect(jobs).toContain(`mail:${mail.id}`);
  });

  it("hands out unique, consecutive reference numbers under 50 concurrent submissions", async () => {
    const before = await counts();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) => store(inquiry({ email: `team${index}@verwaltung.example` }))),
    );
    const references = results.map((result) => result.reference);
    expect(new Set(references).size).toBe(50);
    const numbers = references.map((reference) => Number(reference.slice("ANF-2026-".length))).sort((a, b) => a - b);
    expect(numbers.at(-1)! - numbers[0]!).toBe(49);
    const after = await counts();
    expect(after.inquiries - before.inquiries).toBe(50);
    expect(after.events - before.events).toBe(50);
    expect(after.outbox - before.outbox).toBe(100);
  });

  it("stores nothing for invalid input, a filled honeypot, an unknown course or an exhausted rate limit", async () => {
    const before = await counts();
    const submit = (input: unknown, client = nextClient()) => {
      clientAddress = client;
      return submitInquiryAction(input);
    };

    const invalid = await submit(
      inquiry({ email: "keine-adresse", privacyConsent: false, salutation: "DIVERS" as "MS" }),
    );
    expect(invalid).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        email: [expect.stringContaining("gültige E-Mail-Adresse")],
        salutation: ["Bitte wählen Sie eine Anrede aus der Liste."],
        privacyConsent: [expect.stringContaining("Datenschutzerklärung")],
      },
    });

    const bot = await submit(inquiry({ website: "https://spam.example" }));
    expect(bot).toEqual({ ok: true, data: { reference: "" } });

    const unpublished = await submit(inquiry({ courseSlug: "entwurf" }));
    expect(unpublished).toMatchObject({ ok: false, fieldErrors: { courseSlug: [expect.any(String)] } });

    const client = nextClient();
    const limited = [];
    for (let attempt = 0; attempt <= INQUIRY_RATE_LIMIT.limit; attempt++) {
      // Invalid goals keep these attempts from storing anything, yet each one counts.
      limited.push(await submit(inquiry({ goalSlugs: ["gibt-es-nicht"] }), client));
    }
    expect(limited.at(-1)).toMatchObject({ ok: false, code: "RATE_LIMITED", message: TOO_MANY_INQUIRIES_MESSAGE });

    expect(await counts()).toEqual(before);
  });
});
