import type { ReactNode } from "react";

import { Container } from "./container";
import { Heading } from "./heading";

/**
 * A page that only says something: a token link that is no longer valid, already used or
 * answered. `children` is the message; `action` an optional next step below it.
 */
export function NoticePage({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Container className="py-12 sm:py-16">
      <Heading size="display">{title}</Heading>
      <p className="mt-4 max-w-2xl text-lg">{children}</p>
      {action ? <p className="mt-4">{action}</p> : null}
    </Container>
  );
}
