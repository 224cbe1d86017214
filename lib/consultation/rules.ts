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
