import type { ReactNode } from "react";

import { Container } from "./container";

type SectionProps = {
  id: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  tone?: "plain" | "sand";
};

/** A page section labelled by its own heading, so assistive technology can list and jump to it. */
export function Section({ id, title, intro, children, tone = "plain" }: SectionProps) {
  return (
    <section aria-labelledby={`${id}-titel`} className={tone === "sand" ? "bg-sand py-14" : "py-14"}>
      <Container>
        <h2 id={`${id}-titel`} className="text-2xl font-bold tracking-tight text-brand-dark sm:text-3xl">
          {title}
        </h2>
        {intro ? <div className="mt-3 max-w-3xl text-lg text-muted">{intro}</div> : null}
        <div className="mt-8">{children}</div>
      </Container>
    </section>
  );
}
