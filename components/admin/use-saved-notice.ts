"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/** What an admin form says after a save (the action's message, else `fallback`), and the refresh that shows the new state. */
export function useSavedNotice(fallback = "Gespeichert.") {
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  return {
    done,
    onSuccess: (_data: unknown, message?: string) => {
      setDone(message ?? fallback);
      router.refresh();
    },
  };
}
