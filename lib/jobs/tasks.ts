// The task list of the background worker. Features register their tasks and schedules here.
import type { CronItem, Task, TaskList } from "graphile-worker";
import { z } from "zod";

import { pruneExpiredVerificationTokens } from "@/lib/auth/adapter";
import { createPostgresBackup } from "@/lib/backup/postgres";
import { sendSessionReminders } from "@/lib/booking/reminders";
import { releaseAllLapsedBookingHolds, releaseBookingHolds } from "@/lib/booking/service";
import { RELEASE_BOOKING_HOLDS_TASK } from "@/lib/booking/service";
import { releaseLapsedCallHolds } from "@/lib/consultation/service";
import { systemActor } from "@/lib/db/actor";
import type { Database } from "@/lib/db/client";
import { getEnv, type Env } from "@/lib/env";
import { INQUIRY_DIGEST_JOB, sendInquiryDigest } from "@/lib/inquiries/service";
import { sendDueInvoiceReminders } from "@/lib/invoicing/service";
import { getLogger } from "@/lib/log";
import { DELIVER_MAIL_TASK } from "@/lib/mail/outbox";
import type { MailTransport } from "@/lib/mail/transport";
import { anonymiseExpired } from "@/lib/privacy/service";
import { sendProposalReminders } from "@/lib/proposals/service";

import { runAfterCourse } from "./after-course";
import { deliverMail } from "./deliver-mail";
import { pruneExpired } from "./maintenance";

export const SESSION_REMINDERS_TASK = "session-reminders";
export const PROPOSAL_REMINDERS_TASK = "proposal-reminders";
export const ANONYMISE_EXPIRED_TASK = "anonymise-expired";
export const RELEASE_LAPSED_HOLDS_TASK = "release-lapsed-holds";
export const PRUNE_EXPIRED_TASK = "prune-expired";
export const DATABASE_BACKUP_TASK = "database-backup";
export const AFTER_COURSE_TASK = "after-course";
export const INVOICE_REMINDERS_TASK = "invoice-reminders";

export type WorkerContext = {
  db: Database;
  transport: MailTransport;
  workerId: string;
  /** The database the worker serves; the backup task dumps it. */
  connectionString?: string;
};

function payloadString(payload: unknown, key: string): string {
  const parsed = z.object({ [key]: z.string() }).safeParse(payload);
  const value = parsed.success ? parsed.data[key] : undefined;
  if (value === undefined) throw new Error(`Job payload lacks "${key}"`);
  return value;
}

export function buildTaskList(context: WorkerContext): TaskList {
  const deliver: Task = (payload, helpers) =>
    deliverMail(
      payloadString(payload, "outboxId"),
      { attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts },
      context,
    );
  const reminders: Task = async () => {
    await sendSessionReminders(context.db, getEnv().SESSION_REMINDER_DAYS);
  };
  const digest: Task = async () => {
    await sendInquiryDigest(context.db, systemActor(INQUIRY_DIGEST_JOB));
  };
  const proposalReminders: Task = async () => {
    const env = getEnv();
    await sendProposalReminders(context.db, systemActor(PROPOSAL_REMINDERS_TASK), {
      reminderDays: env.PROPOSAL_REMINDER_DAYS,
      expiryWarningDays: env.PROPOSAL_EXPIRY_WARNING_DAYS,
    });
  };
  const anonymise: Task = async () => {
    const env = getEnv();
    const counts = await anonymiseExpired(context.db, systemActor(ANONYMISE_EXPIRED_TASK), {
      inquiryMonths: env.RETENTION_INQUIRY_MONTHS,
      bookingMonths: env.RETENTION_BOOKING_MONTHS,
      appointmentMonths: env.RETENTION_APPOINTMENT_MONTHS,
    });
    getLogger().info({ event: "retention-anonymised", ...counts }, "anonymised data past its retention");
    const expiredSignInTokens = await pruneExpiredVerificationTokens(context.db);
    getLogger().info({ event: "sign-in-tokens-pruned", count: expiredSignInTokens }, "deleted expired sign-in tokens");
  };
  const prune: Task = async () => {
    const counts = await pruneExpired(context.db);
    getLogger().info({ event: "expired-pruned", ...counts }, "pruned expired rate limits and failed jobs");
  };
  const backup: Task = async () => {
    const env = getEnv();
    const url = context.connectionString ?? env.DATABASE_URL;
    if (!url) throw new Error("The backup task needs the database URL");
    const result = await createPostgresBackup({ url, dir: env.BACKUP_DIR, keep: env.BACKUP_KEEP });
    getLogger().info(
      { event: "database-backup", pruned: result.pruned.length },
      `database backed up to ${result.file}`,
    );
  };
  const releaseSessionHolds: Task = async (payload) => {
    await releaseBookingHolds(context.db, payloadString(payload, "sessionId"));
  };
  const releaseLapsedHolds: Task = async () => {
    await releaseAllLapsedBookingHolds(context.db);
    await releaseLapsedCallHolds(context.db);
  };
  const invoiceReminders: Task = async () => {
    const { sent } = await sendDueInvoiceReminders(context.db, systemActor(INVOICE_REMINDERS_TASK), {
      reminderDays: getEnv().INVOICE_REMINDER_DAYS,
    });
    getLogger().info({ event: "invoice-reminders", sent }, "sent the payment reminders due today");
  };
  const afterCourse: Task = async () => {
    await runAfterCourse(context.db);
  };
  return {
    [DELIVER_MAIL_TASK]: deliver,
    [AFTER_COURSE_TASK]: afterCourse,
    [INVOICE_REMINDERS_TASK]: invoiceReminders,
    [RELEASE_BOOKING_HOLDS_TASK]: releaseSessionHolds,
    [RELEASE_LAPSED_HOLDS_TASK]: releaseLapsedHolds,
    [PRUNE_EXPIRED_TASK]: prune,
    [DATABASE_BACKUP_TASK]: backup,
    [SESSION_REMINDERS_TASK]: reminders,
    [INQUIRY_DIGEST_JOB]: digest,
    [PROPOSAL_REMINDERS_TASK]: proposalReminders,
    [ANONYMISE_EXPIRED_TASK]: anonymise,
  };
}

/**
 * Periodic jobs. graphile-worker evaluates `match` in UTC and runs each occurrence once across
 * all instances; tasks that must run at a Zurich wall-clock time check the local hour themselves.
 */
export const cronItems: CronItem[] = [
  // Every five minutes: a safety net for holds whose own job (scheduled at the hold's end) was lost.
  { task: RELEASE_LAPSED_HOLDS_TASK, match: "*/5 * * * *", identifier: RELEASE_LAPSED_HOLDS_TASK },
  // Hourly, so a session created at short notice still gets its reminder; each is sent once.
  { task: SESSION_REMINDERS_TASK, match: "7 * * * *", identifier: SESSION_REMINDERS_TASK },
  // Hourly as well: the task sends from 07:00 Zurich time on, once a day (summer and winter time).
  { task: INQUIRY_DIGEST_JOB, match: "2 * * * *", identifier: INQUIRY_DIGEST_JOB },
  // Hourly as well: a reminder or expiry warning is due at most an hour late and is sent once.
  { task: PROPOSAL_REMINDERS_TASK, match: "17 * * * *", identifier: PROPOSAL_REMINDERS_TASK },
  // Hourly: certificates and feedback links after a course's last day, the follow-up when due (0027).
  { task: AFTER_COURSE_TASK, match: "27 * * * *", identifier: AFTER_COURSE_TASK },
  // Daily, at night; a missed night is caught up (backfill) so retention never silently lapses.
  {
    task: ANONYMISE_EXPIRED_TASK,
    match: "23 1 * * *",
    identifier: ANONYMISE_EXPIRED_TASK,
    options: { backfillPeriod: 2 * 24 * 3600 * 1000 },
  },
  // Daily in the morning (07:37 UTC: 08:37 or 09:37 in Zurich): the payment reminders due today
  // (decision 0030); a missed morning is caught up, and each level is sent once whatever runs twice.
  {
    task: INVOICE_REMINDERS_TASK,
    match: "37 7 * * *",
    identifier: INVOICE_REMINDERS_TASK,
    options: { backfillPeriod: 2 * 24 * 3600 * 1000 },
  },
  // Daily as well: expired rate-limit windows and jobs that failed for good (decision 0020).
  {
    task: PRUNE_EXPIRED_TASK,
    match: "41 1 * * *",
    identifier: PRUNE_EXPIRED_TASK,
    options: { backfillPeriod: 2 * 24 * 3600 * 1000 },
  },
];

/** The periodic jobs for these settings: the backup runs only when BACKUP_SCHEDULE names a time. */
export function scheduledItems(env: Pick<Env, "BACKUP_SCHEDULE">): CronItem[] {
  if (!env.BACKUP_SCHEDULE) return cronItems;
  // No backfill: a missed night is not caught up with a burst of backups when the worker returns.
  return [...cronItems, { task: DATABASE_BACKUP_TASK, match: env.BACKUP_SCHEDULE, identifier: DATABASE_BACKUP_TASK }];
}
