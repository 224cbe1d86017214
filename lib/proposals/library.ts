// The goal and module library with what fits an inquiry marked: tags on fields of activity and
// challenges decide the suggestions (rules.ts ranks them).
import type { Database, Tx } from "@/lib/db/client";

import { rankSuggestions, type SuggestionReason } from "./rules";

export type LibraryGoal = { id: string; title: string; description: string; suggested: SuggestionReason | null };
export type LibraryModule = LibraryGoal & { defaultDurationMinutes: number; theme: string };

type InquiryTags = { fieldId: string | null; challenges: readonly string[] };

export async function getLibrary(
  db: Database | Tx,
  inquiry: InquiryTags,
): Promise<{ goals: LibraryGoal[]; modules: LibraryModule[] }> {
  const [goals, modules] = await Promise.all([
    db.goal.findMany({
      where: { published: true },
      orderBy: { sortOrder: "asc" },
      include: { fields: { select: { fieldId: true } } },
    }),
    db.contentModule.findMany({
      where: { published: true },
      orderBy: [{ theme: { sortOrder: "asc" } }, { sortOrder: "asc" }],
      include: { fields: { select: { fieldId: true } }, theme: { select: { title: true } } },
    }),
  ]);
  return {
    goals: withSuggestions(goals, inquiry).map((goal) => ({
      id: goal.id,
      title: goal.title,
      description: goal.description,
      suggested: goal.suggested,
    })),
    modules: withSuggestions(modules, inquiry).map((module) => ({
      id: module.id,
      title: module.title,
      description: module.description,
      defaultDurationMinutes: module.defaultDurationMinutes,
      theme: module.theme.title,
      suggested: module.suggested,
    })),
  };
}

/** Suggested items first (best first), then the rest in library order. */
function withSuggestions<
  T extends { id: string; sortOrder: number; challenges: string[]; fields: { fieldId: string }[] },
>(items: T[], inquiry: InquiryTags): (T & { suggested: SuggestionReason | null })[] {
  const ranked = rankSuggestions(
    items.map((item, index) => ({ ...item, sortOrder: index, fieldIds: item.fields.map((field) => field.fieldId) })),
    inquiry,
  );
  const reasons = new Map(ranked.map((item) => [item.id, item.reason]));
  const order = new Map(ranked.map((item, index) => [item.id, index]));
  return items
    .map((item) => ({ ...item, suggested: reasons.get(item.id) ?? null }))
    .sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity));
}
