import type { ReactNode } from "react";

import { Container } from "./container";
import { Heading } from "./heading";

type PageHeaderProps = {
  title: string;
  /** A short line above the title, e.g. the kind of page. */
  eyebrow?: string;
  lead?: ReactNode;
  children?: ReactNode;
};

/** The top of every content page: its one h1, an optional lead and actions. */
export function PageHeader({ title, eyebrow, lead, children }: PageHeaderProps) {
  return (
    <div className="border-b border-line bg-brand-soft py-10 sm:py-14 print:border-0 print:bg-white print:py-4">
      <Container>
        {eyebrow ? <p className="font-semibold tracking-wide text-brand uppercase">{eyebrow}</p> : null}
        <Heading size="title" className="mt-1 max-w-4xl">
          {title}
        </Heading>
        {lead ? <div className="mt-4 max-w-3xl text-lg text-ink sm:text-xl">{lead}</div> : null}
        {children ? <div className="mt-6">{children}</div> : null}
      </Container>
    </div>
  );
}
