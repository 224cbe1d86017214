import type { ComponentProps } from "react";

import { buttonClasses, type ButtonVariant } from "./link-button";

/** A real <button> that looks like the link buttons. */
export function Button({
  variant = "primary",
  className = "",
  type = "button",
  ...props
}: ComponentProps<"button"> & { variant?: ButtonVariant }) {
  return <button type={type} {...props} className={`${buttonClasses(variant)} ${className}`} />;
}
