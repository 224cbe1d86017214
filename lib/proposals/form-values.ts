// A stored design as the designer form's values (strings where people type amounts and days).
import { clockOf } from "@/lib/calendar/time-of-day";

import { francsInput } from "./pricing";
import type { DesignFormValues } from "./schemas";
import type { DesignTexts } from "./snapshot";

export type StoredDesign = DesignTexts & {
  id: string;
  pricingMode: "DAY_RATE" | "FLAT_FEE";
  dayRateCents: number | null;
  days: { toString(): string } | null;
  flatFeeCents: number | null;
  expensesCents: number;
  purchaseOrderRef: string | null;
  costCentre: string | null;
  validityDays: number;
  goals: { goalId: string | null; title: string; description: string }[];
  agendaItems: {
    moduleId: string | null;
    kind: "MODULE" | "BREAK" | "CUSTOM";
    title: string;
    description: string;
    day: number;
    durationMinutes: number;
  }[];
};

export function designFormValues(design: StoredDesign): DesignFormValues {
  return {
    designId: design.id,
    title: design.title,
    situation: design.situation,
    roleNotes: design.roleNotes,
    rolePlaySituations: design.rolePlaySituations,
    method: design.method,
    nextSteps: design.nextSteps,
    venue: design.venue,
    datesWished: design.datesWished,
    participants: design.participants ?? "",
    dayStart: clockOf(design.dayStartMinute),
    pricingMode: design.pricingMode,
    dayRate: francsInput(design.dayRateCents),
    days: design.days === null ? "" : String(Number(design.days.toString())),
    flatFee: francsInput(design.flatFeeCents),
    expenses: design.expensesCents ? francsInput(design.expensesCents) : "",
    purchaseOrderRef: design.purchaseOrderRef ?? "",
    costCentre: design.costCentre ?? "",
    validityDays: design.validityDays,
    goals: design.goals.map((goal) => ({
      goalId: goal.goalId ?? "",
      title: goal.title,
      description: goal.description,
    })),
    agenda: design.agendaItems.map((item) => ({
      moduleId: item.moduleId ?? "",
      kind: item.kind,
      title: item.title,
      description: item.description,
      day: item.day,
      durationMinutes: item.durationMinutes,
    })),
  };
}
