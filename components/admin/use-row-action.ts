"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import type { ActionResult } from "@/lib/action-result";

/** Runs one admin action from a list row, refreshes the page on success and keeps the refusal to show. */
export function useRowAction() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");

  async function run(action: () => Promise<ActionResult<unknown>>) {
    setPending(true);
    setError("");
    try {
      const result = await action();
      if (result.ok) router.refresh();
      else setError(result.message);
    } catch {
      setError("Verbindung unterbrochen. Bitte versuchen Sie es noch einmal.");
    } finally {
      setPending(false);
    }
  }

  return { pending, error, run };
}
