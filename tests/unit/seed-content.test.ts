import { describe, expect, it } from "vitest";

import { courses, fields, goals, referenceClients, stories, testimonials, themes } from "@/prisma/seed/catalogue";
import { pages } from "@/prisma/seed/pages";

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
    expect(referenceClients.map((client) => client.name)).toEqual(
      expect.arrayContaining(["Kantonale Strassenverkehrsämter", "Betreibungsämter", "Universitätsbibliotheken"]),
    );
    expect(pages.map((page) => page.slug)).toEqual(
      expect.arrayContaining(["fuehrungskultur", "impressum", "datenschutz"]),
    );
  });

  it("is written in Swiss Standard German: never a sharp s", () => {
    const text = allText({ fields, goals, themes, stories, testimonials, courses, referenceClients, pages });
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
});
