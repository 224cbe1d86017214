// Query building blocks shared by the inquiry list, the dashboard and the digest.
import type { Prisma } from "@/lib/generated/prisma/client";

import { awaitingResponseStatuses } from "./rules";

/** Inquiries the consultant still owes a first answer and whose due time has passed. */
export function overdueInquiryWhere(now: Date): Prisma.InquiryWhereInput {
  return {
    status: { in: [...awaitingResponseStatuses] },
    firstResponseAt: null,
    responseDueAt: { lt: now },
  };
}

/** What a line in an inquiry list shows (the list, the dashboard, the digest). */
export const inquiryRowSelect = {
  id: true,
  reference: true,
  organisationName: true,
  contactName: true,
  status: true,
  receivedAt: true,
  responseDueAt: true,
  firstResponseAt: true,
} as const;
