"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

import type { ActionResult } from "@/lib/action-result";

type PromoteQuoteButtonProps = {
  responseId: string;
  action: (input: { responseId: string }) => Promise<ActionResult<null>>;
};

/** Publishes a consented quote as a testimonial in one step; says what happened either way. */
export function PromoteQuoteButton({ responseId, action }: PromoteQuoteButtonProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div className="space-y-2">
      <button
        type="button"
        disabled={pending}
        aria-busy={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await action({ responseId });
            setMessage({ ok: result.ok, text: result.message ?? "" });
            if (result.ok) router.refresh();
          })
        }
        className="min-h-11 rounded-md bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70"
      >
        {pending ? "Wird veröffentlicht …" : "Als Kundenstimme veröffentlichen"}
      </button>
      <p role="status" className={message?.ok === false ? "font-semibold text-danger" : "text-success"}>
        {message?.text}
      </p>
    </div>
  );
}
