// What the public may see. One place, so every public query applies the same rules.
import type { Prisma } from "@/lib/generated/prisma/client";

export const publishedCourse = { published: true } satisfies Prisma.CourseWhereInput;
export const publishedStory = { published: true } satisfies Prisma.StoryWhereInput;
/** A quote is shown only when it is published and its author consented in writing. */
export const publicTestimonial = { published: true, consent: true } satisfies Prisma.TestimonialWhereInput;
export const publishedField = { published: true } satisfies Prisma.FieldOfActivityWhereInput;
export const publishedReferenceClient = { published: true } satisfies Prisma.ReferenceClientWhereInput;
export const publishedGoal = { published: true } satisfies Prisma.GoalWhereInput;
export const publishedModule = { published: true } satisfies Prisma.ContentModuleWhereInput;
export const publishedPage = { published: true } satisfies Prisma.PageWhereInput;

/** Dated sessions anyone can book: public (not in-house), still scheduled, not yet started. */
export function openSession(now: Date) {
  return {
    isPublic: true,
    status: "SCHEDULED",
    startsAt: { gt: now },
    course: publishedCourse,
  } satisfies Prisma.CourseSessionWhereInput;
}
