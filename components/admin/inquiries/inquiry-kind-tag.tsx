import type { InquiryKind } from "@/lib/generated/prisma/enums";
import { inquiryKindLabels } from "@/lib/labels";

/** What the inquiry is about, in words: a course on customer contacts or leadership work. */
export function InquiryKindTag({ kind }: { kind: InquiryKind }) {
  return (
    <span
      className={
        kind === "LEADERSHIP"
          ? "inline-flex rounded-full border-2 border-brand-dark bg-white px-2.5 py-0.5 text-sm font-semibold text-brand-dark"
          : "inline-flex rounded-full border border-line bg-white px-2.5 py-0.5 text-sm font-medium text-ink"
      }
    >
      {inquiryKindLabels[kind]}
    </span>
  );
}
