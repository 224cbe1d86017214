"use client";

import { Button } from "./button";

/** Opens the browser's print dialog; the page's print styles leave out navigation and buttons. */
export function PrintButton({ label = "Seite drucken" }: { label?: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
