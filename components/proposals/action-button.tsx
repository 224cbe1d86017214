"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormMessage } from "@/components/form/form-message";
import type { ActionResult } from "@/lib/action-result";
import { CONNECTION_LOST_MESSAGE } from "@/lib/messages";

/** A single action button with its outcome announced; refreshes the page on success. */
export function ActionButton<I, T>(props: {
  label: string;
  pendingLabel: string;
  action: (input: I) => Promise<ActionResult<T>>;
  input: I;
  variant?: "primary" | "secondary";
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ tone: "error" | "success"; message: string } | null>(null);
  return (
    <div className="space-y-3">
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          try {
            const outcome = await props.action(props.input);
            setResult(
              outcome.ok
                ? { tone: "success", message: outcome.message ?? "Erledigt." }
                : { tone: "error", message: outcome.message },
            );
            if (outcome.ok) router.refresh();
          } catch {
            setResult({
              tone: "error",
              message: CONNECTION_LOST_MESSAGE,
            });
          } finally {
            setPending(false);
          }
        }}
        className={
          props.variant === "secondary"
            ? "rounded-md border-2 border-brand bg-white px-4 py-2 font-semibold text-brand hover:bg-sand disabled:opacity-80"
            : "rounded-md bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-dark disabled:opacity-80"
        }
      >
        {pending ? props.pendingLabel : props.label}
      </button>
      <FormMessage message={result?.tone === "error" ? result.message : null} tone="error" />
      <FormMessage message={result?.tone === "success" ? result.message : null} tone="success" />
    </div>
  );
}
