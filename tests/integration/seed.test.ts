import { describe, expect, it } from "vitest";

import { sessionDays } from "@/lib/booking/rules";
import { isWorkingDay } from "@/lib/calendar/working-days";
import { toZurichWallTime } from "@/lib/calendar/zurich-time";
import { getDb } from "@/lib/db";
import { isCatalogueEmpty, seedDemoContent } from "@/prisma/seed/seed";

async function countAll() {
  const db = getDb();
  return {
    fields: await db.fieldOfActivity.count(),
    goals: await db.goal.count(),
    themes: await db.moduleTheme.count(),
    modules: await db.contentModule.count(),
    stories: await db.story.count(),
    testimonials: await db.testimonial.count(),
    referenceClients: await db.referenceClient.count(),
    courses: await db.course.count(),
    courseGoals: await db.courseGoal.count(),
    courseModules: await db.courseModule.count(),
    pages: await db.page.count(),
    sessions: await db.courseSession.count(),
    availability: await db.availabilityRule.count(),
  };
}

describe("demo seed", () => {
  it("fills an empty database with the website's content", async () => {
    const db = getDb();
    expect(await isCatalogueEmpty(db)).toBe(true);

    const { created } = await seedDemoContent(db);

    expect(created).toBeGreaterThan(40);
    expect(await isCatalogueEmpty(db)).toBe(false);
    const counts = await countAll();
    expect(counts).toMatchObject({ fields: 4, goals: 4, themes: 5, stories: 3, testimonials: 1, courses: 3 });
    expect(counts.modules).toBe(15);

    const course = await db.course.findUniqueOrThrow({
      where: { slug: "kundenkontakt-oeffentliche-verwaltung" },
      include: { goals: { orderBy: { position: "asc" }, include: { goal: true } }, modules: true, story: true },
    });
    expect(course.published).toBe(true);
    expect(course.goals.map((link) => link.position)).toEqual([0, 1, 2, 3]);
    expect(course.goals[0]?.goal.slug).toBe("anspruchsvolle-gespraeche-souveraen-fuehren");
    expect(course.story?.slug).toBe("kantonales-passamt");
    expect(new Set(course.modules.map((link) => link.day))).toEqual(new Set([1, 2]));

    const testimonial = await db.testimonial.findFirstOrThrow();
    // As the consultant wrote it: no role, no made-up consent date.
    expect(testimonial).toMatchObject({
      consent: true,
      consentAt: null,
      published: true,
      authorName: "C.M.",
      authorRole: "",
      organisation: "Amt in der Bundesverwaltung",
    });
    // No price he did not name.
    expect(
      await db.course.findMany({ where: { OR: [{ priceNote: { not: "" } }, { priceFromCents: { not: null } }] } }),
    ).toEqual([]);
    // Reference clients by his names, without descriptions of the work.
    const clients = await db.referenceClient.findMany({ orderBy: { sortOrder: "asc" } });
    expect(clients.map((client) => client.name)).toContain("Unibibliotheken");
    expect(clients.filter((client) => client.description !== "")).toEqual([]);
  });

  it("offers open dates: public, in the future, on Zurich working days, 08:30-16:30, the two-day course as one run", async () => {
    const db = getDb();
    const sessions = await db.courseSession.findMany({
      include: { course: { select: { slug: true } }, days: { orderBy: { dayNumber: "asc" } } },
      orderBy: { startsAt: "asc" },
    });
    expect(sessions).toHaveLength(5);
    expect(sessions.map((session) => session.course.slug).sort()).toEqual([
      "kundenkontakt-oeffentliche-verwaltung",
      "professionell-telefonieren",
      "professionell-telefonieren",
      "schwierige-situationen-gelassen-meistern",
      "schwierige-situationen-gelassen-meistern",
    ]);
    for (const session of sessions) {
      expect(session).toMatchObject({
        status: "SCHEDULED",
        isPublic: true,
        seatsTaken: 0,
        inquiryId: null,
        demo: true,
      });
      expect(session.startsAt.getTime()).toBeGreaterThan(Date.now() + 14 * 24 * 60 * 60_000);
      // One day, or each day of the run (decision 0037): the run spans them.
      const days = sessionDays(session);
      expect(days.length).toBe(session.course.slug === "kundenkontakt-oeffentliche-verwaltung" ? 2 : 1);
      expect([days[0]!.startsAt, days.at(-1)!.endsAt]).toEqual([session.startsAt, session.endsAt]);
      for (const day of days) {
        const start = toZurichWallTime(new Date(day.startsAt));
        const end = toZurichWallTime(new Date(day.endsAt));
        expect(isWorkingDay(start.date, "ZH"), start.date).toBe(true);
        expect([start.date, start.hour, start.minute]).toEqual([end.date, 8, 30]);
        expect([end.hour, end.minute]).toEqual([16, 30]);
      }
    }
  });

  it("is idempotent and never overwrites edits, also when run again weeks later", async () => {
    const db = getDb();
    await seedDemoContent(db);
    await db.course.update({ where: { slug: "professionell-telefonieren" }, data: { title: "Geänderter Titel" } });
    const before = await countAll();

    const { created } = await seedDemoContent(db, new Date(Date.now() + 30 * 24 * 60 * 60_000));

    expect(created).toBe(0);
    expect(await countAll()).toEqual(before);
    const edited = await db.course.findUniqueOrThrow({ where: { slug: "professionell-telefonieren" } });
    expect(edited.title).toBe("Geänderter Titel");
  });
});
