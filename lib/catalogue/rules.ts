// What the public may see. One place, so every public query applies the same rules.
import type { Prisma } from "@/lib/generated/prisma/client";

export const publishedCourse = { published: true } satisfies Prisma.CourseWhereInput;
export const publishedStory = { published: true } satisfies Prisma.StoryWhereInput;
/** A quote is shown only when it is published and its author consented in writing. */
export const publicTestimonial = { published: true, consent: true } satisfies Prisma.TestimonialWhereInput;
export const publishedField = { published: true } satisfies Prisma.FieldOfActivityWhereInput;
export const publishedReferenceClient = { published: true } satisfies Prisma.ReferenceClientWhereInput;
