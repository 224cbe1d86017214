// Hourly: remind the consultant of proposals without a reaction, warn before one expires, and
// mark expired ones. Each reminder is claimed by setting its timestamp in the transaction that
// writes the mail (and the mail has an idempotency key), so two workers send it once.
import { addDays, zurichDate } from "@/lib/calendar/zurich-time";
import type { Actor } from "@/lib/db/actor";
import type { Database } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";

import { notifyProposalReminder } from "./notify";
import { parseProposalSnapshot } from "./snapshot";

export type ProposalReminderSettings = { reminderDays: number; expiryWarningDays: number };

const inquiryForMail = {
  select: { id: true, reference: true, organisationName: true, salutation: true, contactName: true, email: true },
};
const utcDate = (key: string) => new Date(`${key}T00:00:00Z`);

export async function sendProposalReminders(
  db: Database,
  _actor: Actor,
  settings: ProposalReminderSettings,
  now = new Date(),
): Promise<{ reminders: number; warnings: number; expired: number }> {
  const today = zurichDate(now);
  // Past their last valid day: no longer open.
  const { count: expired } = await db.proposal.updateMany({
    where: { status: "SENT", validUntil: { lt: utcDate(today) } },
    data: { status: "EXPIRED" },
  });

  const reminderDue = await db.proposal.findMany({
    where: {
      status: "SENT",
      reminderSentAt: null,
      sentAt: { lte: new Date(now.getTime() - settings.reminderDays * 86_400_000) },
    },
    select: { id: true },
  });
  const warningDue = await db.proposal.findMany({
    where: {
      status: "SENT",
      expiryWarningSentAt: null,
      validUntil: { lte: utcDate(addDays(today, settings.expiryWarningDays)) },
    },
    select: { id: true },
  });

  let reminders = 0;
  for (const { id } of reminderDue) if (await claimAndNotify(db, id, "NO_REACTION", now)) reminders++;
  let warnings = 0;
  for (const { id } of warningDue) if (await claimAndNotify(db, id, "EXPIRING", now)) warnings++;
  return { reminders, warnings, expired };
}

async function claimAndNotify(db: Database, id: string, kind: "NO_REACTION" | "EXPIRING", now: Date): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const field = kind === "NO_REACTION" ? "reminderSentAt" : "expiryWarningSentAt";
    const { count } = await tx.proposal.updateMany({
      where: { id, status: "SENT", [field]: null },
      data: { [field]: now },
    });
    if (count === 0) return false;
    const proposal = await tx.proposal.findUniqueOrThrow({ where: { id }, include: { inquiry: inquiryForMail } });
    await notifyProposalReminder(tx, {
      inquiry: proposal.inquiry,
      proposal: {
        id,
        version: proposal.version,
        snapshot: parseProposalSnapshot(proposal.snapshot, `Proposal ${id}`),
        sentAt: proposal.sentAt ?? now,
      },
      kind,
    });
    return true;
  });
}
