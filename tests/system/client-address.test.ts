// Who the client is, decided by the app's own HTTP server from the socket (decision 0018),
// attacked over HTTP against `npm start`: a forged X-Forwarded-For walks around no limit, and
// behind a trusted proxy each real client still has its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { seedDemoContent } from "@/prisma/seed/seed";

import { actionId, callAction, startAppServer, type AppServer } from "../setup/app-server";
import { inquiryInput } from "../setup/inquiry-input";
import { freePort } from "../setup/jobs";
import { awayFromWindowEdge } from "../setup/rate-window";

let direct: AppServer;
let proxied: AppServer;
let submitInquiry = "";

type Result = { ok: boolean; code?: string };

async function submit(server: AppServer, email: string, forwardedFor: string, headers = {}): Promise<Result> {
  const call = await callAction(server, "/anfrage", submitInquiry, [inquiryInput(email)], {
    clientAddress: forwardedFor,
    headers,
  });
  return call.result as Result;
}

beforeAll(async () => {
  await seedDemoContent(getDb());
  const url = process.env.DATABASE_URL!;
  [direct, proxied] = await Promise.all([
    // Nobody in front: the socket decides, whatever the headers say.
    startAppServer({ port: await freePort(), databaseUrl: url, env: { TRUSTED_PROXIES: "" } }),
    // One trusted hop (nginx on the same machine, $proxy_add_x_forwarded_for).
    startAppServer({ port: await freePort(), databaseUrl: url, env: { TRUSTED_PROXIES: "127.0.0.1" } }),
  ]);
  submitInquiry = await actionId("submitInquiryAction", "lib/inquiries/actions.ts");
  await awayFromWindowEdge(60 * 60, 60);
});

afterAll(async () => {
  await Promise.all([direct?.stop(), proxied?.stop()]);
});

describe("the client's address", () => {
  it("counts 7 inquiries from one socket with 7 forged X-Forwarded-For (and client) headers as one client", async () => {
    const results: Result[] = [];
    for (let index = 1; index <= 7; index++) {
      // Also the header through which the server tells the app who the client is: it is replaced.
      const forged = { "x-anliegen-client": `192.0.2.${index}`, "x-real-ip": `192.0.2.${index}` };
      results.push(await submit(direct, `forged${index}@amt.example`, `203.0.113.${index}`, forged));
    }
    expect(results.map((result) => result.ok)).toEqual([true, true, true, true, true, false, false]);
    expect(results.slice(5).map((result) => result.code)).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);
  });

  it("behind a trusted proxy counts two real clients apart, whatever they forged on the left", async () => {
    const results: [Result, Result][] = [];
    for (let index = 1; index <= 6; index++) {
      // What nginx passes on: the client's own header, then the address nginx saw.
      results.push([
        await submit(proxied, `erste${index}@amt.example`, `6.6.6.${index}, 198.51.100.1`),
        await submit(proxied, `zweite${index}@amt.example`, `6.6.6.${index}, 198.51.100.2`),
      ]);
    }
    expect(results.map(([first, second]) => [first.ok, second.ok])).toEqual([
      [true, true],
      [true, true],
      [true, true],
      [true, true],
      [true, true],
      [false, false],
    ]);
  });
});
