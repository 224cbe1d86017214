"use client";

import { useState } from "react";

import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { Button } from "@/components/ui/button";
import { useServerAction } from "@/components/ui/use-server-action";
import type { ActionResult } from "@/lib/action-result";

type ConfirmActionButtonProps = {
  label: string;
  confirmLabel: string;
  question: string;
  successMessage: string;
  /** The pending and the cancel button's words, from the page's catalogue. */
  texts: { running: string; abort: string };
  run: () => Promise<ActionResult<unknown>>;
  onDone?: () => void;
};

/** A destructive step behind a second, explicit click; the outcome is announced. */
export function ConfirmActionButton({
  label,
  confirmLabel,
  question,
  successMessage,
  texts,
  run,
  onDone,
}: ConfirmActionButtonProps) {
  const [stage, setStage] = useState<"idle" | "confirm" | "done">("idle");
  // The page stays as it is: the success message replaces the button, and onDone says what changes.
  const {
    pending,
    error,
    run: runAction,
  } = useServerAction({
    refresh: false,
    onSuccess: () => {
      setStage("done");
      onDone?.();
    },
  });

  if (stage === "done") return <FormMessage message={successMessage} tone="success" />;

  return (
    <div className="space-y-4">
      {stage === "idle" ? (
        <Button variant="danger-outline" onClick={() => setStage("confirm")}>
          {label}
        </Button>
      ) : (
        <form
          method="post"
          onSubmit={async (event) => {
            event.preventDefault();
            await runAction(run);
          }}
          className="space-y-3 rounded-lg border-2 border-danger bg-white p-4"
        >
          <p className="font-semibold">{question}</p>
          <div className="flex flex-wrap gap-3">
            <SubmitButton pending={pending} pendingLabel={texts.running}>
              {confirmLabel}
            </SubmitButton>
            <Button variant="secondary" onClick={() => setStage("idle")}>
              {texts.abort}
            </Button>
          </div>
        </form>
      )}
      <FormMessage message={error} tone="error" />
    </div>
  );
}
