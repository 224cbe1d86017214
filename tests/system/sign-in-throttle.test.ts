// Guessing is throttled and nobody can lock the owner out (decision 0018), attacked over HTTP
// against `npm start` behind a trusted proxy hop: a guesser at one address is refused even with
// the right password, while the owner at another address signs in by password and by e-mail link.
// Auth.js's own routes, which would skip these limits, do not exist.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createAdminUser } from "@/lib/auth/users";
import { getDb } from "@/lib/db";

import { actionId, callAction, startAppServer, type AppServer } from "../setup/app-server";
import { freePort } from "../setup/jobs";
import { linksInMail } from "../setup/mail-links";
import { awayFromWindowEdge } from "../setup/rate-window";
import { startSmtpSink, type SmtpSink } from "../setup/smtp-sink";

const OWNER = { email: "markus.throttle@anliegen.example", password: "richtig-und-lang-genug" };
const GUESSER = "198.51.100.66";
const OWNER_DESK = "203.0.113.10";

let server: AppServer;
let sink: SmtpSink;
let passwordAction = "";
let linkAction = "";

type Result = { ok: boolean; code?: string };

beforeAll(async () => {
  await createAdminUser(getDb(), { ...OWNER, role: "OWNER", name: "Markus" });
  sink = await startSmtpSink();
  const port = await freePort();
  server = await startAppServer({
    port,
    databaseUrl: process.env.DATABASE_URL!,
    env: { SMTP_URL: sink.url, APP_URL: `http://localhost:${port}` },
  });
  passwordAction = await actionId("signInWithPassword", "lib/auth/actions.ts");
  // All four tests count in one 15-minute window.
  await awayFromWindowEdge(15 * 60, 60);
  linkAction = await actionId("requestSignInLink", "lib/auth/actions.ts");
});

afterAll(async () => {
  await server?.stop();
  await sink?.stop();
});

const hasSession = (cookies: string[]) => cookies.some((cookie) => cookie.includes("session-token="));

async function withPassword(address: string, password: string) {
  const call = await callAction(server, "/admin/anmelden", passwordAction, [{ ...OWNER, password, next: "/admin" }], {
    // What the proxy in front adds; whatever the client wrote on the left counts for nothing.
    clientAddress: `${OWNER_DESK}, ${address}`,
  });
  return { result: call.result as Result, session: hasSession(call.cookies) };
}

async function askForLink(address: string) {
  const call = await callAction(server, "/admin/anmelden", linkAction, [{ email: OWNER.email, next: "/admin" }], {
    clientAddress: address,
  });
  return call.result as Result;
}

const mailsToOwner = () =>
  sink.messages.filter(
    (mail) => JSON.stringify(mail.to).includes(OWNER.email) && mail.subject?.includes("Anmeldelink"),
  );

describe("sign-in throttle over HTTP", () => {
  it("refuses the guesser's address after 5 failures, even with the right password; the owner gets in elsewhere", async () => {
    for (let index = 0; index < 5; index++) {
      const guess = await withPassword(GUESSER, `falsch-geraten-${index}`);
      expect(guess.result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    }
    const right = await withPassword(GUESSER, OWNER.password);
    expect(right.result).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(right.session).toBe(false);

    const owner = await withPassword(OWNER_DESK, OWNER.password);
    expect(owner.result).toMatchObject({ ok: true });
    expect(owner.session).toBe(true);
  });

  it("lets the owner sign in by e-mail link from another address while the guesser is refused", async () => {
    expect(await askForLink(OWNER_DESK)).toMatchObject({ ok: true });
    const [mail] = await sink.waitFor(1);
    const link = linksInMail(mail!).find((href) => href.includes("/api/auth/callback/email?"));
    expect(link).toBeDefined();
    // The mail says localhost (APP_URL); the server listens on 127.0.0.1.
    const callback = await fetch(link!.replace("//localhost:", "//127.0.0.1:"), {
      redirect: "manual",
      headers: { "x-forwarded-for": OWNER_DESK },
    });
    expect(callback.status).toBe(302);
    expect(callback.headers.get("location")).toMatch(/\/admin$/);
    expect(hasSession(callback.headers.getSetCookie())).toBe(true);
    expect((await withPassword(GUESSER, OWNER.password)).result).toMatchObject({ code: "RATE_LIMITED" });
  });

  it("sends at most 5 sign-in mails per account in 15 minutes, at most 3 for one address", async () => {
    const before = mailsToOwner().length;
    for (const address of ["192.0.2.1", "192.0.2.1", "192.0.2.1", "192.0.2.1", "192.0.2.2", "192.0.2.2"]) {
      // The answer never reveals whether a mail went out.
      expect(await askForLink(address)).toMatchObject({ ok: true });
    }
    await expect.poll(() => mailsToOwner().length - before, { timeout: 10_000 }).toBe(4);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    // 3 for the first address (its 4th refused) and 1 for the second: with the owner's own link above,
    // the account's 5.
    expect(mailsToOwner().length - before).toBe(4);
  });

  it("has no Auth.js route but the e-mail link's callback", async () => {
    for (const [method, path] of [
      ["POST", "/api/auth/signin/email"],
      ["POST", "/api/auth/callback/password"],
      ["POST", "/api/auth/signout"],
      ["GET", "/api/auth/csrf"],
      ["GET", "/api/auth/session"],
      ["GET", "/api/auth/signin"],
      ["GET", "/api/auth/providers"],
    ] as const) {
      const response = await fetch(`${server.url}${path}`, {
        method,
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: method === "POST" ? new URLSearchParams({ email: OWNER.email, password: OWNER.password }) : undefined,
      });
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    const badLink = await fetch(`${server.url}/api/auth/callback/email?token=nope&email=${OWNER.email}`, {
      redirect: "manual",
    });
    expect(badLink.status).toBe(302);
    expect(badLink.headers.get("location")).toMatch(/\/admin\/anmelden\?error=Verification/);
  });
});
