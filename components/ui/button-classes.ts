// The look of buttons, apart from the elements: <Button> (a client component in forms, the error
// pages and the navigation) imports it without pulling next/link's client code into every chunk
// that shows a button (issue 18, page weight).
export type ButtonVariant =
  "primary" | "secondary" | "danger" | "danger-outline" | "inverse" | "inverse-outline" | "link" | "danger-link";
export type ButtonSize = "md" | "sm";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand text-white hover:bg-brand-dark",
  secondary: "border-2 border-brand bg-white text-brand hover:bg-brand-soft",
  danger: "bg-danger text-white hover:opacity-90",
  "danger-outline": "border-2 border-danger bg-white text-danger hover:bg-sand",
  // On the dark call-to-action band.
  inverse: "bg-white text-brand-dark hover:bg-brand-soft",
  "inverse-outline": "border-2 border-white text-white hover:bg-brand-dark",
  // An action inside running text or a table cell, where a full button would crowd the row.
  link: "text-brand underline",
  "danger-link": "text-danger underline",
};

const sizes: Record<ButtonSize, string> = {
  md: "min-h-11 rounded-md px-5 py-2.5 text-base",
  // Small buttons in table rows still offer a 24 px target (WCAG 2.5.8).
  sm: "min-h-6 rounded px-2 py-1 text-sm",
};

// Small buttons sit in table rows: a thinner border keeps the row calm.
const smallOutlines: Partial<Record<ButtonVariant, string>> = {
  secondary: "border border-brand bg-white text-brand hover:bg-brand-soft",
  "danger-outline": "border border-danger bg-white text-danger hover:bg-sand",
  "inverse-outline": "border border-white text-white hover:bg-brand",
};

export const buttonClasses = (variant: ButtonVariant = "primary", size: ButtonSize = "md") =>
  variant === "link" || variant === "danger-link"
    ? `font-semibold disabled:opacity-60 print:hidden ${variants[variant]}`
    : `inline-flex items-center justify-center gap-2 text-center font-semibold no-underline transition-colors disabled:opacity-60 print:hidden ${sizes[size]} ${(size === "sm" && smallOutlines[variant]) || variants[variant]}`;
