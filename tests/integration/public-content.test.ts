import { beforeAll, describe, expect, it } from "vitest";

import { listOpenSessions } from "@/lib/booking/queries";
import {
  getCourse,
  getField,
  getModule,
  getPage,
  listCatalogueCourses,
  listFields,
  listLibrary,
  listPublicAddresses,
  listReferenceClients,
  listStories,
  listTestimonials,
} from "@/lib/catalogue/queries";
import { getDb } from "@/lib/db";
import { seedDemoContent } from "@/prisma/seed/seed";

// The demo content plus, next to it, one of every kind of thing the public must not see.
const NOW = new Date("2027-01-10T10:00:00Z");
const inDays = (days: number, hour = 8) => new Date(Date.UTC(2027, 0, 10 + days, hour));

beforeAll(async () => {
  const db = getDb();
  await seedDemoContent(db);
  // The demo's own open dates depend on the day of seeding; these tests set up exactly the dates they read.
  await db.courseSession.deleteMany();

  const hiddenField = await db.fieldOfActivity.create({
    data: { slug: "verstecktes-feld", name: "Verstecktes Feld", summary: "-", published: false },
  });
  const hiddenGoal = await db.goal.create({
    data: { slug: "verstecktes-ziel", title: "Verstecktes Ziel", published: false },
  });
  const hiddenTheme = await db.moduleTheme.create({ data: { slug: "verstecktes-thema", title: "Verstecktes Thema" } });
  const hiddenModule = await db.contentModule.create({
    data: {
      slug: "verstecktes-modul",
      title: "Verstecktes Modul",
      description: "-",
      defaultDurationMinutes: 30,
      themeId: hiddenTheme.id,
      published: false,
    },
  });
  const modulesBySlug = new Map(
    (await db.contentModule.findMany({ select: { id: true, slug: true } })).map((row) => [row.slug, row.id]),
  );
  const hiddenStory = await db.story.create({
    data: {
      slug: "versteckte-geschichte",
      title: "Versteckt",
      setting: "-",
      summary: "-",
      body: "-",
      published: false,
    },
  });
  const unconsented = await db.testimonial.create({
    data: { quote: "Ohne Einwilligung", authorName: "X.Y.", organisation: "Testamt", published: true, consent: false },
  });

  // A published course whose related content is all hidden.
  await db.course.create({
    data: {
      slug: "test-kurs",
      title: "Testkurs",
      summary: "-",
      audience: "-",
      durationNote: "1 Tag",
      priceNote: "-",
      formats: ["ONE_DAY"],
      published: true,
      sortOrder: 99,
      storyId: hiddenStory.id,
      testimonialId: unconsented.id,
      fields: { create: [{ fieldId: hiddenField.id }] },
      goals: { create: [{ goalId: hiddenGoal.id, position: 0 }] },
      modules: {
        create: [
          { moduleId: hiddenModule.id, position: 0 },
          { moduleId: modulesBySlug.get("aktiv-zuhoeren")!, position: 1 },
        ],
      },
    },
  });
  // An unpublished course that uses a published module and tells a published story.
  const draft = await db.course.create({
    data: {
      slug: "entwurf",
      title: "Unveröffentlichter Entwurf",
      summary: "-",
      audience: "-",
      durationNote: "1 Tag",
      priceNote: "-",
      published: false,
      storyId: (await db.story.findUniqueOrThrow({ where: { slug: "kantonales-passamt" } })).id,
      modules: { create: [{ moduleId: modulesBySlug.get("aktiv-zuhoeren")!, position: 0 }] },
    },
  });

  await db.page.create({ data: { slug: "entwurfsseite", title: "Entwurf", body: "-", published: false } });
  await db.referenceClient.create({ data: { name: "Geheimes Amt", kind: "OTHER", published: false } });

  const telefon = await db.course.findUniqueOrThrow({ where: { slug: "professionell-telefonieren" } });
  const session = (courseId: string, days: number, extra: object = {}) => ({
    courseId,
    startsAt: inDays(days),
    endsAt: inDays(days, 16),
    location: `Bern (${days})`,
    capacity: 12,
    ...extra,
  });
  await db.courseSession.createMany({
    data: [
      session(telefon.id, 30),
      session(telefon.id, 5),
      session(telefon.id, -2),
      session(telefon.id, 40, { isPublic: false }),
      session(telefon.id, 50, { status: "CANCELLED" }),
      session(draft.id, 20),
    ],
  });
});

describe("public content reads only what is published", () => {
  it("lists published courses only, with visible fields, goals and module titles for the search", async () => {
    const courses = await listCatalogueCourses();
    expect(courses.map((course) => course.slug)).toEqual([
      "kundenkontakt-oeffentliche-verwaltung",
      "professionell-telefonieren",
      "schwierige-situationen-gelassen-meistern",
      "test-kurs",
    ]);
    const test = courses.find((course) => course.slug === "test-kurs")!;
    expect(test.fields).toEqual([]);
    expect(test.goals).toEqual([]);
    expect(test.moduleTitles).toEqual(["Aktiv zuhören"]);
    const telefon = courses.find((course) => course.slug === "professionell-telefonieren")!;
    expect(telefon.fields.map((field) => field.slug)).toEqual([
      "oeffentliche-verwaltung",
      "kundendienst",
      "kirchgemeinden",
    ]);
    expect(telefon.goals).toHaveLength(3);
  });

  it("gives a course page its goals, modules with durations, story and consented testimonial", async () => {
    const course = await getCourse("kundenkontakt-oeffentliche-verwaltung");
    expect(course).not.toBeNull();
    expect(course!.goals.map((goal) => goal.slug)).toEqual([
      "anspruchsvolle-gespraeche-souveraen-fuehren",
      "basis-set-kommunikationswerkzeuge",
      "gespraeche-gut-beenden",
      "stress-bewaeltigen-ressourcen-nutzen",
    ]);
    expect(course!.modules[0]).toMatchObject({
      slug: "rolle-beraten",
      day: 1,
      durationMinutes: 60,
      themeTitle: "Unterschiedliche Rollen im Kundenkontakt",
    });
    expect(course!.modules.map((module) => module.day)).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
    expect(course!.story?.slug).toBe("kantonales-passamt");
    // The quote speaks about the telephone course only, so it is not shown here.
    expect(course!.testimonial).toBeNull();
    expect((await getCourse("professionell-telefonieren"))!.testimonial).toEqual({
      quote: expect.stringMatching(/^Wir haben den Kurs mit Dir, Markus/),
      authorName: "C.M.",
      authorRole: "",
      organisation: "Amt in der Bundesverwaltung",
    });
  });

  it("never shows hidden goals, modules, fields, stories or unconsented quotes on a course page", async () => {
    const course = await getCourse("test-kurs");
    expect(course!.fields).toEqual([]);
    expect(course!.goals).toEqual([]);
    expect(course!.modules.map((module) => module.slug)).toEqual(["aktiv-zuhoeren"]);
    expect(course!.story).toBeNull();
    expect(course!.testimonial).toBeNull();
  });

  it("has no page for an unpublished or unknown course", async () => {
    expect(await getCourse("entwurf")).toBeNull();
    expect(await getCourse("gibt-es-nicht")).toBeNull();
  });

  it("lists upcoming public, scheduled dates of a published course, soonest first", async () => {
    const sessions = await listOpenSessions({ courseSlug: "professionell-telefonieren" }, NOW);
    expect(sessions.map((session) => session.location)).toEqual(["Bern (5)", "Bern (30)"]);
    expect(sessions[0]!.startsAt).toBe(inDays(5).toISOString());
    expect(await listOpenSessions({ courseSlug: "entwurf" }, NOW)).toEqual([]);
  });

  it("shows the library by theme without hidden modules or empty themes, and only published users", async () => {
    const themes = await listLibrary();
    expect(themes.map((theme) => theme.slug)).toEqual([
      "rollen-im-kundenkontakt",
      "telefon-kommunikation",
      "praesenz-und-embodiment",
      "kommunikations-werkzeuge",
      "schwierige-situationen",
    ]);
    const modules = themes.flatMap((theme) => theme.modules);
    expect(modules).toHaveLength(15);
    expect(modules.map((module) => module.slug)).not.toContain("verstecktes-modul");
    const zuhoeren = modules.find((module) => module.slug === "aktiv-zuhoeren")!;
    expect(zuhoeren.courses.map((course) => course.slug)).toEqual([
      "kundenkontakt-oeffentliche-verwaltung",
      "professionell-telefonieren",
      "test-kurs",
    ]);
  });

  it("has a page for each published module and none for a hidden one", async () => {
    const found = await getModule("argumentations-aikido");
    expect(found).toMatchObject({ title: "Argumentations-Aikido", theme: { slug: "schwierige-situationen" } });
    expect(found!.courses.map((course) => course.slug)).toEqual([
      "kundenkontakt-oeffentliche-verwaltung",
      "schwierige-situationen-gelassen-meistern",
    ]);
    expect(await getModule("verstecktes-modul")).toBeNull();
  });

  it("lists published stories with their published courses and consented testimonials only", async () => {
    const stories = await listStories();
    expect(stories.map((story) => story.slug)).toEqual([
      "kantonales-passamt",
      "kundenservice-center",
      "testcenter-spital",
    ]);
    const passamt = stories[0]!;
    expect(passamt.courses.map((course) => course.slug)).toEqual(["kundenkontakt-oeffentliche-verwaltung"]);
    expect(passamt.field).toEqual({ slug: "oeffentliche-verwaltung", name: "Öffentliche Verwaltung" });

    const testimonials = await listTestimonials();
    expect(testimonials.map((testimonial) => testimonial.authorName)).toEqual(["C.M."]);
    expect(testimonials[0]!.courses.map((course) => course.slug)).toEqual(["professionell-telefonieren"]);
  });

  it("gives each published field a page with its own text, courses, stories and consented quotes", async () => {
    const field = await getField("oeffentliche-verwaltung");
    expect(field!.body).toContain("oft ganz verschiedene «Hüte»");
    expect(field!.courses.map((course) => course.slug)).toEqual([
      "kundenkontakt-oeffentliche-verwaltung",
      "professionell-telefonieren",
      "schwierige-situationen-gelassen-meistern",
    ]);
    expect(field!.stories.map((story) => story.slug)).toEqual(["kantonales-passamt", "testcenter-spital"]);
    expect(field!.testimonials.map((testimonial) => testimonial.authorName)).toEqual(["C.M."]);
    expect((await getField("kirchgemeinden"))!.body).toContain("am Ufer des Sees in der Nähe gefeiert wird");
    expect(await getField("verstecktes-feld")).toBeNull();
    expect(await getField("gibt-es-nicht")).toBeNull();
  });

  it("hides a field from stories once it is unpublished", async () => {
    const db = getDb();
    await db.fieldOfActivity.update({ where: { slug: "kundendienst" }, data: { published: false } });
    try {
      expect((await listStories()).find((story) => story.slug === "kundenservice-center")!.field).toBeNull();
      expect((await listFields()).map((field) => field.slug)).not.toContain("kundendienst");
    } finally {
      await db.fieldOfActivity.update({ where: { slug: "kundendienst" }, data: { published: true } });
    }
  });

  it("reads published pages and reference clients only", async () => {
    expect(await getPage("impressum")).toMatchObject({ title: "Impressum" });
    expect(await getPage("entwurfsseite")).toBeNull();
    const clients = await listReferenceClients();
    expect(clients.map((client) => client.name)).not.toContain("Geheimes Amt");
    expect(clients).toHaveLength(8);
    expect((await listFields()).map((field) => field.slug)).not.toContain("verstecktes-feld");
  });

  it("gives the sitemap published addresses only", async () => {
    const addresses = await listPublicAddresses();
    expect(addresses.courses.map((course) => course.slug)).not.toContain("entwurf");
    expect(addresses.courses).toHaveLength(4);
    expect(addresses.modules.map((module) => module.slug)).not.toContain("verstecktes-modul");
    expect(addresses.pages.map((page) => page.slug)).not.toContain("entwurfsseite");
    expect(addresses.fields.map((field) => field.slug)).toEqual([
      "oeffentliche-verwaltung",
      "kundendienst",
      "kirchgemeinden",
      "gewerbe",
    ]);
    expect(addresses.courses[0]!.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("returns plain JSON, so the cached copy equals what the database gave", async () => {
    const course = await getCourse("professionell-telefonieren");
    const sessions = await listOpenSessions({ courseSlug: "professionell-telefonieren" }, NOW);
    expect(JSON.parse(JSON.stringify({ course, sessions }))).toEqual({ course, sessions });
  });
});
