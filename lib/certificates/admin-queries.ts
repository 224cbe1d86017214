import "server-only";

import { requireAdmin } from "@/lib/auth/guards";
import { getDb } from "@/lib/db";
import { isUuid } from "@/lib/db/ids";

import { getRunCertificates, runRefOfSession, type RunCertificates } from "./queries";

/** The certificates of the run a session belongs to: admins only. */
export async function getCertificatesForAdmin(sessionId: string): Promise<RunCertificates | null> {
  await requireAdmin();
  if (!isUuid(sessionId)) return null;
  const db = getDb();
  const ref = await runRefOfSession(db, sessionId);
  return ref ? getRunCertificates(db, ref) : null;
}
