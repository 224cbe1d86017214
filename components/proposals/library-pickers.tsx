"use client";

import { useId, useState } from "react";

import { inputClasses } from "@/components/form/form-field";
import { SelectOptions, type SelectOption } from "@/components/form/select-options";
import { Button } from "@/components/ui/button";
import { formatDuration } from "@/lib/format";
import { challengeLabels } from "@/lib/labels";
import type { LibraryGoal, LibraryModule } from "@/lib/proposals/library";
import type { SuggestionReason } from "@/lib/proposals/rules";

const challengeNames = new Map<string, string>(Object.entries(challengeLabels));

function reasonText(reason: SuggestionReason | null): string {
  if (!reason) return "";
  const parts = [
    reason.field ? "Tätigkeitsfeld" : "",
    ...reason.challenges.map((challenge) => challengeNames.get(challenge) ?? challenge),
  ].filter(Boolean);
  return ` (empfohlen: ${parts.join(", ")})`;
}

/** The list of library items to pick from, with its label. */
function LibrarySelect(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: SelectOption[];
}) {
  return (
    <div className="min-w-64 flex-1">
      <label htmlFor={props.id} className="block font-semibold">
        {props.label}
      </label>
      <select
        id={props.id}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        className={inputClasses}
      >
        <SelectOptions options={props.options} />
      </select>
    </div>
  );
}

/** Adds the library item chosen in the picker's list, if any. */
function AddPickedButton<T extends { id: string }>(props: {
  items: T[];
  selected: string;
  onAdd: (item: T) => void;
  children: string;
}) {
  return (
    <Button
      variant="secondary"
      onClick={() => {
        const picked = props.items.find((item) => item.id === props.selected);
        if (picked) props.onAdd(picked);
      }}
    >
      {props.children}
    </Button>
  );
}

/** Adds a library goal (suggested ones first) or an empty one written for this client. */
export function GoalPicker(props: {
  goals: LibraryGoal[];
  onAdd: (goal: LibraryGoal) => void;
  onAddCustom: () => void;
}) {
  const id = useId();
  const [selected, setSelected] = useState(props.goals[0]?.id ?? "");
  return (
    <div className="flex flex-wrap items-end gap-3 rounded-lg bg-sand p-4">
      <LibrarySelect
        id={id}
        label="Ziel aus der Bibliothek"
        value={selected}
        onChange={setSelected}
        options={props.goals.map((goal) => ({ value: goal.id, label: `${goal.title}${reasonText(goal.suggested)}` }))}
      />
      <AddPickedButton items={props.goals} selected={selected} onAdd={props.onAdd}>
        Ziel hinzufügen
      </AddPickedButton>
      <Button variant="secondary" onClick={props.onAddCustom}>
        Eigenes Ziel
      </Button>
    </div>
  );
}

/** Adds a library module, a break or an own item to the chosen day of the agenda. */
export function ModulePicker(props: {
  modules: LibraryModule[];
  days: number[];
  day: number;
  onDayChange: (day: number) => void;
  onAdd: (module: LibraryModule) => void;
  onAddBreak: () => void;
  onAddCustom: () => void;
}) {
  const id = useId();
  const [selected, setSelected] = useState(props.modules[0]?.id ?? "");
  const nextDay = Math.max(0, ...props.days) + 1;
  return (
    <div className="flex flex-wrap items-end gap-3 rounded-lg bg-sand p-4">
      <LibrarySelect
        id={`${id}-modul`}
        label="Modul aus der Bibliothek"
        value={selected}
        onChange={setSelected}
        options={props.modules.map((item) => ({
          value: item.id,
          label: `${item.title}, ${formatDuration(item.defaultDurationMinutes)}${reasonText(item.suggested)}`,
        }))}
      />
      <div>
        <label htmlFor={`${id}-tag`} className="block font-semibold">
          Hinzufügen zu
        </label>
        <select
          id={`${id}-tag`}
          value={props.day}
          onChange={(event) => props.onDayChange(Number(event.target.value))}
          className={inputClasses}
        >
          {[...props.days, nextDay].map((day) => (
            <option key={day} value={day}>
              {props.days.includes(day) ? `Tag ${day}` : `Tag ${day} (neu)`}
            </option>
          ))}
        </select>
      </div>
      <AddPickedButton items={props.modules} selected={selected} onAdd={props.onAdd}>
        Modul hinzufügen
      </AddPickedButton>
      <Button variant="secondary" onClick={props.onAddBreak}>
        Pause hinzufügen
      </Button>
      <Button variant="secondary" onClick={props.onAddCustom}>
        Eigener Programmpunkt
      </Button>
    </div>
  );
}
