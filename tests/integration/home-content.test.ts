import { beforeAll, describe, expect, it } from "vitest";

import { getHomeContent } from "@/lib/catalogue/queries";
import { getDb } from "@/lib/db";
import { seedDemoContent } from "@/prisma/seed/seed";

describe("home page content", () => {
  beforeAll(async () => {
    const db = getDb();
    await seedDemoContent(db);
    await db.course.create({
      data: {
        slug: "entwurf",
        title: "Unveröffentlichter Entwurf",
        summary: "Noch nicht bereit",
        audience: "Niemand",
        durationNote: "1 Tag",
        priceNote: "offen",
        featured: true,
        published: false,
        sortOrder: -1,
      },
    });
    await db.testimonial.create({
      data: {
        quote: "Ohne Einwilligung darf das nicht erscheinen.",
        authorName: "X.Y.",
        organisation: "Testamt",
        published: true,
        consent: false,
        sortOrder: -1,
      },
    });
    await db.fieldOfActivity.create({
      data: {
        slug: "versteckt",
        name: "Verstecktes Feld",
        summary: "nicht öffentlich",
        published: false,
        sortOrder: -1,
      },
    });
  });

  it("shows only published courses, fields and consented testimonials", async () => {
    const content = await getHomeContent();

    expect(content.featuredCourses.map((course) => course.slug)).not.toContain("entwurf");
    expect(content.featuredCourses).toHaveLength(3);
    expect(content.fields.map((field) => field.slug)).not.toContain("versteckt");
    expect(content.fields).toHaveLength(4);
    expect(content.testimonial?.authorName).toBe("C.M.");
  });

  it("gives each featured course its first goals in order", async () => {
    const content = await getHomeContent();
    const course = content.featuredCourses.find((entry) => entry.slug === "kundenkontakt-oeffentliche-verwaltung");
    expect(course?.goals.map(({ goal }) => goal.title)).toHaveLength(3);
    expect(course?.goals[0]?.goal.title).toMatch(/^Anspruchsvolle Kundengespräche/);
  });

  it("hides a testimonial again when its consent is withdrawn", async () => {
    const db = getDb();
    await db.testimonial.updateMany({ where: { authorName: "C.M." }, data: { consent: false } });
    expect((await getHomeContent()).testimonial).toBeNull();
  });
});
