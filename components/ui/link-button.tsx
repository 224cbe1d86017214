import Link from "next/link";
import type { ComponentProps } from "react";

type Variant = "primary" | "secondary";

const variants: Record<Variant, string> = {
  primary: "bg-brand text-white hover:bg-brand-dark",
  secondary: "border-2 border-brand text-brand hover:bg-brand-soft",
};

export const buttonClasses = (variant: Variant = "primary") =>
  `inline-flex min-h-11 items-center justify-center rounded-md px-5 py-2.5 text-base font-semibold no-underline transition-colors ${variants[variant]}`;

export function LinkButton({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: Variant }) {
  return <Link {...props} className={`${buttonClasses(variant)} ${className}`} />;
}
