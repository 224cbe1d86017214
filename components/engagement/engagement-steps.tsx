import type { EngagementStep } from "@/lib/inquiries/rules";

const stateText = { done: "erledigt", current: "aktueller Schritt", upcoming: "folgt" } as const;

/**
 * The engagement's status line as an ordered list: the current step carries aria-current="step"
 * and every step says its state in words, so colour and ticks are never the only signal.
 */
export function EngagementSteps({ steps, labelledBy }: { steps: EngagementStep[]; labelledBy: string }) {
  return (
    <ol aria-labelledby={labelledBy} className="flex flex-wrap gap-2">
      {steps.map((step) => (
        <li
          key={step.stage}
          aria-current={step.state === "current" ? "step" : undefined}
          className={
            step.state === "current"
              ? "rounded-md border-2 border-brand bg-brand px-3 py-1 font-semibold text-white"
              : step.state === "done"
                ? "rounded-md border-2 border-success bg-white px-3 py-1 text-ink"
                : "rounded-md border-2 border-line bg-white px-3 py-1 text-muted"
          }
        >
          {step.state === "done" ? <span aria-hidden="true">✓ </span> : null}
          {step.label}
          <span className="sr-only">{` (${stateText[step.state]})`}</span>
        </li>
      ))}
    </ol>
  );
}
