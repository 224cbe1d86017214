import Link from "next/link";
import type { ComponentProps } from "react";

import { buttonClasses, type ButtonVariant } from "./button-classes";

export { buttonClasses, type ButtonSize, type ButtonVariant } from "./button-classes";

export function LinkButton({
  variant = "primary",
  className = "",
  ...props
}: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link {...props} className={`${buttonClasses(variant)} ${className}`} />;
}
