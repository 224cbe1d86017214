// Sign-in links point at APP_URL and nowhere else, whatever Host, X-Forwarded-Host and Origin a
// request carries (decision 0018), attacked over HTTP against `npm start`: through the sign-in
// form's server action and through Auth.js's own route.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createAdminUser } from "@/lib/auth/users";
import { getDb } from "@/lib/db";

import { actionId, callAction, startAppServer, type AppServer } from "../setup/app-server";
import { freePort } from "../setup/jobs";
import { linksInMail } from "../setup/mail-links";
import { startSmtpSink, type SmtpSink } from "../setup/smtp-sink";

const OWNER = "inhaberin@anliegen.example";
const EVIL = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", origin: "https://evil.example" };

let server: AppServer;
let sink: SmtpSink;
/** "localhost", as Next spells loopback in request URLs: 127.0.0.1 would be rewritten to it. */
let appUrl = "";

beforeAll(async () => {
  await createAdminUser(getDb(), { email: OWNER, role: "OWNER", name: "Inhaberin" });
  sink = await startSmtpSink();
  const port = await freePort();
  appUrl = `http://localhost:${port}`;
  server = await startAppServer({
    port,
    databaseUrl: process.env.DATABASE_URL!,
    env: { SMTP_URL: sink.url, APP_URL: appUrl },
  });
});

afterAll(async () => {
  await server?.stop();
  await sink?.stop();
});

/** Waits briefly for a mail to the owner; none at all (the request was refused) is fine too. */
async function mailsToOwner(after: number): Promise<ReturnType<typeof linksInMail>[]> {
  await sink.waitFor(after + 1, 3_000).catch(() => {});
  return sink.messages.slice(after).map(linksInMail);
}

function expectOnlyAppLinks(mails: string[][]) {
  for (const links of mails) {
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.startsWith(`${appUrl}/`), link).toBe(true);
  }
}

describe("sign-in links", () => {
  it("built by the sign-in form's action point at APP_URL, whatever the forwarded host says", async () => {
    const before = sink.messages.length;
    const id = await actionId("requestSignInLink", "lib/auth/actions.ts");
    const call = await callAction(server, "/admin/anmelden", id, [{ email: OWNER, next: "/admin" }], {
      clientAddress: "10.40.0.1",
      headers: EVIL,
    });
    const mails = await mailsToOwner(before);
    if (mails.length === 0) expect(call.result).not.toMatchObject({ ok: true });
    expectOnlyAppLinks(mails);
    expect(mails.flat().some((link) => link.includes("/api/auth/callback/email?"))).toBe(mails.length > 0);
  });

  it("asked for at /api/auth/signin/email are refused or point at APP_URL", async () => {
    const before = sink.messages.length;
    const headers = { ...EVIL, "x-forwarded-for": "10.40.0.2" };
    const csrf = await fetch(`${server.url}/api/auth/csrf`, { headers });
    const cookie = csrf.headers
      .getSetCookie()
      .map((entry) => entry.split(";")[0])
      .join("; ");
    const token = csrf.ok ? ((await csrf.json()) as { csrfToken?: string }).csrfToken : undefined;
    const response = await fetch(`${server.url}/api/auth/signin/email`, {
      method: "POST",
      redirect: "manual",
      headers: { ...headers, cookie, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ email: OWNER, csrfToken: token ?? "", callbackUrl: "https://evil.example/admin" }),
    });
    const location = response.headers.get("location") ?? "";
    if (location) expect(location.startsWith(`${appUrl}/`) || location.startsWith("/"), location).toBe(true);
    expectOnlyAppLinks(await mailsToOwner(before));
  });
});
