"use server";

import { setTimeout as sleep } from "node:timers/promises";

import { AuthError } from "next-auth";

import { failure, success, type ActionResult } from "@/lib/action-result";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publicAction } from "@/lib/public-action";

import { EMAIL_PROVIDER_ID, signIn, signOut } from "./config";
import { safeAdminPath, signInRequestsPerClient } from "./rules";
import { requestSignInLinkSchema, signInWithPasswordSchema } from "./schemas";
import { checkPasswordAttempt, recordPasswordFailure } from "./sign-in-throttle";

const TOO_MANY_ATTEMPTS =
  "Zu viele Anmeldeversuche. Bitte warten Sie einige Minuten und versuchen Sie es dann noch einmal.";
const WRONG_CREDENTIALS = "E-Mail-Adresse oder Passwort stimmen nicht.";

/** Every sign-in request from one address counts, for existing and unknown accounts alike. */
const clientLimit = { key: "sign-in:client", ...signInRequestsPerClient, message: TOO_MANY_ATTEMPTS };

/**
 * Sends a sign-in link if the account exists; the answer is the same either way. The mail limits
 * apply where every link is sent (sendVerificationRequest in config.ts).
 */
export async function requestSignInLink(input: unknown): Promise<ActionResult<{ redirectTo: string }>> {
  return publicAction(input, {
    schema: requestSignInLinkSchema,
    rateLimit: clientLimit,
    run: async ({ email, next }) => {
      await signIn(EMAIL_PROVIDER_ID, { email, redirect: false, redirectTo: safeAdminPath(next) });
      return success({ redirectTo: "/admin/anmelden/link-gesendet" });
    },
  });
}

/** Only failures count against an address and an account (sign-in-throttle.ts). */
export async function signInWithPassword(input: unknown): Promise<ActionResult<{ redirectTo: string }>> {
  return publicAction(input, {
    schema: signInWithPasswordSchema,
    rateLimit: clientLimit,
    run: async ({ email, password, next }, { client }) => {
      const attempt = { client, email };
      const gate = await checkPasswordAttempt(getDb(), attempt);
      if (!gate.allowed) throw new AppError("RATE_LIMITED", TOO_MANY_ATTEMPTS);
      if (gate.delayMs > 0) await sleep(gate.delayMs);
      try {
        await signIn("password", { email, password, redirect: false });
      } catch (error) {
        if (error instanceof AuthError) {
          await recordPasswordFailure(getDb(), attempt);
          return failure(WRONG_CREDENTIALS, { password: [WRONG_CREDENTIALS] }, "UNAUTHENTICATED");
        }
        throw error;
      }
      return success({ redirectTo: safeAdminPath(next) });
    },
  });
}

export async function signOutAdmin(): Promise<void> {
  await signOut({ redirectTo: "/admin/anmelden?abgemeldet=1" });
}
