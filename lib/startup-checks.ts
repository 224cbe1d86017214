// What `npm start` refuses to run without. Production with a real database is the consultant's
// live practice: a setting that would silently misdirect links or mails stops the start with a
// message saying what to set. Local runs (dev, or the embedded database) get working defaults.
import { DEFAULT_CONSULTANT_EMAIL } from "@/lib/env";

export type StartContext = { mode: "dev" | "start"; embedded: boolean };

type Source = Record<string, string | undefined>;

const isSet = (value: string | undefined) => value !== undefined && value.trim() !== "";

export function startupProblems(env: Source, context: StartContext): string[] {
  if (context.mode !== "start" || context.embedded) return [];
  const problems: string[] = [];
  if (!isSet(env.APP_URL)) {
    problems.push(
      "APP_URL is not set. Every link in mails, calendar files and sign-in mails is built from it alone: set the public address, e.g. APP_URL=https://kurse.example.ch",
    );
  }
  const transport = env.MAIL_TRANSPORT?.trim();
  if (transport && transport !== "smtp" && transport !== "file") {
    problems.push(`MAIL_TRANSPORT must be "smtp" or "file", not "${transport}".`);
  } else if (transport !== "file" && !isSet(env.SMTP_URL)) {
    problems.push(
      "SMTP_URL is not set, so no mail would leave this server (each would be written to MAIL_DIR and marked sent). Set SMTP_URL=smtp://user:password@mail.example.ch:587, or MAIL_TRANSPORT=file if that is really wanted.",
    );
  }
  const consultant = isSet(env.CONSULTANT_EMAIL) ? env.CONSULTANT_EMAIL!.trim() : DEFAULT_CONSULTANT_EMAIL;
  if (isPlaceholderAddress(consultant) && env.ALLOW_PLACEHOLDER_CONSULTANT !== "true") {
    problems.push(
      `CONSULTANT_EMAIL is ${isSet(env.CONSULTANT_EMAIL) ? "" : "not set, so it is "}the placeholder ${consultant}: new inquiries and bookings would reach nobody. Set the consultant's real address, or ALLOW_PLACEHOLDER_CONSULTANT=true for a demo instance.`,
    );
  }
  return problems;
}

/** Domains reserved for examples and tests (RFC 2606, RFC 6761): mail to them reaches nobody. */
export function isPlaceholderAddress(email: string): boolean {
  const domain = email.split("@").pop()?.toLowerCase() ?? "";
  return /(^|\.)(example|test|invalid|localhost)$/.test(domain) || /^(.*\.)?example\.(com|net|org)$/.test(domain);
}
