import "server-only";

import { requireAdmin } from "@/lib/auth/guards";
import { sessionSeatsSelect } from "@/lib/booking/types";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

import { INQUIRY_PAGE_SIZE, inquiryKindFilters, type InquiryListFilter } from "./admin-schemas";
import { finalInquiryStatuses, inquiryRowSelect, overdueInquiryWhere } from "./rules";

function listWhere(filter: InquiryListFilter, now: Date): Prisma.InquiryWhereInput {
  const where: Prisma.InquiryWhereInput[] = [];
  if (filter.status === "offen") where.push({ status: { notIn: [...finalInquiryStatuses] } });
  else if (filter.status === "ueberfaellig") where.push(overdueInquiryWhere(now));
  else if (filter.status) where.push({ status: filter.status });
  if (filter.kind) where.push({ kind: inquiryKindFilters[filter.kind] });
  if (filter.q) {
    const contains = { contains: filter.q, mode: "insensitive" as const };
    where.push({
      OR: [{ organisationName: contains }, { contactName: contains }, { reference: contains }, { email: contains }],
    });
  }
  return where.length ? { AND: where } : {};
}

const orderBy: Record<InquiryListFilter["sort"], Prisma.InquiryOrderByWithRelationInput[]> = {
  neueste: [{ receivedAt: "desc" }, { id: "desc" }],
  aelteste: [{ receivedAt: "asc" }, { id: "asc" }],
  faellig: [{ responseDueAt: "asc" }, { id: "asc" }],
  organisation: [{ organisationName: "asc" }, { receivedAt: "desc" }],
};

/**
 * One page of the inquiry list: the count, the rows and one batched read of their course titles,
 * whatever the page holds; filters and sorts run on the Inquiry indexes. Decision 0012.
 */
export async function listInquiriesForAdmin(filter: InquiryListFilter, now = new Date()) {
  await requireAdmin();
  const db = getDb();
  const where = listWhere(filter, now);
  const total = await db.inquiry.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / INQUIRY_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const rows = await db.inquiry.findMany({
    where,
    orderBy: orderBy[filter.sort],
    skip: (page - 1) * INQUIRY_PAGE_SIZE,
    take: INQUIRY_PAGE_SIZE,
    select: { ...inquiryRowSelect, course: { select: { title: true } } },
  });
  return { rows, total, page, pageCount };
}

/** Everything about one inquiry for its detail page, with the timeline and every e-mail. */
export async function getInquiryForAdmin(reference: string) {
  await requireAdmin();
  if (!/^[A-Z]{2,5}-\d{4}-\d{1,6}$/.test(reference)) return null;
  const db = getDb();
  const inquiry = await db.inquiry.findUnique({
    where: { reference },
    include: {
      field: { select: { name: true } },
      course: { select: { title: true, slug: true } },
      wishedGoals: { include: { goal: { select: { title: true } } } },
      wishedModules: { include: { module: { select: { title: true } } } },
      // The engagement's dated sessions with their registrations: where it stands after acceptance.
      sessions: {
        orderBy: { startsAt: "asc" },
        select: {
          ...sessionSeatsSelect,
          _count: { select: { bookings: { where: { status: "WAITLISTED" } } } },
        },
      },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        include: {
          actor: { select: { name: true, email: true } },
          outboxMessage: { select: { id: true, status: true, subject: true, attempts: true, lastError: true } },
        },
      },
      outbox: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          template: true,
          recipient: true,
          subject: true,
          status: true,
          attempts: true,
          lastError: true,
          sentAt: true,
          createdAt: true,
        },
      },
    },
  });
  return inquiry;
}

export type InquiryForAdmin = NonNullable<Awaited<ReturnType<typeof getInquiryForAdmin>>>;
