// Two production instances (`npm start` on two ports, each with its own copy of the build and
// so its own page cache) on one PostgreSQL database, as on two machines behind a load balancer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createAdminUser } from "@/lib/auth/users";
import { getDb } from "@/lib/db";
import { seedDemoContent } from "@/prisma/seed/seed";

import { actionId, callAction, clientAddress, signInAdmin, startAppServer, type AppServer } from "../setup/app-server";
import { inquiryInput } from "../setup/inquiry-input";
import { freePort } from "../setup/jobs";
import { startSmtpSink, type SmtpSink } from "../setup/smtp-sink";

let a: AppServer;
let b: AppServer;
let sink: SmtpSink;
let submitInquiry = "";

type Result = { ok: boolean; code?: string; data?: { reference: string } };

beforeAll(async () => {
  await seedDemoContent(getDb());
  sink = await startSmtpSink();
  const env = { SMTP_URL: `smtp://127.0.0.1:${sink.port}` };
  const url = process.env.DATABASE_URL!;
  [a, b] = await Promise.all([
    startAppServer({ port: await freePort(), databaseUrl: url, separateBuild: "instance-a", env }),
    startAppServer({ port: await freePort(), databaseUrl: url, separateBuild: "instance-b", env }),
  ]);
  submitInquiry = await actionId("submitInquiryAction", "lib/inquiries/actions.ts");
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await sink?.stop();
});

describe("two instances on one database", () => {
  it("sends each mail once, whichever instance took the inquiry and whichever worker is faster", async () => {
    const calls = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        callAction(index % 2 ? b : a, "/anfrage", submitInquiry, [inquiryInput(`team${index}@amt.example`)], {
          clientAddress: clientAddress(200 + index),
        }),
      ),
    );
    const references = calls.map((call) => (call.result as Result).data?.reference);
    expect(references.every(Boolean), JSON.stringify(calls)).toBe(true);
    await sink.waitFor(12);
    // Give a duplicate delivery time to show up before counting.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(sink.messages).toHaveLength(12);
    const ids = sink.messages.map((message) => message.messageId);
    expect(new Set(ids).size).toBe(12);
    for (let index = 0; index < 6; index++) {
      const toVisitor = sink.messages.filter(
        (message) => message.text?.includes(references[index]!) && JSON.stringify(message.to).includes(`team${index}@`),
      );
      expect(toVisitor, `confirmation of ${references[index]}`).toHaveLength(1);
    }
    expect(await getDb().outboxMessage.count({ where: { status: { not: "SENT" } } })).toBe(0);
  });

  it("lets the consultant work on one instance an inquiry that arrived through the other", async () => {
    const owner = {
      email: "inhaber@anliegen.example",
      name: "Markus Muster",
      password: "Zwei-Instanzen-2026",
      role: "OWNER" as const,
    };
    await createAdminUser(getDb(), owner);
    // Markup a visitor typed must stay text in the admin area.
    const markup = '<img src=x onerror="alert(1)"> Steueramt';
    const sent = await callAction(
      a,
      "/anfrage",
      submitInquiry,
      [{ ...inquiryInput("worked.elsewhere@amt.example"), organisationName: markup }],
      { clientAddress: clientAddress(500) },
    );
    const reference = (sent.result as Result).data!.reference;
    const row = await getDb().inquiry.findUniqueOrThrow({ where: { reference } });

    // Signed in on A; the same session cookie works on B (shared AUTH_SECRET).
    const cookie = await signInAdmin(a, owner.email, owner.password);
    const list = await fetch(`${b.url}/admin/anfragen`, { headers: { cookie } });
    expect(list.status).toBe(200);
    const listHtml = await list.text();
    expect(listHtml).toContain(reference);
    expect(listHtml).toContain("&lt;img src=x onerror=");
    expect(listHtml).not.toContain("<img src=x");
    const changeStatus = await actionId("changeInquiryStatusAction", "lib/inquiries/admin-actions.ts");
    const changed = await callAction(
      b,
      `/admin/anfragen/${reference}`,
      changeStatus,
      [{ inquiryId: row.id, to: "IN_CLARIFICATION", note: "Rückruf vereinbart" }],
      { cookie },
    );
    expect(changed.result).toMatchObject({ ok: true });
    expect((await getDb().inquiry.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("IN_CLARIFICATION");
    const detail = await fetch(`${a.url}/admin/anfragen/${reference}`, { headers: { cookie } });
    expect(await detail.text()).toContain("Rückruf vereinbart");
  });

  it("counts the rate limit across both instances", async () => {
    const address = clientAddress(9999);
    const results: Result[] = [];
    for (let index = 0; index < 6; index++) {
      const call = await callAction(
        index % 2 ? b : a,
        "/anfrage",
        submitInquiry,
        [inquiryInput(`limit${index}@amt.example`)],
        {
          clientAddress: address,
        },
      );
      results.push(call.result as Result);
    }
    // Five an hour per client address (INQUIRY_RATE_LIMIT), three of them sent to each instance.
    expect(results.slice(0, 5).map((result) => result.ok)).toEqual([true, true, true, true, true]);
    expect(results[5]).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });

  it("shows a catalogue edit made through one instance on the other once it is revalidated", async () => {
    const path = "/kurse/professionell-telefonieren";
    const title = async (server: AppServer) => {
      const response = await fetch(`${server.url}${path}`);
      const html = await response.text();
      return { cache: response.headers.get("x-nextjs-cache"), h1: /<h1[^>]*>([^<]+)<\/h1>/.exec(html)?.[1] };
    };
    for (const server of [a, b]) await title(server);
    expect(await title(b)).toEqual({ cache: "HIT", h1: "Professionell und gelassen am Telefon" });

    await getDb().course.update({
      where: { slug: "professionell-telefonieren" },
      data: { title: "Professionell, freundlich und gelassen am Telefon" },
    });
    // Until someone revalidates, both serve their cached page.
    expect((await title(b)).h1).toBe("Professionell und gelassen am Telefon");

    const revalidated = await fetch(`${a.url}/dev/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind: "courses" }),
    });
    expect(revalidated.status).toBe(200);
    expect((await title(a)).h1).toBe("Professionell, freundlich und gelassen am Telefon");
    await expect
      .poll(async () => (await title(b)).h1, { timeout: 5_000, interval: 100 })
      .toBe("Professionell, freundlich und gelassen am Telefon");
  });
});
