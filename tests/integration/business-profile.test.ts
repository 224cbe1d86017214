import { beforeAll, describe, expect, it, vi } from "vitest";

import { getDb } from "@/lib/db";
import { seedContent } from "@/prisma/seed/seed";

import { createAdmins, exampleBusinessProfile } from "../setup/admin-fixtures";
import { cache, signedIn as session } from "../setup/admin-session";

vi.mock("@/lib/auth/session", async () => (await import("../setup/admin-session")).sessionModule);
vi.mock("next/cache", async () => (await import("../setup/admin-session")).cacheModule);

const { saveBusinessProfileAction } = await import("@/lib/business-profile/admin-actions");
const { getBusinessProfileForAdmin } = await import("@/lib/business-profile/admin-queries");
const { getMissingSiteFacts } = await import("@/lib/dashboard/admin-queries");

let owner: string;
let staff: string;

const profile = { ...exampleBusinessProfile, uid: "" };

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

    cache.tags = [];
    expect(await saveBusinessProfileAction(profile)).toMatchObject({ ok: true });
    expect(cache.tags).toEqual(["profile"]);
    expect(await getBusinessProfileForAdmin()).toEqual(profile);
    expect((await getMissingSiteFacts()).map((fact) => fact.text).join("\n")).not.toMatch(/Geschäftsangaben/);
    // Only the saved attempt is on record, with the owner who made it.
    expect(
      (await getDb().auditLog.findMany({ where: { action: "business-profile.save" } })).map((row) => row.actorId),
    ).toEqual([owner]);
  });
});
