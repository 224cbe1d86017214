import Link from "next/link";
import type { ComponentProps } from "react";

/** An inline link: underlined, so it is recognisable without relying on colour. */
export const textLinkClasses = "font-semibold text-brand underline hover:text-brand-dark";

export function TextLink({ className = "", ...props }: ComponentProps<typeof Link>) {
  return <Link {...props} className={`${textLinkClasses} ${className}`} />;
}
