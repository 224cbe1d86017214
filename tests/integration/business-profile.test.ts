import { beforeAll, describe, expect, it, vi } from "vitest";

import { getDb } from "@/lib/db";
import { seedContent } from "@/prisma/seed/seed";

import { createAdmins } from "../setup/admin-fixtures";
import { cache, signedIn as session } from "../setup/admin-session";

vi.mock("@/lib/auth/session", async () => (await import("../setup/admin-session")).sessionModule);
vi.mock("next/cache", async () => (await import("../setup/admin-session")).cacheModule);

const { saveBusinessProfileAction } = await import("@/lib/business-profile/admin-actions");
const { getBusinessProfileForAdmin } = await import("@/lib/business-profile/admin-queries");
const { getMissingSiteFacts } = await import("@/lib/dashboard/admin-queries");

let owner: string;
let staff: string;

const profile = {
  name: "Zoë Beispiel",
  businessName: "Anliegen",
  street: "Bundesgasse",
  houseNumber: "3",
  postcode: "3011",
  city: "Bern",
  country: "CH",
  email: "hallo@anliegen.example",
  phone: "+41 31 555 66 77",
  website: "https://anliegen.example",
  uid: "che123456788 mwst",
  vatRegistered: true,
  vatRates: [{ percent: "8,1", validFrom: "2024-01-01" }],
  iban: "ch93 0076 2011 6238 5295 7",
  bankName: "Berner Kantonalbank",
  referenceType: "SCOR",
  paymentTermDays: 30,
  invoiceText: "Vielen Dank für Ihren Auftrag.",
  reminderText: "",
};

const stored = {
  ...profile,
  uid: "CHE-123.456.788 MWST",
  vatRates: [{ basisPoints: 810, validFrom: "2024-01-01" }],
  iban: "CH9300762011623852957",
  isDemo: false,
};

beforeAll(async () => {
  ({ ownerId: owner, staffId: staff } = await createAdmins(getDb()));
  await seedContent(getDb(), { demo: false });
});

describe("business profile", () => {
  it("starts empty in production, and the dashboard lists what the imprint still needs", async () => {
    session.userId = staff;
    expect(await getBusinessProfileForAdmin()).toMatchObject({ name: "", street: "", email: "" });
    const facts = (await getMissingSiteFacts()).map((fact) => fact.text);
    expect(facts).toEqual(
      expect.arrayContaining([
        "Geschäftsangaben: Name der verantwortlichen Person fehlt",
        "Geschäftsangaben: Strasse und Hausnummer fehlt",
        "Geschäftsangaben: E-Mail-Adresse fehlt",
        "Für Angebote und Rechnungen fehlt in den Einstellungen: Name oder Firma, IBAN oder QR-IBAN",
      ]),
    );
    expect(facts.join("\n")).not.toMatch(/Demotermin/);
  });

  it("is saved by the owner only, checked at the field, and refreshes the public pages", async () => {
    session.userId = staff;
    await expect(saveBusinessProfileAction(profile)).rejects.toEqual(
      expect.objectContaining({ digest: expect.stringContaining("404") }),
    );

    session.userId = owner;
    expect(await saveBusinessProfileAction({ ...profile, postcode: "Bern", email: "kein-mail" })).toMatchObject({
      ok: false,
      fieldErrors: {
        postcode: ["Bitte eine Postleitzahl mit 4 Ziffern angeben, z. B. 3011."],
        email: ["Bitte eine gültige E-Mail-Adresse angeben."],
      },
    });

    // A wrong check digit, an IBAN with a typo, a VAT-registered UID without MWST: German, at the field.
    expect(
      await saveBusinessProfileAction({ ...profile, uid: "CHE-123.456.789", iban: "CH93 0076 2011 6238 5295 8" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        uid: ["Diese UID ist ungültig (Prüfziffer stimmt nicht). Format: CHE-123.456.789 MWST."],
        iban: [
          "Diese IBAN ist ungültig. Bitte eine Schweizer IBAN oder QR-IBAN angeben, z. B. CH93 0076 2011 6238 5295 7.",
        ],
      },
    });
    expect(await saveBusinessProfileAction({ ...profile, uid: "CHE-123.456.788", vatRates: [] })).toMatchObject({
      ok: false,
      fieldErrors: {
        uid: ["Mehrwertsteuerpflichtig: bitte die UID mit dem Zusatz MWST angeben, z. B. CHE-123.456.789 MWST."],
        vatRates: ["Mehrwertsteuerpflichtig: bitte mindestens einen Satz mit Gültigkeitsdatum angeben."],
      },
    });
    expect(
      await saveBusinessProfileAction({ ...profile, iban: "CH44 3199 9123 0008 8901 2", referenceType: "SCOR" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        referenceType: [
          "Eine QR-IBAN verlangt eine QR-Referenz. Bitte «QR-Referenz» wählen oder eine normale IBAN angeben.",
        ],
      },
    });
    // Nothing of the refused attempts was written.
    expect(await getBusinessProfileForAdmin()).toMatchObject({ name: "", iban: "", uid: "" });

    cache.tags = [];
    expect(await saveBusinessProfileAction(profile)).toMatchObject({ ok: true });
    expect(cache.tags).toEqual(["profile"]);
    expect(await getBusinessProfileForAdmin()).toEqual(stored);
    const audit = await getDb().auditLog.findFirst({ where: { action: "business-profile.saved" } });
    expect(audit).toMatchObject({ actorId: owner, entityType: "BusinessProfile" });
    expect((await getMissingSiteFacts()).map((fact) => fact.text).join("\n")).not.toMatch(
      /Geschäftsangaben|Einstellungen/,
    );
  });
});
