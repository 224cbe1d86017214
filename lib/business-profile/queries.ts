import "server-only";

import type { Database } from "@/lib/db/client";

import { emptyBusinessProfile, type BusinessProfileInput } from "./schemas";

const select = {
  name: true,
  businessName: true,
  street: true,
  postcode: true,
  city: true,
  email: true,
  phone: true,
  uid: true,
} as const;

/** The profile, or all parts empty while none was entered; mails, the dashboard and the pages read it. */
export async function readBusinessProfile(db: Database): Promise<BusinessProfileInput> {
  return (await db.businessProfile.findUnique({ where: { id: 1 }, select })) ?? emptyBusinessProfile;
}
