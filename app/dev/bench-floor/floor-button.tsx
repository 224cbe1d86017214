"use client";

import { useState } from "react";

import { Button } from "@/components/ui/button";
import { benchFloorAction } from "@/lib/bench/actions";

/** Calls the floor action once by hand; the bench posts to it directly. */
export function FloorButton() {
  const [answer, setAnswer] = useState("");
  return (
    <>
      <Button onClick={async () => setAnswer(JSON.stringify(await benchFloorAction()))}>Einmal schreiben</Button>
      <p aria-live="polite">{answer}</p>
    </>
  );
}
