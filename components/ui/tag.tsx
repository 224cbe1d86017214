import type { ReactNode } from "react";

/** A small label (field of activity, format). Text, never colour alone, carries the meaning. */
export function Tag({ children }: { children: ReactNode }) {
  return (
    <span className="inline-flex items-center rounded-full border border-brand/30 bg-brand-soft px-3 py-0.5 text-sm font-medium text-brand-dark">
      {children}
    </span>
  );
}

export function TagList({ items, label }: { items: string[]; label: string }) {
  if (items.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {items.map((item) => (
        <li key={item}>
          <Tag>{item}</Tag>
        </li>
      ))}
    </ul>
  );
}
