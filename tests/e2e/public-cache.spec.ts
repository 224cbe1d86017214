import { expect, test } from "@playwright/test";

import { withE2eDatabase } from "./support/database";
import { revalidate, sitemapPaths } from "./support/pages";

// Public pages are served from Next's cache (decision 0007). These tests change content directly
// in the database, as an admin edit would, and call the revalidate function of that kind of
// content through /dev/revalidate, as the admin area will after saving.

test("every public page is served from the cache on its second request", async ({ request }) => {
  for (const path of await sitemapPaths(request)) {
    await request.get(path);
    const second = await request.get(path);
    expect(second.status(), path).toBe(200);
    expect(second.headers()["x-nextjs-cache"], path).toBe("HIT");
  }
});

test("an edited course shows only after its content is revalidated, and then at once", async ({ page, request }) => {
  const path = "/kurse/professionell-telefonieren";
  const original = "Professionell und gelassen am Telefon";
  const edited = "Professionell, freundlich und gelassen am Telefon";
  await request.get(path);
  await request.get("/kurse");

  await withE2eDatabase((db) =>
    db.query(`UPDATE "Course" SET title = $1 WHERE slug = 'professionell-telefonieren'`, [edited]),
  );
  try {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(original);

    await revalidate(request, "courses");

    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(edited);
    await page.goto("/kurse");
    await expect(page.getByRole("link", { name: edited })).toBeVisible();
    await page.goto("/");
    await expect(page.getByRole("link", { name: edited })).toBeVisible();
  } finally {
    await withE2eDatabase((db) =>
      db.query(`UPDATE "Course" SET title = $1 WHERE slug = 'professionell-telefonieren'`, [original]),
    );
    await revalidate(request, "courses");
  }
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(original);
});

test("an unpublished page disappears once pages are revalidated", async ({ page, request }) => {
  await page.goto("/fuehrungskultur");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Führungskultur");
  await withE2eDatabase((db) => db.query(`UPDATE "Page" SET published = false WHERE slug = 'fuehrungskultur'`));
  try {
    await revalidate(request, "pages");
    const response = await page.goto("/fuehrungskultur");
    expect(response?.status()).toBe(404);
  } finally {
    await withE2eDatabase((db) => db.query(`UPDATE "Page" SET published = true WHERE slug = 'fuehrungskultur'`));
    await revalidate(request, "pages");
  }
  expect((await page.goto("/fuehrungskultur"))?.status()).toBe(200);
});

test("a new open date appears on its course page with a booking link once sessions are revalidated", async ({
  page,
  request,
}) => {
  // The course has demo dates of its own (prisma/seed/sessions.ts); the new one is told apart by its place.
  const path = "/kurse/schwierige-situationen-gelassen-meistern";
  const place = "Bern, Kursraum Bollwerk";
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 2, name: "Offene Daten" })).toBeVisible();
  await expect(page.getByText(place)).toHaveCount(0);

  const startsAt = new Date(Date.now() + 30 * 24 * 3600 * 1000);
  const id = await withE2eDatabase(async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO "CourseSession" (id, "courseId", "startsAt", "endsAt", location, capacity, "updatedAt")
       SELECT gen_random_uuid(), id, $1, $2, $3, 12, now()
       FROM "Course" WHERE slug = 'schwierige-situationen-gelassen-meistern' RETURNING id`,
      [startsAt, new Date(startsAt.getTime() + 8 * 3600 * 1000), place],
    );
    return rows[0]!.id;
  });
  try {
    await revalidate(request, "sessions");
    await page.goto(path);
    const date = page.getByRole("listitem").filter({ hasText: place });
    await expect(date).toContainText("Noch 12 Plätze frei");
    await expect(date.getByRole("link", { name: /^Platz buchen am / })).toHaveAttribute("href", `/termine/${id}`);
    await expect(page.getByRole("link", { name: /^Platz buchen/ }).first()).toHaveAttribute("href", "#offene-daten");
  } finally {
    await withE2eDatabase((db) => db.query(`DELETE FROM "CourseSession" WHERE id = $1`, [id]));
    await revalidate(request, "sessions");
  }
  await page.goto(path);
  await expect(page.getByText(place)).toHaveCount(0);
});

test("the revalidate route rejects an unknown kind of content", async ({ request }) => {
  const response = await request.post("/dev/revalidate", { data: { kind: "alles" } });
  expect(response.status()).toBe(400);
});
