import { describe, expect, it } from "vitest";

import { hashManageToken, isManageTokenShape, newManageToken } from "@/lib/manage-token";
import {
  canRespond,
  hasUnsentChanges,
  nextVersion,
  portalExpiry,
  portalVerdict,
  rankSuggestions,
  validUntilOf,
} from "@/lib/proposals/rules";
import { designSchema } from "@/lib/proposals/schemas";
import { buildSnapshot, compareSnapshots, type DesignForSnapshot } from "@/lib/proposals/snapshot";

import { dayRateDesign, emptyDesignTexts } from "../setup/proposal-inputs";

const NOW = new Date("2026-11-27T10:00:00Z");

describe("versions", () => {
  it("numbers versions after the highest one", () => {
    expect(nextVersion([])).toBe(1);
    expect(nextVersion([1, 3, 2])).toBe(4);
  });

  it("sees unsent changes when the draft was saved after the last send", () => {
    expect(hasUnsentChanges(new Date("2026-11-27T10:00:00Z"), null)).toBe(true);
    expect(hasUnsentChanges(new Date("2026-11-27T10:00:00Z"), new Date("2026-11-27T10:00:01Z"))).toBe(false);
    expect(hasUnsentChanges(new Date("2026-11-27T11:00:00Z"), new Date("2026-11-27T10:00:00Z"))).toBe(true);
  });

  it("is valid through the Zurich date of sending plus the validity days", () => {
    expect(validUntilOf(NOW, 30)).toBe("2026-12-27");
    // 23:30 UTC on 31 December is already 1 January in Zurich.
    expect(validUntilOf(new Date("2026-12-31T23:30:00Z"), 1)).toBe("2027-01-02");
  });
});

const design: DesignForSnapshot = dayRateDesign({
  situation: "Vorwürfe am Schalter.",
  method: "Rollenspiele",
  venue: "Bern",
  datesWished: "März",
  purchaseOrderRef: "PO-77",
  goals: [{ title: "Ruhig bleiben", description: "" }],
  agendaItems: [
    { kind: "MODULE", title: "Aktiv zuhören", description: "", day: 1, durationMinutes: 90 },
    { kind: "BREAK", title: "Pause", description: "", day: 1, durationMinutes: 15 },
  ],
});
const context = {
  version: 1,
  validUntil: "2026-12-27",
  inquiry: {
    reference: "ANF-2026-0001",
    organisationName: "Passamt",
    department: null,
    salutation: "MS" as const,
    contactName: "Anna",
  },
  consultant: { name: "Markus Muster", email: "markus@anliegen.example" },
};

describe("snapshots and comparison", () => {
  it("freezes times, prices and references", () => {
    const snapshot = buildSnapshot(design, context);
    expect(snapshot.agenda[0]).toMatchObject({ day: 1, start: "08:30", end: "10:15" });
    expect(snapshot.agenda[0]!.items[1]).toMatchObject({ title: "Pause", start: "10:00", end: "10:15" });
    expect(snapshot.price).toMatchObject({
      netCents: 240_000,
      vatCents: 19_440,
      totalCents: 259_440,
      purchaseOrderRef: "PO-77",
      flatFeeCents: null,
    });
  });

  it("lists only the sections that changed, readable", () => {
    const before = buildSnapshot(design, context);
    const after = buildSnapshot(
      {
        ...design,
        goals: [...design.goals, { title: "Gespräche beenden", description: "" }],
        agendaItems: [{ ...design.agendaItems[0]!, durationMinutes: 120 }, design.agendaItems[1]!],
      },
      { ...context, version: 2 },
    );
    expect(compareSnapshots(before, before)).toEqual([]);
    const changes = compareSnapshots(before, after);
    expect(changes.map((change) => change.label)).toEqual(["Ziele", "Programm"]);
    expect(changes[0]!.after).toBe("1. Ruhig bleiben\n2. Gespräche beenden");
    expect(changes[1]!.before).toContain("Tag 1, 08:30–10:00: Aktiv zuhören (1 Std. 30 Min.)");
    expect(changes[1]!.after).toContain("Tag 1, 08:30–10:30: Aktiv zuhören (2 Std.)");
  });
});

describe("portal links", () => {
  it("are 43 characters of base64url with a SHA-256 hash; the hash reveals nothing of the token", () => {
    const { token, hash } = newManageToken();
    expect(isManageTokenShape(token)).toBe(true);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashManageToken(token));
    expect(hash).not.toContain(token);
    expect(newManageToken().token).not.toBe(token);
  });

  it("work until they expire or are revoked", () => {
    const expiresAt = portalExpiry(NOW, 120);
    expect(expiresAt.toISOString()).toBe("2027-03-27T10:00:00.000Z");
    expect(portalVerdict({ expiresAt, revokedAt: null }, NOW)).toBe("OK");
    expect(portalVerdict({ expiresAt, revokedAt: null }, expiresAt)).toBe("EXPIRED");
    expect(portalVerdict({ expiresAt, revokedAt: NOW }, NOW)).toBe("REVOKED");
  });

  it("let the client answer only an open, valid version of an inquiry waiting for it", () => {
    const open = { status: "SENT" as const, validUntil: "2026-12-27" };
    expect(canRespond(open, "PROPOSAL_SENT", NOW)).toEqual({ ok: true });
    expect(canRespond(open, "PROPOSAL_SENT", new Date("2026-12-27T22:59:00Z"))).toEqual({ ok: true });
    expect(canRespond(open, "PROPOSAL_SENT", new Date("2026-12-27T23:00:00Z"))).toEqual({
      ok: false,
      reason: "EXPIRED",
    });
    expect(canRespond({ ...open, status: "ACCEPTED" }, "CONFIRMED", NOW)).toEqual({ ok: false, reason: "ACCEPTED" });
    expect(canRespond({ ...open, status: "SUPERSEDED" }, "PROPOSAL_SENT", NOW)).toEqual({
      ok: false,
      reason: "SUPERSEDED",
    });
    expect(canRespond(open, "CANCELLED", NOW)).toEqual({ ok: false, reason: "CLOSED" });
  });
});

describe("suggestions", () => {
  it("rank by field (2 points) and each shared challenge (1 point), leaving out items without a match", () => {
    const ranked = rankSuggestions(
      [
        { id: "a", fieldIds: ["amt"], challenges: [], sortOrder: 0 },
        { id: "b", fieldIds: [], challenges: ["PHONE_STRESS"], sortOrder: 1 },
        { id: "c", fieldIds: ["amt"], challenges: ["PHONE_STRESS", "ANGRY_CUSTOMERS"], sortOrder: 2 },
        { id: "d", fieldIds: ["kirche"], challenges: [], sortOrder: 3 },
      ],
      { fieldId: "amt", challenges: ["PHONE_STRESS", "ANGRY_CUSTOMERS"] },
    );
    expect(ranked.map((item) => [item.id, item.score])).toEqual([
      ["c", 4],
      ["a", 2],
      ["b", 1],
    ]);
    expect(ranked[0]!.reason).toEqual({ field: true, challenges: ["PHONE_STRESS", "ANGRY_CUSTOMERS"] });
  });
});

describe("designer input", () => {
  const valid = {
    designId: "0190b2a0-0000-7000-8000-000000000001",
    title: "Kurs",
    ...emptyDesignTexts,
    participants: "",
    dayStart: "08:30",
    pricingMode: "DAY_RATE",
    dayRate: "2400",
    days: "1.5",
    flatFee: "",
    expenses: "",
    purchaseOrderRef: "",
    costCentre: "",
    validityDays: 30,
    goals: [],
    agenda: [{ moduleId: "", kind: "CUSTOM", title: "Einstieg", description: "", day: "1", durationMinutes: "30" }],
  };

  it("accepts a valid design and reads numbers from the form's strings", () => {
    const parsed = designSchema.parse(valid);
    expect(parsed.agenda[0]).toMatchObject({ day: 1, durationMinutes: 30 });
  });

  it("names the missing price, bad amounts, half-day steps and durations in German at their fields", () => {
    const result = designSchema.safeParse({
      ...valid,
      dayRate: "",
      days: "1.3",
      expenses: "viel",
      agenda: [{ ...valid.agenda[0], durationMinutes: "2" }],
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(messages).toMatchObject({
      dayRate: "Bitte den Tagesansatz angeben.",
      days: "Bitte Kurstage in halben Tagen angeben, z. B. 1.5.",
      expenses: "Bitte einen Betrag wie 2400.00 angeben.",
      "agenda.0.durationMinutes": "Dauer in Minuten: mindestens 5.",
    });
    expect(designSchema.safeParse({ ...valid, pricingMode: "FLAT_FEE" }).error?.issues[0]?.message).toBe(
      "Bitte die Pauschale angeben.",
    );
  });
});
