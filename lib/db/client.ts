import { PrismaPg } from "@prisma/adapter-pg";

import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";

export type Database = PrismaClient;

type ClientOptions = {
  /** Pool size; keep it small against the embedded database, which runs one query at a time. */
  max?: number;
};

/**
 * A Prisma client over the pg driver adapter (no native query engine). The pool limits are set
 * explicitly because pg's defaults wait forever for a free connection.
 */
export function createDatabaseClient(connectionString: string, options: ClientOptions = {}): Database {
  const adapter = new PrismaPg({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    // Keep statements and lock waits well below Prisma's interactive transaction timeout.
    options: "-c statement_timeout=10000 -c lock_timeout=3000",
  });
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 5_000, timeout: 15_000 } });
}

/** The client inside an interactive transaction; domain writes take it so they compose. */
export type Tx = Prisma.TransactionClient;
