"use client";

import { useState } from "react";

import type { ActionResult } from "@/lib/action-result";
import { CONNECTION_LOST_MESSAGE } from "@/lib/messages";

const ATTENDANCES = ["UNKNOWN", "PRESENT", "ABSENT"] as const;
type Attendance = (typeof ATTENDANCES)[number];

type AttendanceSelectProps = {
  participantId: string;
  name: string;
  value: Attendance;
  action: (input: { participantId: string; attendance: Attendance }) => Promise<ActionResult<null>>;
};

/** Saves on change; a failure restores the previous value and says so. */
export function AttendanceSelect({ participantId, name, value, action }: AttendanceSelectProps) {
  const [current, setCurrent] = useState<Attendance>(value);
  const [status, setStatus] = useState<string>("");
  return (
    <div>
      <label htmlFor={`anwesenheit-${participantId}`} className="sr-only">
        {`Anwesenheit von ${name}`}
      </label>
      <select
        id={`anwesenheit-${participantId}`}
        value={current}
        className="rounded-md border border-muted bg-white px-2 py-1"
        onChange={async (event) => {
          const previous = current;
          const next = ATTENDANCES.find((attendance) => attendance === event.target.value);
          if (!next) return;
          setCurrent(next);
          setStatus("Wird gespeichert …");
          try {
            const result = await action({ participantId, attendance: next });
            setStatus(result.ok ? "Gespeichert" : result.message);
            if (!result.ok) setCurrent(previous);
          } catch {
            setCurrent(previous);
            setStatus(`Nicht gespeichert. ${CONNECTION_LOST_MESSAGE}`);
          }
        }}
      >
        <option value="UNKNOWN">Offen</option>
        <option value="PRESENT">Anwesend</option>
        <option value="ABSENT">Abwesend</option>
      </select>
      <span role="status" className="ml-2 text-sm text-muted">
        {status}
      </span>
    </div>
  );
}
