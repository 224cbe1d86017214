import type { InquiryStatus } from "@/lib/generated/prisma/enums";
import { inquiryStatusLabels } from "@/lib/inquiries/rules";

/** The status in words; an overdue inquiry says so in words too, not only in colour. */
export function InquiryStatusTag({ status, overdue = false }: { status: InquiryStatus; overdue?: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span className="inline-flex rounded-full border border-brand/30 bg-brand-soft px-2.5 py-0.5 text-sm font-medium text-brand-dark">
        {inquiryStatusLabels[status]}
      </span>
      {overdue ? (
        <span className="inline-flex rounded-full bg-danger px-2.5 py-0.5 text-sm font-semibold text-white">
          Überfällig
        </span>
      ) : null}
    </span>
  );
}
