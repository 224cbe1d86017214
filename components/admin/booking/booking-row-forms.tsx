"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";

import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { CONNECTION_LOST_MESSAGE } from "@/lib/messages";

/** Runs one admin action from a small form in a table row; shows the outcome and refreshes the page. */
function useRowForm(run: (values: FormData) => Promise<ActionResult<unknown>>) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");
  const [fieldError, setFieldError] = useState("");
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    setError("");
    setFieldError("");
    try {
      const result = await run(new FormData(event.currentTarget));
      if (result.ok) router.refresh();
      else {
        setError(result.message);
        setFieldError(Object.values(result.fieldErrors)[0]?.[0] ?? "");
      }
    } catch {
      setError(CONNECTION_LOST_MESSAGE);
    } finally {
      setPending(false);
    }
  };
  return { pending, error: fieldError || error, onSubmit };
}

function RowForm({
  label,
  children,
  submit,
  run,
}: {
  label: string;
  children: ReactNode;
  submit: string;
  run: (values: FormData) => Promise<ActionResult<unknown>>;
}) {
  const { pending, error, onSubmit } = useRowForm(run);
  return (
    <form method="post" onSubmit={onSubmit} aria-label={label} className="mt-2 flex flex-wrap items-end gap-2">
      <fieldset disabled={pending} className="flex flex-wrap items-end gap-2">
        {children}
        <Button type="submit" variant="link">
          {submit}
        </Button>
      </fieldset>
      <span role="alert" className="text-sm text-danger">
        {error}
      </span>
    </form>
  );
}

const field = "rounded-md border border-line px-2 py-1 text-sm";

/** Moves one booking to another session of the same course. */
export function MoveBookingForm({
  bookingId,
  contactName,
  targets,
  action,
}: {
  bookingId: string;
  contactName: string;
  targets: { id: string; label: string }[];
  action: (input: { bookingId: string; targetSessionId: string; message: string }) => Promise<ActionResult<unknown>>;
}) {
  if (targets.length === 0) return null;
  return (
    <RowForm
      label={`Buchung von ${contactName} verschieben`}
      submit="Verschieben"
      run={(values) =>
        action({
          bookingId,
          targetSessionId: String(values.get("targetSessionId") ?? ""),
          message: String(values.get("message") ?? ""),
        })
      }
    >
      <label className="text-sm">
        Anderer Termin
        <select name="targetSessionId" className={`block ${field}`} defaultValue="">
          <option value="" disabled>
            Termin wählen
          </option>
          {targets.map((target) => (
            <option key={target.id} value={target.id}>
              {target.label}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm">
        Mitteilung
        <input name="message" className={`block ${field}`} maxLength={2000} />
      </label>
    </RowForm>
  );
}

/** Corrects the name of one participant. */
export function RenameParticipantForm({
  participantId,
  name,
  action,
}: {
  participantId: string;
  name: string;
  action: (input: { participantId: string; name: string }) => Promise<ActionResult<unknown>>;
}) {
  return (
    <RowForm
      label={`${name} umbenennen`}
      submit="Umbenennen"
      run={(values) => action({ participantId, name: String(values.get("name") ?? "") })}
    >
      <label className="text-sm">
        Neuer Name
        <input name="name" defaultValue={name} className={`block ${field}`} maxLength={120} />
      </label>
    </RowForm>
  );
}
