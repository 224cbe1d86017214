import type { ComponentProps } from "react";

import { buttonClasses, type ButtonSize, type ButtonVariant } from "./button-classes";

export type ButtonProps = ComponentProps<"button"> & { variant?: ButtonVariant; size?: ButtonSize };

/** A real <button> that looks like the link buttons; `type` defaults to "button" so it never submits by accident. */
export function Button({ variant = "primary", size = "md", className = "", type = "button", ...props }: ButtonProps) {
  return <button type={type} {...props} className={`${buttonClasses(variant, size)} ${className}`.trim()} />;
}
