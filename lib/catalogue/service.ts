// Writes of the catalogue management: create, edit, reorder, publish and delete each kind of
// content. The callers (admin-actions.ts) revalidate the public pages after each committed change.
import { recordAudit, type Actor } from "@/lib/db/actor";
import type { Database, Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { pluralText } from "@/lib/format";

import {
  catalogueKindAbilities,
  catalogueKindLabels,
  slugify,
  type CatalogueFormInput,
  type CatalogueKind,
} from "./admin-schemas";

/** The operations every kind shares, on the Prisma model behind it. */
type SharedDelegate = {
  findMany(args: object): Promise<{ id: string; sortOrder?: number }[]>;
  findUnique(args: object): Promise<{ id: string } | null>;
  update(args: object): Promise<unknown>;
  delete(args: object): Promise<unknown>;
};

function delegate(tx: Tx, kind: CatalogueKind): SharedDelegate {
  const delegates: Record<CatalogueKind, SharedDelegate> = {
    kurse: tx.course,
    ziele: tx.goal,
    module: tx.contentModule,
    themen: tx.moduleTheme,
    felder: tx.fieldOfActivity,
    geschichten: tx.story,
    stimmen: tx.testimonial,
    referenzen: tx.referenceClient,
    seiten: tx.page,
  };
  return delegates[kind];
}

function notFound(kind: CatalogueKind): AppError {
  return new AppError("NOT_FOUND", `Diesen Eintrag (${catalogueKindLabels[kind].singular}) gibt es nicht mehr.`);
}

/** The forms and lists offer only what a kind allows; a forged request is refused the same way. */
function requireAbility(kind: CatalogueKind, ability: keyof (typeof catalogueKindAbilities)[CatalogueKind]): void {
  if (!catalogueKindAbilities[kind][ability]) {
    throw new AppError("CONFLICT", `Das ist bei «${catalogueKindLabels[kind].plural}» nicht möglich.`);
  }
}

function newSlug(entered: string, title: string): string {
  const slug = entered || slugify(title);
  if (!slug) {
    throw new AppError("VALIDATION", "Bitte geben Sie eine Kurzadresse an (Kleinbuchstaben, Ziffern, Bindestriche).", {
      field: "slug",
    });
  }
  return slug;
}

/** New items go to the end of their list. */
async function nextSortOrder(tx: Tx, kind: CatalogueKind): Promise<number> {
  const last = await delegate(tx, kind).findMany({
    orderBy: { sortOrder: "desc" },
    take: 1,
    select: { id: true, sortOrder: true },
  });
  return (last[0]?.sortOrder ?? 0) + 10;
}

/**
 * Creates (id null) or updates one item and returns its id. The slug is chosen once, at creation:
 * later edits of the title keep the address, so links and search results stay valid.
 */
export async function saveCatalogueItem<K extends CatalogueKind>(
  db: Database,
  actor: Actor,
  { kind, id, input }: { kind: K; id: string | null; input: CatalogueFormInput<K> },
): Promise<{ id: string }> {
  if (!id) requireAbility(kind, "create");
  try {
    return await inTransaction(db, async (tx) => {
      if (id && !(await delegate(tx, kind).findUnique({ where: { id }, select: { id: true } }))) throw notFound(kind);
      const sortOrder = id ? undefined : await nextSortOrder(tx, kind);
      const saved = await writeItem(tx, kind, id, input as CatalogueFormInput<CatalogueKind>, sortOrder);
      await recordAudit(tx, actor, {
        action: id ? "catalogue.update" : "catalogue.create",
        entityType: kind,
        entityId: saved.id,
      });
      return saved;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const field = kind === "referenzen" ? "name" : "slug";
      throw new AppError(
        "CONFLICT",
        field === "name" ? "Diesen Referenzkunden gibt es schon." : "Diese Kurzadresse ist schon vergeben.",
        { field, cause: error },
      );
    }
    throw error;
  }
}

async function writeItem(
  tx: Tx,
  kind: CatalogueKind,
  id: string | null,
  input: CatalogueFormInput<CatalogueKind>,
  sortOrder: number | undefined,
): Promise<{ id: string }> {
  switch (kind) {
    case "kurse": {
      const { slug, fieldIds, goalIds, moduleIds, priceFromFrancs, ...data } = input as CatalogueFormInput<"kurse">;
      const values = { ...data, priceFromCents: priceFromFrancs === null ? null : priceFromFrancs * 100 };
      const course = id
        ? await tx.course.update({ where: { id }, data: values })
        : await tx.course.create({ data: { ...values, slug: newSlug(slug, data.title), sortOrder } });
      await tx.courseField.deleteMany({ where: { courseId: course.id } });
      await tx.courseField.createMany({ data: fieldIds.map((fieldId) => ({ courseId: course.id, fieldId })) });
      await syncCourseGoals(tx, course.id, goalIds);
      await syncCourseModules(tx, course.id, moduleIds);
      return { id: course.id };
    }
    case "ziele": {
      const { slug, fieldIds, ...data } = input as CatalogueFormInput<"ziele">;
      const goal = id
        ? await tx.goal.update({ where: { id }, data })
        : await tx.goal.create({ data: { ...data, slug: newSlug(slug, data.title), sortOrder } });
      await tx.goalField.deleteMany({ where: { goalId: goal.id } });
      await tx.goalField.createMany({ data: fieldIds.map((fieldId) => ({ goalId: goal.id, fieldId })) });
      return { id: goal.id };
    }
    case "module": {
      const { slug, fieldIds, ...data } = input as CatalogueFormInput<"module">;
      const contentModule = id
        ? await tx.contentModule.update({ where: { id }, data })
        : await tx.contentModule.create({ data: { ...data, slug: newSlug(slug, data.title), sortOrder } });
      await tx.moduleField.deleteMany({ where: { moduleId: contentModule.id } });
      await tx.moduleField.createMany({ data: fieldIds.map((fieldId) => ({ moduleId: contentModule.id, fieldId })) });
      return { id: contentModule.id };
    }
    case "themen": {
      const { slug, ...data } = input as CatalogueFormInput<"themen">;
      const theme = id
        ? await tx.moduleTheme.update({ where: { id }, data })
        : await tx.moduleTheme.create({ data: { ...data, slug: newSlug(slug, data.title), sortOrder } });
      return { id: theme.id };
    }
    case "seiten": {
      // Only existing pages are edited (requireAbility refuses creation before this point).
      const page = await tx.page.update({ where: { id: id! }, data: input as CatalogueFormInput<"seiten"> });
      return { id: page.id };
    }
    case "felder": {
      const { slug, ...data } = input as CatalogueFormInput<"felder">;
      const field = id
        ? await tx.fieldOfActivity.update({ where: { id }, data })
        : await tx.fieldOfActivity.create({ data: { ...data, slug: newSlug(slug, data.name), sortOrder } });
      return { id: field.id };
    }
    case "geschichten": {
      const { slug, ...data } = input as CatalogueFormInput<"geschichten">;
      const story = id
        ? await tx.story.update({ where: { id }, data })
        : await tx.story.create({ data: { ...data, slug: newSlug(slug, data.title), sortOrder } });
      return { id: story.id };
    }
    case "stimmen": {
      const data = input as CatalogueFormInput<"stimmen">;
      const previous = id ? await tx.testimonial.findUnique({ where: { id }, select: { consentAt: true } }) : null;
      // The date consent was recorded is kept as long as consent stands.
      const consentAt = data.consent ? (previous?.consentAt ?? new Date()) : null;
      const testimonial = id
        ? await tx.testimonial.update({ where: { id }, data: { ...data, consentAt } })
        : await tx.testimonial.create({ data: { ...data, consentAt, sortOrder } });
      return { id: testimonial.id };
    }
    case "referenzen": {
      const data = input as CatalogueFormInput<"referenzen">;
      const client = id
        ? await tx.referenceClient.update({ where: { id }, data })
        : await tx.referenceClient.create({ data: { ...data, sortOrder } });
      return { id: client.id };
    }
  }
}

/** Keeps the goals still chosen where they were, appends new ones, removes the others. */
async function syncCourseGoals(tx: Tx, courseId: string, goalIds: string[]): Promise<void> {
  await tx.courseGoal.deleteMany({ where: { courseId, goalId: { notIn: goalIds } } });
  const kept = await tx.courseGoal.findMany({ where: { courseId }, orderBy: { position: "asc" } });
  const known = new Set(kept.map((row) => row.goalId));
  let position = kept.at(-1)?.position ?? 0;
  const added = [...new Set(goalIds)].filter((goalId) => !known.has(goalId));
  await tx.courseGoal.createMany({ data: added.map((goalId) => ({ courseId, goalId, position: ++position })) });
}

/**
 * The agenda's modules: kept ones keep their place, day and duration (set with the course's
 * typical agenda); new ones go to the end of the last day with their default duration.
 */
async function syncCourseModules(tx: Tx, courseId: string, moduleIds: string[]): Promise<void> {
  await tx.courseModule.deleteMany({ where: { courseId, moduleId: { notIn: moduleIds } } });
  const kept = await tx.courseModule.findMany({ where: { courseId }, orderBy: { position: "asc" } });
  const known = new Set(kept.map((row) => row.moduleId));
  let position = kept.at(-1)?.position ?? 0;
  const day = Math.max(1, ...kept.map((row) => row.day));
  const added = [...new Set(moduleIds)].filter((moduleId) => !known.has(moduleId));
  await tx.courseModule.createMany({
    data: added.map((moduleId) => ({ courseId, moduleId, day, position: ++position })),
  });
}

/** Moves an item one place up or down in its list; the whole list is renumbered in steps of ten. */
export async function moveCatalogueItem(
  db: Database,
  _actor: Actor,
  { kind, id, direction }: { kind: CatalogueKind; id: string; direction: "up" | "down" },
) {
  requireAbility(kind, "reorder");
  await inTransaction(db, async (tx) => {
    const items = await delegate(tx, kind).findMany({
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
      select: { id: true },
    });
    const index = items.findIndex((item) => item.id === id);
    if (index < 0) throw notFound(kind);
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= items.length) return;
    [items[index], items[target]] = [items[target]!, items[index]!];
    for (const [position, item] of items.entries()) {
      await delegate(tx, kind).update({ where: { id: item.id }, data: { sortOrder: (position + 1) * 10 } });
    }
  });
}

export async function setCatalogueItemPublished(
  db: Database,
  actor: Actor,
  { kind, id, published }: { kind: CatalogueKind; id: string; published: boolean },
) {
  requireAbility(kind, "publish");
  await inTransaction(db, async (tx) => {
    if (kind === "stimmen" && published) {
      const testimonial = await tx.testimonial.findUnique({ where: { id }, select: { consent: true } });
      if (!testimonial) throw notFound(kind);
      if (!testimonial.consent) {
        throw new AppError("CONFLICT", "Ein Zitat erscheint erst, wenn die schriftliche Einwilligung vorliegt.");
      }
    }
    if (!(await delegate(tx, kind).findUnique({ where: { id }, select: { id: true } }))) throw notFound(kind);
    await delegate(tx, kind).update({ where: { id }, data: { published } });
    await recordAudit(tx, actor, {
      action: published ? "catalogue.publish" : "catalogue.unpublish",
      entityType: kind,
      entityId: id,
    });
  });
}

/** Where an item is still used; each entry reads "3 Anfragen". Empty means it can be deleted. */
export async function catalogueItemUsage(tx: Tx, kind: CatalogueKind, id: string): Promise<string[]> {
  const counts: [number, string, string][] = [];
  const add = (count: number, one: string, many: string) => counts.push([count, one, many]);
  switch (kind) {
    case "kurse":
      add(await tx.courseSession.count({ where: { courseId: id } }), "Kurstermin", "Kurstermine");
      add(await tx.inquiry.count({ where: { courseId: id } }), "Anfrage", "Anfragen");
      break;
    case "ziele":
      add(await tx.courseGoal.count({ where: { goalId: id } }), "Kurs", "Kurse");
      add(await tx.inquiryGoal.count({ where: { goalId: id } }), "Anfrage", "Anfragen");
      add(await tx.designGoal.count({ where: { goalId: id } }), "Kurskonzept", "Kurskonzepte");
      break;
    case "module":
      add(await tx.courseModule.count({ where: { moduleId: id } }), "Kurs", "Kurse");
      add(await tx.inquiryModule.count({ where: { moduleId: id } }), "Anfrage", "Anfragen");
      add(await tx.agendaItem.count({ where: { moduleId: id } }), "Kurskonzept", "Kurskonzepte");
      break;
    case "themen":
      add(await tx.contentModule.count({ where: { themeId: id } }), "Modul", "Module");
      break;
    case "felder":
      add(await tx.courseField.count({ where: { fieldId: id } }), "Kurs", "Kurse");
      add(await tx.goalField.count({ where: { fieldId: id } }), "Ziel", "Ziele");
      add(await tx.moduleField.count({ where: { fieldId: id } }), "Modul", "Module");
      add(await tx.story.count({ where: { fieldId: id } }), "Geschichte", "Geschichten");
      add(await tx.testimonial.count({ where: { fieldId: id } }), "Kundenstimme", "Kundenstimmen");
      add(await tx.inquiry.count({ where: { fieldId: id } }), "Anfrage", "Anfragen");
      break;
    case "geschichten":
      add(await tx.course.count({ where: { storyId: id } }), "Kurs", "Kurse");
      break;
    case "stimmen":
      add(await tx.course.count({ where: { testimonialId: id } }), "Kurs", "Kurse");
      break;
    case "referenzen":
    case "seiten":
      break;
  }
  return counts.filter(([count]) => count > 0).map(([count, one, many]) => pluralText(count, one, many));
}

/**
 * Deletes an item nothing refers to. Content still in use is refused with the places that use
 * it: unpublishing hides it from the public site and keeps the history intact.
 */
export async function deleteCatalogueItem(
  db: Database,
  actor: Actor,
  { kind, id }: { kind: CatalogueKind; id: string },
): Promise<void> {
  requireAbility(kind, "remove");
  await inTransaction(db, async (tx) => {
    if (!(await delegate(tx, kind).findUnique({ where: { id }, select: { id: true } }))) throw notFound(kind);
    const usage = await catalogueItemUsage(tx, kind, id);
    if (usage.length > 0) {
      throw new AppError(
        "CONFLICT",
        `Dieser Eintrag wird noch verwendet (${usage.join(", ")}) und kann nicht gelöscht werden. Setzen Sie ihn stattdessen auf «nicht veröffentlicht».`,
      );
    }
    await delegate(tx, kind).delete({ where: { id } });
    await recordAudit(tx, actor, { action: "catalogue.delete", entityType: kind, entityId: id });
  });
}
