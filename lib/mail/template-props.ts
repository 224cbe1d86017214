// The props each mail template stores in the outbox, as zod schemas: enqueueing validates them and
// rendering parses them again, so a queued mail is read by the shape it was written in. A change
// to a template's props adds a version in lib/mail/templates.ts (`.next(schema, upgrade)`), and
// mails queued before it are upgraded when they are rendered. The sign-off (`sender`) is never
// stored: the renderer supplies it. tests/unit/mail-template-props.test.ts proves every schema is
// exactly its template's props type, so no field is dropped on the way through.
import { z } from "zod";

import { SALUTATIONS } from "@/lib/greeting";

const ics = z.object({
  uid: z.string(),
  sequence: z.number().int(),
  startsAt: z.string(),
  endsAt: z.string(),
  summary: z.string(),
  description: z.string().optional(),
  location: z.string().optional(),
  url: z.string().optional(),
  organizer: z.object({ name: z.string(), email: z.string() }),
  attendee: z.object({ name: z.string(), email: z.string() }).optional(),
  method: z.enum(["REQUEST", "CANCEL"]),
});

/** Absent in mails queued before salutations existed: they greet with the full name (decision 0028). */
const salutation = z.enum(SALUTATIONS).optional();

const session = z.object({
  courseTitle: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  location: z.string(),
  address: z.string(),
  /** The days of a course run (decision 0037); absent for one day and in mails queued before runs. */
  days: z
    .array(z.object({ startsAt: z.string(), endsAt: z.string() }))
    .readonly()
    .optional(),
});

/** A course run's calendar entries, one per day (decision 0037), instead of the one `ics` of a single day. */
const calendar = z.array(ics).readonly().optional();

/** What both call mails hold: to whom, about whom and when. */
const call = {
  recipient: z.enum(["visitor", "consultant"]),
  adminUrl: z.string().optional(),
  salutation,
  name: z.string(),
  organisation: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
};

export const messageProps = z.object({
  subject: z.string(),
  body: z.string(),
  reference: z.string().optional(),
});

export const signInLinkProps = z.object({ url: z.string(), validMinutes: z.number() });

export const callBookedProps = z.object({
  ...call,
  moved: z.boolean(),
  email: z.string(),
  phone: z.string(),
  topic: z.string(),
  meetingNote: z.string(),
  inquiryReference: z.string().optional(),
  manageUrl: z.string().optional(),
  changeCutoffHours: z.number(),
  confirmBy: z.string().optional(),
  ics: ics.optional(),
});

export const callCancelledProps = z.object({
  ...call,
  byConsultant: z.boolean(),
  bookUrl: z.string(),
  ics,
});

export const bookingPlacedProps = z.object({
  outcome: z.enum(["HELD", "CONFIRMED", "WAITLISTED", "PROMOTED"]),
  salutation,
  contactName: z.string(),
  session,
  seats: z.number().int(),
  participants: z.array(z.string()),
  waitlistPosition: z.number().int().optional(),
  billingReference: z.string().optional(),
  manageUrl: z.string(),
  cancelDeadline: z.string(),
  confirmBy: z.string().optional(),
  waitlistReason: z.string().optional(),
  ics: ics.optional(),
  calendar,
});

export const bookingCancelledProps = z.object({
  salutation,
  contactName: z.string(),
  session,
  wasWaitlisted: z.boolean(),
  seats: z.number().int(),
  byConsultant: z.boolean().optional(),
  message: z.string().optional(),
  ics: ics.optional(),
  calendar,
});

export const sessionReminderProps = z.object({ salutation, name: z.string(), session });

export const sessionChangedProps = z.object({
  change: z.enum(["MOVED", "CANCELLED"]),
  salutation,
  name: z.string(),
  session,
  previous: session.optional(),
  message: z.string(),
  ics: ics.optional(),
  calendar,
});

export const inquiryConfirmationProps = z.object({
  reference: z.string(),
  responseDueAt: z.string(),
  bookCallUrl: z.string(),
});

export const inquiryNotificationProps = z.object({
  reference: z.string(),
  receivedAt: z.string(),
  responseDueAt: z.string(),
  contactName: z.string(),
  organisationName: z.string(),
  email: z.string(),
  phone: z.string(),
  details: z.array(z.tuple([z.string(), z.string()])),
  adminUrl: z.string(),
});

const digestInquiry = z.object({
  reference: z.string(),
  organisationName: z.string(),
  contactName: z.string(),
  receivedAt: z.string(),
  responseDueAt: z.string(),
  url: z.string(),
});

export const inquiryDigestProps = z.object({
  date: z.string(),
  overdue: z.array(digestInquiry),
  fresh: z.array(digestInquiry),
  listUrl: z.string(),
});

export const proposalSentProps = z.object({
  salutation,
  contactName: z.string(),
  organisationName: z.string(),
  title: z.string(),
  version: z.number().int(),
  reference: z.string(),
  total: z.string(),
  validUntil: z.string(),
  portalUrl: z.string(),
  linkValidUntil: z.string(),
  consultantName: z.string().optional(),
  proposalId: z.string().optional(),
});

export const invoiceIssuedProps = z.object({
  salutation,
  contactName: z.string(),
  organisationName: z.string(),
  kind: z.enum(["INVOICE", "CREDIT_NOTE"]),
  number: z.string(),
  title: z.string(),
  amount: z.string(),
  dueDate: z.string(),
  purchaseOrderRef: z.string(),
  portalUrl: z.string().optional(),
  invoiceId: z.string(),
});

export const invoiceReminderProps = z.object({
  level: z.union([z.literal(1), z.literal(2)]),
  salutation,
  contactName: z.string(),
  organisationName: z.string(),
  number: z.string(),
  title: z.string(),
  issueDate: z.string(),
  dueDate: z.string(),
  openAmount: z.string(),
  payableAmount: z.string(),
  payBy: z.string(),
  previousReminderDate: z.string(),
  purchaseOrderRef: z.string(),
  paymentReference: z.string(),
  introText: z.string(),
  invoiceId: z.string(),
});

export const proposalAcceptedProps = z.object({
  salutation,
  contactName: z.string(),
  acceptedByName: z.string(),
  acceptedByRole: z.string(),
  acceptedAt: z.string(),
  title: z.string(),
  version: z.number().int(),
  reference: z.string(),
  total: z.string(),
  portalUrl: z.string(),
  nextSteps: z.array(z.string()).readonly(),
  consultantName: z.string().optional(),
  proposalId: z.string(),
});

export const engagementStatusProps = z.object({
  stage: z.enum(["DATES_SET", "HELD"]),
  salutation,
  contactName: z.string(),
  title: z.string(),
  reference: z.string(),
  days: z.array(z.string()).readonly(),
  calendar: z.array(ics).readonly().optional(),
  portalUrl: z.string(),
  /** The team's registration link (decision 0031); absent in mails queued before it existed. */
  registrationUrl: z.string().optional(),
  consultantName: z.string().optional(),
});

export const teamRegistrationProps = z.object({
  kind: z.enum(["REGISTERED", "WAITLISTED", "PROMOTED"]),
  salutation,
  name: z.string(),
  title: z.string(),
  days: z.array(z.string()).readonly(),
  calendar: z.array(ics).readonly().optional(),
  waitlistPosition: z.number().int().nullable().optional(),
});

export const courseCertificateProps = z.object({
  salutation,
  name: z.string(),
  courseTitle: z.string(),
  attendance: z.string(),
  runKey: z.string(),
  participantKey: z.string(),
  feedbackUrl: z.string().optional(),
});

export const feedbackThanksProps = z.object({
  salutation,
  name: z.string(),
  withdrawUrl: z.string().optional(),
});

export const followUpCheckProps = z.object({
  salutation,
  contactName: z.string(),
  courseTitle: z.string(),
  url: z.string(),
});
