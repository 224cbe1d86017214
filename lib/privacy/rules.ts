// Data protection (Swiss revised data-protection act): how long personal data is kept, and what
// an anonymised row looks like. Pure, so the rules are tested without a database.

export type RetentionSettings = {
  inquiryMonths: number;
  bookingMonths: number;
  appointmentMonths: number;
};

/** The moment before which data of this kind is anonymised, months back from now (calendar months). */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

export const ANONYMISED_NAME = "Anonymisiert";

/**
 * A unique, undeliverable address per row (`.invalid` is reserved, RFC 2606): e-mail columns are
 * required, and one active booking per address and session is a unique index.
 */
export function anonymisedEmail(rowId: string): string {
  return `anonym-${rowId}@anliegen.invalid`;
}

/** Addresses are compared as people type them: case and surrounding spaces do not matter. */
export function normaliseAddress(email: string): string {
  return email.trim().toLowerCase();
}
