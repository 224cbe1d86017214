"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { CONNECTION_LOST_MESSAGE } from "@/lib/messages";

/** The part of an action result this hook reads; lib/action-result's ActionResult fits it. */
export type ActionOutcome = { ok: true; message?: string } | { ok: false; message: string };

type Options = {
  /** Re-render the server components after a success (default), so the page shows the change. */
  refresh?: boolean;
  onSuccess?: () => void;
};

/**
 * Runs one server action outside a form: pending while it runs, the refusal or the confirmation kept
 * for display, the page refreshed on success. The one way components "run an action and refresh".
 */
export function useServerAction({ refresh = true, onSuccess }: Options = {}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: "error" | "success"; message: string } | null>(null);

  async function run(action: () => Promise<ActionOutcome>): Promise<boolean> {
    setPending(true);
    setOutcome(null);
    try {
      const result = await action();
      if (!result.ok) {
        setOutcome({ tone: "error", message: result.message });
        return false;
      }
      setOutcome(result.message ? { tone: "success", message: result.message } : null);
      onSuccess?.();
      if (refresh) router.refresh();
      return true;
    } catch {
      setOutcome({ tone: "error", message: CONNECTION_LOST_MESSAGE });
      return false;
    } finally {
      setPending(false);
    }
  }

  return {
    pending,
    run,
    error: outcome?.tone === "error" ? outcome.message : "",
    success: outcome?.tone === "success" ? outcome.message : "",
  };
}
