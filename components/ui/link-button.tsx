import Link from "next/link";
import type { ComponentProps } from "react";

export type ButtonVariant = "primary" | "secondary" | "inverse" | "inverse-outline";

const variants: Record<ButtonVariant, string> = {
  primary: "bg-brand text-white hover:bg-brand-dark",
  secondary: "border-2 border-brand bg-white text-brand hover:bg-brand-soft",
  // On the dark call-to-action band.
  inverse: "bg-white text-brand-dark hover:bg-brand-soft",
  "inverse-outline": "border-2 border-white text-white hover:bg-brand-dark",
};

export const buttonClasses = (variant: ButtonVariant = "primary") =>
  `inline-flex min-h-11 items-center justify-center rounded-md px-5 py-2.5 text-center text-base font-semibold no-underline transition-colors print:hidden ${variants[variant]}`;

export function LinkButton({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link {...props} className={`${buttonClasses(variant)} ${className}`} />;
}
