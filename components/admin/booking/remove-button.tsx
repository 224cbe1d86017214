"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import type { ActionResult } from "@/lib/action-result";

/** A small button that runs one admin action on one row, then refreshes the page. */
export function RowActionButton({ label, run }: { label: string; run: () => Promise<ActionResult<unknown>> }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");
  return (
    <span>
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          setError("");
          try {
            const result = await run();
            if (result.ok) router.refresh();
            else setError(result.message);
          } catch {
            setError("Verbindung unterbrochen.");
          } finally {
            setPending(false);
          }
        }}
        className="font-semibold text-danger underline disabled:opacity-60"
      >
        {label}
      </button>
      <span role="alert" className="ml-2 text-sm text-danger">
        {error}
      </span>
    </span>
  );
}
