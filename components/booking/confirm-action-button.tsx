"use client";

import { useState } from "react";

import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import type { ActionResult } from "@/lib/action-result";
import { CONNECTION_LOST_MESSAGE } from "@/lib/messages";

type ConfirmActionButtonProps = {
  label: string;
  confirmLabel: string;
  question: string;
  successMessage: string;
  run: () => Promise<ActionResult<unknown>>;
  onDone?: () => void;
};

/** A destructive step behind a second, explicit click; the outcome is announced. */
export function ConfirmActionButton({
  label,
  confirmLabel,
  question,
  successMessage,
  run,
  onDone,
}: ConfirmActionButtonProps) {
  const [stage, setStage] = useState<"idle" | "confirm" | "done">("idle");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (stage === "done") return <FormMessage message={successMessage} tone="success" />;

  return (
    <div className="space-y-4">
      {stage === "idle" ? (
        <button
          type="button"
          onClick={() => setStage("confirm")}
          className="inline-flex min-h-11 items-center rounded-md border-2 border-danger px-5 py-2.5 font-semibold text-danger hover:bg-white"
        >
          {label}
        </button>
      ) : (
        <form
          method="post"
          onSubmit={async (event) => {
            event.preventDefault();
            setPending(true);
            setError(null);
            try {
              const result = await run();
              if (result.ok) {
                setStage("done");
                onDone?.();
              } else setError(result.message);
            } catch {
              setError(CONNECTION_LOST_MESSAGE);
            } finally {
              setPending(false);
            }
          }}
          className="space-y-3 rounded-lg border-2 border-danger bg-white p-4"
        >
          <p className="font-semibold">{question}</p>
          <div className="flex flex-wrap gap-3">
            <SubmitButton pending={pending} pendingLabel="Wird ausgeführt …">
              {confirmLabel}
            </SubmitButton>
            <button
              type="button"
              onClick={() => setStage("idle")}
              className="inline-flex min-h-11 items-center rounded-md border-2 border-brand px-5 py-2.5 font-semibold text-brand"
            >
              Abbrechen
            </button>
          </div>
        </form>
      )}
      <FormMessage message={error} tone="error" />
    </div>
  );
}
