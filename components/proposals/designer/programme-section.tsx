import { useFieldArray } from "react-hook-form";

import { FieldError, FormField, inputClasses } from "@/components/form/form-field";
import { TitledSection } from "@/components/ui/titled-section";
import { clockOf } from "@/lib/calendar/time-of-day";
import { formatDuration } from "@/lib/format";
import type { LibraryModule } from "@/lib/proposals/library";

import { ModulePicker } from "../library-pickers";
import { AgendaItem } from "./agenda-item";
import { textArea } from "./labels";
import type { DesignFormApi } from "./types";
import type { useDesignPreview } from "./use-design-preview";

type ProgrammeSectionProps = DesignFormApi &
  Pick<ReturnType<typeof useDesignPreview>, "schedule" | "times" | "warnings" | "days"> & {
    library: LibraryModule[];
    addDay: number;
    onAddDayChange: (day: number) => void;
  };

/** The programme day by day, timed from the start of each day, with the library to add from. */
export function ProgrammeSection(props: ProgrammeSectionProps) {
  const { form, errorOf, schedule, times, warnings, addDay } = props;
  const agenda = useFieldArray({ control: form.control, name: "agenda" });

  /** Swaps an item with its neighbour in the same day. */
  const moveItem = (index: number, direction: -1 | 1) => {
    const list = form.getValues("agenda");
    const day = Number(list[index]?.day);
    let other = index + direction;
    while (other >= 0 && other < list.length && Number(list[other]?.day) !== day) other += direction;
    if (other >= 0 && other < list.length) agenda.swap(index, other);
  };

  return (
    <TitledSection id="programm-titel" title="Programm" className="space-y-4">
      <FormField
        id="dayStart"
        label="Beginn jedes Kurstags"
        required
        hint="Zum Beispiel 08:30"
        error={errorOf("dayStart")}
        className="max-w-xs"
      >
        {(control) => <input {...control} {...form.register("dayStart")} type="time" className={inputClasses} />}
      </FormField>
      <FieldError id="agenda-fehler" message={errorOf("agenda")} />
      <div role="status" aria-live="polite">
        {warnings.length > 0 ? (
          <ul className="space-y-1 rounded-md border-2 border-danger bg-white p-4 font-semibold text-danger">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {schedule.map((day) => (
        <section key={day.day} aria-labelledby={`tag-${day.day}`} className="space-y-3">
          <h3 id={`tag-${day.day}`} className="text-xl font-bold">
            {`Tag ${day.day}: ${clockOf(day.startMinute)}–${clockOf(day.endMinute)} Uhr, ${formatDuration(day.workMinutes)} Kurszeit`}
          </h3>
          <ol className="space-y-3">
            {day.items.map((timed) => {
              const field = agenda.fields[timed.index];
              if (!field) return null;
              return (
                <li key={field.id}>
                  <AgendaItem
                    form={form}
                    errorOf={errorOf}
                    index={timed.index}
                    timed={timed}
                    slot={times.get(timed.index)}
                    onMove={(direction) => moveItem(timed.index, direction)}
                    onRemove={() => agenda.remove(timed.index)}
                  />
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      <ModulePicker
        modules={props.library}
        days={props.days}
        day={addDay}
        onDayChange={props.onAddDayChange}
        onAdd={(picked) =>
          agenda.append({
            moduleId: picked.id,
            kind: "MODULE",
            title: picked.title,
            description: picked.description,
            day: addDay,
            durationMinutes: picked.defaultDurationMinutes,
          })
        }
        onAddBreak={() =>
          agenda.append({
            moduleId: "",
            kind: "BREAK",
            title: "Pause",
            description: "",
            day: addDay,
            durationMinutes: 15,
          })
        }
        onAddCustom={() =>
          agenda.append({ moduleId: "", kind: "CUSTOM", title: "", description: "", day: addDay, durationMinutes: 30 })
        }
      />
      <FormField id="method" label="Methode" error={errorOf("method")}>
        {(control) => <textarea {...control} {...form.register("method")} className={textArea} />}
      </FormField>
    </TitledSection>
  );
}
