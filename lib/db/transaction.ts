import type { Database, Tx } from "@/lib/db/client";
import { withTransactionRetry } from "@/lib/db/retry";
import type { Prisma } from "@/lib/generated/prisma/client";

export type TransactionOptions = {
  /** Serializable for reads that decide a write (capacity, counters) when no row lock covers it. */
  isolationLevel?: Prisma.TransactionIsolationLevel;
  /** How many fresh attempts a lost race gets (serialization failure, deadlock, lock timeout). */
  attempts?: number;
  timeout?: number;
  maxWait?: number;
};

/**
 * The one way a service opens a transaction: an interactive transaction retried as a whole when it
 * lost a race it could not have won by waiting. Each attempt starts fresh, so `work` must do all
 * its writes (audit rows and outbox mails included) through `tx` and have no effect outside it.
 */
export function inTransaction<T>(db: Database, work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}) {
  const { attempts, ...prismaOptions } = options;
  return withTransactionRetry(() => db.$transaction(work, prismaOptions), attempts);
}
