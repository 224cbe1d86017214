// The working draft of a tailored course: created from an inquiry with what it asked for (or
// what the library suggests for its field and challenges), then saved as a whole by the designer.
import { agendaDayCount, scheduleAgenda } from "@/lib/calendar/agenda";
import { minuteOf } from "@/lib/calendar/time-of-day";
import type { Actor } from "@/lib/db/actor";
import type { Database } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";
import { venueLabels } from "@/lib/labels";

import { getLibrary } from "./library";
import { DEFAULT_DAY_RATE_CENTS, COURSE_DAY_START_MINUTE, daysOfFormat, designDraft, planProgramme } from "./prefill";
import { parseFrancs } from "./pricing";
import type { DesignInput } from "./schemas";

/** How many suggested items a new design starts with when the inquiry named none. */
const SUGGESTED_GOALS = 3;
const SUGGESTED_MODULES = 4;

export async function createDesignFromInquiry(
  db: Database,
  _actor: Actor,
  { inquiryId }: { inquiryId: string },
): Promise<{ id: string }> {
  const existing = await db.courseDesign.findUnique({ where: { inquiryId }, select: { id: true } });
  if (existing) return existing;
  const inquiry = await db.inquiry.findUnique({
    where: { id: inquiryId },
    include: {
      field: { select: { name: true } },
      course: {
        select: {
          title: true,
          priceFromCents: true,
          modules: { include: { module: true }, orderBy: [{ day: "asc" }, { position: "asc" }] },
        },
      },
      wishedGoals: { include: { goal: true }, orderBy: { goal: { sortOrder: "asc" } } },
      wishedModules: { include: { module: true }, orderBy: { module: { sortOrder: "asc" } } },
    },
  });
  if (!inquiry) throw new AppError("NOT_FOUND", "Diese Anfrage gibt es nicht.");
  // The wording follows the inquiry's kind: a leadership inquiry gets no customer-contact course text.
  const draft = designDraft({
    ...inquiry,
    courseTitle: inquiry.course?.title ?? null,
    fieldName: inquiry.field?.name ?? null,
  });
  const library = draft.courseContent ? await getLibrary(db, inquiry) : { goals: [], modules: [] };
  const goals =
    inquiry.wishedGoals.length > 0
      ? inquiry.wishedGoals.map(({ goal }) => goal)
      : library.goals.filter((goal) => goal.suggested).slice(0, SUGGESTED_GOALS);
  const courseModules = (inquiry.course?.modules ?? []).map(({ module, day, durationMinutes }) => ({
    ...module,
    day,
    durationMinutes,
  }));
  // A chosen course brings its own modules; the library's suggestions only fill an empty start.
  const modules =
    inquiry.wishedModules.length > 0 || courseModules.length > 0
      ? inquiry.wishedModules.map(({ module }) => module)
      : library.modules.filter((module) => module.suggested).slice(0, SUGGESTED_MODULES);
  const agenda = draft.courseContent ? planProgramme({ courseModules, modules, format: inquiry.format }) : [];
  const programmeDays = agendaDayCount(scheduleAgenda(agenda, COURSE_DAY_START_MINUTE));
  const venue = [inquiry.venue ? venueLabels[inquiry.venue] : "", inquiry.venueNote ?? ""].filter(Boolean).join(": ");
  try {
    return await db.courseDesign.create({
      data: {
        inquiryId,
        title: draft.title,
        situation: draft.situation,
        method: draft.method,
        nextSteps: draft.nextSteps,
        venue,
        datesWished: inquiry.preferredPeriod ?? "",
        participants: inquiry.participants,
        pricingMode: "DAY_RATE",
        dayRateCents: inquiry.course?.priceFromCents ?? DEFAULT_DAY_RATE_CENTS,
        dayStartMinute: COURSE_DAY_START_MINUTE,
        // The format the client asked for is what he expects to pay; the designer warns if the
        // course's programme spans other days (rules.programmeDaysWarning).
        days: daysOfFormat(inquiry.format) ?? (programmeDays || null),
        goals: {
          create: goals.map((goal, position) => ({
            goalId: goal.id,
            title: goal.title,
            description: goal.description,
            position,
          })),
        },
        agendaItems: {
          create: agenda.map((item, position) => ({
            kind: item.kind,
            moduleId: item.moduleId ?? null,
            title: item.title,
            description: item.description ?? "",
            day: item.day,
            position,
            durationMinutes: item.durationMinutes,
          })),
        },
      },
      select: { id: true },
    });
  } catch (error) {
    // Two clicks at once: the unique inquiryId lets one create, the other gets its design.
    if (isUniqueViolation(error)) {
      return db.courseDesign.findUniqueOrThrow({ where: { inquiryId }, select: { id: true } });
    }
    throw error;
  }
}

const centsOrNull = (value: string) => (value ? parseFrancs(value) : null);

/** Replaces the whole draft with what the designer shows; library items stay untouched. */
export async function saveDesign(db: Database, _actor: Actor, input: DesignInput): Promise<void> {
  await inTransaction(db, async (tx) => {
    const found = await tx.courseDesign.findUnique({ where: { id: input.designId }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND", "Dieses Konzept gibt es nicht mehr.");
    await tx.designGoal.deleteMany({ where: { designId: input.designId } });
    await tx.agendaItem.deleteMany({ where: { designId: input.designId } });
    await tx.courseDesign.update({
      where: { id: input.designId },
      data: {
        title: input.title,
        situation: input.situation,
        roleNotes: input.roleNotes,
        rolePlaySituations: input.rolePlaySituations,
        method: input.method,
        nextSteps: input.nextSteps,
        venue: input.venue,
        datesWished: input.datesWished,
        participants: input.participants === "" ? null : input.participants,
        dayStartMinute: minuteOf(input.dayStart) ?? 510,
        pricingMode: input.pricingMode,
        dayRateCents: centsOrNull(input.dayRate),
        days: input.days ? Number(input.days.replace(",", ".")) : null,
        flatFeeCents: centsOrNull(input.flatFee),
        expensesCents: centsOrNull(input.expenses) ?? 0,
        purchaseOrderRef: input.purchaseOrderRef || null,
        costCentre: input.costCentre || null,
        validityDays: input.validityDays,
        goals: {
          create: input.goals.map((goal, position) => ({
            goalId: goal.goalId || null,
            title: goal.title,
            description: goal.description,
            position,
          })),
        },
        agendaItems: {
          create: orderedByDay(input.agenda).map((item, position) => ({
            kind: item.kind,
            moduleId: item.kind === "MODULE" && item.moduleId ? item.moduleId : null,
            title: item.title,
            description: item.description,
            day: item.day,
            position,
            durationMinutes: item.durationMinutes,
          })),
        },
      },
    });
  });
}

/** Items sorted by day, keeping the designer's order within a day. */
function orderedByDay<T extends { day: number }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.day - b.item.day || a.index - b.index)
    .map(({ item }) => item);
}
