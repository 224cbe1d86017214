import type { ReactNode } from "react";

import { Heading, type HeadingSize } from "./heading";

type TitledSectionProps = {
  /** The heading's id, which labels the section. */
  id: string;
  title: ReactNode;
  size?: HeadingSize;
  className?: string;
  children: ReactNode;
};

/** A part of a page labelled by its own h2, so assistive technology can list it and jump to it. */
export function TitledSection({ id, title, size = "compact", className, children }: TitledSectionProps) {
  return (
    <section aria-labelledby={id} className={className}>
      <Heading level={2} size={size} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
