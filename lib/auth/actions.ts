"use server";

import { AuthError } from "next-auth";

import { failure, parseInput, runAction, success, type ActionResult } from "@/lib/action-result";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit";
import { clientKey } from "@/lib/request";

import { EMAIL_PROVIDER_ID, signIn, signOut } from "./config";
import { normaliseEmail, safeAdminPath, signInLimits } from "./rules";
import { requestSignInLinkSchema, signInWithPasswordSchema } from "./schemas";

const TOO_MANY_ATTEMPTS =
  "Zu viele Anmeldeversuche. Bitte warten Sie einige Minuten und versuchen Sie es dann noch einmal.";
const WRONG_CREDENTIALS = "E-Mail-Adresse oder Passwort stimmen nicht.";

/** Both limits count every attempt, for existing and unknown addresses alike. */
async function enforceSignInLimits(email: string): Promise<void> {
  const db = getDb();
  const [perAccount, perClient] = await Promise.all([
    hitRateLimit(db, `sign-in:account:${normaliseEmail(email)}`, signInLimits.perAccount),
    hitRateLimit(db, `sign-in:client:${await clientKey()}`, signInLimits.perClient),
  ]);
  if (!perAccount.allowed || !perClient.allowed) throw new AppError("RATE_LIMITED", TOO_MANY_ATTEMPTS);
}

/** Sends a sign-in link if the account exists; the answer is the same either way. */
export async function requestSignInLink(input: unknown): Promise<ActionResult<{ redirectTo: string }>> {
  return runAction(async () => {
    const { email, next } = parseInput(requestSignInLinkSchema, input);
    await enforceSignInLimits(email);
    await signIn(EMAIL_PROVIDER_ID, { email, redirect: false, redirectTo: safeAdminPath(next) });
    return success({ redirectTo: "/admin/anmelden/link-gesendet" });
  });
}

export async function signInWithPassword(input: unknown): Promise<ActionResult<{ redirectTo: string }>> {
  return runAction(async () => {
    const { email, password, next } = parseInput(signInWithPasswordSchema, input);
    await enforceSignInLimits(email);
    try {
      await signIn("password", { email, password, redirect: false });
    } catch (error) {
      if (error instanceof AuthError)
        return failure(WRONG_CREDENTIALS, { password: [WRONG_CREDENTIALS] }, "UNAUTHENTICATED");
      throw error;
    }
    return success({ redirectTo: safeAdminPath(next) });
  });
}

export async function signOutAdmin(): Promise<void> {
  await signOut({ redirectTo: "/admin/anmelden?abgemeldet=1" });
}
