import "server-only";

import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";

import { MAIL_PAGE_SIZE, type MailLogFilter } from "./admin-schemas";

/** Every outgoing e-mail, newest first, with its delivery state; the payload is never shown. */
export async function listMailsForAdmin(filter: MailLogFilter) {
  await requireAdmin();
  const db = getDb();
  const where = filter.status ? { status: filter.status } : {};
  const [total, counts] = await Promise.all([
    db.outboxMessage.count({ where }),
    db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / MAIL_PAGE_SIZE));
  const page = Math.min(filter.page, pageCount);
  const rows = await db.outboxMessage.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * MAIL_PAGE_SIZE,
    take: MAIL_PAGE_SIZE,
    select: {
      id: true,
      recipient: true,
      template: true,
      subject: true,
      status: true,
      attempts: true,
      lastError: true,
      createdAt: true,
      sentAt: true,
      nextAttemptAt: true,
      inquiry: { select: { reference: true } },
    },
  });
  const byStatus = Object.fromEntries(counts.map((entry) => [entry.status, entry._count._all]));
  return { rows, total, page, pageCount, byStatus };
}
