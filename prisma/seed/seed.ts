// Seeds the demo content. Idempotent and non-destructive: it creates what is missing (matched by
// slug or name) and never overwrites what exists, so running it again, or after the consultant
// edited the content, changes nothing.
import type { Database } from "@/lib/db/client";

import { courses, fields, goals, referenceClients, stories, testimonials, themes, type SeedGoal } from "./catalogue";
import { pages } from "./pages";
import { demoSessions, demoSessionTimes } from "./sessions";

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

export type SeedSummary = { created: number };

async function idsBySlug(rows: Promise<{ id: string; slug: string }[]>): Promise<Map<string, string>> {
  return new Map((await rows).map((row) => [row.slug, row.id]));
}

function required(map: Map<string, string>, slug: string): string {
  const id = map.get(slug);
  if (!id) throw new Error(`Seed content refers to an unknown slug: ${slug}`);
  return id;
}

async function seedCatalogue(tx: Tx): Promise<number> {
  let created = 0;
  const count = (wasCreated: boolean) => {
    if (wasCreated) created++;
  };

  for (const [index, field] of fields.entries()) {
    const exists = await tx.fieldOfActivity.findUnique({ where: { slug: field.slug } });
    if (!exists) await tx.fieldOfActivity.create({ data: { ...field, sortOrder: index } });
    count(!exists);
  }
  const fieldIds = await idsBySlug(tx.fieldOfActivity.findMany({ select: { id: true, slug: true } }));
  const fieldLinks = (slugs: string[]) => slugs.map((slug) => ({ fieldId: required(fieldIds, slug) }));
  // Goals and modules are both library entries: these columns they share, each adds its own.
  const libraryEntry = ({ slug, title, description, challenges, fields: fieldSlugs }: SeedGoal, sortOrder: number) => ({
    slug,
    title,
    description,
    challenges,
    sortOrder,
    fields: { create: fieldLinks(fieldSlugs) },
  });

  for (const [index, goal] of goals.entries()) {
    const exists = await tx.goal.findUnique({ where: { slug: goal.slug } });
    if (!exists) {
      await tx.goal.create({ data: libraryEntry(goal, index) });
    }
    count(!exists);
  }

  for (const [themeIndex, theme] of themes.entries()) {
    let themeRow = await tx.moduleTheme.findUnique({ where: { slug: theme.slug } });
    if (!themeRow) {
      themeRow = await tx.moduleTheme.create({
        data: { slug: theme.slug, title: theme.title, description: theme.description, sortOrder: themeIndex },
      });
      created++;
    }
    for (const [index, module] of theme.modules.entries()) {
      const exists = await tx.contentModule.findUnique({ where: { slug: module.slug } });
      if (!exists) {
        await tx.contentModule.create({
          data: { ...libraryEntry(module, index), defaultDurationMinutes: module.minutes, themeId: themeRow.id },
        });
      }
      count(!exists);
    }
  }

  for (const [index, story] of stories.entries()) {
    const exists = await tx.story.findUnique({ where: { slug: story.slug } });
    if (!exists) {
      const { field, ...data } = story;
      await tx.story.create({
        data: { ...data, fieldId: required(fieldIds, field), published: true, sortOrder: index },
      });
    }
    count(!exists);
  }

  const testimonialIds = new Map<string, string>();
  for (const [index, testimonial] of testimonials.entries()) {
    const { key, field, courses: _courses, ...data } = testimonial;
    let row = await tx.testimonial.findFirst({
      where: { authorName: data.authorName, organisation: data.organisation },
    });
    if (!row) {
      row = await tx.testimonial.create({
        data: {
          ...data,
          fieldId: required(fieldIds, field),
          // He published the quote on his own site; the date of that consent is not known, so none is made up.
          consent: true,
          published: true,
          sortOrder: index,
        },
      });
      created++;
    }
    testimonialIds.set(key, row.id);
  }

  const goalIds = await idsBySlug(tx.goal.findMany({ select: { id: true, slug: true } }));
  const moduleIds = await idsBySlug(tx.contentModule.findMany({ select: { id: true, slug: true } }));
  const storyIds = await idsBySlug(tx.story.findMany({ select: { id: true, slug: true } }));

  for (const [index, course] of courses.entries()) {
    const exists = await tx.course.findUnique({ where: { slug: course.slug } });
    count(!exists);
    if (exists) continue;
    const testimonial = testimonials.find((entry) => entry.courses.includes(course.slug));
    await tx.course.create({
      data: {
        slug: course.slug,
        title: course.title,
        summary: course.summary,
        body: course.body,
        audience: course.audience,
        formats: course.formats,
        durationNote: course.durationNote,
        minParticipants: course.minParticipants,
        maxParticipants: course.maxParticipants,
        priceNote: course.priceNote,
        priceFromCents: course.priceFromCents,
        featured: course.featured,
        published: true,
        sortOrder: index,
        storyId: required(storyIds, course.story),
        testimonialId: testimonial ? testimonialIds.get(testimonial.key) : undefined,
        fields: { create: fieldLinks(course.fields) },
        goals: {
          create: course.goals.map((slug, position) => ({ goalId: required(goalIds, slug), position })),
        },
        modules: {
          create: course.modules.map((module, position) => ({
            moduleId: required(moduleIds, module.slug),
            position,
            day: module.day,
            durationMinutes: module.minutes,
          })),
        },
      },
    });
  }

  for (const [index, client] of referenceClients.entries()) {
    const exists = await tx.referenceClient.findUnique({ where: { name: client.name } });
    if (!exists) await tx.referenceClient.create({ data: { ...client, sortOrder: index } });
    count(!exists);
  }

  for (const page of pages) {
    const exists = await tx.page.findUnique({ where: { slug: page.slug } });
    if (!exists) await tx.page.create({ data: page });
    count(!exists);
  }

  return created;
}

/**
 * Open dates, only for courses that have no session at all yet: a second run (on any later day)
 * adds nothing, and dates the consultant entered, moved or cancelled stay as they are.
 */
async function seedSessions(tx: Tx, now: Date): Promise<number> {
  let created = 0;
  const untouched = new Map<string, string | null>();
  for (const session of demoSessions) {
    if (!untouched.has(session.course)) {
      const course = await tx.course.findUnique({
        where: { slug: session.course },
        select: { id: true, _count: { select: { sessions: true } } },
      });
      untouched.set(session.course, course && course._count.sessions === 0 ? course.id : null);
    }
    const courseId = untouched.get(session.course);
    if (!courseId) continue;
    const first = demoSessionTimes(now, session.daysAhead);
    const days = [first, ...(session.laterDaysAhead ?? []).map((daysAhead) => demoSessionTimes(now, daysAhead))];
    await tx.courseSession.create({
      data: {
        courseId,
        // A run spans its days; its day rows say when (decision 0037).
        startsAt: first.startsAt,
        endsAt: days.at(-1)!.endsAt,
        days: { create: days.length > 1 ? days.map((day, index) => ({ dayNumber: index + 1, ...day })) : [] },
        location: session.location,
        address: session.address,
        capacity: session.capacity,
        // Made-up dates at real addresses: marked, so admin can show and remove them (decision 0021).
        demo: true,
      },
    });
    created++;
  }
  return created;
}

async function seedConsultationDefaults(tx: Tx): Promise<number> {
  let created = 0;
  if (!(await tx.consultationSettings.findUnique({ where: { id: 1 } }))) {
    await tx.consultationSettings.create({ data: { id: 1 } });
    created++;
  }
  if ((await tx.availabilityRule.count()) === 0) {
    // Monday to Thursday, 09:00-12:00 and 14:00-17:00 local time.
    const windows = [1, 2, 3, 4].flatMap((weekday) => [
      { weekday, startMinute: 9 * 60, endMinute: 12 * 60 },
      { weekday, startMinute: 14 * 60, endMinute: 17 * 60 },
    ]);
    await tx.availabilityRule.createMany({ data: windows });
    created += windows.length;
  }
  return created;
}

/** Placeholders for the demo only; a production seed leaves the profile to the consultant. */
const demoProfile = {
  id: 1,
  name: "Markus Muster",
  businessName: "Anliegen – Beratung und Training für Kundenorientierung",
  street: "Musterstrasse",
  houseNumber: "1",
  postcode: "3000",
  city: "Bern",
  country: "CH",
  email: "kontakt@anliegen.example",
  phone: "+41 31 000 00 00",
  website: "",
  // A valid checksum and a QR-IBAN of the SIX examples: invoices can be tried out, and the
  // dashboard says these are placeholders (isDemo) until the owner saves his own.
  uid: "CHE-123.456.788 MWST",
  vatRegistered: true,
  vatRates: [{ basisPoints: 810, validFrom: "2024-01-01" }],
  iban: "CH4431999123000889012",
  bankName: "Musterbank",
  referenceType: "QRR",
  paymentTermDays: 30,
  invoiceText: "Vielen Dank für Ihren Auftrag. Wir stellen Ihnen folgende Leistungen in Rechnung:",
  reminderText: "Wir erlauben uns, Sie an die folgende offene Rechnung zu erinnern.",
  isDemo: true,
};

async function seedDemoProfile(tx: Tx): Promise<number> {
  if (await tx.businessProfile.findUnique({ where: { id: 1 } })) return 0;
  await tx.businessProfile.create({ data: demoProfile });
  return 1;
}

/** The consultant's own account for local use: sign-in by e-mail link only, no password. */
export const DEMO_ADMIN_EMAIL = "markus@anliegen.example";

async function seedDemoAdmin(tx: Tx): Promise<number> {
  if (await tx.user.findUnique({ where: { email: DEMO_ADMIN_EMAIL } })) return 0;
  await tx.user.create({ data: { email: DEMO_ADMIN_EMAIL, name: "Markus Muster", role: "OWNER" } });
  return 1;
}

export type SeedOptions = {
  /**
   * With demo data (the default for `npm run dev`): example dates at real addresses, placeholder
   * business details and the demo admin. Without (`npm run db:seed -- --without-demo`): only the
   * consultant's content and the call defaults, nothing made up.
   */
  demo?: boolean;
};

export async function seedContent(db: Database, { demo = true }: SeedOptions = {}, now = new Date()) {
  const created = await db.$transaction(
    async (tx) => {
      let count = (await seedCatalogue(tx)) + (await seedConsultationDefaults(tx));
      if (demo) count += (await seedSessions(tx, now)) + (await seedDemoProfile(tx)) + (await seedDemoAdmin(tx));
      return count;
    },
    { timeout: 60_000 },
  );
  return { created };
}

export async function seedDemoContent(db: Database, now = new Date()): Promise<SeedSummary> {
  return seedContent(db, { demo: true }, now);
}

/** True when no catalogue content exists yet: a fresh database that should get the demo. */
export async function isCatalogueEmpty(db: Database): Promise<boolean> {
  return (await db.course.count()) === 0 && (await db.fieldOfActivity.count()) === 0;
}
