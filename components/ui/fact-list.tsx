import type { ReactNode } from "react";

export type Fact = { label: string; value: ReactNode };

/** Key facts as a description list: label above value, readable on a phone and in print. */
export function FactList({ facts, columns = 2 }: { facts: Fact[]; columns?: 1 | 2 }) {
  return (
    <dl className={`grid gap-4 ${columns === 2 ? "sm:grid-cols-2" : ""}`}>
      {facts.map((fact) => (
        <div key={fact.label}>
          <dt className="text-sm font-semibold tracking-wide text-muted uppercase">{fact.label}</dt>
          <dd className="mt-0.5 text-base text-ink">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
