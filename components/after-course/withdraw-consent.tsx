"use client";

import { useState, useTransition } from "react";

import type { ActionResult } from "@/lib/action-result";

type WithdrawConsentProps = {
  token: string;
  action: (input: { token: string }) => Promise<ActionResult<null>>;
};

/** A button, not the link itself: a mail scanner following the link must not withdraw anything. */
export function WithdrawConsent({ token, action }: WithdrawConsentProps) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<null> | null>(null);
  if (result?.ok) {
    return (
      <p role="status" className="rounded-md border-2 border-success bg-white p-4 font-semibold text-success">
        {result.message}
      </p>
    );
  }
  return (
    <form
      method="post"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => setResult(await action({ token })));
      }}
      className="space-y-4"
    >
      <button
        type="submit"
        disabled={pending}
        aria-busy={pending}
        className="min-h-11 rounded-md bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70"
      >
        {pending ? "Wird zurückgezogen …" : "Zustimmung zurückziehen"}
      </button>
      <div role="alert">
        {result && !result.ok ? <p className="font-semibold text-danger">{result.message}</p> : null}
      </div>
    </form>
  );
}
