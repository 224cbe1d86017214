// Production without demo data (issue 16, "Invent nothing"): the public pages state no price, no
// address and no phone number that the business profile does not hold, and what the profile
// holds is what they show. Against `next start` on the content of `db:seed -- --without-demo`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { seedContent } from "@/prisma/seed/seed";

import { exampleBusinessProfile } from "../setup/admin-fixtures";
import { startAppServer, type AppServer } from "../setup/app-server";
import { freePort } from "../setup/jobs";
import { visibleText } from "../setup/source-text";

let server: AppServer;
const HOSTING = "bei der Rechenzentrum Test AG in Bern, Schweiz";

async function publicPages(): Promise<Map<string, string>> {
  const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  const pages = new Map<string, string>();
  for (const path of [...paths, "/anfrage", "/erstgespraech"]) {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status, path).toBe(200);
    pages.set(path, visibleText(await response.text()));
  }
  return pages;
}

/** Figures and contact data a page could state: prices, Swiss phone numbers, street addresses, postcodes with a place. */
const inventedFacts = [
  /CHF|Fr\.\s?\d|\d['’]\d{3}/,
  /(\+41|\b0\d{2})[\s\d]{9,}/,
  /\b[A-ZÄÖÜ][\wäöü-]*(strasse|gasse|weg|platz)\s+\d+/i,
  /\b[1-9]\d{3}\s+[A-ZÄÖÜ][a-zäöü]+/,
  /Muster/,
];

beforeAll(async () => {
  await seedContent(getDb(), { demo: false });
  server = await startAppServer({
    port: await freePort(),
    databaseUrl: process.env.DATABASE_URL!,
    env: { HOSTING_LOCATION: HOSTING },
    // Its own page cache: another run's cached pages must not answer for this database.
    separateBuild: "production-facts",
  });
});

afterAll(async () => {
  await server?.stop();
});

describe("production without demo data", () => {
  it("states no price, address or phone number while the business profile is empty", async () => {
    const pages = await publicPages();
    expect(pages.size).toBeGreaterThan(20);
    const found = [...pages].flatMap(([path, text]) =>
      inventedFacts.flatMap((pattern) => {
        // A form hint's example ("Zum Beispiel 031 123 45 67 oder ...") is marked as one; it states nothing.
        // A field's length limit ("Höchstens 1'000 Zeichen") is a count, not a price.
        const match = text
          .replace(/(z\. ?B\.|Zum Beispiel) [^;)]+?[.;)]/g, "")
          .replace(/\d{1,3}(['’]\d{3})* Zeichen/g, "")
          .match(pattern);
        return match ? [`${path}: ${match[0]}`] : [];
      }),
    );
    expect(found).toEqual([]);
    expect(pages.get("/kurse/professionell-telefonieren")).toContain("Preis nach Offerte");
    // The demo dates do not exist here.
    expect(pages.get("/termine")).not.toMatch(/Platz buchen/);
  });

  it("names the hosting location from the setting, not a made-up one", async () => {
    const privacy = visibleText(await (await fetch(`${server.url}/datenschutz`)).text());
    expect(privacy).toContain(`Die Website und ihre Datenbank werden ${HOSTING} betrieben.`);
    expect(privacy).not.toContain("in der Schweiz gespeichert");
  });

  it("shows exactly the business details the owner entered", async () => {
    await getDb().businessProfile.create({ data: exampleBusinessProfile });
    await fetch(`${server.url}/dev/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind: "profile" }),
    });
    const contact = visibleText(await (await fetch(`${server.url}/kontakt`)).text());
    expect(contact).toContain(
      "Anliegen Zoë Beispiel Bundesgasse 3 3011 Bern E-Mail: hallo@anliegen.example Telefon: +41 31 555 66 77",
    );
    const imprint = visibleText(await (await fetch(`${server.url}/impressum`)).text());
    expect(imprint).toContain("Anbieter Anliegen Zoë Beispiel Bundesgasse 3 3011 Bern");
    expect(imprint).not.toContain("UID");
  });
});
