// Pure rules for what a call's manage link may still do.
export type ManagedAppointment = {
  status: "BOOKED" | "CANCELLED" | "RESCHEDULED" | "COMPLETED" | "NO_SHOW";
  startsAt: Date;
};

export type ChangeVerdict = { ok: true } | { ok: false; reason: "SPENT" | "TOO_LATE" };

/** A link works while the call is booked and the cut-off before its start has not passed. */
export function canChangeAppointment(appointment: ManagedAppointment, now: Date, cutoffHours: number): ChangeVerdict {
  if (appointment.status !== "BOOKED") return { ok: false, reason: "SPENT" };
  if (now.getTime() > changeCutoff(appointment, cutoffHours).getTime()) return { ok: false, reason: "TOO_LATE" };
  return { ok: true };
}

export function changeCutoff(appointment: ManagedAppointment, cutoffHours: number): Date {
  return new Date(appointment.startsAt.getTime() - cutoffHours * 60 * 60_000);
}

export type CallOutcome = "COMPLETED" | "NO_SHOW";

export type OutcomeVerdict = { ok: true } | { ok: false; reason: "NOT_BOOKED" | "NOT_STARTED" };

/**
 * Whether the consultant may record how a call went: only a booked call whose start has come.
 * Before its start a call can still be cancelled, never marked as held or missed.
 */
export function canRecordCallOutcome(appointment: ManagedAppointment, now: Date): OutcomeVerdict {
  if (appointment.status !== "BOOKED") return { ok: false, reason: "NOT_BOOKED" };
  if (appointment.startsAt.getTime() > now.getTime()) return { ok: false, reason: "NOT_STARTED" };
  return { ok: true };
}
