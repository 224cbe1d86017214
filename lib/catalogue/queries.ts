import "server-only";

import { getDb } from "@/lib/db";

import {
  publicTestimonial,
  publishedCourse,
  publishedField,
  publishedGoal,
  publishedModule,
  publishedPage,
  publishedReferenceClient,
  publishedStory,
} from "./rules";

// Reads for the public site, public scope only. Results are plain JSON (dates as ISO strings)
// because the cached wrappers in cached.ts store them as JSON; see decision 0007.

const bySortOrder = [{ sortOrder: "asc" as const }, { createdAt: "asc" as const }];

const visibleFieldsOfCourse = {
  where: { field: publishedField },
  orderBy: { field: { sortOrder: "asc" as const } },
  select: { field: { select: { slug: true, name: true } } },
};

const visibleGoalsOfCourse = {
  where: { goal: publishedGoal },
  orderBy: { position: "asc" as const },
  select: { goal: { select: { slug: true, title: true, description: true } } },
};

const coursesUsing = {
  where: { course: publishedCourse },
  orderBy: { course: { sortOrder: "asc" as const } },
  select: { course: { select: { slug: true, title: true } } },
};

/** A relation to a field of activity counts only while the field itself is published. */
function visibleField(field: { slug: string; name: string; published: boolean } | null) {
  return field?.published ? { slug: field.slug, name: field.name } : null;
}

const fieldWithVisibility = { select: { slug: true, name: true, published: true } };

const publishedCourseLinks = { where: publishedCourse, orderBy: bySortOrder, select: { slug: true, title: true } };

/** A course's uploaded picture as pages render it (lib/media, decision 0033). */
const imageSelect = { select: { contentHash: true, width: true, height: true, altText: true } } as const;

/** What a course card shows (components/content/course-card.tsx). */
const courseCardSelect = {
  slug: true,
  title: true,
  summary: true,
  audience: true,
  durationNote: true,
  formats: true,
  goals: { ...visibleGoalsOfCourse, take: 3 },
  image: imageSelect,
} as const;

const quoteSelect = { quote: true, authorName: true, authorRole: true, organisation: true } as const;

/** Everything the home page shows, read in parallel. */
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
      select: courseCardSelect,
    }),
    db.story.findFirst({
      where: publishedStory,
      orderBy: bySortOrder,
      select: { slug: true, title: true, setting: true, summary: true },
    }),
    db.testimonial.findFirst({
      where: publicTestimonial,
      orderBy: bySortOrder,
      select: quoteSelect,
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

/** Published fields of activity, for filters and descriptions. */
export async function listFields() {
  return getDb().fieldOfActivity.findMany({
    where: publishedField,
    orderBy: bySortOrder,
    select: { slug: true, name: true, summary: true, body: true },
  });
}

export type PublicField = Awaited<ReturnType<typeof listFields>>[number];

/**
 * One published field of activity with its own text and what belongs to it: its published
 * courses, the stories told in it and the consented quotes from it. Null when missing or hidden.
 */
export async function getField(slug: string) {
  const db = getDb();
  const field = await db.fieldOfActivity.findFirst({
    where: { ...publishedField, slug },
    select: { slug: true, name: true, summary: true, body: true, updatedAt: true },
  });
  if (!field) return null;
  const [courses, stories, testimonials] = await Promise.all([
    db.course.findMany({
      where: { ...publishedCourse, fields: { some: { field: { slug } } } },
      orderBy: bySortOrder,
      select: courseCardSelect,
    }),
    db.story.findMany({
      where: { ...publishedStory, field: { slug } },
      orderBy: bySortOrder,
      select: { slug: true, title: true, setting: true, summary: true, lesson: true },
    }),
    db.testimonial.findMany({
      where: { ...publicTestimonial, field: { slug } },
      orderBy: bySortOrder,
      select: { id: true, ...quoteSelect, courses: publishedCourseLinks },
    }),
  ]);
  const { updatedAt, ...rest } = field;
  return { ...rest, updatedAt: updatedAt.toISOString(), courses, stories, testimonials };
}

export type PublicFieldPage = NonNullable<Awaited<ReturnType<typeof getField>>>;

/** All published courses with what a catalogue card shows and what the search looks through. */
export async function listCatalogueCourses() {
  const courses = await getDb().course.findMany({
    where: publishedCourse,
    orderBy: bySortOrder,
    select: {
      ...courseCardSelect,
      fields: visibleFieldsOfCourse,
      // All goals, not only the card's first ones: the search looks through them.
      goals: visibleGoalsOfCourse,
      modules: {
        where: { module: publishedModule },
        orderBy: { position: "asc" },
        select: { module: { select: { title: true } } },
      },
    },
  });
  return courses.map(({ fields, goals, modules, ...course }) => ({
    ...course,
    fields: fields.map(({ field }) => field),
    goals: goals.map(({ goal }) => ({ goal: { title: goal.title } })),
    moduleTitles: modules.map(({ module }) => module.title),
  }));
}

export type CatalogueCourse = Awaited<ReturnType<typeof listCatalogueCourses>>[number];

/** One published course with everything its page shows, or null. */
export async function getCourse(slug: string) {
  const db = getDb();
  const course = await db.course.findFirst({
    where: { ...publishedCourse, slug },
    select: {
      slug: true,
      title: true,
      summary: true,
      body: true,
      audience: true,
      formats: true,
      durationNote: true,
      languages: true,
      minParticipants: true,
      maxParticipants: true,
      priceNote: true,
      image: imageSelect,
      fields: visibleFieldsOfCourse,
      goals: visibleGoalsOfCourse,
      modules: {
        where: { module: publishedModule },
        orderBy: { position: "asc" },
        select: {
          day: true,
          durationMinutes: true,
          module: {
            select: {
              slug: true,
              title: true,
              description: true,
              defaultDurationMinutes: true,
              theme: { select: { title: true } },
            },
          },
        },
      },
    },
  });
  if (!course) return null;

  // The story and testimonial are read with the public rules instead of through the relation,
  // so an unpublished story or a quote without consent never reaches the page.
  const [story, testimonial] = await Promise.all([
    db.story.findFirst({
      where: { ...publishedStory, courses: { some: { slug } } },
      select: { slug: true, title: true, setting: true, summary: true, lesson: true },
    }),
    db.testimonial.findFirst({
      where: { ...publicTestimonial, courses: { some: { slug } } },
      select: quoteSelect,
    }),
  ]);

  const { fields, goals, modules, ...rest } = course;
  return {
    ...rest,
    fields: fields.map(({ field }) => field),
    goals: goals.map(({ goal }) => goal),
    modules: modules.map(({ day, durationMinutes, module }) => ({
      slug: module.slug,
      title: module.title,
      description: module.description,
      themeTitle: module.theme.title,
      day,
      durationMinutes: durationMinutes ?? module.defaultDurationMinutes,
    })),
    story,
    testimonial,
  };
}

export type PublicCourse = NonNullable<Awaited<ReturnType<typeof getCourse>>>;

const librarySelect = {
  slug: true,
  title: true,
  description: true,
  defaultDurationMinutes: true,
  challenges: true,
  courses: coursesUsing,
} as const;

/** Themes that have published modules, each with its modules and the courses that use them. */
export async function listLibrary() {
  const themes = await getDb().moduleTheme.findMany({
    where: { modules: { some: publishedModule } },
    orderBy: bySortOrder,
    select: {
      slug: true,
      title: true,
      description: true,
      modules: { where: publishedModule, orderBy: bySortOrder, select: librarySelect },
    },
  });
  return themes.map((theme) => ({
    ...theme,
    modules: theme.modules.map(({ courses, ...module }) => ({
      ...module,
      courses: courses.map(({ course }) => course),
    })),
  }));
}

export type LibraryTheme = Awaited<ReturnType<typeof listLibrary>>[number];

/** One published content module with its theme and the courses that use it, or null. */
export async function getModule(slug: string) {
  const found = await getDb().contentModule.findFirst({
    where: { ...publishedModule, slug },
    select: { ...librarySelect, theme: { select: { slug: true, title: true, description: true } } },
  });
  if (!found) return null;
  const { courses, ...rest } = found;
  return { ...rest, courses: courses.map(({ course }) => course) };
}

export type PublicModule = NonNullable<Awaited<ReturnType<typeof getModule>>>;

/** Published stories with their field and the published courses they belong to. */
export async function listStories() {
  const stories = await getDb().story.findMany({
    where: publishedStory,
    orderBy: bySortOrder,
    select: {
      slug: true,
      title: true,
      setting: true,
      summary: true,
      body: true,
      lesson: true,
      field: fieldWithVisibility,
      courses: publishedCourseLinks,
    },
  });
  return stories.map((story) => ({ ...story, field: visibleField(story.field) }));
}

export type PublicStory = Awaited<ReturnType<typeof listStories>>[number];

/** Quotes that are published and whose authors consented, with the courses they speak about. */
export async function listTestimonials() {
  const testimonials = await getDb().testimonial.findMany({
    where: publicTestimonial,
    orderBy: bySortOrder,
    select: {
      id: true,
      ...quoteSelect,
      field: fieldWithVisibility,
      courses: publishedCourseLinks,
    },
  });
  return testimonials.map((testimonial) => ({ ...testimonial, field: visibleField(testimonial.field) }));
}

export type PublicTestimonial = Awaited<ReturnType<typeof listTestimonials>>[number];

export async function listReferenceClients() {
  return getDb().referenceClient.findMany({
    where: publishedReferenceClient,
    orderBy: bySortOrder,
    select: { name: true, kind: true, description: true },
  });
}

/** An editable content page (about, contact, legal texts), or null when missing or unpublished. */
export async function getPage(slug: string) {
  return getDb().page.findFirst({
    where: { ...publishedPage, slug },
    select: { slug: true, title: true, lead: true, body: true },
  });
}

export type PublicPage = NonNullable<Awaited<ReturnType<typeof getPage>>>;

/** Slugs of everything published that has an address of its own, with its last change. */
export async function listPublicAddresses() {
  const db = getDb();
  const [courses, modules, pages, fields] = await Promise.all([
    db.course.findMany({ where: publishedCourse, orderBy: bySortOrder, select: { slug: true, updatedAt: true } }),
    db.contentModule.findMany({
      where: publishedModule,
      orderBy: bySortOrder,
      select: { slug: true, updatedAt: true },
    }),
    db.page.findMany({ where: publishedPage, orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true } }),
    db.fieldOfActivity.findMany({
      where: publishedField,
      orderBy: bySortOrder,
      select: { slug: true, updatedAt: true },
    }),
  ]);
  const plain = (rows: { slug: string; updatedAt: Date }[]) =>
    rows.map((row) => ({ slug: row.slug, updatedAt: row.updatedAt.toISOString() }));
  return { courses: plain(courses), modules: plain(modules), pages: plain(pages), fields: plain(fields) };
}

export type PublicAddresses = Awaited<ReturnType<typeof listPublicAddresses>>;
