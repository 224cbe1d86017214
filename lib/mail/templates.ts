// Every e-mail the app sends, by name. The outbox stores the name, the props and the version of
// their schema; the worker renders at send time, so a corrected template also applies to mails
// still waiting. When a template's props change, its `props` gains a version:
// `versionedSchema(v1).next(v2, (old) => ...)`, and mails queued before are upgraded as they render.
import type { ReactElement } from "react";

import { BookingCancelledEmail, bookingCancelledSubject } from "@/emails/booking-cancelled";
import { BookingPlacedEmail, bookingPlacedSubject } from "@/emails/booking-placed";
import { CallBookedEmail, callBookedSubject } from "@/emails/call-booked";
import { CallCancelledEmail, callCancelledSubject } from "@/emails/call-cancelled";
import { CourseCertificateEmail, courseCertificateSubject } from "@/emails/course-certificate";
import { EngagementStatusEmail, engagementStatusSubject } from "@/emails/engagement-status";
import { FeedbackThanksEmail, feedbackThanksSubject } from "@/emails/feedback-thanks";
import { FollowUpCheckEmail, followUpCheckSubject } from "@/emails/follow-up-check";
import { InquiryConfirmationEmail, inquiryConfirmationSubject } from "@/emails/inquiry-confirmation";
import { InquiryDigestEmail, inquiryDigestSubject } from "@/emails/inquiry-digest";
import { InquiryNotificationEmail, inquiryNotificationSubject } from "@/emails/inquiry-notification";
import { InvoiceIssuedEmail, invoiceIssuedSubject } from "@/emails/invoice-issued";
import { InvoiceReminderEmail, invoiceReminderSubject } from "@/emails/invoice-reminder";
import { MessageEmail } from "@/emails/message";
import { ProposalAcceptedEmail, proposalAcceptedSubject } from "@/emails/proposal-accepted";
import { ProposalSentEmail, proposalSentSubject } from "@/emails/proposal-sent";
import { SessionChangedEmail, sessionChangedSubject } from "@/emails/session-changed";
import { SessionReminderEmail, sessionReminderSubject } from "@/emails/session-reminder";
import { SignInLinkEmail, signInLinkSubject } from "@/emails/sign-in-link";
import type { MailSender } from "@/emails/sign-off";
import { TeamRegistrationEmail, teamRegistrationSubject } from "@/emails/team-registration";
import { certificateAttachments } from "@/lib/certificates/attachment";
import type { Database } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/messages";
import { icsAttachment, type IcsEvent } from "@/lib/ics";
import { invoicePdfAttachments } from "@/lib/invoicing/pdf-attachment";
import { proposalPdfAttachments } from "@/lib/proposals/pdf-attachment";
import { versionedSchema, type VersionedSchema } from "@/lib/versioned-json";

import * as stored from "./template-props";
import type { MailAttachment } from "./transport";

/**
 * What an attachment may read at send time. Documents are rendered then from what the props name
 * (a proposal's frozen version), so the outbox never stores a file's bytes; without a database
 * (reading a stored mail's text) such attachments are left out.
 */
export type AttachmentContext = { db?: Database };

export type MailTemplateDefinition<P> = {
  /** The stored props, by version (lib/mail/template-props.ts). */
  props: VersionedSchema<P>;
  /** The sign-off (`sender`) and the language (`locale`, from the envelope) are added at render time. */
  component: (props: NoInfer<P> & { sender?: MailSender; locale?: Locale }) => ReactElement;
  subject: (props: NoInfer<P>, locale?: Locale) => string;
  attachments?: (props: NoInfer<P>, context: AttachmentContext) => MailAttachment[] | Promise<MailAttachment[]>;
  /** The props hold a credential (a sign-in link): they are erased once the mail is sent. */
  sensitive?: boolean;
};

/** A template whatever its props: the registry holds templates of different props. */
export type OpenableMailTemplate = {
  /** Parses props stored at `version` and hands them, upgraded and typed, with the template to `withProps`. */
  open<R>(
    version: number,
    props: unknown,
    what: string,
    withProps: <Q>(template: MailTemplateDefinition<Q>, props: Q) => R,
  ): R;
};

export type MailTemplate<P> = MailTemplateDefinition<P> & OpenableMailTemplate;

export function defineTemplate<P>(template: MailTemplateDefinition<P>): MailTemplate<P> {
  return {
    ...template,
    open: (version, props, what, withProps) => withProps(template, template.props.parse(version, props, what)),
  };
}

/** The course days' calendar entries, one file per day. */
const dayAttachments = (calendar: readonly IcsEvent[] = []) =>
  calendar.map((event, index) => ({ ...icsAttachment(event), filename: `kurstag-${index + 1}.ics` }));

/** A mail that may carry a calendar entry (added, moved or cancelled), or one per day of a course run. */
function calendarTemplate<P extends { ics?: IcsEvent; calendar?: readonly IcsEvent[] }>(
  template: Omit<MailTemplateDefinition<P>, "attachments">,
): MailTemplate<P> {
  return defineTemplate({
    ...template,
    attachments: (props) => (props.ics ? [icsAttachment(props.ics)] : dayAttachments(props.calendar)),
  });
}

/** A mail that carries the client-portal link (a credential, erased once sent) and the proposal's PDF. */
function proposalTemplate<P extends { proposalId?: string }>(
  template: Omit<MailTemplateDefinition<P>, "attachments" | "sensitive">,
): MailTemplate<P> {
  return defineTemplate({
    ...template,
    attachments: (props, context) => proposalPdfAttachments(context.db, props.proposalId),
    sensitive: true,
  });
}

export const mailTemplates = {
  message: defineTemplate({
    props: versionedSchema(stored.messageProps),
    component: MessageEmail,
    subject: (props) => props.subject,
  }),
  "sign-in-link": defineTemplate({
    props: versionedSchema(stored.signInLinkProps),
    component: SignInLinkEmail,
    subject: signInLinkSubject,
    sensitive: true,
  }),
  // Mails with a manage link hold a credential: their props are erased once sent.
  "call-booked": calendarTemplate({
    props: versionedSchema(stored.callBookedProps),
    component: CallBookedEmail,
    subject: callBookedSubject,
    sensitive: true,
  }),
  "call-cancelled": calendarTemplate({
    props: versionedSchema(stored.callCancelledProps),
    component: CallCancelledEmail,
    subject: callCancelledSubject,
  }),
  "booking-placed": calendarTemplate({
    props: versionedSchema(stored.bookingPlacedProps),
    component: BookingPlacedEmail,
    subject: bookingPlacedSubject,
    sensitive: true,
  }),
  "booking-cancelled": calendarTemplate({
    props: versionedSchema(stored.bookingCancelledProps),
    component: BookingCancelledEmail,
    subject: bookingCancelledSubject,
  }),
  "session-reminder": defineTemplate({
    props: versionedSchema(stored.sessionReminderProps),
    component: SessionReminderEmail,
    subject: sessionReminderSubject,
  }),
  // Its call link holds a token that prefills the call form with the contact details.
  "inquiry-confirmation": defineTemplate({
    props: versionedSchema(stored.inquiryConfirmationProps),
    component: InquiryConfirmationEmail,
    subject: inquiryConfirmationSubject,
    sensitive: true,
  }),
  "inquiry-notification": defineTemplate({
    props: versionedSchema(stored.inquiryNotificationProps),
    component: InquiryNotificationEmail,
    subject: inquiryNotificationSubject,
  }),
  "session-changed": calendarTemplate({
    props: versionedSchema(stored.sessionChangedProps),
    component: SessionChangedEmail,
    subject: sessionChangedSubject,
  }),
  "inquiry-digest": defineTemplate({
    props: versionedSchema(stored.inquiryDigestProps),
    component: InquiryDigestEmail,
    subject: inquiryDigestSubject,
  }),
  "proposal-sent": proposalTemplate({
    props: versionedSchema(stored.proposalSentProps),
    component: ProposalSentEmail,
    subject: proposalSentSubject,
  }),
  // An issued invoice or credit note with its PDF (QR-bill), rendered at send time from the frozen
  // invoice; the portal link is a credential, so the props are erased once sent.
  "invoice-issued": defineTemplate({
    props: versionedSchema(stored.invoiceIssuedProps),
    component: InvoiceIssuedEmail,
    subject: invoiceIssuedSubject,
    attachments: (props, context) => invoicePdfAttachments(context.db, props.invoiceId),
    sensitive: true,
  }),
  // A payment reminder of an overdue invoice (friendly, then firm) with the invoice's PDF again.
  "invoice-reminder": defineTemplate({
    props: versionedSchema(stored.invoiceReminderProps),
    component: InvoiceReminderEmail,
    subject: invoiceReminderSubject,
    attachments: (props, context) => invoicePdfAttachments(context.db, props.invoiceId),
  }),
  // Thanks the client after the acceptance, with the portal link and the PDF.
  "proposal-accepted": proposalTemplate({
    props: versionedSchema(stored.proposalAcceptedProps),
    component: ProposalAcceptedEmail,
    subject: proposalAcceptedSubject,
  }),
  // Dates set or course held: to the client contact with a fresh portal link (a credential) and,
  // with the dates, one calendar entry per course day.
  "engagement-status": defineTemplate({
    props: versionedSchema(stored.engagementStatusProps),
    component: EngagementStatusEmail,
    subject: engagementStatusSubject,
    attachments: (props) => dayAttachments(props.calendar),
    sensitive: true,
  }),
  // A team member registered for all days of an in-house course (decision 0031): one calendar
  // entry per course day, or the place on the waiting list.
  "team-registration": defineTemplate({
    props: versionedSchema(stored.teamRegistrationProps),
    component: TeamRegistrationEmail,
    subject: teamRegistrationSubject,
    attachments: (props) => dayAttachments(props.calendar),
  }),
  // After the course: the certificate as PDF and the single-use feedback link (a credential).
  "course-certificate": defineTemplate({
    props: versionedSchema(stored.courseCertificateProps),
    component: CourseCertificateEmail,
    subject: courseCertificateSubject,
    attachments: (props, context) => certificateAttachments(context.db, props.runKey, props.participantKey),
    sensitive: true,
  }),
  // Its withdrawal link is a credential: erased once sent.
  "feedback-thanks": defineTemplate({
    props: versionedSchema(stored.feedbackThanksProps),
    component: FeedbackThanksEmail,
    subject: feedbackThanksSubject,
    sensitive: true,
  }),
  // The transfer check link is a credential: erased once sent.
  "follow-up-check": defineTemplate({
    props: versionedSchema(stored.followUpCheckProps),
    component: FollowUpCheckEmail,
    subject: followUpCheckSubject,
    sensitive: true,
  }),
};

export type MailTemplateName = keyof typeof mailTemplates;
/** The props a template is enqueued with: those of its current version. */
export type MailTemplateProps<K extends MailTemplateName> =
  (typeof mailTemplates)[K] extends MailTemplate<infer P> ? P : never;

export function isMailTemplateName(name: string): name is MailTemplateName {
  return Object.hasOwn(mailTemplates, name);
}
