// Auth.js for the admin area: sign-in by e-mail link (sent through the app's outbox) or by
// password. JWT sessions; every read re-checks the user in the database (lib/auth/guards.ts).
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";

import { getDb } from "@/lib/db";
import { inTransaction } from "@/lib/db/transaction";
import { getEnv } from "@/lib/env";
import { getLogger } from "@/lib/log";
import { enqueueMail } from "@/lib/mail/outbox";
import { clientKey } from "@/lib/request";

import { createAuthAdapter } from "./adapter";
import { verifyPassword } from "./password";
import { normaliseEmail, SESSION_MAX_AGE_SECONDS, SIGN_IN_LINK_MAX_AGE_SECONDS } from "./rules";
import { allowSignInMail } from "./sign-in-throttle";

export const EMAIL_PROVIDER_ID = "email";

// Every link Auth.js builds (above all the one in the sign-in mail) comes from APP_URL, never from
// Host or X-Forwarded-Host: with AUTH_URL set, next-auth rewrites each request's origin to it and
// builds the URLs of server-side signIn() from it (decision 0018).
process.env.AUTH_URL = new URL(getEnv().APP_URL).origin;

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: process.env.AUTH_SECRET,
  // The host is AUTH_URL's, whatever the request says; this only silences Auth.js's host check.
  trustHost: true,
  adapter: createAuthAdapter(getDb),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 60 * 60 },
  pages: {
    signIn: "/admin/anmelden",
    verifyRequest: "/admin/anmelden/link-gesendet",
    error: "/admin/anmelden",
  },
  providers: [
    {
      id: EMAIL_PROVIDER_ID,
      type: "email",
      name: "E-Mail-Link",
      maxAge: SIGN_IN_LINK_MAX_AGE_SECONDS,
      normalizeIdentifier: normaliseEmail,
      async sendVerificationRequest({ identifier, url }) {
        // Sent only to existing, active accounts; the visitor sees the same answer either way.
        const db = getDb();
        const user = await db.user.findUnique({ where: { email: identifier } });
        if (!user?.active) return;
        // Every link passes here, whichever way it was asked for: the mail limits hold for all.
        if (!(await allowSignInMail(db, { client: await clientKey(), email: user.email }))) {
          getLogger().warn({ event: "sign-in-mail-limited" }, "sign-in mail not sent: limit reached");
          return;
        }
        await inTransaction(db, (tx) =>
          enqueueMail(tx, {
            template: "sign-in-link",
            props: { url, validMinutes: SIGN_IN_LINK_MAX_AGE_SECONDS / 60 },
            to: user.email,
            idempotencyKey: `sign-in:${user.id}:${Date.now()}`,
          }),
        );
      },
    },
    Credentials({
      id: "password",
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const email = typeof credentials.email === "string" ? normaliseEmail(credentials.email) : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        const user = email ? await getDb().user.findUnique({ where: { email } }) : null;
        const valid = await verifyPassword(user?.active ? user.passwordHash : null, password);
        if (!user || !valid) throw new CredentialsSignin();
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    async signIn({ user, email }) {
      // Requesting a link is always "accepted" so the answer never reveals whether an account
      // exists; sendVerificationRequest only mails existing accounts.
      if (email?.verificationRequest) return true;
      if (!user.email) return false;
      const account = await getDb().user.findUnique({ where: { email: normaliseEmail(user.email) } });
      return Boolean(account?.active);
    },
    async jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    async session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
    redirect({ url, baseUrl }) {
      const target = new URL(url, baseUrl);
      return target.origin === new URL(baseUrl).origin ? target.toString() : `${baseUrl}/admin`;
    },
  },
  events: {
    async signIn({ user }) {
      if (user.id) await getDb().user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    },
  },
  logger: {
    error(error) {
      // Failed sign-ins are expected; everything else is worth a log line (without personal data).
      const type = (error as { type?: string }).type ?? error.name;
      if (type !== "CredentialsSignin") getLogger().error({ event: "auth-error", type }, error.message);
    },
    warn() {},
    debug() {},
  },
});
