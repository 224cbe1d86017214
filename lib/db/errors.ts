import { constraintOf, sqlStateOf } from "@/lib/db/retry";

const UNIQUE_VIOLATION = "23505";

/**
 * Whether a write failed on a unique constraint, optionally a named one. Prisma reports these as
 * P2002 for its own writes and as the raw SQLSTATE through the driver adapter for raw queries.
 */
export function isUniqueViolation(error: unknown, constraint?: string | RegExp): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code !== "P2002" && sqlStateOf(error) !== UNIQUE_VIOLATION) return false;
  if (constraint === undefined) return true;
  const text = `${constraintOf(error) ?? ""} ${JSON.stringify((error as { meta?: unknown }).meta ?? {})} ${String((error as Error).message ?? "")}`;
  return typeof constraint === "string" ? text.includes(constraint) : constraint.test(text);
}
