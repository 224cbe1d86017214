import Link from "next/link";
import type { ReactNode } from "react";

import { PrintButton } from "@/components/ui/print-button";

/** Above a proposal shown in the admin (not printed): back to its design, what `children` add, print. */
export function ProposalToolbar({ reference, children }: { reference: string; children?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center gap-4 print:hidden">
      <Link href={`/admin/anfragen/${reference}/konzept`} className="text-brand underline">
        Zurück zum Konzept
      </Link>
      {children}
      <PrintButton />
    </div>
  );
}
