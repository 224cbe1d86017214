// The inquiry domain's writes. Receiving an inquiry lives here: the inquiry, its first timeline
// event and both e-mails are stored in one transaction, so a visitor who sees a reference number
// has an inquiry that cannot get lost. The consultant's pipeline work and the daily digest are
// parts of their own, re-exported below so that callers import writes from one place.
import { readConsultationSettings } from "@/lib/consultation/settings";
import { recordAudit, type Actor } from "@/lib/db/actor";
import type { Database } from "@/lib/db/client";
import { inTransaction } from "@/lib/db/transaction";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newManageToken } from "@/lib/manage-token";

import { responseDueAt } from "./due";
import { notifyInquiryReceived } from "./notify";
import { nextInquiryReference } from "./reference";
import type { SubmitInquiryInput, SubmitLeadershipInquiryInput } from "./schemas";
import { inquirySummaryLines, leadershipSummaryLines, type ChosenTitles } from "./summary";

export * from "./service-digest";
export * from "./service-pipeline";

export const UNKNOWN_CHOICE_MESSAGE =
  "Diese Auswahl ist nicht mehr verfügbar. Bitte laden Sie die Seite neu und wählen Sie erneut.";

export const TOO_MANY_INQUIRIES_MESSAGE =
  "Von Ihrem Anschluss kamen in kurzer Zeit sehr viele Anfragen. Bitte versuchen Sie es in einer Stunde wieder oder schreiben Sie mir direkt eine E-Mail. Ihre Eingaben bleiben erhalten.";
/** Generous for a team lead who sends a few inquiries, tight for a script. */
export const INQUIRY_RATE_LIMIT = { limit: 5, windowSeconds: 3600 };

export type ReceivedInquiry = { id: string; reference: string; responseDueAt: Date };

type Resolved = { ids: { course?: string; field?: string; goals: string[]; modules: string[] }; titles: ChosenTitles };

/** Slugs from the form -> published catalogue entries; anything else is refused at its field. */
async function resolveChoices(db: Database, input: SubmitInquiryInput): Promise<Resolved> {
  const [course, field, goals, modules] = await Promise.all([
    input.courseSlug
      ? db.course.findFirst({ where: { slug: input.courseSlug, published: true }, select: { id: true, title: true } })
      : null,
    input.fieldSlug
      ? db.fieldOfActivity.findFirst({
          where: { slug: input.fieldSlug, published: true },
          select: { id: true, name: true },
        })
      : null,
    input.goalSlugs.length
      ? db.goal.findMany({
          where: { slug: { in: input.goalSlugs }, published: true },
          orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
          select: { id: true, title: true },
        })
      : [],
    input.moduleSlugs.length
      ? db.contentModule.findMany({
          where: { slug: { in: input.moduleSlugs }, published: true },
          orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
          select: { id: true, title: true },
        })
      : [],
  ]);
  const refuse = (field: string) => new AppError("VALIDATION", UNKNOWN_CHOICE_MESSAGE, { field });
  if (input.courseSlug && !course) throw refuse("courseSlug");
  if (input.fieldSlug && !field) throw refuse("fieldSlug");
  if (goals.length !== input.goalSlugs.length) throw refuse("goalSlugs");
  if (modules.length !== input.moduleSlugs.length) throw refuse("moduleSlugs");
  return {
    ids: {
      course: course?.id,
      field: field?.id,
      goals: goals.map((goal) => goal.id),
      modules: modules.map((module) => module.id),
    },
    titles: {
      course: course?.title,
      field: field?.name,
      goals: goals.map((goal) => goal.title),
      modules: modules.map((module) => module.title),
    },
  };
}

const orNull = (value: string) => value || null;

/** Stores a validated inquiry with its reference, due time, RECEIVED event and both outbox e-mails. */
export async function submitInquiry(
  db: Database,
  actor: Actor,
  input: SubmitInquiryInput,
  now: Date = new Date(),
): Promise<ReceivedInquiry> {
  const { ids, titles } = await resolveChoices(db, input);
  return receiveInquiry(db, actor, now, {
    input,
    details: inquirySummaryLines(input, titles),
    data: {
      kind: "COURSE",
      participants: input.participants ? Number(input.participants) : null,
      fieldId: ids.field,
      courseId: ids.course,
      challenges: input.challenges,
      challengesOther: orNull(input.challengesOther),
      format: input.format || null,
      preferredPeriod: orNull(input.preferredPeriod),
      venue: input.venue || null,
      venueNote: orNull(input.venueNote),
      language: input.language,
      message: orNull(input.message),
      wishedGoals: { create: ids.goals.map((goalId) => ({ goalId })) },
      wishedModules: { create: ids.modules.map((moduleId) => ({ moduleId })) },
    },
  });
}

/** The leadership inquiry (Führungskultur): the same intake, its own answers, kind LEADERSHIP. */
export async function submitLeadershipInquiry(
  db: Database,
  actor: Actor,
  input: SubmitLeadershipInquiryInput,
  now: Date = new Date(),
): Promise<ReceivedInquiry> {
  return receiveInquiry(db, actor, now, {
    input,
    details: leadershipSummaryLines(input),
    data: {
      kind: "LEADERSHIP",
      teamSize: input.teamSize ? Number(input.teamSize) : null,
      desiredChange: input.desiredChange,
      attendees: input.attendees,
      preferredPeriod: orNull(input.preferredPeriod),
      message: orNull(input.message),
    },
  });
}

type Requester = Pick<
  SubmitInquiryInput,
  "organisationName" | "organisationKind" | "department" | "salutation" | "contactName" | "email" | "phone"
>;

/** What the two forms' own questions add to the inquiry row. */
type KindData = Omit<
  Prisma.InquiryUncheckedCreateInput,
  | "reference"
  | "callTokenHash"
  | "organisationName"
  | "organisationKind"
  | "department"
  | "salutation"
  | "contactName"
  | "email"
  | "phone"
  | "privacyConsentAt"
  | "receivedAt"
  | "responseDueAt"
>;

async function receiveInquiry(
  db: Database,
  actor: Actor,
  now: Date,
  { input, details, data }: { input: Requester; details: [string, string][]; data: KindData },
): Promise<ReceivedInquiry> {
  const settings = await readConsultationSettings(db);
  const dueAt = responseDueAt(now, getEnv().INQUIRY_RESPONSE_WORKING_DAYS, settings.canton);
  return inTransaction(db, async (tx) => {
    const reference = await nextInquiryReference(tx, now);
    // The confirmation's call link carries this token; only its hash is stored.
    const callToken = newManageToken();
    const inquiry = await tx.inquiry.create({
      data: {
        ...data,
        reference,
        callTokenHash: callToken.hash,
        organisationName: input.organisationName,
        organisationKind: input.organisationKind,
        department: orNull(input.department),
        salutation: input.salutation,
        contactName: input.contactName,
        email: input.email,
        phone: orNull(input.phone),
        privacyConsentAt: now,
        receivedAt: now,
        responseDueAt: dueAt,
      },
      select: { id: true, reference: true },
    });
    const mails = await notifyInquiryReceived(tx, {
      id: inquiry.id,
      callToken: callToken.token,
      reference,
      receivedAt: now.toISOString(),
      responseDueAt: dueAt.toISOString(),
      contactName: input.contactName,
      organisationName: input.organisationName,
      email: input.email,
      phone: input.phone,
      details,
    });
    await tx.inquiryEvent.create({
      data: {
        inquiryId: inquiry.id,
        type: "RECEIVED",
        toStatus: "NEW",
        body: "Anfrage über das Formular auf der Website eingegangen.",
        data: { confirmationId: mails.confirmation.id, notificationId: mails.notification.id },
      },
    });
    await recordAudit(tx, actor, {
      action: "inquiry.receive",
      entityType: "Inquiry",
      entityId: inquiry.id,
      data: { kind: data.kind ?? "COURSE" },
    });
    return { id: inquiry.id, reference, responseDueAt: dueAt };
  });
}
