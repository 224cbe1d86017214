// Retries a transaction that lost a race it could not have won by waiting: a serialization failure
// or deadlock (PostgreSQL asks the client to retry), a lock wait past lock_timeout, or no free
// connection in time. Each attempt is a fresh transaction, so nothing of a failed one remains.
const RETRYABLE_SQLSTATES = new Set(["40001", "40P01", "55P03"]);
const RETRYABLE_PRISMA_CODES = new Set(["P2034", "P2028"]);

export function isRetryableTransactionError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 6; depth++) {
    const candidate = current as { code?: unknown; meta?: Record<string, unknown>; message?: unknown; cause?: unknown };
    const code = typeof candidate.code === "string" ? candidate.code : "";
    if (RETRYABLE_PRISMA_CODES.has(code) || RETRYABLE_SQLSTATES.has(code)) return true;
    // Raw queries wrap the database error as P2010 with the SQLSTATE in meta or in the message.
    if (code === "P2010") {
      const meta = JSON.stringify(candidate.meta ?? {});
      const text = `${meta} ${typeof candidate.message === "string" ? candidate.message : ""}`;
      if ([...RETRYABLE_SQLSTATES].some((state) => text.includes(state))) return true;
    }
    const sqlState = candidate.meta?.code ?? (candidate.cause as { originalCode?: unknown } | undefined)?.originalCode;
    if (typeof sqlState === "string" && RETRYABLE_SQLSTATES.has(sqlState)) return true;
    current = candidate.cause;
  }
  return false;
}

export async function withTransactionRetry<T>(work: () => Promise<T>, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isRetryableTransactionError(error)) throw error;
      // Jittered backoff so the losers of one race do not collide again at once.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * 2 ** Math.min(attempt, 5)));
    }
  }
}

/** The SQLSTATE of a database error, wherever Prisma and the pg adapter put it. */
export function sqlStateOf(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 6; depth++) {
    const candidate = current as {
      code?: unknown;
      meta?: { code?: unknown; driverAdapterError?: { cause?: { originalCode?: unknown; kind?: unknown } } };
      cause?: unknown;
    };
    const fromAdapter = candidate.meta?.driverAdapterError?.cause?.originalCode;
    if (typeof fromAdapter === "string") return fromAdapter;
    if (typeof candidate.meta?.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.meta.code))
      return candidate.meta.code;
    if (typeof candidate.code === "string" && /^[0-9A-Z]{5}$/.test(candidate.code) && !candidate.code.startsWith("P"))
      return candidate.code;
    current = candidate.cause;
  }
  return undefined;
}

/** The name of the constraint or index a database error is about, when it says so. */
export function constraintOf(error: unknown): string | undefined {
  const text = JSON.stringify(error, Object.getOwnPropertyNames(error ?? {})) + String((error as Error)?.message ?? "");
  return /"?([A-Za-z]+_[A-Za-z_]+_guard)"?/.exec(text)?.[1];
}
