// Inquiries and admin users written straight to the database, for admin tests that must not
// depend on the public inquiry form.
import { createAdminUser } from "@/lib/auth/users";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { seedDemoContent } from "@/prisma/seed/seed";

const HOUR = 60 * 60 * 1000;

/** Seeds the demo content and returns its owner, who acts in the tests that need the demo catalogue. */
export async function seedWithOwner(database: Database): Promise<{ id: string; name: string | null }> {
  await seedDemoContent(database);
  const user = await database.user.findFirstOrThrow({ where: { role: "OWNER" } });
  return { id: user.id, name: user.name };
}

let counter = 0;

/** Unique references within one database, in the app's format (ANF-2026-0001). */
export function nextReference(year = 2026): string {
  counter += 1;
  return `ANF-${year}-${String(counter).padStart(4, "0")}`;
}

export function inquiryData(overrides: Partial<Prisma.InquiryUncheckedCreateInput> = {}) {
  const receivedAt = overrides.receivedAt ? new Date(overrides.receivedAt) : new Date();
  return {
    reference: nextReference(),
    organisationName: "Strassenverkehrsamt Bern",
    organisationKind: "CANTONAL_OFFICE",
    department: "Fahrzeugzulassung",
    contactName: "Zoë Müller-Brügger",
    email: "zoe.mueller@verwaltung.example",
    phone: "031 123 45 67",
    participants: 12,
    challenges: ["ANGRY_CUSTOMERS", "PHONE_STRESS"],
    format: "ONE_DAY",
    preferredPeriod: "Frühling 2027",
    venue: "AT_CLIENT",
    message: "Unser Team am Schalter erlebt immer mehr verärgerte Kundschaft.",
    privacyConsentAt: receivedAt,
    receivedAt,
    responseDueAt: new Date(receivedAt.getTime() + 48 * HOUR),
    ...overrides,
  } satisfies Prisma.InquiryUncheckedCreateInput;
}

/** One inquiry with its "received" event, as the public form would leave it. */
export async function createInquiry(db: Database, overrides: Partial<Prisma.InquiryUncheckedCreateInput> = {}) {
  const inquiry = await db.inquiry.create({ data: inquiryData(overrides) });
  await db.inquiryEvent.create({
    data: { inquiryId: inquiry.id, type: "RECEIVED", toStatus: inquiry.status, createdAt: inquiry.receivedAt },
  });
  return inquiry;
}

/** The business details as the owner enters them in the profile (no UID). */
export const exampleBusinessProfile = {
  name: "Zoë Beispiel",
  businessName: "Anliegen",
  street: "Bundesgasse 3",
  postcode: "3011",
  city: "Bern",
  email: "hallo@anliegen.example",
  phone: "+41 31 555 66 77",
};

export async function createAdmins(db: Database) {
  const owner = await createAdminUser(db, { email: "markus@anliegen.example", role: "OWNER", name: "Markus Muster" });
  const staff = await createAdminUser(db, { email: "assistenz@anliegen.example", role: "STAFF", name: "Sandra" });
  return { ownerId: owner.user.id, staffId: staff.user.id };
}

/** A published course with just the required texts. */
export async function createCourse(db: Database, slug = "telefon", title = "Professionell telefonieren") {
  return db.course.create({
    data: { slug, title, summary: "", audience: "", durationNote: "", priceNote: "", published: true },
  });
}
