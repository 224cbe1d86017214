"use client";

import { useMemo, useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

import { ChoiceGroup } from "@/components/form/choice-group";
import { FormField, inputClasses } from "@/components/form/form-field";
import { formatLongDate, formatTime, pluralText } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Catalogue } from "@/lib/i18n/messages";

export type SlotOption = { startsAt: string; endsAt: string };

type SlotPickerProps = {
  /** From the page's catalogue. */
  texts: Catalogue["pages"]["shared"]["slotPicker"];
  slots: SlotOption[];
  register: UseFormRegisterReturn<"startsAt">;
  /** Clears the chosen time when another day is picked. */
  onDayChange: () => void;
  error?: string;
};

/** Groups slots by their Zurich date: one day list, then the free times of that day. */
export function groupSlotsByDay(slots: SlotOption[]): { day: string; slots: SlotOption[] }[] {
  const days = new Map<string, SlotOption[]>();
  for (const slot of slots) {
    const day = formatLongDate(new Date(slot.startsAt));
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  return [...days].map(([day, list]) => ({ day, slots: list }));
}

export function SlotPicker({ slots, register, onDayChange, error, texts }: SlotPickerProps) {
  const days = useMemo(() => groupSlotsByDay(slots), [slots]);
  const [day, setDay] = useState(days[0]?.day ?? "");
  const today = days.find((entry) => entry.day === day) ?? days[0];
  return (
    <div className="space-y-6">
      <FormField id="slot-day" label={texts.day} required hint={texts.dayHint}>
        {(control) => (
          <select
            {...control}
            className={inputClasses}
            value={day}
            onChange={(event) => {
              setDay(event.target.value);
              onDayChange();
            }}
          >
            {days.map((entry) => (
              <option key={entry.day} value={entry.day}>
                {`${entry.day} (${pluralText(entry.slots.length, texts.freeTime, texts.freeTimes)})`}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <ChoiceGroup id="startsAt" legend={texts.time} required error={error}>
        <div className="flex flex-wrap gap-3">
          {today?.slots.map((slot) => (
            <label
              key={slot.startsAt}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-line bg-white px-4 py-2 has-[:checked]:border-brand has-[:checked]:bg-brand-soft"
            >
              <input type="radio" value={slot.startsAt} {...register} className="h-5 w-5 accent-brand" />
              <span>{fill(texts.timeRange, { start: formatTime(slot.startsAt), end: formatTime(slot.endsAt) })}</span>
            </label>
          ))}
        </div>
      </ChoiceGroup>
    </div>
  );
}
