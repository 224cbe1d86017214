import Link from "next/link";
import type { ReactNode } from "react";

/** The way back to the page above, at the top of a page. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <Link href={href} className="text-brand underline">
        {children}
      </Link>
    </p>
  );
}
