import "server-only";

import { unstable_cache } from "next/cache";

import { contentTags } from "./cache";
import {
  getCourse,
  getField,
  getHomeContent,
  getModule,
  getPage,
  listCatalogueCourses,
  listFields,
  listLibrary,
  listReferenceClients,
  listPublicAddresses,
  listStories,
  listTestimonials,
} from "./queries";

// Cached reads for public pages (decision 0007). The uncached originals in queries.ts are what
// tests call; pages call these, which the revalidate functions refresh by tag. Each wrapper lists
// every kind of content its result contains, so an edit of any of them refreshes it. Arguments
// (slugs) are part of the cache key.

const { courses, library, fields, stories, testimonials, referenceClients, pages } = contentTags;

export const cachedHomeContent = unstable_cache(getHomeContent, ["home-content"], {
  tags: [courses, library, fields, stories, testimonials, referenceClients],
});

export const cachedFields = unstable_cache(listFields, ["fields"], { tags: [fields] });

export const cachedField = unstable_cache((slug: string) => getField(slug), ["field"], {
  tags: [fields, courses, library, stories, testimonials],
});

export const cachedCatalogueCourses = unstable_cache(listCatalogueCourses, ["catalogue-courses"], {
  tags: [courses, library, fields],
});

export const cachedCourse = unstable_cache((slug: string) => getCourse(slug), ["course"], {
  tags: [courses, library, fields, stories, testimonials],
});

export const cachedLibrary = unstable_cache(listLibrary, ["library"], { tags: [library, courses] });

export const cachedModule = unstable_cache((slug: string) => getModule(slug), ["module"], {
  tags: [library, courses],
});

export const cachedStories = unstable_cache(listStories, ["stories"], { tags: [stories, fields, courses] });

export const cachedTestimonials = unstable_cache(listTestimonials, ["testimonials"], {
  tags: [testimonials, fields, courses],
});

export const cachedReferenceClients = unstable_cache(listReferenceClients, ["reference-clients"], {
  tags: [referenceClients],
});

export const cachedPage = unstable_cache((slug: string) => getPage(slug), ["page"], { tags: [pages] });

export const cachedPublicAddresses = unstable_cache(listPublicAddresses, ["public-addresses"], {
  tags: [courses, library, pages, fields],
});

// Pages look a slug up in this one cached list before reading by slug, so a request for a made-up
// address answers 404 without adding an entry per invented slug to the data cache.

export async function isPublishedCourseSlug(slug: string): Promise<boolean> {
  return (await cachedPublicAddresses()).courses.some((course) => course.slug === slug);
}

export async function isPublishedModuleSlug(slug: string): Promise<boolean> {
  return (await cachedPublicAddresses()).modules.some((entry) => entry.slug === slug);
}

export async function isPublishedFieldSlug(slug: string): Promise<boolean> {
  return (await cachedPublicAddresses()).fields.some((entry) => entry.slug === slug);
}
