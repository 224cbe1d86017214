// Errors the app expects and can explain. The message is German and safe to show to the user.
export type AppErrorCode =
  | "VALIDATION"
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "EXPIRED"
  | "UNAVAILABLE";

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Form field the error belongs to, as a schema path ("email", "participants.0.name"). */
  readonly field?: string;

  constructor(code: AppErrorCode, message: string, options: { field?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.field = options.field;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

const CONNECTION_ERROR_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "57P01", "57P03"]);

/** True when the database could not be reached or went away mid-request (restart, network). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 6; depth++) {
    const candidate = current as { code?: unknown; errorCode?: unknown; message?: unknown; cause?: unknown };
    const code = String(candidate.code ?? candidate.errorCode ?? "");
    if (CONNECTION_ERROR_CODES.has(code) || code === "P1001" || code === "P1017" || code === "P2024") return true;
    const message = typeof candidate.message === "string" ? candidate.message : "";
    if (
      /Connection terminated|Can't reach database|ECONNREFUSED|connection timeout|Timed out fetching a new connection/i.test(
        message,
      )
    ) {
      return true;
    }
    current = candidate.cause;
  }
  return false;
}
