import { z } from "zod";

import { emailField } from "@/lib/email-field";
import { honeypotSchema } from "@/lib/honeypot";
import { fill } from "@/lib/i18n/fill";
import type { Catalogue } from "@/lib/i18n/messages";
import { bookingValidation } from "@/lib/i18n/messages/de-CH/validation/booking";
import { emailValidation } from "@/lib/i18n/messages/de-CH/validation/email";
import { salutationSchema } from "@/lib/salutation-schema";

export const MAX_SEATS_PER_BOOKING = 20;
/** Most days one course run may have (decision 0037). */
export const MAX_RUN_DAYS = 10;

/** The seat booking form's validation messages in one language. */
export type BookingValidationMessages = Catalogue["validation"]["booking"];

/** The seat booking schemas with the messages of one language (decision 0034). */
export function bookingSchemasFor(messages: BookingValidationMessages) {
  const participantSchema = z.object({
    name: z.string().trim().min(2, messages.participantName).max(120, messages.nameTooLong),
    email: emailField(emailValidation.missingOther),
  });

  const bookSeatsSchema = z.object({
    sessionId: z.uuid(messages.session),
    salutation: salutationSchema,
    contactName: z.string().trim().min(2, messages.contactName).max(120, messages.nameTooLong),
    email: emailField(emailValidation.missingOwn),
    phone: z.string().trim().max(40, messages.phoneTooLong),
    organisation: z.string().trim().min(2, messages.organisation).max(200, messages.nameTooLong),
    billingReference: z.string().trim().max(120, messages.billingReferenceTooLong),
    participants: z
      .array(participantSchema)
      .min(1, messages.participants)
      .max(MAX_SEATS_PER_BOOKING, fill(messages.tooManySeats, { max: MAX_SEATS_PER_BOOKING }))
      .superRefine((list, context) => {
        const seen = new Set<string>();
        list.forEach((participant, index) => {
          const key = participant.email.trim().toLowerCase();
          if (key && seen.has(key)) {
            context.addIssue({ code: "custom", path: [index, "email"], message: messages.duplicateEmail });
          }
          seen.add(key);
        });
      }),
    /** Honeypot: people leave it empty. */
    website: honeypotSchema,
  });

  return { participantSchema, bookSeatsSchema };
}

/** The schemas in de-CH, the site's one language so far: the form and its action use these. */
export const { participantSchema, bookSeatsSchema } = bookingSchemasFor(bookingValidation);
export type BookSeatsInput = z.infer<typeof bookSeatsSchema>;

export const manageBookingSchema = z.object({ token: z.string().min(1).max(100) });

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Bitte ein Datum wählen.");
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Bitte eine Uhrzeit wie 09:00 angeben.");

const sessionTimes = {
  date,
  startTime: clock,
  endTime: clock,
  location: z.string().trim().min(2, "Bitte den Kursort angeben.").max(200, "Höchstens 200 Zeichen."),
  address: z.string().trim().max(300, "Höchstens 300 Zeichen."),
};

const endAfterStart = (value: { startTime: string; endTime: string }) => value.endTime > value.startTime;

/** A further day of a course run (decision 0037): the first day is the session's own date and times. */
export const runDaySchema = z
  .object({ date, startTime: clock, endTime: clock })
  .refine(endAfterStart, { message: "Das Ende muss nach dem Beginn liegen.", path: ["endTime"] });
export type RunDayFields = z.infer<typeof runDaySchema>;

const capacity = z.coerce
  .number({ error: "Bitte eine Zahl angeben." })
  .int("Bitte eine ganze Zahl angeben.")
  .min(1, "Mindestens 1 Platz.")
  .max(500, "Höchstens 500 Plätze.");

export const sessionSchema = z
  .object({
    courseId: z.uuid("Bitte einen Kurs wählen."),
    title: z.string().trim().max(200, "Höchstens 200 Zeichen."),
    ...sessionTimes,
    capacity,
    isPublic: z.boolean(),
    /** For a session held for one client only: the inquiry's reference, e.g. ANF-2026-0001. */
    inquiryReference: z.string().trim().max(40),
    bookingDeadline: z.union([date, z.literal("")]),
    priceNote: z.string().trim().max(200, "Höchstens 200 Zeichen."),
    /** Day 2 on of a course of several days, booked once as one run; empty for a one-day session. */
    extraDays: z
      .array(runDaySchema)
      .max(MAX_RUN_DAYS - 1, `Ein Kurs hat höchstens ${MAX_RUN_DAYS} Kurstage.`)
      .default([]),
  })
  .refine(endAfterStart, { message: "Das Ende muss nach dem Beginn liegen.", path: ["endTime"] });
/** A one-day session need not name further days. */
export type SessionInput = Omit<z.infer<typeof sessionSchema>, "extraDays"> & { extraDays?: RunDayFields[] };

export const moveSessionSchema = z
  .object({
    sessionId: z.uuid(),
    ...sessionTimes,
    message: z.string().trim().max(2000, "Höchstens 2000 Zeichen."),
  })
  .refine(endAfterStart, { message: "Das Ende muss nach dem Beginn liegen.", path: ["endTime"] });
export type MoveSessionInput = z.infer<typeof moveSessionSchema>;

export const cancelSessionSchema = z.object({
  sessionId: z.uuid(),
  message: z
    .string()
    .trim()
    .min(5, "Bitte teilen Sie den Teilnehmenden den Grund mit.")
    .max(2000, "Höchstens 2000 Zeichen."),
});
export type CancelSessionInput = z.infer<typeof cancelSessionSchema>;

export const changeCapacitySchema = z.object({ sessionId: z.uuid(), capacity });
export type ChangeCapacityInput = z.infer<typeof changeCapacitySchema>;

export const attendanceSchema = z.object({
  participantId: z.uuid(),
  attendance: z.enum(["UNKNOWN", "PRESENT", "ABSENT"]),
});
export type AttendanceInput = z.infer<typeof attendanceSchema>;

const adminMessage = z.string().trim().max(2000, "Höchstens 2000 Zeichen.");

export const adminCancelBookingSchema = z.object({ bookingId: z.uuid(), message: adminMessage });
export type AdminCancelBookingInput = z.infer<typeof adminCancelBookingSchema>;

export const adminMoveBookingSchema = z.object({
  bookingId: z.uuid(),
  targetSessionId: z.uuid("Bitte einen Termin wählen."),
  message: adminMessage,
});
export type AdminMoveBookingInput = z.infer<typeof adminMoveBookingSchema>;

export const removeParticipantSchema = z.object({ participantId: z.uuid() });
export type RemoveParticipantInput = z.infer<typeof removeParticipantSchema>;

export const renameParticipantSchema = z.object({
  participantId: z.uuid(),
  name: participantSchema.shape.name,
});
export type RenameParticipantInput = z.infer<typeof renameParticipantSchema>;
