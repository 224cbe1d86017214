import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { getDb } from "@/lib/db";

import { createAdmins, createInquiry } from "../setup/admin-fixtures";

const session = vi.hoisted(() => ({ userId: null as string | null }));
vi.mock("@/lib/auth/session", () => ({ readSessionUserId: async () => session.userId }));
// Records which public content each change expires; the e2e journey shows the page itself change.
const cache = vi.hoisted(() => ({ tags: [] as string[] }));
vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: (tag: string, profile: unknown) => cache.tags.push(`${tag}:${JSON.stringify(profile)}`),
}));

const actions = await import("@/lib/catalogue/admin-actions");
const { listCatalogueItemsForAdmin, getCatalogueItemForAdmin } = await import("@/lib/catalogue/admin-queries");

const courseInput = {
  slug: "",
  title: "Gespräche am Schalter",
  summary: "Souverän bleiben, wenn es laut wird.",
  body: "",
  audience: "Mitarbeitende am Schalter",
  formats: ["ONE_DAY"],
  durationNote: "1 Tag",
  languages: ["DE"],
  minParticipants: "6",
  maxParticipants: "14",
  priceNote: "ab CHF 2'400.00 pro Kurstag",
  priceFromFrancs: "2400",
  featured: false,
  published: true,
  fieldIds: [] as string[],
  goalIds: [] as string[],
  moduleIds: [] as string[],
  storyId: "",
  testimonialId: "",
};

let fieldId: string;

beforeAll(async () => {
  const db = getDb();
  session.userId = (await createAdmins(db)).staffId;
  fieldId = (
    await db.fieldOfActivity.create({ data: { slug: "verwaltung", name: "Öffentliche Verwaltung", summary: "Ämter" } })
  ).id;
});

beforeEach(() => {
  cache.tags = [];
});

describe("course management", () => {
  it("creates a course with a slug from its title, keeps the slug when the title changes, and revalidates", async () => {
    const created = await actions.saveCatalogueItemAction(
      { kind: "kurse", id: null },
      { ...courseInput, fieldIds: [fieldId] },
    );
    expect(created).toMatchObject({ ok: true });
    const id = created.ok ? created.data.id : "";
    expect(cache.tags).toEqual(['courses:{"expire":0}']);

    const stored = await getDb().course.findUniqueOrThrow({ where: { id }, include: { fields: true } });
    expect(stored).toMatchObject({
      slug: "gespraeche-am-schalter",
      minParticipants: 6,
      maxParticipants: 14,
      priceFromCents: 240_000,
      published: true,
      fields: [{ fieldId }],
    });

    cache.tags = [];
    const edited = await actions.saveCatalogueItemAction(
      { kind: "kurse", id },
      { ...courseInput, slug: "anders", title: "Gespräche am Schalter und am Telefon", fieldIds: [] },
    );
    expect(edited).toMatchObject({ ok: true });
    expect(await getDb().course.findUniqueOrThrow({ where: { id }, include: { fields: true } })).toMatchObject({
      slug: "gespraeche-am-schalter",
      title: "Gespräche am Schalter und am Telefon",
      fields: [],
    });
    expect(cache.tags).toEqual(['courses:{"expire":0}']);
    expect(await getCatalogueItemForAdmin("kurse", id)).toMatchObject({ priceFromFrancs: 2400, fieldIds: [] });
  });

  it("sets goals, agenda modules, story and testimonial; kept modules keep their day and duration", async () => {
    const db = getDb();
    const theme = await db.moduleTheme.create({ data: { slug: "thema", title: "Thema" } });
    const createModule = (slug: string) =>
      db.contentModule.create({
        data: { slug, title: slug, description: "", themeId: theme.id, defaultDurationMinutes: 60 },
      });
    const [first, second, third] = [
      await createModule("m-eins"),
      await createModule("m-zwei"),
      await createModule("m-drei"),
    ];
    const goal = await db.goal.create({ data: { slug: "ziel-eins", title: "Ziel eins" } });
    const story = await db.story.create({
      data: { slug: "geschichte", title: "Geschichte", setting: "Amt", summary: "", body: "Text" },
    });
    const created = await actions.saveCatalogueItemAction(
      { kind: "kurse", id: null },
      {
        ...courseInput,
        title: "Mit Ablauf",
        goalIds: [goal.id],
        moduleIds: [first.id, second.id],
        storyId: story.id,
      },
    );
    const id = created.ok ? created.data.id : "";
    // The consultant's agenda puts the second module on day 2 for 90 minutes.
    await db.courseModule.update({
      where: { courseId_moduleId: { courseId: id, moduleId: second.id } },
      data: { day: 2, durationMinutes: 90 },
    });
    await actions.saveCatalogueItemAction(
      { kind: "kurse", id },
      { ...courseInput, title: "Mit Ablauf", goalIds: [goal.id], moduleIds: [second.id, third.id], storyId: "" },
    );
    const course = await db.course.findUniqueOrThrow({
      where: { id },
      include: { goals: true, modules: { orderBy: { position: "asc" } } },
    });
    expect(course.storyId).toBeNull();
    expect(course.goals.map((row) => row.goalId)).toEqual([goal.id]);
    expect(course.modules.map((row) => [row.moduleId, row.day, row.durationMinutes])).toEqual([
      [second.id, 2, 90],
      [third.id, 2, null],
    ]);
    expect(await getCatalogueItemForAdmin("kurse", id)).toMatchObject({ moduleIds: [second.id, third.id] });
    // A goal that a course uses cannot be deleted.
    expect(await actions.deleteCatalogueItemAction({ kind: "ziele", id: goal.id })).toMatchObject({
      ok: false,
      message: expect.stringContaining("(1 Kurs)"),
    });
    await db.course.delete({ where: { id } });
  });

  it("refuses a taken slug and invalid input at the field, writing nothing", async () => {
    const db = getDb();
    const before = await db.course.count();
    const taken = await actions.saveCatalogueItemAction(
      { kind: "kurse", id: null },
      { ...courseInput, slug: "gespraeche-am-schalter" },
    );
    expect(taken).toMatchObject({
      ok: false,
      code: "CONFLICT",
      fieldErrors: { slug: ["Diese Kurzadresse ist schon vergeben."] },
    });
    const invalid = await actions.saveCatalogueItemAction(
      { kind: "kurse", id: null },
      { ...courseInput, title: " ", slug: "Mit Leerzeichen", formats: [], minParticipants: "20", maxParticipants: "5" },
    );
    expect(invalid.ok ? {} : invalid.fieldErrors).toMatchObject({
      title: ["Bitte geben Sie den Titel an."],
      slug: [expect.stringContaining("Nur Kleinbuchstaben")],
      formats: ["Bitte wählen Sie mindestens ein Format."],
    });
    expect(await db.course.count()).toBe(before);
    expect(cache.tags).toEqual([]);
  });

  it("reorders, unpublishes and refuses to delete a course still in use, then deletes an unused one", async () => {
    const db = getDb();
    const second = await actions.saveCatalogueItemAction(
      { kind: "kurse", id: null },
      { ...courseInput, title: "Telefon" },
    );
    const secondId = second.ok ? second.data.id : "";
    const titles = async () => (await listCatalogueItemsForAdmin("kurse")).map((row) => row.title);
    expect(await titles()).toEqual(["Gespräche am Schalter und am Telefon", "Telefon"]);
    expect(await actions.moveCatalogueItemAction({ kind: "kurse", id: secondId, direction: "up" })).toMatchObject({
      ok: true,
    });
    expect(await titles()).toEqual(["Telefon", "Gespräche am Schalter und am Telefon"]);

    expect(
      await actions.setCatalogueItemPublishedAction({ kind: "kurse", id: secondId, published: false }),
    ).toMatchObject({ ok: true });
    expect(await db.course.findUniqueOrThrow({ where: { id: secondId } })).toMatchObject({ published: false });

    await createInquiry(db, { courseId: secondId });
    cache.tags = [];
    expect(await actions.deleteCatalogueItemAction({ kind: "kurse", id: secondId })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message:
        "Dieser Eintrag wird noch verwendet (1 Anfrage) und kann nicht gelöscht werden. Setzen Sie ihn stattdessen auf «nicht veröffentlicht».",
    });
    expect(await db.course.count({ where: { id: secondId } })).toBe(1);
    expect(cache.tags).toEqual([]);

    const unused = await actions.saveCatalogueItemAction({ kind: "kurse", id: null }, { ...courseInput, title: "Weg" });
    cache.tags = [];
    expect(
      await actions.deleteCatalogueItemAction({ kind: "kurse", id: unused.ok ? unused.data.id : "" }),
    ).toMatchObject({
      ok: true,
    });
    expect(await titles()).not.toContain("Weg");
    expect(cache.tags).toEqual(['courses:{"expire":0}']);

    // Who changed what stays on record: the refused delete wrote nothing, the others one row each.
    const history = async (entityId: string) =>
      (await db.auditLog.findMany({ where: { entityType: "kurse", entityId }, orderBy: { createdAt: "asc" } })).map(
        (row) => [row.action, row.actorId],
      );
    expect(await history(secondId)).toEqual([
      ["catalogue.create", session.userId],
      ["catalogue.unpublish", session.userId],
    ]);
    expect(await history(unused.ok ? unused.data.id : "")).toEqual([
      ["catalogue.create", session.userId],
      ["catalogue.delete", session.userId],
    ]);
  });
});

describe("the other kinds of content", () => {
  it("creates, edits and deletes goals, modules, fields, stories, testimonials and reference clients", async () => {
    const db = getDb();
    const theme = await db.moduleTheme.create({ data: { slug: "werkzeuge", title: "Kommunikations-Werkzeuge" } });
    const inputs = {
      ziele: {
        slug: "",
        title: "Gespräche gut beenden",
        description: "",
        challenges: ["ENDING_CONVERSATIONS"],
        fieldIds: [fieldId],
        published: true,
      },
      module: {
        slug: "aktives-zuhoeren",
        title: "Aktives Zuhören",
        description: "Verstehen, bevor man antwortet.",
        themeId: theme.id,
        defaultDurationMinutes: "45",
        challenges: [],
        fieldIds: [],
        published: true,
      },
      felder: { slug: "", name: "Kirchgemeinden", summary: "Mitglieder mit Anliegen", body: "", published: true },
      geschichten: {
        slug: "",
        title: "Der Pass, der nicht kam",
        setting: "Auf einem kantonalen Passamt",
        summary: "Ein Kunde ist wütend.",
        body: "Er stand am Schalter …",
        lesson: "",
        fieldId: "",
        published: false,
      },
      stimmen: {
        quote: "Sehr praxisnah.",
        authorName: "Anna Beispiel",
        authorRole: "Teamleiterin",
        organisation: "Steuerverwaltung",
        consent: true,
        fieldId,
        published: true,
      },
      referenzen: { name: "Bundesamt für Zivilluftfahrt", kind: "FEDERAL_OFFICE", description: "", published: true },
    } as const;
    const expectedTags = {
      ziele: "library",
      module: "library",
      felder: "fields",
      geschichten: "stories",
      stimmen: "testimonials",
      referenzen: "reference-clients",
    } as const;
    for (const [kind, input] of Object.entries(inputs) as [keyof typeof inputs, Record<string, unknown>][]) {
      cache.tags = [];
      const created = await actions.saveCatalogueItemAction({ kind, id: null }, input);
      expect(created, kind).toMatchObject({ ok: true });
      const id = created.ok ? created.data.id : "";
      expect(cache.tags, kind).toEqual([`${expectedTags[kind]}:{"expire":0}`]);
      expect(
        (await listCatalogueItemsForAdmin(kind)).map((row) => row.id),
        kind,
      ).toContain(id);
      const edited = await actions.saveCatalogueItemAction({ kind, id }, { ...input, published: false });
      expect(edited, kind).toMatchObject({ ok: true });
      expect(await getCatalogueItemForAdmin(kind, id), kind).toMatchObject({ published: false });
      expect(await actions.deleteCatalogueItemAction({ kind, id }), kind).toMatchObject({ ok: true });
      expect(await getCatalogueItemForAdmin(kind, id), kind).toBeNull();
    }
  });

  it("refuses to delete a field of activity that courses and inquiries use, naming them", async () => {
    const db = getDb();
    const course = await db.course.findFirstOrThrow({ where: { slug: "gespraeche-am-schalter" } });
    await db.courseField.create({ data: { courseId: course.id, fieldId } });
    await createInquiry(db, { fieldId });
    expect(await actions.deleteCatalogueItemAction({ kind: "felder", id: fieldId })).toMatchObject({
      ok: false,
      message: expect.stringContaining("(1 Kurs, 1 Anfrage)"),
    });
  });

  it("publishes a testimonial only with written consent, and records when consent was given", async () => {
    const base = { quote: "Hilfreich.", authorName: "Beat", authorRole: "", organisation: "Gemeinde", fieldId: "" };
    const refused = await actions.saveCatalogueItemAction(
      { kind: "stimmen", id: null },
      { ...base, consent: false, published: true },
    );
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { published: ["Ein Zitat erscheint erst, wenn die schriftliche Einwilligung vorliegt."] },
    });
    const saved = await actions.saveCatalogueItemAction(
      { kind: "stimmen", id: null },
      { ...base, consent: false, published: false },
    );
    const id = saved.ok ? saved.data.id : "";
    expect(await actions.setCatalogueItemPublishedAction({ kind: "stimmen", id, published: true })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    await actions.saveCatalogueItemAction({ kind: "stimmen", id }, { ...base, consent: true, published: true });
    expect(await getDb().testimonial.findUniqueOrThrow({ where: { id } })).toMatchObject({
      consent: true,
      published: true,
      consentAt: expect.any(Date),
    });
  });

  it("rejects an unknown kind or a forged id", async () => {
    expect(await actions.saveCatalogueItemAction({ kind: "unbekannt", id: null }, {})).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
    expect(
      await actions.saveCatalogueItemAction({ kind: "kurse", id: "00000000-0000-7000-8000-000000000000" }, courseInput),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("module themes", () => {
  it("creates, renames, reorders and deletes a theme; refuses to delete one its modules use", async () => {
    const db = getDb();
    const created = await actions.saveCatalogueItemAction(
      { kind: "themen", id: null },
      { slug: "", title: "Schwierige Situationen", description: "" },
    );
    expect(created).toMatchObject({ ok: true });
    const id = created.ok ? created.data.id : "";
    expect(cache.tags).toEqual(['library:{"expire":0}']);
    expect(await db.moduleTheme.findUniqueOrThrow({ where: { id } })).toMatchObject({
      slug: "schwierige-situationen",
    });

    expect(
      await actions.saveCatalogueItemAction(
        { kind: "themen", id },
        { slug: "", title: "Schwierige Gespräche", description: "Wenn es laut wird." },
      ),
    ).toMatchObject({ ok: true });
    expect(await getCatalogueItemForAdmin("themen", id)).toMatchObject({
      slug: "schwierige-situationen",
      title: "Schwierige Gespräche",
      description: "Wenn es laut wird.",
    });

    const rows = await listCatalogueItemsForAdmin("themen");
    expect(rows.at(-1)).toMatchObject({ id, published: null, note: "0 Module" });
    expect(await actions.moveCatalogueItemAction({ kind: "themen", id, direction: "up" })).toMatchObject({ ok: true });
    expect((await listCatalogueItemsForAdmin("themen")).at(-2)?.id).toBe(id);

    // A theme has no publication of its own: it appears with its published modules.
    expect(await actions.setCatalogueItemPublishedAction({ kind: "themen", id, published: false })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });

    const used = await db.contentModule.create({
      data: { slug: "deeskalation", title: "Deeskalation", description: "", themeId: id, defaultDurationMinutes: 60 },
    });
    expect(await actions.deleteCatalogueItemAction({ kind: "themen", id })).toMatchObject({
      ok: false,
      message: expect.stringContaining("(1 Modul)"),
    });
    await db.contentModule.delete({ where: { id: used.id } });
    expect(await actions.deleteCatalogueItemAction({ kind: "themen", id })).toMatchObject({ ok: true });
    expect(await getCatalogueItemForAdmin("themen", id)).toBeNull();
  });

  it("refuses an empty title and a taken slug at the field", async () => {
    await getDb().moduleTheme.create({ data: { slug: "vergeben", title: "Vergeben" } });
    expect(
      await actions.saveCatalogueItemAction({ kind: "themen", id: null }, { slug: "", title: " ", description: "" }),
    ).toMatchObject({ ok: false, fieldErrors: { title: ["Bitte geben Sie den Titel an."] } });
    expect(
      await actions.saveCatalogueItemAction(
        { kind: "themen", id: null },
        { slug: "vergeben", title: "X", description: "" },
      ),
    ).toMatchObject({ ok: false, fieldErrors: { slug: ["Diese Kurzadresse ist schon vergeben."] } });
  });
});

describe("editable pages", () => {
  it("edits title, lead and body of a page, keeps its address and expires the cached pages", async () => {
    const db = getDb();
    const page = await db.page.create({ data: { slug: "impressum", title: "Impressum", body: "Alt" } });
    const body = "## Verantwortlich\n\nMuster GmbH\nBahnhofstrasse 1\n8001 Zürich";
    const saved = await actions.saveCatalogueItemAction(
      { kind: "seiten", id: page.id },
      { title: "Impressum und Kontakt", lead: "Wer hinter dieser Seite steht.", body },
    );
    expect(saved).toMatchObject({ ok: true });
    expect(cache.tags).toEqual(['pages:{"expire":0}']);
    expect(await db.page.findUniqueOrThrow({ where: { id: page.id } })).toMatchObject({
      slug: "impressum",
      title: "Impressum und Kontakt",
      lead: "Wer hinter dieser Seite steht.",
      body,
      published: true,
    });
    expect(await listCatalogueItemsForAdmin("seiten")).toContainEqual(
      expect.objectContaining({ id: page.id, slug: "impressum", published: null }),
    );
  });

  it("refuses an empty body at the field and changes nothing", async () => {
    const db = getDb();
    const page = await db.page.create({ data: { slug: "kontakt", title: "Kontakt", body: "Telefon" } });
    expect(
      await actions.saveCatalogueItemAction(
        { kind: "seiten", id: page.id },
        { title: "Kontakt", lead: "", body: "  " },
      ),
    ).toMatchObject({ ok: false, fieldErrors: { body: ["Bitte geben Sie den Text der Seite an."] } });
    expect(await db.page.findUniqueOrThrow({ where: { id: page.id } })).toMatchObject({ body: "Telefon" });
    expect(cache.tags).toEqual([]);
  });

  it("never creates, hides, moves or deletes a page: the site's routes expect each one", async () => {
    const db = getDb();
    const page = await db.page.create({ data: { slug: "datenschutz", title: "Datenschutz", body: "Text" } });
    const refusals = [
      await actions.saveCatalogueItemAction({ kind: "seiten", id: null }, { title: "Neu", lead: "", body: "Text" }),
      await actions.setCatalogueItemPublishedAction({ kind: "seiten", id: page.id, published: false }),
      await actions.moveCatalogueItemAction({ kind: "seiten", id: page.id, direction: "up" }),
      await actions.deleteCatalogueItemAction({ kind: "seiten", id: page.id }),
    ];
    for (const refusal of refusals) expect(refusal).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.page.findUniqueOrThrow({ where: { id: page.id } })).toMatchObject({ published: true });
    expect(await db.page.count({ where: { title: "Neu" } })).toBe(0);
  });
});
