// Inquiries written straight through Prisma, for the proposal tests (the public inquiry form is
// another feature). References are unique per call.
import { randomInt } from "node:crypto";

import type { Database } from "@/lib/db/client";
import type { Challenge, CourseFormat, InquiryStatus, Salutation } from "@/lib/generated/prisma/enums";

import { ensureCompleteBusinessProfile } from "./business-profile-fixtures";

export type InquiryFixture = {
  organisationName?: string;
  salutation?: Salutation;
  contactName?: string;
  email?: string;
  fieldSlug?: string;
  challenges?: Challenge[];
  format?: CourseFormat;
  participants?: number;
  status?: InquiryStatus;
  goalSlugs?: string[];
  moduleSlugs?: string[];
  preferredPeriod?: string;
  courseSlug?: string;
  message?: string;
};

export async function createInquiry(db: Database, fixture: InquiryFixture = {}) {
  // Sending a proposal needs the consultant's address and bank details (business profile).
  await ensureCompleteBusinessProfile(db);
  const reference = `ANF-2026-${String(randomInt(1000, 999_999)).padStart(6, "0")}`;
  const field = fixture.fieldSlug
    ? await db.fieldOfActivity.findUniqueOrThrow({ where: { slug: fixture.fieldSlug } })
    : null;
  const goals = await db.goal.findMany({ where: { slug: { in: fixture.goalSlugs ?? [] } } });
  const modules = await db.contentModule.findMany({ where: { slug: { in: fixture.moduleSlugs ?? [] } } });
  const course = fixture.courseSlug ? await db.course.findUniqueOrThrow({ where: { slug: fixture.courseSlug } }) : null;
  const now = new Date();
  return db.inquiry.create({
    data: {
      reference,
      organisationName: fixture.organisationName ?? "Strassenverkehrsamt Bern",
      organisationKind: "CANTONAL_OFFICE",
      department: "Abteilung Fahrzeugzulassung",
      salutation: fixture.salutation,
      contactName: fixture.contactName ?? "Zoë Müller-Brügger",
      email: fixture.email ?? `kontakt-${reference.toLowerCase()}@verwaltung.example`,
      participants: fixture.participants ?? 12,
      fieldId: field?.id,
      courseId: course?.id,
      challenges: fixture.challenges ?? ["ANGRY_CUSTOMERS", "NEGATIVE_DECISIONS"],
      format: fixture.format ?? "ONE_DAY",
      preferredPeriod: fixture.preferredPeriod ?? "März 2027",
      venue: "AT_CLIENT",
      venueNote: "Schulungsraum im Amt",
      message: fixture.message ?? "Unsere Mitarbeitenden am Schalter erleben zunehmend Vorwürfe.",
      privacyConsentAt: now,
      status: fixture.status ?? "NEW",
      responseDueAt: new Date(now.getTime() + 2 * 86_400_000),
      wishedGoals: { create: goals.map((goal) => ({ goalId: goal.id })) },
      wishedModules: { create: modules.map((module) => ({ moduleId: module.id })) },
    },
  });
}
