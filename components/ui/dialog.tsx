"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

import { Button } from "./button";

type DialogProps = {
  open: boolean;
  /** Called on Escape, on the close button and when the browser closes the dialog. */
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** Actions at the bottom; without them the dialog offers a "Schliessen" button. */
  footer?: ReactNode;
};

/**
 * A modal on the native <dialog>: the browser makes the rest of the page inert and traps focus;
 * this component names it by its title, moves focus into it and gives focus back to where it was.
 */
export function Dialog({ open, onClose, title, children, footer }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      // Environments without showModal (older engines, jsdom) still get an open, labelled dialog.
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
      const first = dialog.querySelector<HTMLElement>("[autofocus], button, [href], input, select, textarea");
      first?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === "function") dialog.close();
      else dialog.removeAttribute("open");
      returnFocus.current?.focus();
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      // Escape is handled here, so the open state stays with the caller instead of the browser.
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onClose();
        }
      }}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg border border-line bg-white p-6 text-ink shadow-xl backdrop:bg-black/50"
    >
      {open ? (
        <>
          <h2 id={titleId} className="text-xl font-bold text-brand-dark">
            {title}
          </h2>
          <div className="mt-3">{children}</div>
          <div className="mt-6 flex flex-wrap justify-end gap-3">
            {footer ?? (
              <Button variant="secondary" onClick={onClose}>
                Schliessen
              </Button>
            )}
          </div>
        </>
      ) : null}
    </dialog>
  );
}
