// When the consultant owes a first answer to an inquiry, and how its reference number reads.
import { isCanton, type Canton } from "@/lib/calendar/cantons";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { zurichYear } from "@/lib/calendar/zurich-time";

const FALLBACK_CANTON: Canton = "BE";

/**
 * The first response is due `workingDays` Swiss working days after receipt, at the same Zurich
 * time; weekends and the public holidays of the consultant's canton do not count.
 */
export function responseDueAt(receivedAt: Date, workingDays: number, canton: string): Date {
  return addWorkingDays(receivedAt, workingDays, isCanton(canton) ? canton : FALLBACK_CANTON);
}

/** The counter scope of a reference: one sequence per Zurich calendar year. */
export function referenceScope(receivedAt: Date): string {
  return `ANF-${zurichYear(receivedAt)}`;
}

/** ANF-2026-0007; the counter grows past four digits rather than wrapping. */
export function formatReference(scope: string, value: number): string {
  return `${scope}-${String(value).padStart(4, "0")}`;
}
