import "server-only";

import { auth } from "./config";

/** The signed-in user's id from the session cookie, or null. Guards add the database check. */
export async function readSessionUserId(): Promise<string | null> {
  const session = await auth();
  return session?.user?.id ?? null;
}
