import "server-only";

import { revalidateTag } from "next/cache";
import { after } from "next/server";

import { contentTags, type ContentTag } from "./cache";

// One function per kind of public content. Whoever changes that content calls the matching one
// after the change is committed, and every cached page showing that content is rendered anew on
// its next request. Next allows this only inside a server action or a route handler (it needs the
// request's cache context): a background job that changes public content must go through one.
//
// `{ expire: 0 }` expires the tag at once instead of serving stale content while it refreshes
// (profile "max"): an admin who saves an edit expects to see it on the next page view. It has the
// same effect as updateTag, which Next allows only inside server actions; this form also works in
// route handlers. Called inside a server action, it also refreshes that client's router cache.

export type ContentKind = keyof typeof contentTags;

function expire(tag: ContentTag): void {
  revalidateTag(tag, { expire: 0 });
}

/** Courses: catalogue, course pages, featured courses on the home page, sitemap. */
export function revalidateCourses(): void {
  expire(contentTags.courses);
}

/** The library: goals, content modules and their themes. */
export function revalidateLibrary(): void {
  expire(contentTags.library);
}

/** Fields of activity. */
export function revalidateFields(): void {
  expire(contentTags.fields);
}

export function revalidateStories(): void {
  expire(contentTags.stories);
}

export function revalidateTestimonials(): void {
  expire(contentTags.testimonials);
}

export function revalidateReferenceClients(): void {
  expire(contentTags.referenceClients);
}

/** Editable pages: leadership culture, about, contact, legal texts. */
export function revalidatePages(): void {
  expire(contentTags.pages);
}

/** Dated course sessions (open dates on course pages); call after a booking changes free seats too. */
export function revalidateSessions(): void {
  expire(contentTags.sessions);
}

/**
 * The same expiry as revalidateSessions, but after the action's answer has gone (Next's `after`).
 * For public actions that do not need their own page rendered again in their answer (a booking's
 * answer is the booking's result, shown by the form): an expiry inside the action makes Next
 * render the current page into the answer, a dynamic render with its queries per booking, which
 * made 200 simultaneous bookings queue for seconds (decision 0035). The tag is expired, and
 * announced to the other instances, within milliseconds of the answer: as fast as another
 * instance learns of any expiry (NOTIFY), and the public dates are rendered anew on their next
 * request as before.
 */
export function revalidateSessionsAfterAnswer(): void {
  after(() => expire(contentTags.sessions));
}

/** The business profile (address and contact on the contact, imprint and privacy pages). */
export function revalidateProfile(): void {
  expire(contentTags.profile);
}

export const revalidateContent: Record<ContentKind, () => void> = {
  courses: revalidateCourses,
  library: revalidateLibrary,
  fields: revalidateFields,
  stories: revalidateStories,
  testimonials: revalidateTestimonials,
  referenceClients: revalidateReferenceClients,
  pages: revalidatePages,
  sessions: revalidateSessions,
  profile: revalidateProfile,
};

export function isContentKind(value: string): value is ContentKind {
  return Object.hasOwn(contentTags, value);
}
