// Absolute addresses for e-mails and calendar entries.
import { getEnv } from "@/lib/env";

export function absoluteUrl(path: string): string {
  return new URL(path, getEnv().APP_URL).toString();
}

export const links = {
  manageCall: (token: string) => absoluteUrl(`/termin/${token}`),
  manageBooking: (token: string) => absoluteUrl(`/buchung/${token}`),
  calendarFile: (token: string) => absoluteUrl(`/api/kalender/${token}.ics`),
  bookCall: () => absoluteUrl("/erstgespraech"),
  /** The call booking tied to an inquiry by the token from its confirmation mail. */
  bookCallForInquiry: (token: string) => absoluteUrl(`/erstgespraech?anfrage=${token}`),
  session: (id: string) => absoluteUrl(`/termine/${id}`),
  adminCalls: () => absoluteUrl("/admin/erstgespraeche"),
  adminSession: (id: string) => absoluteUrl(`/admin/termine/${id}`),
  portal: (token: string) => absoluteUrl(`/portal/${token}`),
  /** The team registration page of an in-house engagement (decision 0031). */
  registration: (token: string) => absoluteUrl(`/anmeldung/${token}`),
  adminDesign: (reference: string) => absoluteUrl(`/admin/anfragen/${reference}/konzept`),
};

/** The host part for calendar UIDs, e.g. "anliegen.example". */
export function calendarDomain(): string {
  return new URL(getEnv().APP_URL).hostname;
}
