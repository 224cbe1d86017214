// Which e-mails go out when a call is booked, moved or cancelled; written in the caller's transaction.
import type { Tx } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import type { IcsEvent } from "@/lib/ics";
import { calendarDomain, links } from "@/lib/links";
import { enqueueMail } from "@/lib/mail/outbox";

export type CallForMail = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  name: string;
  organisation: string;
  email: string;
  phone: string | null;
  topic: string;
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

export async function notifyCallBooked(tx: Tx, mail: BookedMail): Promise<void> {
  const { call } = mail;
  const base = {
    moved: mail.moved,
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
    ics: callIcs(call, mail.chain, "REQUEST"),
  };
  const refs = { appointmentId: call.id, inquiryId: mail.inquiryId ?? undefined };
  await enqueueMail(tx, {
    template: "call-booked",
    props: { ...base, recipient: "visitor", manageUrl: links.manageCall(mail.manageToken) },
    to: call.email,
    replyTo: getEnv().CONSULTANT_EMAIL,
    idempotencyKey: `appointment:${call.id}:booked:visitor`,
    ...refs,
  });
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
  const base = {
    byConsultant,
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
  await enqueueMail(tx, {
    template: "call-cancelled",
    props: { ...base, recipient: "consultant", adminUrl: links.adminCalls() },
    to: getEnv().CONSULTANT_EMAIL,
    idempotencyKey: `appointment:${call.id}:cancelled:consultant`,
    appointmentId: call.id,
  });
}
