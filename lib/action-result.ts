// The one result shape every server action returns, and the wrapper that produces it.
import { z } from "zod";

import { AppError, isAppError, isDatabaseUnavailable } from "@/lib/errors";
import { CONTROL_CHARACTER_MESSAGE, controlCharacterPaths } from "@/lib/input-guard";
import { errorFields } from "@/lib/log";
import { CHECK_INPUT_MESSAGE } from "@/lib/messages";
import { requestLogger } from "@/lib/request-id";

export type FieldErrors = Record<string, string[]>;

export type ActionSuccess<T> = { ok: true; data: T; message?: string };
export type ActionFailure = { ok: false; message: string; fieldErrors: FieldErrors; code?: string };
export type ActionResult<T = null> = ActionSuccess<T> | ActionFailure;

export { CHECK_INPUT_MESSAGE };
export const UNAVAILABLE_MESSAGE =
  "Der Dienst ist gerade nicht erreichbar. Ihre Eingaben sind nicht verloren: Bitte versuchen Sie es in einem Moment noch einmal.";
export const UNEXPECTED_MESSAGE =
  "Etwas ist schiefgelaufen. Ihre Eingaben sind nicht verloren: Bitte versuchen Sie es noch einmal.";

export function success<T>(data: T, message?: string): ActionSuccess<T> {
  return { ok: true, data, message };
}

export function failure(message: string, fieldErrors: FieldErrors = {}, code?: string): ActionFailure {
  return { ok: false, message, fieldErrors, code };
}

/** Zod issues keyed by their schema path, so the form can put each message beside its field. */
export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/** Parses untrusted input; throws an AppError-like failure that runAction turns into field errors. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationFailure(fieldErrorsFromZod(result.error));
  const tainted = controlCharacterPaths(result.data);
  if (tainted.length > 0) {
    throw new ValidationFailure(Object.fromEntries(tainted.map((path) => [path, [CONTROL_CHARACTER_MESSAGE]])));
  }
  return result.data;
}

export class ValidationFailure extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super("Validation failed");
    this.name = "ValidationFailure";
  }
}

/**
 * Runs an action body and converts every outcome into an ActionResult: expected errors become
 * German messages (at their field where they have one), an unreachable database a calm retry
 * hint, anything else a generic message and a server log line. Redirects and notFound() thrown
 * by Next are passed through untouched.
 */
export async function runAction<T>(body: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await body();
  } catch (error) {
    if (isNextControlFlow(error)) throw error;
    if (error instanceof ValidationFailure) return failure(CHECK_INPUT_MESSAGE, error.fieldErrors, "VALIDATION");
    if (isAppError(error)) return failureFromAppError(error);
    if (isDatabaseUnavailable(error)) {
      (await requestLogger()).warn(
        { event: "database-unavailable", ...errorFields(error) },
        "database unavailable in a server action",
      );
      return failure(UNAVAILABLE_MESSAGE, {}, "UNAVAILABLE");
    }
    (await requestLogger()).error(
      { event: "action-failed", ...errorFields(error) },
      "unexpected error in a server action",
    );
    return failure(UNEXPECTED_MESSAGE, {}, "UNEXPECTED");
  }
}

function failureFromAppError(error: AppError): ActionFailure {
  return failure(error.message, error.field ? { [error.field]: [error.message] } : {}, error.code);
}

/** Next.js signals redirect() and notFound() by throwing errors with a digest. */
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK"))
  );
}
