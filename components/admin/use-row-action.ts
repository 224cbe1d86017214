"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import type { ActionResult } from "@/lib/action-result";
import { CONNECTION_LOST_MESSAGE } from "@/lib/messages";

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
      setError(CONNECTION_LOST_MESSAGE);
    } finally {
      setPending(false);
    }
  }

  return { pending, error, run };
}
