"use client";

import { useState, type ReactNode } from "react";

import { Button, type ButtonProps } from "./button";
import { Dialog } from "./dialog";
import { useServerAction, type ActionOutcome } from "./use-server-action";

type ActionButtonProps = Pick<ButtonProps, "variant" | "size" | "className" | "disabled"> & {
  /** The visible label. */
  children: ReactNode;
  /** Runs the server action; the page refreshes when it succeeds. */
  action: () => Promise<ActionOutcome>;
  /** Shown instead of the label while the action runs. */
  pendingLabel?: string;
  /** Names the row when the same label appears in many rows, e.g. "Gehalten: Anna Muster, 14:30". */
  accessibleName?: string;
  /** Asks first, in a dialog, for steps that cannot be undone. */
  confirm?: { title: string; question: ReactNode; confirmLabel: string };
  /** Shown after a success without a message of its own; without it only the action's own message shows. */
  successMessage?: string;
  /** "inline": a short refusal beside a button in a table row; "block": messages below it. */
  layout?: "inline" | "block";
  refresh?: boolean;
  onSuccess?: () => void;
};

/** One button that runs one server action, with pending state, announced outcome and refresh. */
export function ActionButton({
  children,
  action,
  pendingLabel,
  accessibleName,
  confirm,
  successMessage,
  layout = "inline",
  refresh,
  onSuccess,
  variant,
  size,
  className,
  disabled,
}: ActionButtonProps) {
  const { pending, run, error, success } = useServerAction({ refresh, onSuccess });
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);

  const go = async () => {
    setAsking(false);
    setDone(false);
    setDone(await run(action));
  };
  const confirmation = success || (done ? (successMessage ?? "") : "");
  const Wrapper = layout === "inline" ? "span" : "div";

  return (
    <Wrapper>
      <Button
        variant={variant}
        size={size}
        className={className}
        disabled={disabled || pending}
        aria-label={accessibleName}
        onClick={() => (confirm ? setAsking(true) : void go())}
      >
        {pending && pendingLabel ? pendingLabel : children}
      </Button>
      {confirm ? (
        <Dialog
          open={asking}
          onClose={() => setAsking(false)}
          title={confirm.title}
          footer={
            <>
              <Button variant="secondary" onClick={() => setAsking(false)}>
                Abbrechen
              </Button>
              <Button variant="danger" onClick={() => void go()}>
                {confirm.confirmLabel}
              </Button>
            </>
          }
        >
          <p>{confirm.question}</p>
        </Dialog>
      ) : null}
      {layout === "inline" ? (
        <span role="alert" className="ml-2 text-sm font-semibold text-danger">
          {error}
        </span>
      ) : (
        <>
          <div role="alert">
            {error ? (
              <p className="mt-3 rounded-md border-2 border-danger bg-white p-4 font-semibold text-danger">{error}</p>
            ) : null}
          </div>
          <div role="status">
            {confirmation ? (
              <p className="mt-3 rounded-md border-2 border-success bg-white p-4 font-semibold text-success">
                {confirmation}
              </p>
            ) : null}
          </div>
        </>
      )}
    </Wrapper>
  );
}
