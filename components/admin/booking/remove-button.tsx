"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import type { ActionResult } from "@/lib/action-result";
import { CONNECTION_LOST_MESSAGE } from "@/lib/messages";

/** A small button that runs one admin action on one row, then refreshes the page. */
export function RowActionButton({
  label,
  run,
  accessibleName,
  tone = "danger",
}: {
  label: string;
  run: () => Promise<ActionResult<unknown>>;
  /** Names the row when the same label appears in many rows, e.g. "Gehalten: Anna Muster, 14:30". */
  accessibleName?: string;
  tone?: "danger" | "brand";
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState("");
  return (
    <span>
      <button
        type="button"
        disabled={pending}
        aria-label={accessibleName}
        onClick={async () => {
          setPending(true);
          setError("");
          try {
            const result = await run();
            if (result.ok) router.refresh();
            else setError(result.message);
          } catch {
            setError(CONNECTION_LOST_MESSAGE);
          } finally {
            setPending(false);
          }
        }}
        className={`font-semibold underline disabled:opacity-60 ${tone === "danger" ? "text-danger" : "text-brand"}`}
      >
        {label}
      </button>
      <span role="alert" className="ml-2 text-sm text-danger">
        {error}
      </span>
    </span>
  );
}
