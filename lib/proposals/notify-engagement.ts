// The status changes that matter to the client contact (dates set, course held) reach them by mail,
// in the transaction of the change. The portal token is stored only as a hash, so the mail carries
// a fresh portal link; the earlier links keep working until they expire.
import { systemActor } from "@/lib/db/actor";
import type { Tx } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { formatDate, formatTime } from "@/lib/format";
import type { InquiryStatus } from "@/lib/generated/prisma/enums";
import { isClientNotifiedStatus } from "@/lib/inquiries/rules";
import { links } from "@/lib/links";
import { enqueueMail } from "@/lib/mail/outbox";
import { ensureRegistrationLink } from "@/lib/registration/service";

import { engagementSessionIcs, engagementSessionSelect, toEngagementSession } from "./engagement";
import { issuePortalAccess } from "./service-portal";
import { parseProposalSnapshot } from "./snapshot";

export async function notifyEngagementStatus(
  tx: Tx,
  input: { inquiryId: string; status: InquiryStatus; now?: Date },
): Promise<void> {
  const stage = input.status;
  if (!isClientNotifiedStatus(stage) || (stage !== "DATES_SET" && stage !== "HELD")) return;
  const now = input.now ?? new Date();
  const inquiry = await tx.inquiry.findUniqueOrThrow({
    where: { id: input.inquiryId },
    select: { id: true, reference: true, salutation: true, contactName: true, email: true, anonymisedAt: true },
  });
  const accepted = await tx.proposal.findFirst({
    where: { inquiryId: inquiry.id, status: "ACCEPTED" },
    orderBy: { version: "desc" },
    select: { id: true, snapshot: true },
  });
  // Without an accepted proposal there is no portal to point to; an anonymised inquiry has no address.
  if (!accepted || inquiry.anonymisedAt) return;
  const snapshot = parseProposalSnapshot(accepted.snapshot, `Proposal ${accepted.id}`);
  const sessions = await tx.courseSession.findMany({
    where: { inquiryId: inquiry.id, status: { not: "CANCELLED" } },
    orderBy: { startsAt: "asc" },
    select: engagementSessionSelect,
  });
  // Dates marked as set without sessions in the app (agreed elsewhere): there is nothing to send.
  if (stage === "DATES_SET" && sessions.length === 0) return;
  const { token } = await issuePortalAccess(tx, {
    inquiryId: inquiry.id,
    proposalId: accepted.id,
    now,
    days: getEnv().PORTAL_LINK_DAYS,
  });
  // With the dates the team can register: the mail carries the engagement's registration link (0031).
  const registrationToken =
    stage === "DATES_SET" ? await ensureRegistrationLink(tx, systemActor("dates-set"), inquiry.id) : null;
  const place = (session: (typeof sessions)[number]) => [session.location, session.address].filter(Boolean).join(", ");
  await enqueueMail(tx, {
    template: "engagement-status",
    props: {
      stage,
      salutation: inquiry.salutation,
      contactName: inquiry.contactName,
      title: snapshot.title,
      reference: inquiry.reference,
      days: sessions.map(
        (session) =>
          `${formatDate(session.startsAt)}, ${formatTime(session.startsAt)}–${formatTime(session.endsAt)}, ${place(session)}`,
      ),
      calendar:
        stage === "DATES_SET"
          ? sessions.map((session) => engagementSessionIcs(toEngagementSession(session, snapshot.title), token))
          : undefined,
      portalUrl: links.portal(token),
      registrationUrl: registrationToken ? links.registration(registrationToken) : undefined,
    },
    to: inquiry.email,
    replyTo: getEnv().CONSULTANT_EMAIL,
    // The pipeline never moves back past these stages, so each is announced once per inquiry.
    idempotencyKey: `inquiry:${inquiry.id}:engagement:${stage}`,
    inquiryId: inquiry.id,
  });
}
