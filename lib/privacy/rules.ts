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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Finds copies of a person in free text (stored mail props, job errors): does `text` name any of
 * `needles` (an address, a reference, a row id) as a whole token, whatever the case? "zoe@amt.ch"
 * is not found in "xzoe@amt.ch" nor in "zoe@amt.chur": erasure never reaches someone else's data.
 */
export function mentionsAny(text: string, needles: readonly string[]): boolean {
  const tokens = needles.map((needle) => needle.trim()).filter((needle) => needle.length >= 3);
  if (tokens.length === 0 || text.length === 0) return false;
  const pattern = new RegExp(
    `(?<![A-Za-z0-9._%+-])(?:${tokens.map(escapeRegExp).join("|")})(?![A-Za-z0-9_-]|\\.[A-Za-z0-9])`,
    "i",
  );
  return pattern.test(text);
}
