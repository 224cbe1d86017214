// Every e-mail the app sends, by name. The outbox stores the name and the props; the worker
// renders at send time, so a corrected template also applies to mails still waiting.
import type { ReactElement } from "react";

import {
  BookingCancelledEmail,
  bookingCancelledSubject,
  type BookingCancelledEmailProps,
} from "@/emails/booking-cancelled";
import { BookingPlacedEmail, bookingPlacedSubject, type BookingPlacedEmailProps } from "@/emails/booking-placed";
import { CallBookedEmail, callBookedSubject, type CallBookedEmailProps } from "@/emails/call-booked";
import { CallCancelledEmail, callCancelledSubject, type CallCancelledEmailProps } from "@/emails/call-cancelled";
import {
  CourseCertificateEmail,
  courseCertificateSubject,
  type CourseCertificateEmailProps,
} from "@/emails/course-certificate";
import {
  EngagementStatusEmail,
  engagementStatusSubject,
  type EngagementStatusEmailProps,
} from "@/emails/engagement-status";
import { FeedbackThanksEmail, feedbackThanksSubject, type FeedbackThanksEmailProps } from "@/emails/feedback-thanks";
import { FollowUpCheckEmail, followUpCheckSubject, type FollowUpCheckEmailProps } from "@/emails/follow-up-check";
import {
  InquiryConfirmationEmail,
  inquiryConfirmationSubject,
  type InquiryConfirmationEmailProps,
} from "@/emails/inquiry-confirmation";
import { InquiryDigestEmail, inquiryDigestSubject, type InquiryDigestEmailProps } from "@/emails/inquiry-digest";
import {
  InquiryNotificationEmail,
  inquiryNotificationSubject,
  type InquiryNotificationEmailProps,
} from "@/emails/inquiry-notification";
import { MessageEmail, type MessageEmailProps } from "@/emails/message";
import {
  ProposalAcceptedEmail,
  proposalAcceptedSubject,
  type ProposalAcceptedEmailProps,
} from "@/emails/proposal-accepted";
import { ProposalSentEmail, proposalSentSubject, type ProposalSentEmailProps } from "@/emails/proposal-sent";
import { SessionChangedEmail, sessionChangedSubject, type SessionChangedEmailProps } from "@/emails/session-changed";
import {
  SessionReminderEmail,
  sessionReminderSubject,
  type SessionReminderEmailProps,
} from "@/emails/session-reminder";
import { SignInLinkEmail, type SignInLinkEmailProps } from "@/emails/sign-in-link";
import { certificateAttachments } from "@/lib/certificates/attachment";
import type { Database } from "@/lib/db/client";
import { icsAttachment, type IcsEvent } from "@/lib/ics";
import { proposalPdfAttachments } from "@/lib/proposals/pdf-attachment";

import type { MailAttachment } from "./transport";

/**
 * What an attachment may read at send time. Documents are rendered then from what the props name
 * (a proposal's frozen version), so the outbox never stores a file's bytes; without a database
 * (reading a stored mail's text) such attachments are left out.
 */
export type AttachmentContext = { db?: Database };

export type MailTemplate<P> = {
  component: (props: P) => ReactElement;
  subject: (props: P) => string;
  attachments?: (props: P, context: AttachmentContext) => MailAttachment[] | Promise<MailAttachment[]>;
  /** The props hold a credential (a sign-in link): they are erased once the mail is sent. */
  sensitive?: boolean;
};

/** The calendar entry a booking mail carries, if any. */
const calendarAttachment = (props: { ics?: IcsEvent }): MailAttachment[] =>
  props.ics ? [icsAttachment(props.ics)] : [];

function defineTemplate<P>(template: MailTemplate<P>): MailTemplate<P> {
  return template;
}

export const mailTemplates = {
  message: defineTemplate<MessageEmailProps>({ component: MessageEmail, subject: (props) => props.subject }),
  "sign-in-link": defineTemplate<SignInLinkEmailProps>({
    component: SignInLinkEmail,
    subject: () => "Ihr Anmeldelink für Anliegen",
    sensitive: true,
  }),
  // Mails with a manage link hold a credential: their props are erased once sent.
  "call-booked": defineTemplate<CallBookedEmailProps>({
    component: CallBookedEmail,
    subject: callBookedSubject,
    attachments: calendarAttachment,
    sensitive: true,
  }),
  "call-cancelled": defineTemplate<CallCancelledEmailProps>({
    component: CallCancelledEmail,
    subject: callCancelledSubject,
    attachments: calendarAttachment,
  }),
  "booking-placed": defineTemplate<BookingPlacedEmailProps>({
    component: BookingPlacedEmail,
    subject: bookingPlacedSubject,
    attachments: calendarAttachment,
    sensitive: true,
  }),
  "booking-cancelled": defineTemplate<BookingCancelledEmailProps>({
    component: BookingCancelledEmail,
    subject: bookingCancelledSubject,
    attachments: calendarAttachment,
  }),
  "session-reminder": defineTemplate<SessionReminderEmailProps>({
    component: SessionReminderEmail,
    subject: sessionReminderSubject,
  }),
  // Its call link holds a token that prefills the call form with the contact details.
  "inquiry-confirmation": defineTemplate<InquiryConfirmationEmailProps>({
    component: InquiryConfirmationEmail,
    subject: inquiryConfirmationSubject,
    sensitive: true,
  }),
  "inquiry-notification": defineTemplate<InquiryNotificationEmailProps>({
    component: InquiryNotificationEmail,
    subject: inquiryNotificationSubject,
  }),
  "session-changed": defineTemplate<SessionChangedEmailProps>({
    component: SessionChangedEmail,
    subject: sessionChangedSubject,
    attachments: calendarAttachment,
  }),
  "inquiry-digest": defineTemplate<InquiryDigestEmailProps>({
    component: InquiryDigestEmail,
    subject: inquiryDigestSubject,
  }),
  // The proposal mail carries the client-portal link: a credential, erased once sent.
  "proposal-sent": defineTemplate<ProposalSentEmailProps>({
    component: ProposalSentEmail,
    subject: proposalSentSubject,
    attachments: (props, context) => proposalPdfAttachments(context.db, props.proposalId),
    sensitive: true,
  }),
  // Thanks the client after the acceptance, with the portal link (a credential) and the PDF.
  "proposal-accepted": defineTemplate<ProposalAcceptedEmailProps>({
    component: ProposalAcceptedEmail,
    subject: proposalAcceptedSubject,
    attachments: (props, context) => proposalPdfAttachments(context.db, props.proposalId),
    sensitive: true,
  }),
  // Dates set or course held: to the client contact with a fresh portal link (a credential) and,
  // with the dates, one calendar entry per course day.
  "engagement-status": defineTemplate<EngagementStatusEmailProps>({
    component: EngagementStatusEmail,
    subject: engagementStatusSubject,
    attachments: (props) =>
      (props.calendar ?? []).map((event, index) => ({ ...icsAttachment(event), filename: `kurstag-${index + 1}.ics` })),
    sensitive: true,
  }),
  // After the course: the certificate as PDF and the single-use feedback link (a credential).
  "course-certificate": defineTemplate<CourseCertificateEmailProps>({
    component: CourseCertificateEmail,
    subject: courseCertificateSubject,
    attachments: (props, context) => certificateAttachments(context.db, props.runKey, props.participantKey),
    sensitive: true,
  }),
  // Its withdrawal link is a credential: erased once sent.
  "feedback-thanks": defineTemplate<FeedbackThanksEmailProps>({
    component: FeedbackThanksEmail,
    subject: feedbackThanksSubject,
    sensitive: true,
  }),
  // The transfer check link is a credential: erased once sent.
  "follow-up-check": defineTemplate<FollowUpCheckEmailProps>({
    component: FollowUpCheckEmail,
    subject: followUpCheckSubject,
    sensitive: true,
  }),
};

export type MailTemplateName = keyof typeof mailTemplates;
export type MailTemplateProps<K extends MailTemplateName> = Parameters<(typeof mailTemplates)[K]["component"]>[0];

export function isMailTemplateName(name: string): name is MailTemplateName {
  return Object.hasOwn(mailTemplates, name);
}
