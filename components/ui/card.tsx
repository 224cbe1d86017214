import type { ReactNode } from "react";

type CardProps = {
  children: ReactNode;
  as?: "article" | "div" | "li" | "figure";
  id?: string;
  className?: string;
};

/** A white panel with a quiet border: the one card style of the site. */
export function Card({ children, as: Element = "div", id, className = "" }: CardProps) {
  return (
    <Element
      id={id}
      className={`rounded-lg border border-line bg-white p-5 shadow-sm sm:p-6 print:break-inside-avoid print:shadow-none ${className}`}
    >
      {children}
    </Element>
  );
}
