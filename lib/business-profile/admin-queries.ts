import "server-only";

import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";

import { readBusinessProfile } from "./queries";

export async function getBusinessProfileForAdmin() {
  await requireAdmin();
  return readBusinessProfile(getDb());
}
