// Inquiry submission end to end: the real server action over HTTP, through validation, the
// transaction and both outbox e-mails, at 20 connections. Each request comes from its own
// client address so the per-address limit (5 an hour) measures the work, not the refusal.
// Its yardstick (decision 0038): the floor, a bench-only action on the same server that does one
// insert in one transaction (lib/bench/actions.ts, on with BENCH_FLOOR=1), measured alternately
// with the inquiry in two halves each. Goal: the inquiry at least half the floor's req/s.
import type { Result } from "autocannon";

import type { Database } from "@/lib/db/client";
import { emptyInquiry } from "@/lib/inquiries/schemas";
import { actionId, clientAddress, type AppServer } from "@/tests/setup/app-server";

import { BENCH_SECONDS, fixed, heading, load, table } from "./support";

export const FLOOR_TARGET = 0.5;
const CONNECTIONS = 20;

function actionLoad(server: AppServer, path: string, id: string, body: string, seconds: number): Promise<Result> {
  let sent = 0;
  return load({
    url: server.url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: "POST",
        path,
        body,
        headers: {
          accept: "text/x-component",
          "content-type": "text/plain;charset=UTF-8",
          "next-action": id,
          origin: server.url,
        },
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, "x-forwarded-for": clientAddress(100_000 + sent++) },
        }),
      },
    ],
  });
}

type Halves = { rps: number; p50: number; p99: number; ok: number; bad: number };

function combine(results: Result[]): Halves {
  return {
    rps: results.reduce((sum, result) => sum + result.requests.average, 0) / results.length,
    p50: results.reduce((sum, result) => sum + result.latency.p50, 0) / results.length,
    p99: Math.max(...results.map((result) => result.latency.p99)),
    ok: results.reduce((sum, result) => sum + result["2xx"], 0),
    bad: results.reduce((sum, result) => sum + result.non2xx + result.errors, 0),
  };
}

export async function benchInquiry(server: AppServer, db: Database): Promise<{ ratio: number }> {
  heading(
    `Inquiry submission against the floor: server actions over HTTP, ${CONNECTIONS} connections, ${BENCH_SECONDS} s each`,
  );
  const inquiryId = await actionId("submitInquiryAction", "lib/inquiries/actions.ts");
  const floorId = await actionId("benchFloorAction", "lib/bench/actions.ts");
  const before = await db.inquiry.count();
  const floorBefore = await db.auditLog.count({ where: { action: "bench.floor" } });
  const body = JSON.stringify([
    {
      ...emptyInquiry("professionell-telefonieren"),
      organisationName: "Steueramt Luzern",
      organisationKind: "CANTONAL_OFFICE",
      contactName: "Zoë Müller",
      email: "zoe.bench@amt.example",
      phone: "041 123 45 67",
      participants: "12",
      message: "Unser Team am Schalter erlebt oft Druck.",
      privacyConsent: true,
    },
  ]);
  const half = Math.max(1, BENCH_SECONDS / 2);
  const inquiry: Result[] = [];
  const floor: Result[] = [];
  for (let round = 0; round < 2; round++) {
    inquiry.push(await actionLoad(server, "/anfrage", inquiryId, body, half));
    floor.push(await actionLoad(server, "/dev/bench-floor", floorId, "[]", half));
  }
  const stored = (await db.inquiry.count()) - before;
  const incomplete = await db.inquiry.count({ where: { outbox: { none: {} } } });
  const floorRows = (await db.auditLog.count({ where: { action: "bench.floor" } })) - floorBefore;
  const [a, b] = [combine(inquiry), combine(floor)];
  const ratio = a.rps / b.rps;
  const rows: [string, Halves, number, number | string][] = [
    ["inquiry (submitInquiryAction)", a, stored, incomplete],
    ["floor (one insert, one transaction)", b, floorRows, "-"],
  ];
  table(
    ["action", "req/s", "p50 / p99 ms", "2xx", "non-2xx / errors", "rows stored", "without their e-mails"],
    rows.map(([name, run, rowsStored, withoutMails]) => [
      name,
      fixed(run.rps, 1),
      `${fixed(run.p50, 0)} / ${run.p99}`,
      run.ok,
      run.bad,
      rowsStored,
      withoutMails,
    ]),
  );
  console.log(
    `Ratio of req/s, inquiry / floor: **${fixed(ratio, 2)}** (goal >= ${FLOOR_TARGET}; halves of ${half} s alternating).\n`,
  );
  return { ratio };
}
