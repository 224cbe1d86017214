// Which e-mails a proposal step writes, always in the transaction of the step: the proposal with
// its portal link to the client, responses and reminders to the consultant.
import type { ProposalSentEmailProps } from "@/emails/proposal-sent";
import type { Tx } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { formatChf, formatDate, formatDateTime } from "@/lib/format";
import type { Salutation } from "@/lib/generated/prisma/enums";
import { links } from "@/lib/links";
import { enqueueMail } from "@/lib/mail/outbox";

import { AFTER_ACCEPTANCE_STEPS } from "./labels";
import { formatDateKey, type ProposalSnapshot } from "./snapshot";

type InquiryForMail = {
  id: string;
  reference: string;
  organisationName: string;
  salutation: Salutation;
  contactName: string;
  email: string;
};
type ProposalForMail = { id: string; version: number; snapshot: ProposalSnapshot };

/** The proposal mail's props; the preview before sending renders the same with a placeholder link. */
export function proposalSentProps(input: {
  inquiry: Omit<InquiryForMail, "id" | "email">;
  proposal: { id?: string; version: number; snapshot: ProposalSnapshot };
  portalUrl: string;
  linkExpiresAt: Date;
}): ProposalSentEmailProps {
  const { inquiry, proposal } = input;
  return {
    salutation: inquiry.salutation,
    contactName: inquiry.contactName,
    organisationName: inquiry.organisationName,
    title: proposal.snapshot.title,
    version: proposal.version,
    reference: inquiry.reference,
    total: formatChf(proposal.snapshot.price.totalCents),
    validUntil: formatDateKey(proposal.snapshot.validUntil),
    portalUrl: input.portalUrl,
    linkValidUntil: formatDate(input.linkExpiresAt),
    // The preview has no version yet; it still says that the PDF comes with the mail.
    proposalId: proposal.id ?? "vorschau",
  };
}

export async function notifyProposalSent(
  tx: Tx,
  input: { inquiry: InquiryForMail; proposal: ProposalForMail; token: string; linkExpiresAt: Date },
) {
  const { inquiry, proposal } = input;
  return enqueueMail(tx, {
    template: "proposal-sent",
    props: proposalSentProps({
      inquiry,
      proposal,
      portalUrl: links.portal(input.token),
      linkExpiresAt: input.linkExpiresAt,
    }),
    to: inquiry.email,
    replyTo: getEnv().CONSULTANT_EMAIL,
    idempotencyKey: `proposal:${proposal.id}:sent`,
    inquiryId: inquiry.id,
  });
}

/** To the consultant: the client accepted or asked for changes; the reply goes to the client. */
export async function notifyProposalResponse(
  tx: Tx,
  input: {
    inquiry: InquiryForMail;
    proposal: ProposalForMail;
    respondedAt: Date;
    /** An acceptance carries the portal link it came through: the client's mail links back to it. */
    response:
      { kind: "ACCEPTED"; name: string; role: string; token: string } | { kind: "CHANGES_REQUESTED"; message: string };
  },
) {
  const { inquiry, proposal, response } = input;
  const what =
    response.kind === "ACCEPTED"
      ? `Offerte angenommen: ${inquiry.organisationName}`
      : `Änderungswunsch zur Offerte: ${inquiry.organisationName}`;
  const detail =
    response.kind === "ACCEPTED"
      ? `${response.name} (${response.role}) hat Version ${proposal.version} der Offerte «${proposal.snapshot.title}» am ${formatDateTime(input.respondedAt)} angenommen. Die Anfrage ist jetzt bestätigt; die Kurstermine können aus dem Programm erfasst werden.`
      : `${inquiry.contactName} wünscht am ${formatDateTime(input.respondedAt)} Änderungen an Version ${proposal.version} der Offerte «${proposal.snapshot.title}»:\n\n${response.message}`;
  const consultantMail = await enqueueMail(tx, {
    template: "message",
    props: {
      subject: what,
      body: `${detail}\n\nKonzept und Versionen: ${links.adminDesign(inquiry.reference)}`,
      reference: inquiry.reference,
    },
    to: getEnv().CONSULTANT_EMAIL,
    replyTo: inquiry.email,
    idempotencyKey: `proposal:${proposal.id}:${response.kind.toLowerCase()}:consultant`,
    inquiryId: inquiry.id,
  });
  if (response.kind === "ACCEPTED") {
    await enqueueMail(tx, {
      template: "proposal-accepted",
      props: {
        salutation: inquiry.salutation,
        contactName: inquiry.contactName,
        acceptedByName: response.name,
        acceptedByRole: response.role,
        acceptedAt: formatDateTime(input.respondedAt),
        title: proposal.snapshot.title,
        version: proposal.version,
        reference: inquiry.reference,
        total: formatChf(proposal.snapshot.price.totalCents),
        portalUrl: links.portal(response.token),
        nextSteps: AFTER_ACCEPTANCE_STEPS,
        proposalId: proposal.id,
      },
      to: inquiry.email,
      replyTo: getEnv().CONSULTANT_EMAIL,
      idempotencyKey: `proposal:${proposal.id}:accepted:client`,
      inquiryId: inquiry.id,
    });
  }
  return consultantMail;
}

/** To the consultant: no reaction yet, or the validity is about to end. */
export async function notifyProposalReminder(
  tx: Tx,
  input: { inquiry: InquiryForMail; proposal: ProposalForMail & { sentAt: Date }; kind: "NO_REACTION" | "EXPIRING" },
) {
  const { inquiry, proposal } = input;
  const validUntil = formatDateKey(proposal.snapshot.validUntil);
  const subject =
    input.kind === "NO_REACTION"
      ? `Noch keine Reaktion auf die Offerte: ${inquiry.organisationName}`
      : `Offerte läuft am ${validUntil} ab: ${inquiry.organisationName}`;
  const body =
    input.kind === "NO_REACTION"
      ? `Auf Version ${proposal.version} der Offerte «${proposal.snapshot.title}», gesendet am ${formatDate(proposal.sentAt)}, hat ${inquiry.contactName} (${inquiry.email}) noch nicht reagiert. Vielleicht lohnt sich ein kurzer Anruf.`
      : `Version ${proposal.version} der Offerte «${proposal.snapshot.title}» (${inquiry.organisationName}) ist nur noch bis ${validUntil} gültig und noch nicht angenommen.`;
  return enqueueMail(tx, {
    template: "message",
    props: {
      subject,
      body: `${body}\n\nKonzept und Versionen: ${links.adminDesign(inquiry.reference)}`,
      reference: inquiry.reference,
    },
    to: getEnv().CONSULTANT_EMAIL,
    replyTo: inquiry.email,
    idempotencyKey: `proposal:${proposal.id}:${input.kind === "NO_REACTION" ? "reminder" : "expiry-warning"}`,
    inquiryId: inquiry.id,
  });
}

export { notifyEngagementStatus } from "./notify-engagement";
