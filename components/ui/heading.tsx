import type { ReactNode } from "react";

type Level = 1 | 2 | 3;

/**
 * "page": the h1 of an admin or utility page; "display": the larger h1 of a public form or status page.
 * Level and look are separate, so the outline stays right when a section needs a smaller look.
 */
export type HeadingSize = "page" | "display" | "title" | "hero" | "compact" | "section" | "subsection";

const sizes: Record<HeadingSize, string> = {
  page: "text-3xl font-bold text-brand-dark",
  display: "text-4xl font-bold tracking-tight text-brand-dark",
  // Content pages: smaller on phones so long titles wrap instead of overflowing.
  title: "text-3xl font-bold tracking-tight break-words text-brand-dark sm:text-4xl",
  hero: "text-3xl font-bold tracking-tight text-brand-dark sm:text-5xl",
  compact: "text-2xl font-bold text-brand-dark",
  section: "text-xl font-bold text-brand-dark",
  subsection: "text-lg font-bold",
};

const defaultSize: Record<Level, HeadingSize> = { 1: "page", 2: "section", 3: "subsection" };

export function Heading({
  level = 1,
  size,
  id,
  className = "",
  children,
}: {
  level?: Level;
  size?: HeadingSize;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={`${sizes[size ?? defaultSize[level]]} ${className}`.trim()}>
      {children}
    </Tag>
  );
}
