import "server-only";

import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { pluralText } from "@/lib/format";
import { organisationKindLabels } from "@/lib/labels";

import type { CatalogueKind } from "./admin-schemas";

/** `published` is null for kinds without a publication of their own (module themes, pages). */
export type CatalogueRow = { id: string; title: string; slug: string | null; published: boolean | null; note: string };

const order = [{ sortOrder: "asc" as const }, { createdAt: "asc" as const }];

/** Every item of one kind in its public order, published or not, for the management lists. */
export async function listCatalogueItemsForAdmin(kind: CatalogueKind): Promise<CatalogueRow[]> {
  await requireAdmin();
  const db = getDb();
  switch (kind) {
    case "kurse":
      return (await db.course.findMany({ orderBy: order, include: { _count: { select: { sessions: true } } } })).map(
        (item) => ({
          ...item,
          note: `${item.featured ? "Hervorgehoben · " : ""}${item._count.sessions} Termine`,
        }),
      );
    case "ziele":
      return (await db.goal.findMany({ orderBy: order })).map((item) => ({ ...item, note: "" }));
    case "module":
      return (await db.contentModule.findMany({ orderBy: order, include: { theme: { select: { title: true } } } })).map(
        (item) => ({ ...item, note: `${item.theme.title} · ${item.defaultDurationMinutes} Min.` }),
      );
    case "themen":
      return (
        await db.moduleTheme.findMany({ orderBy: order, include: { _count: { select: { modules: true } } } })
      ).map((item) => ({
        id: item.id,
        title: item.title,
        slug: item.slug,
        published: null,
        note: pluralText(item._count.modules, "Modul", "Module"),
      }));
    case "seiten":
      return (await db.page.findMany({ orderBy: { slug: "asc" } })).map((item) => ({
        id: item.id,
        title: item.title,
        slug: item.slug,
        published: null,
        note: "",
      }));
    case "felder":
      return (await db.fieldOfActivity.findMany({ orderBy: order })).map((item) => ({
        ...item,
        title: item.name,
        note: "",
      }));
    case "geschichten":
      return (await db.story.findMany({ orderBy: order })).map((item) => ({ ...item, note: item.setting }));
    case "stimmen":
      return (await db.testimonial.findMany({ orderBy: order })).map((item) => ({
        id: item.id,
        title: `${item.authorName}, ${item.organisation}`,
        slug: null,
        published: item.published,
        note: item.consent ? "Einwilligung liegt vor" : "Ohne Einwilligung: wird nicht gezeigt",
      }));
    case "referenzen":
      return (await db.referenceClient.findMany({ orderBy: order })).map((item) => ({
        id: item.id,
        title: item.name,
        slug: null,
        published: item.published,
        note: organisationKindLabels[item.kind],
      }));
  }
}

/** The choices the forms offer: fields of activity, module themes, goals, modules, stories, testimonials. */
export async function getCatalogueOptions() {
  await requireAdmin();
  const db = getDb();
  const [fields, themes, goals, modules, stories, testimonials] = await Promise.all([
    db.fieldOfActivity.findMany({ orderBy: order, select: { id: true, name: true } }),
    db.moduleTheme.findMany({ orderBy: order, select: { id: true, title: true } }),
    db.goal.findMany({ orderBy: order, select: { id: true, title: true } }),
    db.contentModule.findMany({
      orderBy: [{ theme: { sortOrder: "asc" } }, ...order],
      select: { id: true, title: true, theme: { select: { title: true } } },
    }),
    db.story.findMany({ orderBy: order, select: { id: true, title: true } }),
    db.testimonial.findMany({ orderBy: order, select: { id: true, authorName: true, organisation: true } }),
  ]);
  return {
    fields: fields.map((item) => ({ id: item.id, label: item.name })),
    themes: themes.map((item) => ({ id: item.id, label: item.title })),
    goals: goals.map((item) => ({ id: item.id, label: item.title })),
    modules: modules.map((item) => ({ id: item.id, label: `${item.theme.title}: ${item.title}` })),
    stories: stories.map((item) => ({ id: item.id, label: item.title })),
    testimonials: testimonials.map((item) => ({ id: item.id, label: `${item.authorName}, ${item.organisation}` })),
  };
}

/** One item as its edit form shows it, or null when it does not exist. */
export async function getCatalogueItemForAdmin(kind: CatalogueKind, id: string) {
  await requireAdmin();
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const db = getDb();
  switch (kind) {
    case "kurse": {
      const course = await db.course.findUnique({
        where: { id },
        include: { fields: true, goals: { orderBy: { position: "asc" } }, modules: { orderBy: { position: "asc" } } },
      });
      if (!course) return null;
      const { fields, goals, modules, priceFromCents, ...rest } = course;
      return {
        ...rest,
        priceFromFrancs: priceFromCents === null ? null : Math.round(priceFromCents / 100),
        fieldIds: fields.map((field) => field.fieldId),
        goalIds: goals.map((goal) => goal.goalId),
        moduleIds: modules.map((module) => module.moduleId),
      };
    }
    case "ziele": {
      const goal = await db.goal.findUnique({ where: { id }, include: { fields: true } });
      return goal && { ...goal, fieldIds: goal.fields.map((field) => field.fieldId) };
    }
    case "module": {
      const contentModule = await db.contentModule.findUnique({ where: { id }, include: { fields: true } });
      return contentModule && { ...contentModule, fieldIds: contentModule.fields.map((field) => field.fieldId) };
    }
    case "themen":
      return db.moduleTheme.findUnique({ where: { id } });
    case "seiten":
      return db.page.findUnique({ where: { id } });
    case "felder":
      return db.fieldOfActivity.findUnique({ where: { id } });
    case "geschichten":
      return db.story.findUnique({ where: { id } });
    case "stimmen":
      return db.testimonial.findUnique({ where: { id } });
    case "referenzen":
      return db.referenceClient.findUnique({ where: { id } });
  }
}
