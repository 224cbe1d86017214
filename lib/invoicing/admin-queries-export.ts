import "server-only";

import { requireAdmin } from "@/lib/auth/guards";
import { zurichYear } from "@/lib/calendar/zurich-time";
import { getDb } from "@/lib/db";

/** The years the bookkeeping export offers: from the first issued invoice to this year, newest first. */
export async function listExportYearsForAdmin(now = new Date()): Promise<number[]> {
  await requireAdmin();
  const first = await getDb().invoice.findFirst({
    where: { status: "ISSUED", issueDate: { not: null } },
    orderBy: { issueDate: "asc" },
    select: { issueDate: true },
  });
  const current = zurichYear(now);
  const start = first?.issueDate ? Math.min(first.issueDate.getUTCFullYear(), current) : current;
  return Array.from({ length: current - start + 1 }, (_, index) => current - index);
}
