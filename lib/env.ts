import { z } from "zod";

// Every setting the app reads, validated once. Documented in README.md and .env.example.

/** A demo placeholder: production refuses to start with it unless told (lib/startup-checks.ts). */
export const DEFAULT_CONSULTANT_EMAIL = "markus@anliegen.example";
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).optional(),
  /** The only source of absolute links (mails, .ics, sign-in); default http://localhost:$PORT (decision 0018). */
  APP_URL: z.url(),
  SMTP_URL: z.string().min(1).optional(),
  /** "file": mails go to MAIL_DIR even in production, by choice. Unset: SMTP when SMTP_URL is set, else MAIL_DIR. */
  MAIL_TRANSPORT: z.enum(["smtp", "file"]).optional(),
  /** "true" lets production start with a placeholder CONSULTANT_EMAIL (a demo or test instance). */
  ALLOW_PLACEHOLDER_CONSULTANT: z.enum(["true", "false"]).optional(),
  MAIL_FROM: z.string().min(3).default("Anliegen <kurse@anliegen.example>"),
  MAIL_DIR: z.string().min(1).default(".data/mail"),
  CONSULTANT_EMAIL: z.email().default(DEFAULT_CONSULTANT_EMAIL),
  /**
   * Where the site and its database run, as the privacy statement names it (e.g. "bei der Beispiel
   * AG in Zürich, Schweiz"); unset, the statement names no place and the dashboard asks for it.
   */
  HOSTING_LOCATION: z.string().trim().min(3).max(200).optional(),
  AUTH_SECRET: z.string().min(32).optional(),
  /** The AUTH_SECRET before a rotation: stored mail props sealed under it stay readable (decision 0020). */
  AUTH_SECRET_PREVIOUS: z.string().min(32).optional(),
  /** Read by Next itself: the key for server-action arguments; identical on every instance (decision 0015). */
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z.base64().optional(),
  /** Shows the dev mailbox at /dev/mail; on by default outside production. */
  DEV_MAILBOX: z.enum(["true", "false"]).optional(),
  /** Enables /dev/revalidate (expire a kind of public content by hand); on by default outside production. */
  DEV_TOOLS: z.enum(["true", "false"]).optional(),
  /** Minimum level of the JSON logs on stdout (default info; errors only under test). */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  /** Hours before a course session after which a booking link can no longer cancel seats. */
  BOOKING_CANCEL_DEADLINE_HOURS: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(48),
  /** Minutes a new seat booking or call is held until the booker confirms it from the mail; then it lapses. */
  BOOKING_HOLD_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(30),
  /** Swiss working days until the first answer to an inquiry is due (holidays of the consultant's canton). */
  INQUIRY_RESPONSE_WORKING_DAYS: z.coerce.number().int().min(1).max(20).default(2),
  /** Days before a course session that participants get their reminder. */
  SESSION_REMINDER_DAYS: z.coerce.number().int().min(1).max(60).default(3),
  /** Days a client-portal link stays valid after a proposal is sent. */
  PORTAL_LINK_DAYS: z.coerce.number().int().min(1).max(730).default(120),
  /** Days without a reaction to a sent proposal after which the consultant is reminded. */
  PROPOSAL_REMINDER_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  /**
   * Days after an invoice's due date for its 1st (friendly) and 2nd (firm) payment reminder,
   * e.g. "10,20": one or two ascending numbers (decision 0030).
   */
  INVOICE_REMINDER_DAYS: z
    .string()
    .trim()
    .default("10,20")
    .transform((text, context) => {
      const days = text.split(",").map((part) => Number(part.trim()));
      const valid =
        days.length >= 1 &&
        days.length <= 2 &&
        days.every((day) => Number.isInteger(day) && day >= 1 && day <= 365) &&
        days.every((day, index) => index === 0 || day > days[index - 1]!);
      if (!valid) {
        context.addIssue({ code: "custom", message: 'one or two ascending numbers of days, e.g. "10,20"' });
        return z.NEVER;
      }
      return days;
    }),
  /** Weeks after a course's last day that the client contact gets the transfer check (decision 0027). */
  FOLLOW_UP_WEEKS: z.coerce.number().int().min(1).max(52).default(6),
  /** Days before a proposal's validity ends that the consultant is warned. */
  PROPOSAL_EXPIRY_WARNING_DAYS: z.coerce.number().int().min(1).max(90).default(5),
  /** Months after an inquiry's last activity before the worker anonymises it. */
  RETENTION_INQUIRY_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
  /** Months after a course session before its bookings and participants are anonymised. */
  RETENTION_BOOKING_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
  /** Folder that `npm run db:backup` and the nightly backup write to. */
  BACKUP_DIR: z.string().min(1).default(".data/backups"),
  /** How many backups to keep; older ones are deleted after each new backup. */
  BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(14),
  /** graphile-worker crontab time (UTC) of the worker's backup, e.g. "30 2 * * *"; unset: no nightly backup. */
  BACKUP_SCHEDULE: z
    .string()
    .regex(/^\S+ \S+ \S+ \S+ \S+$/, "five crontab fields, e.g. 30 2 * * *")
    .optional(),
  /** Months after a consultation call before it is anonymised. */
  RETENTION_APPOINTMENT_MONTHS: z.coerce.number().int().min(1).max(240).default(12),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Where a local run is reached when APP_URL is not set: its own port, so a second instance's links work. */
export function defaultAppUrl(port: string | undefined): string {
  return `http://localhost:${port || "3000"}`;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const blankToUndefined = Object.fromEntries(
    Object.entries(source).map(([key, value]) => [key, value === "" ? undefined : value]),
  );
  blankToUndefined.APP_URL ??= defaultAppUrl(blankToUndefined.PORT);
  const result = envSchema.safeParse(blankToUndefined);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  return result.data;
}

export function isDevMailboxEnabled(env: Env = getEnv()): boolean {
  if (env.DEV_MAILBOX) return env.DEV_MAILBOX === "true";
  return env.NODE_ENV !== "production";
}

export function isDevToolsEnabled(env: Env = getEnv()): boolean {
  if (env.DEV_TOOLS) return env.DEV_TOOLS === "true";
  return env.NODE_ENV !== "production";
}
