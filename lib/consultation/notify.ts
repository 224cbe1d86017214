// Which e-mails go out when a call is booked, moved or cancelled; written in the caller's transaction.
import type { Tx } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { formatHoldDeadline } from "@/lib/format";
import type { Salutation } from "@/lib/generated/prisma/enums";
import type { IcsEvent } from "@/lib/ics";
import { calendarDomain, links } from "@/lib/links";
import { enqueueMail } from "@/lib/mail/outbox";

export type CallForMail = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  salutation: Salutation;
  name: string;
  organisation: string;
  email: string;
  phone: string | null;
  topic: string;
  /** Set while the caller has not confirmed from the mail. */
  holdExpiresAt: Date | null;
};

/** One calendar entry per call, kept across moves: the UID of the first booking, the move count as sequence. */
export function callIcs(
  call: CallForMail,
  chain: { rootId: string; sequence: number },
  method: IcsEvent["method"],
): IcsEvent {
  const env = getEnv();
  return {
    uid: `call-${chain.rootId}@${calendarDomain()}`,
    sequence: chain.sequence,
    startsAt: call.startsAt.toISOString(),
    endsAt: call.endsAt.toISOString(),
    summary: `Erstgespräch Anliegen: ${call.name}, ${call.organisation}`,
    description: [`Telefon: ${call.phone ?? "–"}`, call.topic ? `Thema: ${call.topic}` : ""].filter(Boolean).join("\n"),
    location: "Telefon",
    organizer: { name: "Anliegen", email: env.CONSULTANT_EMAIL },
    attendee: { name: call.name, email: call.email },
    method,
  };
}

type BookedMail = {
  call: CallForMail;
  chain: { rootId: string; sequence: number };
  manageToken: string;
  moved: boolean;
  meetingNote: string;
  changeCutoffHours: number;
  inquiryId?: string | null;
  inquiryReference?: string;
};

/**
 * A held call: the visitor alone gets the link to confirm (no calendar entry yet). A confirmed
 * call, or a confirmed one moved: both sides, with the calendar entry.
 */
export async function notifyCallBooked(tx: Tx, mail: BookedMail): Promise<void> {
  const { call } = mail;
  const held = call.holdExpiresAt !== null;
  const base = {
    moved: mail.moved,
    salutation: call.salutation,
    name: call.name,
    organisation: call.organisation,
    email: call.email,
    phone: call.phone ?? "",
    topic: call.topic,
    startsAt: call.startsAt.toISOString(),
    endsAt: call.endsAt.toISOString(),
    meetingNote: mail.meetingNote,
    inquiryReference: mail.inquiryReference,
    changeCutoffHours: mail.changeCutoffHours,
    confirmBy: call.holdExpiresAt ? formatHoldDeadline(call.holdExpiresAt) : undefined,
    ics: held ? undefined : callIcs(call, mail.chain, "REQUEST"),
  };
  const refs = { appointmentId: call.id, inquiryId: mail.inquiryId ?? undefined };
  await enqueueMail(tx, {
    template: "call-booked",
    props: { ...base, recipient: "visitor", manageUrl: links.manageCall(mail.manageToken) },
    to: call.email,
    replyTo: getEnv().CONSULTANT_EMAIL,
    idempotencyKey: `appointment:${call.id}:${held ? "held" : "booked"}:visitor`,
    ...refs,
  });
  // The consultant hears of a call once it is confirmed; held calls are listed in the admin area.
  if (held) return;
  await enqueueMail(tx, {
    template: "call-booked",
    props: { ...base, recipient: "consultant", adminUrl: links.adminCalls() },
    to: getEnv().CONSULTANT_EMAIL,
    replyTo: call.email,
    idempotencyKey: `appointment:${call.id}:booked:consultant`,
    ...refs,
  });
}

export async function notifyCallCancelled(
  tx: Tx,
  call: CallForMail,
  chain: { rootId: string; sequence: number },
  byConsultant: boolean,
): Promise<void> {
  const wasHeld = call.holdExpiresAt !== null;
  const base = {
    byConsultant,
    salutation: call.salutation,
    name: call.name,
    organisation: call.organisation,
    startsAt: call.startsAt.toISOString(),
    endsAt: call.endsAt.toISOString(),
    bookUrl: links.bookCall(),
    ics: callIcs(call, { ...chain, sequence: chain.sequence + 1 }, "CANCEL"),
  };
  await enqueueMail(tx, {
    template: "call-cancelled",
    props: { ...base, recipient: "visitor" },
    to: call.email,
    replyTo: getEnv().CONSULTANT_EMAIL,
    idempotencyKey: `appointment:${call.id}:cancelled:visitor`,
    appointmentId: call.id,
  });
  if (wasHeld) return;
  await enqueueMail(tx, {
    template: "call-cancelled",
    props: { ...base, recipient: "consultant", adminUrl: links.adminCalls() },
    to: getEnv().CONSULTANT_EMAIL,
    idempotencyKey: `appointment:${call.id}:cancelled:consultant`,
    appointmentId: call.id,
  });
}
