"use client";

import { buttonClasses } from "./link-button";

/** Opens the browser's print dialog; the page's print styles leave out navigation and buttons. */
export function PrintButton({ label = "Seite drucken" }: { label?: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={buttonClasses("secondary")}>
      {label}
    </button>
  );
}
