import "server-only";

import { publishedCourse, publishedField, publishedGoal, publishedModule } from "@/lib/catalogue/rules";
import { getDb } from "@/lib/db";

// What the inquiry form offers to choose from: only what the public catalogue shows.

const bySortOrder = [{ sortOrder: "asc" as const }, { createdAt: "asc" as const }];

export type InquiryFormOptions = Awaited<ReturnType<typeof getInquiryFormOptions>>;
export type InquiryOption = { slug: string; title: string };

export async function getInquiryFormOptions() {
  const db = getDb();
  const [courses, fields, goals, themes] = await Promise.all([
    db.course.findMany({ where: publishedCourse, orderBy: bySortOrder, select: { slug: true, title: true } }),
    db.fieldOfActivity.findMany({ where: publishedField, orderBy: bySortOrder, select: { slug: true, name: true } }),
    db.goal.findMany({ where: publishedGoal, orderBy: bySortOrder, select: { slug: true, title: true } }),
    db.moduleTheme.findMany({
      where: { modules: { some: publishedModule } },
      orderBy: bySortOrder,
      select: {
        slug: true,
        title: true,
        modules: { where: publishedModule, orderBy: bySortOrder, select: { slug: true, title: true } },
      },
    }),
  ]);
  return {
    courses: courses satisfies InquiryOption[],
    fields: fields.map((field) => ({ slug: field.slug, title: field.name })) satisfies InquiryOption[],
    goals: goals satisfies InquiryOption[],
    themes,
  };
}

/** The course of /anfrage?kurs=<slug>, if it is published; anything else prefills nothing. */
export function prefilledCourse(options: InquiryFormOptions, slug: string | undefined): string {
  return slug && options.courses.some((course) => course.slug === slug) ? slug : "";
}

/** For the confirmation page: whether the reference exists and when the first answer is due. Nothing personal. */
export async function getInquiryConfirmation(reference: string) {
  return getDb().inquiry.findUnique({ where: { reference }, select: { reference: true, responseDueAt: true } });
}
