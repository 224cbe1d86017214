import { FormField, inputClasses } from "@/components/form/form-field";
import { Button } from "@/components/ui/button";
import { MAX_DAYS } from "@/lib/calendar/agenda";
import { clockOf } from "@/lib/calendar/time-of-day";

import { itemName, kindLabel } from "./labels";
import type { DesignFormApi } from "./types";

type AgendaItemProps = DesignFormApi & {
  index: number;
  timed: { kind: string; title: string };
  slot: { startMinute: number; endMinute: number } | undefined;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
};

/** One programme item: its title, minutes, day and description, with its time slot as the legend. */
export function AgendaItem({ form, errorOf, index, timed, slot, onMove, onRemove }: AgendaItemProps) {
  const label = `${slot ? `${clockOf(slot.startMinute)}–${clockOf(slot.endMinute)}` : ""} ${timed.title || "Neuer Programmpunkt"}`;
  return (
    <fieldset
      className={`grid gap-3 rounded-lg border border-line p-4 sm:grid-cols-[1fr_8rem_8rem] ${timed.kind === "BREAK" ? "bg-sand" : "bg-white"}`}
    >
      <legend className="px-1 font-semibold">{label}</legend>
      <FormField
        id={`agenda-${index}-title`}
        label={kindLabel(timed.kind)}
        required
        error={errorOf(`agenda.${index}.title`)}
      >
        {(control) => <input {...control} {...form.register(`agenda.${index}.title`)} className={inputClasses} />}
      </FormField>
      <FormField
        id={`agenda-${index}-duration`}
        label="Minuten"
        required
        error={errorOf(`agenda.${index}.durationMinutes`)}
      >
        {(control) => (
          <input
            {...control}
            {...form.register(`agenda.${index}.durationMinutes`)}
            type="number"
            min={5}
            step={5}
            className={inputClasses}
          />
        )}
      </FormField>
      <FormField id={`agenda-${index}-day`} label="Tag" required error={errorOf(`agenda.${index}.day`)}>
        {(control) => (
          <select {...control} {...form.register(`agenda.${index}.day`)} className={inputClasses}>
            {Array.from({ length: MAX_DAYS }, (_, day) => (
              <option key={day + 1} value={day + 1}>{`Tag ${day + 1}`}</option>
            ))}
          </select>
        )}
      </FormField>
      {timed.kind === "BREAK" ? null : (
        <FormField
          id={`agenda-${index}-description`}
          label="Beschreibung"
          error={errorOf(`agenda.${index}.description`)}
          className="sm:col-span-3"
        >
          {(control) => (
            <textarea
              {...control}
              {...form.register(`agenda.${index}.description`)}
              className={inputClasses}
              rows={2}
            />
          )}
        </FormField>
      )}
      <div className="flex flex-wrap gap-2 sm:col-span-3">
        <Button
          variant="secondary"
          size="sm"
          aria-label={`${itemName(timed)} nach oben verschieben`}
          onClick={() => onMove(-1)}
        >
          Nach oben
        </Button>
        <Button
          variant="secondary"
          size="sm"
          aria-label={`${itemName(timed)} nach unten verschieben`}
          onClick={() => onMove(1)}
        >
          Nach unten
        </Button>
        <Button variant="secondary" size="sm" aria-label={`${itemName(timed)} entfernen`} onClick={onRemove}>
          Entfernen
        </Button>
      </div>
    </fieldset>
  );
}
