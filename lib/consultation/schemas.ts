import { z } from "zod";

import { CANTONS } from "@/lib/calendar/cantons";
import { minuteOf } from "@/lib/calendar/time-of-day";
import { emailField } from "@/lib/email-field";
import { formatCount } from "@/lib/format";
import { honeypotSchema } from "@/lib/honeypot";
import { fill } from "@/lib/i18n/fill";
import type { Catalogue } from "@/lib/i18n/messages";
import { callBookingValidation } from "@/lib/i18n/messages/de-CH/validation/call-booking";
import { salutationSchema } from "@/lib/salutation-schema";

import { TOPIC_MAX } from "./limits";

export const manageCallSchema = z.object({ token: z.string().min(1).max(100) });

/** The call booking form's validation messages in one language. */
export type CallBookingValidationMessages = Catalogue["validation"]["callBooking"];

/** The call booking and rescheduling schemas with the messages of one language (decision 0034). */
export function callBookingSchemasFor(messages: CallBookingValidationMessages) {
  const slot = z
    .string({ error: messages.slot })
    .min(1, messages.slot)
    .refine((value) => !Number.isNaN(Date.parse(value)), messages.slot);

  const bookCallSchema = z.object({
    startsAt: slot,
    salutation: salutationSchema,
    name: z.string().trim().min(2, messages.name).max(120, messages.nameTooLong),
    organisation: z.string().trim().min(2, messages.organisation).max(200, messages.nameTooLong),
    email: emailField(),
    phone: z
      .string()
      .trim()
      .min(1, messages.phone)
      .max(40, messages.phoneTooLong)
      .regex(/^\+?[0-9 ()/.-]{7,}$/, messages.phoneInvalid),
    topic: z
      .string()
      .trim()
      .max(TOPIC_MAX, fill(messages.topicTooLong, { max: formatCount(TOPIC_MAX) })),
    /**
     * The inquiry this call belongs to: the token from the inquiry's confirmation mail
     * (/erstgespraech?anfrage=<token>), never its reference, which anyone can guess.
     */
    inquiryToken: z.string().trim().max(100).optional(),
    /** Honeypot: people leave it empty. */
    website: honeypotSchema,
  });

  const rescheduleCallSchema = manageCallSchema.extend({ startsAt: slot });

  return { bookCallSchema, rescheduleCallSchema };
}

/** The schemas in de-CH, the site's one language so far: the forms and their actions use these. */
export const { bookCallSchema, rescheduleCallSchema } = callBookingSchemasFor(callBookingValidation);
export type BookCallInput = z.infer<typeof bookCallSchema>;
export type RescheduleCallInput = z.infer<typeof rescheduleCallSchema>;

const wholeNumber = (message: string, min: number, max: number) =>
  z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);

export const consultationSettingsSchema = z.object({
  callMinutes: wholeNumber("Bitte 15 bis 180 Minuten angeben.", 15, 180),
  bufferMinutes: wholeNumber("Bitte 0 bis 120 Minuten angeben.", 0, 120),
  minNoticeHours: wholeNumber("Bitte 0 bis 720 Stunden angeben.", 0, 720),
  maxDaysAhead: wholeNumber("Bitte 1 bis 365 Tage angeben.", 1, 365),
  changeCutoffHours: wholeNumber("Bitte 0 bis 168 Stunden angeben.", 0, 168),
  blockPublicHolidays: z.boolean(),
  canton: z.enum(CANTONS, { error: "Bitte wählen Sie einen Kanton." }),
  meetingNote: z.string().trim().max(500, "Höchstens 500 Zeichen."),
});
export type ConsultationSettingsInput = z.infer<typeof consultationSettingsSchema>;

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "Bitte eine Uhrzeit wie 09:00 angeben.");

/** A clock the schema accepted as minutes past midnight; "24:00" ends a span at midnight. */
export function minuteOfClock(value: string): number {
  const minute = minuteOf(value, { endOfDay: true });
  if (minute === null) throw new Error(`Not a time of day: ${value}`);
  return minute;
}

const endAfterStart = (value: { start?: string; end?: string }) => {
  const start = value.start ? minuteOf(value.start, { endOfDay: true }) : null;
  const end = value.end ? minuteOf(value.end, { endOfDay: true }) : null;
  return start === null || end === null || end > start;
};

export const availabilityRuleSchema = z
  .object({
    weekday: z.coerce.number().int().min(1, "Bitte einen Wochentag wählen.").max(7, "Bitte einen Wochentag wählen."),
    start: clock,
    end: clock,
  })
  .refine(endAfterStart, { message: "Das Ende muss nach dem Beginn liegen.", path: ["end"] });
export type AvailabilityRuleInput = z.infer<typeof availabilityRuleSchema>;

export const availabilityExceptionSchema = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Bitte ein Datum wählen."),
    kind: z.enum(["BLOCKED", "EXTRA"]),
    wholeDay: z.boolean(),
    start: z.string().optional(),
    end: z.string().optional(),
    reason: z.string().trim().max(200, "Höchstens 200 Zeichen."),
  })
  .superRefine((value, context) => {
    if (value.kind === "EXTRA" && value.wholeDay) {
      context.addIssue({ code: "custom", path: ["wholeDay"], message: "Zusätzliche Zeiten brauchen Beginn und Ende." });
    }
    if (value.wholeDay) return;
    for (const key of ["start", "end"] as const) {
      if (!value[key] || !clock.safeParse(value[key]).success) {
        context.addIssue({ code: "custom", path: [key], message: "Bitte eine Uhrzeit wie 09:00 angeben." });
      }
    }
    if (
      value.start &&
      value.end &&
      clock.safeParse(value.start).success &&
      clock.safeParse(value.end).success &&
      !endAfterStart(value)
    ) {
      context.addIssue({ code: "custom", path: ["end"], message: "Das Ende muss nach dem Beginn liegen." });
    }
  });
export type AvailabilityExceptionInput = z.infer<typeof availabilityExceptionSchema>;
