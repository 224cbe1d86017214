// Every template's stored props have a schema that is exactly the template's props type (so
// nothing a template reads is stripped when a mail is queued), every preview passes it, and the
// envelope an outbox row holds is read the same way for old (bare props) and new rows.
import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";

import { BookingCancelledEmail, type BookingCancelledEmailProps } from "@/emails/booking-cancelled";
import { BookingPlacedEmail, type BookingPlacedEmailProps } from "@/emails/booking-placed";
import { CallBookedEmail, type CallBookedEmailProps } from "@/emails/call-booked";
import { CallCancelledEmail, type CallCancelledEmailProps } from "@/emails/call-cancelled";
import { CourseCertificateEmail, type CourseCertificateEmailProps } from "@/emails/course-certificate";
import { EngagementStatusEmail, type EngagementStatusEmailProps } from "@/emails/engagement-status";
import { FeedbackThanksEmail, type FeedbackThanksEmailProps } from "@/emails/feedback-thanks";
import { FollowUpCheckEmail, type FollowUpCheckEmailProps } from "@/emails/follow-up-check";
import { InquiryConfirmationEmail, type InquiryConfirmationEmailProps } from "@/emails/inquiry-confirmation";
import { InquiryDigestEmail, type InquiryDigestEmailProps } from "@/emails/inquiry-digest";
import { InquiryNotificationEmail, type InquiryNotificationEmailProps } from "@/emails/inquiry-notification";
import { InvoiceIssuedEmail, type InvoiceIssuedEmailProps } from "@/emails/invoice-issued";
import { InvoiceReminderEmail, type InvoiceReminderEmailProps } from "@/emails/invoice-reminder";
import { MessageEmail, type MessageEmailProps } from "@/emails/message";
import { ProposalAcceptedEmail, type ProposalAcceptedEmailProps } from "@/emails/proposal-accepted";
import { ProposalSentEmail, type ProposalSentEmailProps } from "@/emails/proposal-sent";
import { SessionChangedEmail, type SessionChangedEmailProps } from "@/emails/session-changed";
import { SessionReminderEmail, type SessionReminderEmailProps } from "@/emails/session-reminder";
import { SignInLinkEmail, type SignInLinkEmailProps } from "@/emails/sign-in-link";
import { TeamRegistrationEmail, type TeamRegistrationEmailProps } from "@/emails/team-registration";
import { mailEnvelope, readMailEnvelope } from "@/lib/mail/envelope";
import type * as stored from "@/lib/mail/template-props";
import { mailTemplates, type MailTemplateName } from "@/lib/mail/templates";
import { InvalidStoredJsonError } from "@/lib/versioned-json";

type Stored<P> = Omit<P, "sender">;
type Output<S extends z.ZodType> = z.output<S>;

describe("mail template props", () => {
  it("are exactly the props each template reads (checked by the type checker)", () => {
    expectTypeOf<Output<typeof stored.messageProps>>().toEqualTypeOf<MessageEmailProps>();
    expectTypeOf<Output<typeof stored.signInLinkProps>>().toEqualTypeOf<SignInLinkEmailProps>();
    expectTypeOf<Output<typeof stored.callBookedProps>>().toEqualTypeOf<Stored<CallBookedEmailProps>>();
    expectTypeOf<Output<typeof stored.callCancelledProps>>().toEqualTypeOf<Stored<CallCancelledEmailProps>>();
    expectTypeOf<Output<typeof stored.bookingPlacedProps>>().toEqualTypeOf<Stored<BookingPlacedEmailProps>>();
    expectTypeOf<Output<typeof stored.bookingCancelledProps>>().toEqualTypeOf<Stored<BookingCancelledEmailProps>>();
    expectTypeOf<Output<typeof stored.sessionReminderProps>>().toEqualTypeOf<Stored<SessionReminderEmailProps>>();
    expectTypeOf<Output<typeof stored.sessionChangedProps>>().toEqualTypeOf<Stored<SessionChangedEmailProps>>();
    expectTypeOf<Output<typeof stored.inquiryConfirmationProps>>().toEqualTypeOf<
      Stored<InquiryConfirmationEmailProps>
    >();
    expectTypeOf<Output<typeof stored.inquiryNotificationProps>>().toEqualTypeOf<
      Stored<InquiryNotificationEmailProps>
    >();
    expectTypeOf<Output<typeof stored.inquiryDigestProps>>().toEqualTypeOf<InquiryDigestEmailProps>();
    expectTypeOf<Output<typeof stored.proposalSentProps>>().toEqualTypeOf<Stored<ProposalSentEmailProps>>();
    expectTypeOf<Output<typeof stored.proposalAcceptedProps>>().toEqualTypeOf<Stored<ProposalAcceptedEmailProps>>();
    expectTypeOf<Output<typeof stored.invoiceIssuedProps>>().toEqualTypeOf<Stored<InvoiceIssuedEmailProps>>();
    expectTypeOf<Output<typeof stored.invoiceReminderProps>>().toEqualTypeOf<Stored<InvoiceReminderEmailProps>>();
    expectTypeOf<Output<typeof stored.courseCertificateProps>>().toEqualTypeOf<Stored<CourseCertificateEmailProps>>();
    expectTypeOf<Output<typeof stored.feedbackThanksProps>>().toEqualTypeOf<Stored<FeedbackThanksEmailProps>>();
    expectTypeOf<Output<typeof stored.followUpCheckProps>>().toEqualTypeOf<Stored<FollowUpCheckEmailProps>>();
    expectTypeOf<Output<typeof stored.engagementStatusProps>>().toEqualTypeOf<Stored<EngagementStatusEmailProps>>();
    expectTypeOf<Output<typeof stored.teamRegistrationProps>>().toEqualTypeOf<Stored<TeamRegistrationEmailProps>>();
  });

  const previews: Record<MailTemplateName, unknown> = {
    message: MessageEmail.PreviewProps,
    "sign-in-link": SignInLinkEmail.PreviewProps,
    "call-booked": CallBookedEmail.PreviewProps,
    "call-cancelled": CallCancelledEmail.PreviewProps,
    "booking-placed": BookingPlacedEmail.PreviewProps,
    "booking-cancelled": BookingCancelledEmail.PreviewProps,
    "session-reminder": SessionReminderEmail.PreviewProps,
    "session-changed": SessionChangedEmail.PreviewProps,
    "inquiry-confirmation": InquiryConfirmationEmail.PreviewProps,
    "inquiry-notification": InquiryNotificationEmail.PreviewProps,
    "inquiry-digest": InquiryDigestEmail.PreviewProps,
    "proposal-sent": ProposalSentEmail.PreviewProps,
    "proposal-accepted": ProposalAcceptedEmail.PreviewProps,
    "invoice-issued": InvoiceIssuedEmail.PreviewProps,
    "invoice-reminder": InvoiceReminderEmail.PreviewProps,
    "course-certificate": CourseCertificateEmail.PreviewProps,
    "feedback-thanks": FeedbackThanksEmail.PreviewProps,
    "follow-up-check": FollowUpCheckEmail.PreviewProps,
    "engagement-status": EngagementStatusEmail.PreviewProps,
    "team-registration": TeamRegistrationEmail.PreviewProps,
  };

  it.each(Object.keys(mailTemplates) as MailTemplateName[])("keep every preview prop of %s as it is", (name) => {
    const schema = mailTemplates[name].props;
    expect(schema.version).toBe(1);
    expect(schema.parse(1, previews[name], name)).toEqual(previews[name]);
  });
});

describe("the stored envelope", () => {
  const props = { subject: "Ihre Anfrage", body: "Grüezi", reference: "ANF-2026-0042" };

  it("stores the template, the current version, the validated props and the recipient's locale", () => {
    expect(mailEnvelope("message", props)).toEqual({ template: "message", version: 1, props, locale: "de-CH" });
    expect(mailEnvelope("message", props, "de-CH").locale).toBe("de-CH");
  });

  it("refuses props that do not fit the template, naming the field", () => {
    // A caller that bypasses the types (JSON from elsewhere) is stopped before the row is written.
    const wrong: { subject: string; body: string } = JSON.parse('{"subject":"Betreff","body":42}');
    expect(() => mailEnvelope("message", wrong)).toThrow(InvalidStoredJsonError);
    expect(() => mailEnvelope("message", wrong)).toThrow(/Mail "message" does not match version 1[\s\S]*body/);
  });

  it("reads an envelope, and bare props of rows queued before versions as version 1", () => {
    expect(readMailEnvelope("message", { template: "message", version: 3, props, locale: "de-CH" })).toEqual({
      version: 3,
      props,
      locale: "de-CH",
    });
    expect(readMailEnvelope("message", props)).toEqual({ version: 1, props, locale: "de-CH" });
  });

  it("reads rows queued before locales were stored as de-CH, and refuses a locale without a catalogue", () => {
    expect(readMailEnvelope("message", { template: "message", version: 1, props })).toEqual({
      version: 1,
      props,
      locale: "de-CH",
    });
    expect(() => readMailEnvelope("message", { template: "message", version: 1, props, locale: "xx-XX" })).toThrow(
      'Mail "message" is written in "xx-XX", which has no catalogue.',
    );
  });

  it("says so when a row holds another template's envelope or only the erased marker", () => {
    expect(() => readMailEnvelope("message", { template: "sign-in-link", version: 1, props })).toThrow(
      'Mail "message" holds the props of "sign-in-link".',
    );
    expect(() => readMailEnvelope("call-booked", { erased: "sent; the props held a credential" })).toThrow(/erased/);
  });
});
