"use client";

import { useMemo } from "react";
import type { DeepPartialSkipArrayKey } from "react-hook-form";

import { agendaDayCount, agendaWarnings, scheduleAgenda } from "@/lib/calendar/agenda";
import { minuteOf } from "@/lib/calendar/time-of-day";
import { parseFrancs, priceOf } from "@/lib/proposals/pricing";
import { programmeDaysWarning } from "@/lib/proposals/rules";
import type { DesignFormValues } from "@/lib/proposals/schemas";

/**
 * What the draft looks like as it is typed: the timed agenda, its warnings and the price. Pure
 * derivation from the watched values through the proposal rules; nothing here is saved.
 */
export function useDesignPreview(
  values: DeepPartialSkipArrayKey<DesignFormValues>,
  vatRateBasisPoints: number,
  addDay: number,
) {
  const schedule = useMemo(() => {
    const items = (values.agenda ?? []).map((item, index) => ({
      index,
      kind: item.kind ?? "MODULE",
      title: item.title ?? "",
      day: Number(item.day) || 1,
      durationMinutes: Number(item.durationMinutes) || 0,
    }));
    return scheduleAgenda(items, minuteOf(String(values.dayStart ?? "")) ?? 510);
  }, [values.agenda, values.dayStart]);
  const times = new Map(schedule.flatMap((day) => day.items.map((item) => [item.index, item])));
  const pricedDays = Number(String(values.days ?? "").replace(",", ".")) || 0;
  const daysWarning = programmeDaysWarning(
    { mode: values.pricingMode ?? "DAY_RATE", days: pricedDays },
    agendaDayCount(schedule),
  );
  const warnings = [...agendaWarnings(schedule), ...(daysWarning ? [daysWarning] : [])];
  const price = priceOf({
    mode: values.pricingMode ?? "DAY_RATE",
    dayRateCents: parseFrancs(String(values.dayRate ?? "")) ?? 0,
    days: pricedDays,
    flatFeeCents: parseFrancs(String(values.flatFee ?? "")) ?? 0,
    expensesCents: parseFrancs(String(values.expenses ?? "")) ?? 0,
    vatRateBasisPoints,
  });
  const days = [...new Set([...schedule.map((day) => day.day), addDay])].sort((a, b) => a - b);
  return { schedule, times, warnings, price, days };
}

export type DesignSchedule = ReturnType<typeof useDesignPreview>["schedule"];
