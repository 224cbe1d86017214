import "server-only";

import { getDb } from "@/lib/db";

import { publicTestimonial, publishedCourse, publishedField, publishedReferenceClient, publishedStory } from "./rules";

const bySortOrder = [{ sortOrder: "asc" as const }, { createdAt: "asc" as const }];

/** Everything the home page shows, public scope only, read in parallel. */
export async function getHomeContent() {
  const db = getDb();
  const [fields, featuredCourses, story, testimonial, referenceClients] = await Promise.all([
    db.fieldOfActivity.findMany({
      where: publishedField,
      orderBy: bySortOrder,
      select: { slug: true, name: true, summary: true },
    }),
    db.course.findMany({
      where: { ...publishedCourse, featured: true },
      orderBy: bySortOrder,
      take: 3,
      select: {
        slug: true,
        title: true,
        summary: true,
        audience: true,
        durationNote: true,
        formats: true,
        goals: { orderBy: { position: "asc" }, take: 3, select: { goal: { select: { title: true } } } },
      },
    }),
    db.story.findFirst({
      where: publishedStory,
      orderBy: bySortOrder,
      select: { slug: true, title: true, setting: true, summary: true },
    }),
    db.testimonial.findFirst({
      where: publicTestimonial,
      orderBy: bySortOrder,
      select: { quote: true, authorName: true, authorRole: true, organisation: true },
    }),
    db.referenceClient.findMany({
      where: publishedReferenceClient,
      orderBy: bySortOrder,
      select: { name: true, kind: true },
    }),
  ]);
  return { fields, featuredCourses, story, testimonial, referenceClients };
}

export type HomeContent = Awaited<ReturnType<typeof getHomeContent>>;
