import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./support/axe";
import { withE2eDatabase } from "./support/database";
import { openLatestMail } from "./support/mailbox";
import { sitemapPaths } from "./support/pages";
import { signInAsOwner, signInByLink } from "./support/sign-in";

const COURSE_PATH = "/kurse/professionell-telefonieren";
const COURSE_TITLE = "Professionell und gelassen am Telefon";

async function submitInquiry(page: Page, organisation: string, email: string): Promise<string> {
  await page.goto("/anfrage");
  await page.getByRole("textbox", { name: /^Name der Organisation/ }).fill(organisation);
  await page.getByRole("combobox", { name: /^Art der Organisation/ }).selectOption({ label: "Gemeinde oder Stadt" });
  await page.getByRole("radio", { name: "Herr" }).check();
  await page.getByRole("textbox", { name: /^Vorname und Name/ }).fill("Jürg Bärtschi");
  await page.getByRole("textbox", { name: /^E-Mail-Adresse/ }).fill(email);
  await page.getByLabel("Stress am Telefon").check();
  await page.getByRole("textbox", { name: /^Nachricht/ }).fill("Unser Empfang braucht Unterstützung am Telefon.");
  await page.getByLabel(/Datenschutzerklärung/).check();
  await page.getByRole("button", { name: "Anfrage senden" }).click();
  await expect(page).toHaveURL(/\/anfrage\/danke\?referenz=ANF-\d{4}-\d{4,}$/);
  return (await page.getByTestId("inquiry-reference").innerText()).trim();
}

async function renameCourse(page: Page, from: string, to: string): Promise<void> {
  await page.goto("/admin/kurse");
  await page.getByRole("link", { name: from, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: from })).toBeVisible();
  await page.getByRole("textbox", { name: /^Titel/ }).fill(to);
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Kurs gespeichert" })).toBeVisible();
}

test("the consultant signs in, works an inquiry from the public form, answers it and edits a course", async ({
  page,
}) => {
  const organisation = `Gemeindeverwaltung Worb ${Date.now()}`;
  const requester = `juerg.${Date.now()}@worb.example`;
  const reference = await submitInquiry(page, organisation, requester);

  await signInByLink(page);
  const fresh = page.getByRole("region", { name: /^Neue Anfragen/ });
  await expect(fresh.getByRole("link", { name: `${reference}: ${organisation}` })).toBeVisible();
  await expectNoAxeViolations(page);

  // Find it in the list by a part of the organisation's name.
  await page.getByRole("navigation", { name: "Verwaltung" }).getByRole("link", { name: "Anfragen" }).click();
  await page.getByRole("searchbox", { name: "Suche" }).fill(organisation.split(" ").pop()!);
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 Anfrage" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: reference }).click();

  await expect(page.getByRole("heading", { level: 1, name: `${reference}: ${organisation}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Kurskonzept" })).toHaveAttribute(
    "href",
    `/admin/anfragen/${reference}/konzept`,
  );
  const timeline = page.getByRole("region", { name: "Verlauf" });
  await expect(timeline).toContainText("Anfrage eingegangen");
  await expect(timeline).toContainText(`E-Mail an ${requester}`);
  await expectNoAxeViolations(page);

  // Into clarification, with a note.
  await page.getByRole("combobox", { name: /^Neuer Status/ }).selectOption({ label: "In Klärung" });
  await page.getByRole("textbox", { name: /^Notiz zur Änderung/ }).fill("Rückruf am Montag vereinbart.");
  await page.getByRole("button", { name: "Status ändern" }).click();
  await expect(page.getByText("Der Status ist jetzt «In Klärung».")).toBeVisible();
  await expect(timeline).toContainText("Status: Neu → In Klärung");
  await expect(timeline).toContainText("Rückruf am Montag vereinbart.");
  await expect(timeline).toContainText("Markus Muster");

  // A reply that is too short is refused at its field, and the text stays.
  const reply = page.getByRole("region", { name: "Antworten" });
  // The draft greets as the requester chose in the form.
  await expect(reply.getByRole("textbox", { name: /^Nachricht/ })).toHaveValue(/^Guten Tag Herr Bärtschi\n/);
  await reply.getByRole("textbox", { name: /^Nachricht/ }).fill("Danke");
  await reply.getByRole("button", { name: "Antwort senden" }).click();
  await expect(reply.getByRole("textbox", { name: /^Nachricht/ })).toHaveAccessibleDescription(/mindestens 10 Zeichen/);
  await expect(reply.getByRole("textbox", { name: /^Nachricht/ })).toHaveValue("Danke");
  const message = reply.getByRole("textbox", { name: /^Nachricht/ });
  await message.fill(
    "Guten Tag Herr Bärtschi\n\nGerne rufe ich Sie am Montag um 09:00 an.\n\nFreundliche Grüsse\nMarkus Muster",
  );
  // Leaving the field checks it again; the message below it goes away before the button is pressed.
  await message.blur();
  await expect(message).toHaveAttribute("aria-invalid", "false");
  await reply.getByRole("button", { name: "Antwort senden" }).click();
  await expect(reply.getByRole("status")).toContainText("Die Antwort ist unterwegs");
  await expect(timeline).toContainText(`E-Mail an die anfragende Person: Ihre Anfrage ${reference}`);
  await expect(page.getByText(/^Erste Antwort \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/)).toBeVisible();
  await expectNoAxeViolations(page);

  const mail = await openLatestMail(page, requester, new RegExp(`Ihre Anfrage ${reference}(?! ist eingegangen)`));
  expect(mail).toContain("Gerne rufe ich Sie am Montag um 09:00 an.");
  await page.goto(`/admin/anfragen/${reference}`);
  await expect(page.getByRole("region", { name: "Verlauf" })).toContainText("Versand: Gesendet");

  // A course title edited in the admin area shows on the cached public page at once.
  await page.goto(COURSE_PATH);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(COURSE_TITLE);
  const renamed = `${COURSE_TITLE} (neu)`;
  await renameCourse(page, COURSE_TITLE, renamed);
  await expectNoAxeViolations(page);
  await page.goto(COURSE_PATH);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(renamed);
  await renameCourse(page, renamed, COURSE_TITLE);
  await page.goto(COURSE_PATH);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(COURSE_TITLE);
});

test("the admin pages for content, e-mails and users pass axe", async ({ page }) => {
  await signInAsOwner(page);
  for (const path of [
    "/admin/inhalte",
    "/admin/inhalte/stimmen",
    "/admin/kurse/neu",
    "/admin/inhalte/seiten",
    "/admin/inhalte/themen",
    "/admin/erstgespraeche",
    "/admin/e-mails",
    "/admin/benutzer",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
  // Deleting a field of activity that courses use is refused with the reason.
  await page.goto("/admin/inhalte/felder");
  await page.getByRole("button", { name: "Öffentliche Verwaltung löschen" }).click();
  const confirmation = page.getByRole("dialog", { name: "Öffentliche Verwaltung löschen" });
  await expect(confirmation).toContainText("«Öffentliche Verwaltung» endgültig löschen?");
  await expectNoAxeViolations(page);
  await confirmation.getByRole("button", { name: "Löschen", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: /wird noch verwendet \(\d+ Kurse/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Öffentliche Verwaltung" })).toBeVisible();
});

test("the consultant edits an editable page with a preview, and the public page shows it at once", async ({ page }) => {
  await signInAsOwner(page);
  await page.goto("/admin/inhalte");
  await page.getByRole("link", { name: "Seiten" }).click();
  await page.getByRole("link", { name: "Über mich", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Über mich" })).toBeVisible();
  await expect(page.getByText("Kurzadresse: ueber-mich")).toBeVisible();

  const body = page.getByRole("textbox", { name: /^Text der Seite/ });
  const original = await body.inputValue();
  const edited = `${original}\n\n## Weiterbildung\n- Supervision (e2e)`;
  await body.fill(edited);
  const preview = page.getByRole("region", { name: "Vorschau: Text der Seite" });
  await expect(preview.getByRole("heading", { level: 2, name: "Weiterbildung" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Seite gespeichert" })).toBeVisible();

  await page.goto("/ueber-mich");
  await expect(page.getByRole("heading", { level: 2, name: "Weiterbildung" })).toBeVisible();
  await expect(page.getByText("Supervision (e2e)")).toBeVisible();

  // An empty body is refused at the field and the page keeps its text.
  await page.goto("/admin/inhalte/seiten");
  await page.getByRole("link", { name: "Über mich", exact: true }).click();
  await page.getByRole("textbox", { name: /^Text der Seite/ }).fill("");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("textbox", { name: /^Text der Seite/ })).toHaveAccessibleDescription(
    /Bitte geben Sie den Text der Seite an\./,
  );
  await page.getByRole("textbox", { name: /^Text der Seite/ }).fill(original);
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Seite gespeichert" })).toBeVisible();
  await page.goto("/ueber-mich");
  await expect(page.getByText("Supervision (e2e)")).toHaveCount(0);
});

test("the consultant records a past call as held, and the inquiry's timeline says so", async ({ page }) => {
  const reference = await submitInquiry(page, "Gemeindeverwaltung Köniz", `call.${Date.now()}@gemeinde.example`);
  // A call whose time has passed: booked through the site days ago, which a test cannot do today.
  const startsAt = new Date(Date.now() - 3 * 24 * 60 * 60_000);
  await withE2eDatabase((db) =>
    db.query(
      `INSERT INTO "Appointment" (id, "startsAt", "endsAt", name, organisation, email, "inquiryId", "manageTokenHash", "updatedAt")
       SELECT gen_random_uuid(), $1, $2, 'Beatrice Vergangen', 'Gemeindeverwaltung Köniz', 'beatrice@gemeinde.example',
              id, md5(random()::text), now()
       FROM "Inquiry" WHERE reference = $3`,
      [startsAt, new Date(startsAt.getTime() + 30 * 60_000), reference],
    ),
  );

  await signInAsOwner(page);
  await page.goto("/admin/erstgespraeche");
  const past = page.getByRole("region", { name: "Vergangene Erstgespräche ohne Abschluss" });
  await expect(past.getByRole("row").filter({ hasText: "Beatrice Vergangen" })).toContainText(`Anfrage ${reference}`);
  await expectNoAxeViolations(page);
  await past.getByRole("button", { name: /^Gehalten: Beatrice Vergangen, / }).click();
  await expect(past.getByRole("row").filter({ hasText: "Beatrice Vergangen" })).toHaveCount(0);

  await page.goto(`/admin/anfragen/${reference}`);
  await expect(page.getByText(/^Erstgespräch vom \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} hat stattgefunden\.$/)).toBeVisible();
});

/** A machine timestamp (2026-12-08T13:00...), which no page may show: dates go through lib/format.ts. */
const ISO_TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** What a reader sees or hears on the page: its text, and the names and titles of its elements. */
async function readableText(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      document.title,
      document.body.innerText,
      ...Array.from(document.querySelectorAll("[aria-label], [title], [alt]"), (element) =>
        ["aria-label", "title", "alt"].map((name) => element.getAttribute(name) ?? "").join(" "),
      ),
    ].join("\n"),
  );
}

test("no page shows an ISO timestamp: every public page, and every admin page reachable from the dashboard", async ({
  page,
  request,
}) => {
  test.setTimeout(300_000);
  // An inquiry with a timeline, so its detail page and the lists have dates to show.
  const reference = await submitInquiry(page, "Stadtverwaltung Zeitstempel", `zeit.${Date.now()}@stadt.example`);
  const publicPaths = [...new Set([...(await sitemapPaths(request)), "/termine", "/erstgespraech", "/anfrage"])];
  await signInAsOwner(page);
  const seen = new Set<string>();
  const queue = ["/admin", `/admin/anfragen/${reference}`];
  const checked: string[] = [];
  const check = async (path: string) => {
    const response = await page.goto(path);
    if (!response || response.status() >= 400) return;
    const text = await readableText(page);
    expect(text.match(ISO_TIMESTAMP)?.[0], `${path} shows an ISO timestamp`).toBeUndefined();
    checked.push(path);
  };
  for (const path of publicPaths) await test.step(path, () => check(path));
  // An open date's own page (booking form with its dates), from the list of open dates.
  await page.goto("/termine");
  const sessionPage = await page.locator('main a[href^="/termine/"]').first().getAttribute("href");
  expect(sessionPage).toBeTruthy();
  await test.step(sessionPage!, () => check(sessionPage!));
  // Admin: breadth first along the links of each page, each address once, downloads left out.
  while (queue.length > 0 && seen.size < 90) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    await test.step(path, () => check(path));
    const links = await page
      .locator('a[href^="/admin"]')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href") ?? ""));
    for (const href of links) {
      const next = href.split("#")[0]!;
      if (!seen.has(next) && !next.startsWith("/admin/anmelden") && !next.includes("/export")) queue.push(next);
    }
  }
  expect(checked).toEqual(
    expect.arrayContaining(["/", "/termine", sessionPage, "/admin", "/admin/anfragen", `/admin/anfragen/${reference}`]),
  );
  expect(checked.length).toBeGreaterThan(40);
});
