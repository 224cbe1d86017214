// The parts of an Auth.js adapter that e-mail sign-in needs, on our own Prisma client. Sessions are
// JWTs, so no session storage. There is no self-registration: createUser refuses (the signIn
// callback stops unknown addresses before Auth.js would call it).
import type { Adapter, AdapterUser } from "next-auth/adapters";

import type { Database } from "@/lib/db/client";

type UserRow = { id: string; email: string; name: string | null; emailVerified: Date | null; image: string | null };

function toAdapterUser(user: UserRow): AdapterUser {
  return { id: user.id, email: user.email, name: user.name, emailVerified: user.emailVerified, image: user.image };
}

export function createAuthAdapter(getDb: () => Database): Adapter {
  return {
    async getUser(id) {
      const user = await getDb().user.findUnique({ where: { id } });
      return user?.active ? toAdapterUser(user) : null;
    },
    async getUserByEmail(email) {
      const user = await getDb().user.findUnique({ where: { email: email.toLowerCase() } });
      return user?.active ? toAdapterUser(user) : null;
    },
    async getUserByAccount() {
      return null;
    },
    async createUser() {
      throw new Error("Admin accounts are created with `npm run admin:create`, never by signing in.");
    },
    async updateUser(user) {
      const updated = await getDb().user.update({
        where: { id: user.id },
        data: { emailVerified: user.emailVerified ?? undefined, name: user.name ?? undefined },
      });
      return toAdapterUser(updated);
    },
    async createVerificationToken(token) {
      // Auth.js hands us the token already hashed with the secret; the link's token is never stored.
      return getDb().verificationToken.create({ data: token });
    },
    async useVerificationToken({ identifier, token }) {
      try {
        return await getDb().verificationToken.delete({ where: { identifier_token: { identifier, token } } });
      } catch {
        return null;
      }
    },
  };
}

/** Deletes sign-in link tokens past their expiry (unused links); run by the nightly retention job. */
export async function pruneExpiredVerificationTokens(db: Database, now = new Date()): Promise<number> {
  const { count } = await db.verificationToken.deleteMany({ where: { expires: { lt: now } } });
  return count;
}
