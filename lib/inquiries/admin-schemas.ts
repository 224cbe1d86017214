// Inputs of the consultant's inquiry work: list filters, status changes, notes and replies.
// Safe in the client bundle: the forms validate with the same schemas the actions parse.
import { z } from "zod";

import { InquiryStatus, type InquiryKind } from "@/lib/generated/prisma/enums";

export const INQUIRY_PAGE_SIZE = 25;

export const inquirySorts = ["neueste", "aelteste", "faellig", "organisation"] as const;
export type InquirySort = (typeof inquirySorts)[number];

/** Besides the statuses themselves: all open ones, and the overdue ones. */
export const inquiryStatusFilters = ["offen", "ueberfaellig", ...Object.values(InquiryStatus)] as const;
export type InquiryStatusFilter = (typeof inquiryStatusFilters)[number];

/** The list's kind filter as it stands in the address: ?art=kurs or ?art=fuehrungskultur. */
export const inquiryKindFilters = { kurs: "COURSE", fuehrungskultur: "LEADERSHIP" } as const satisfies Record<
  string,
  InquiryKind
>;
export type InquiryKindFilter = keyof typeof inquiryKindFilters;

/** The list's URL parameters; anything unknown falls back to the default instead of failing. */
export const inquiryListFilterSchema = z.object({
  status: z.enum(inquiryStatusFilters).optional().catch(undefined),
  kind: z
    .enum(Object.keys(inquiryKindFilters) as [InquiryKindFilter, ...InquiryKindFilter[]])
    .optional()
    .catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  sort: z.enum(inquirySorts).default("neueste").catch("neueste"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type InquiryListFilter = z.infer<typeof inquiryListFilterSchema>;

export const changeInquiryStatusSchema = z.object({
  inquiryId: z.uuid("Diese Anfrage gibt es nicht."),
  to: z.enum(InquiryStatus, "Bitte wählen Sie den neuen Status."),
  note: z.string().trim().max(2000, "Höchstens 2000 Zeichen."),
});
export type ChangeInquiryStatusInput = z.infer<typeof changeInquiryStatusSchema>;

export const inquiryNoteSchema = z.object({
  inquiryId: z.uuid("Diese Anfrage gibt es nicht."),
  body: z.string().trim().min(1, "Bitte schreiben Sie die Notiz.").max(5000, "Höchstens 5000 Zeichen."),
});
export type InquiryNoteInput = z.infer<typeof inquiryNoteSchema>;

export const inquiryReplySchema = z.object({
  inquiryId: z.uuid("Diese Anfrage gibt es nicht."),
  /** Chosen by the form when it opens: sending twice (double click, retry) still sends one mail. */
  requestId: z.uuid(),
  subject: z.string().trim().min(3, "Bitte geben Sie einen Betreff an.").max(200, "Höchstens 200 Zeichen."),
  body: z
    .string()
    .trim()
    .min(10, "Bitte schreiben Sie Ihre Antwort (mindestens 10 Zeichen).")
    .max(10_000, "Höchstens 10'000 Zeichen."),
});
export type InquiryReplyInput = z.infer<typeof inquiryReplySchema>;
