import { describe, expect, it } from "vitest";

import { parseEnv } from "@/lib/env";
import { courses, fields, goals, referenceClients, stories, testimonials, themes } from "@/prisma/seed/catalogue";
import { pages } from "@/prisma/seed/pages";
import { demoSessions, demoSessionTimes } from "@/prisma/seed/sessions";

const modules = themes.flatMap((theme) => theme.modules);

function allText(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(allText);
  if (value && typeof value === "object") return Object.values(value).flatMap(allText);
  return [];
}

describe("demo content", () => {
  it("covers the website: four fields, four goals, five themes, three stories, a testimonial, three courses", () => {
    expect(fields).toHaveLength(4);
    expect(goals).toHaveLength(4);
    expect(themes).toHaveLength(5);
    expect(stories).toHaveLength(3);
    expect(testimonials).toHaveLength(1);
    expect(courses).toHaveLength(3);
    expect(modules.length).toBeGreaterThanOrEqual(themes.length * 2);
    // As the consultant names them, without descriptions of the work done.
    expect(referenceClients.map((client) => client.name)).toEqual(
      expect.arrayContaining([
        "Abteilung Mehrwertsteuer",
        "Strassenverkehrsämter",
        "Betreibungsämter",
        "Unibibliotheken",
      ]),
    );
    expect(referenceClients.filter((client) => client.description)).toEqual([]);
    expect(pages.map((page) => page.slug)).toEqual(
      expect.arrayContaining(["fuehrungskultur", "impressum", "datenschutz"]),
    );
  });

  it("is written in Swiss Standard German: never a sharp s", () => {
    const text = allText({
      fields,
      goals,
      themes,
      stories,
      testimonials,
      courses,
      referenceClients,
      pages,
      demoSessions,
    });
    expect(text.filter((entry) => entry.includes("\u00df"))).toEqual([]);
  });

  it("uses unique, URL-safe slugs", () => {
    const groups = { fields, goals, themes, modules, stories, courses, pages };
    for (const [name, items] of Object.entries(groups)) {
      const slugs = items.map((item) => item.slug);
      expect(new Set(slugs).size, name).toBe(slugs.length);
      for (const slug of slugs) expect(slug, name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it("only refers to content that exists", () => {
    const fieldSlugs = new Set(fields.map((field) => field.slug));
    const goalSlugs = new Set(goals.map((goal) => goal.slug));
    const moduleSlugs = new Set(modules.map((module) => module.slug));
    const storySlugs = new Set(stories.map((story) => story.slug));
    const courseSlugs = new Set(courses.map((course) => course.slug));
    for (const course of courses) {
      course.fields.forEach((slug) => expect(fieldSlugs).toContain(slug));
      course.goals.forEach((slug) => expect(goalSlugs).toContain(slug));
      course.modules.forEach((module) => expect(moduleSlugs).toContain(module.slug));
      expect(storySlugs).toContain(course.story);
    }
    for (const item of [...goals, ...modules]) item.fields.forEach((slug) => expect(fieldSlugs).toContain(slug));
    testimonials.forEach((testimonial) => testimonial.courses.forEach((slug) => expect(courseSlugs).toContain(slug)));
  });

  it("offers open dates for every course, the two-day course as one run of its two days, never more seats than a course takes", () => {
    const byCourse = new Map(courses.map((course) => [course.slug, course]));
    expect(new Set(demoSessions.map((session) => session.course))).toEqual(
      new Set([
        "kundenkontakt-oeffentliche-verwaltung",
        "professionell-telefonieren",
        "schwierige-situationen-gelassen-meistern",
      ]),
    );
    for (const session of demoSessions) {
      const course = byCourse.get(session.course);
      expect(course, session.course).toBeDefined();
      expect(session.capacity).toBeLessThanOrEqual(course!.maxParticipants!);
      expect(session.daysAhead).toBeGreaterThan(14);
      // A two-day course is one run of two days (decision 0037); a one-day course has one day.
      const days = 1 + (session.laterDaysAhead?.length ?? 0);
      expect(days, session.course).toBe(course!.formats.includes("TWO_DAYS") ? 2 : 1);
      for (const later of session.laterDaysAhead ?? []) expect(later).toBeGreaterThan(session.daysAhead);
    }
  });
});

describe("the privacy page", () => {
  const privacy = pages.find((page) => page.slug === "datenschutz")!.body;
  const section = (title: string) => privacy.split(`## ${title}\n`)[1]!.split("\n## ")[0]!;

  it("names what a team registration stores and who sees it (decision 0031)", () => {
    const stored = section("Welche Daten ich bearbeite")
      .split("\n")
      .find((line) => line.startsWith("- Anmeldungen des Teams"));
    for (const field of ["Name", "E-Mail-Adresse", "Funktion", "schwierigen Situation", "mitnehmen möchten"]) {
      expect(stored).toContain(field);
    }
    expect(section("Wer sie erhält")).toContain(
      "sieht zudem die Kontaktperson Ihrer Organisation im Kundenportal die Namen und Funktionen der Angemeldeten",
    );
  });

  it("keeps team registrations as long as the retention job does: with their inquiry", () => {
    // lib/privacy/service.ts anonymises a team's registrations together with their inquiry.
    const { RETENTION_INQUIRY_MONTHS, RETENTION_BOOKING_MONTHS, RETENTION_APPOINTMENT_MONTHS } = parseEnv({});
    const retention = section("Wie lange");
    expect(retention).toContain(`- Kursanfragen: ${RETENTION_INQUIRY_MONTHS} Monate nach der letzten Bearbeitung`);
    expect(retention).toContain(
      `- Anmeldungen des Teams zu einem Firmenkurs mit den Antworten der Teilnehmenden: so lange wie die Kursanfrage, zu der sie gehören (${RETENTION_INQUIRY_MONTHS} Monate nach deren letzter Bearbeitung)`,
    );
    expect(retention).toContain(
      `mit den Namen der Teilnehmenden: ${RETENTION_BOOKING_MONTHS} Monate nach dem Kurstermin`,
    );
    expect(retention).toContain(`- Erstgespräche: ${RETENTION_APPOINTMENT_MONTHS} Monate nach dem Gespräch`);
  });
});

describe("demo session dates", () => {
  it("are 08:30-16:30 in Zurich, in winter and in summer time", () => {
    // Seeded on Monday 2.11.2026: 24 days later is Friday 26.11.2026.
    expect(demoSessionTimes(new Date("2026-11-02T10:00:00Z"), 24)).toEqual({
      startsAt: new Date("2026-11-26T07:30:00Z"),
      endsAt: new Date("2026-11-26T15:30:00Z"),
    });
    expect(demoSessionTimes(new Date("2027-06-01T10:00:00Z"), 24)).toEqual({
      startsAt: new Date("2027-06-25T06:30:00Z"),
      endsAt: new Date("2027-06-25T14:30:00Z"),
    });
  });

  it("move past weekends and Zurich public holidays to the next working day", () => {
    // 1.12.2026 + 24 days is Christmas (Friday); 26.12 (Stephanstag) and 27.12 are the weekend.
    expect(demoSessionTimes(new Date("2026-12-01T10:00:00Z"), 24).startsAt).toEqual(new Date("2026-12-28T07:30:00Z"));
    // 4.3.2027 + 24 days is Easter Sunday; Easter Monday 29.3.2027 is a public holiday too.
    expect(demoSessionTimes(new Date("2027-03-04T10:00:00Z"), 24).startsAt).toEqual(new Date("2027-03-30T06:30:00Z"));
    // Half past midnight on Friday 27.11 in Zurich is still Thursday in UTC: the Zurich day counts.
    expect(demoSessionTimes(new Date("2026-11-26T23:30:00Z"), 0).startsAt).toEqual(new Date("2026-11-27T07:30:00Z"));
  });
});
