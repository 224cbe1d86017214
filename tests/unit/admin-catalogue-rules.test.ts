import { describe, expect, it } from "vitest";

import {
  catalogueKindAbilities,
  courseFormSchema,
  pageFormSchema,
  slugify,
  slugSchema,
  testimonialFormSchema,
  themeFormSchema,
} from "@/lib/catalogue/admin-schemas";
import { coursePriceText, sessionPriceNote } from "@/lib/catalogue/presentation";
import { buildTimeline } from "@/lib/inquiries/admin-timeline";

describe("slugs", () => {
  it("are built from German titles the way the seed's addresses read", () => {
    expect(slugify("Gespräche souverän führen")).toBe("gespraeche-souveraen-fuehren");
    expect(slugify("  «Zwangskunden» – Grüsse & Mass  ")).toBe("zwangskunden-gruesse-mass");
    expect(slugify("Élan, Ça va?")).toBe("elan-ca-va");
    expect(slugify("!!!")).toBe("");
  });

  it("accept only lower-case words joined by hyphens, or nothing", () => {
    expect(slugSchema.safeParse("professionell-telefonieren").success).toBe(true);
    expect(slugSchema.safeParse("").success).toBe(true);
    for (const bad of ["Gross", "mit leerzeichen", "-vorne", "hinten-", "doppelt--strich", "ümlaut"]) {
      expect(slugSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});

describe("catalogue form schemas", () => {
  const course = {
    slug: "",
    title: "Telefon",
    summary: "Kurz",
    body: "",
    audience: "Alle",
    formats: ["HALF_DAY"],
    durationNote: "Halbtag",
    languages: ["DE"],
    minParticipants: "",
    maxParticipants: "12",
    priceNote: "auf Anfrage",
    priceFromFrancs: "",
    featured: false,
    published: true,
    fieldIds: [],
    goalIds: [],
    moduleIds: [],
    storyId: "",
    testimonialId: "",
  };

  it("read empty number fields as not set, and parse their own output again", () => {
    const parsed = courseFormSchema.parse(course);
    expect(parsed).toMatchObject({ minParticipants: null, maxParticipants: 12, priceFromFrancs: null });
    expect(courseFormSchema.parse(parsed)).toEqual(parsed);
  });

  it("accept a course without a price note, which the page shows as «Preis nach Offerte»", () => {
    expect(courseFormSchema.parse({ ...course, priceNote: "  " }).priceNote).toBe("");
    expect(coursePriceText("")).toBe("Preis nach Offerte");
    expect(coursePriceText("CHF 450.00 pro Person")).toBe("CHF 450.00 pro Person");
    // An in-house session never shows the course's public note.
    expect(sessionPriceNote({ isPublic: true, priceNote: "" }, "CHF 450.00 pro Person")).toBe("CHF 450.00 pro Person");
    expect(sessionPriceNote({ isPublic: false, priceNote: "" }, "CHF 450.00 pro Person")).toBe("");
    expect(sessionPriceNote({ isPublic: false, priceNote: "gemäss Offerte" }, "CHF 450.00")).toBe("gemäss Offerte");
  });

  it("refuse a maximum below the minimum, at the maximum", () => {
    const result = courseFormSchema.safeParse({ ...course, minParticipants: "15", maxParticipants: "8" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["maxParticipants", "Das Maximum darf nicht kleiner sein als das Minimum."],
    ]);
  });

  it("publish a testimonial only with consent", () => {
    const quote = { quote: "Gut.", authorName: "A", authorRole: "", organisation: "B", fieldId: "" };
    expect(testimonialFormSchema.safeParse({ ...quote, consent: false, published: true }).success).toBe(false);
    expect(testimonialFormSchema.safeParse({ ...quote, consent: true, published: true }).success).toBe(true);
    expect(testimonialFormSchema.safeParse({ ...quote, consent: false, published: false }).success).toBe(true);
  });
});

describe("the inquiry timeline", () => {
  const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 9, minute));
  const mail = (id: string, minute: number) => ({
    id,
    status: "SENT" as const,
    subject: `Mail ${id}`,
    attempts: 1,
    lastError: null,
    template: "message",
    recipient: "zoe@amt.example",
    createdAt: at(minute),
    sentAt: at(minute + 1),
  });
  const event = (id: string, minute: number, outboxId?: string) => ({
    id,
    type: outboxId ? ("EMAIL" as const) : ("NOTE" as const),
    createdAt: at(minute),
    fromStatus: null,
    toStatus: null,
    body: null,
    data: null,
    actor: null,
    outboxMessage: outboxId ? mail(outboxId, minute) : null,
  });

  it("lists events and the mails no event names, once each, in time order", () => {
    const entries = buildTimeline(
      [event("received", 0), event("reply", 30, "m-reply"), event("note", 10)],
      [mail("m-confirmation", 1), mail("m-reply", 30), mail("m-notification", 2)],
    );
    expect(entries.map((entry) => (entry.kind === "event" ? entry.event.id : entry.mail.id))).toEqual([
      "received",
      "m-confirmation",
      "m-notification",
      "note",
      "reply",
    ]);
  });
});

describe("pages and module themes", () => {
  it("a page needs a title and a body; the lead may stay empty", () => {
    expect(pageFormSchema.safeParse({ title: "Kontakt", lead: "", body: "Telefon" }).success).toBe(true);
    const result = pageFormSchema.safeParse({ title: "", lead: "", body: " " });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["title", "Bitte geben Sie den Titel an."],
      ["body", "Bitte geben Sie den Text der Seite an."],
    ]);
    expect(pageFormSchema.safeParse({ title: "X", lead: "x".repeat(601), body: "Text" }).success).toBe(false);
  });

  it("a theme needs a title and a valid slug", () => {
    expect(themeFormSchema.safeParse({ slug: "", title: "Werkzeuge", description: "" }).success).toBe(true);
    expect(themeFormSchema.safeParse({ slug: "Gross", title: "Werkzeuge", description: "" }).success).toBe(false);
  });

  it("pages are only edited; themes are managed like the rest except for publication", () => {
    expect(catalogueKindAbilities.seiten).toEqual({ create: false, reorder: false, publish: false, remove: false });
    expect(catalogueKindAbilities.themen).toEqual({ create: true, reorder: true, publish: false, remove: true });
  });
});
