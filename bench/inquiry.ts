// Inquiry submission end to end: the real server action over HTTP, through validation, the
// transaction and both outbox e-mails, at 20 connections. Each request comes from its own
// client address so the per-address limit (5 an hour) measures the work, not the refusal.
import type { Database } from "@/lib/db/client";
import { emptyInquiry } from "@/lib/inquiries/schemas";
import { actionId, clientAddress, type AppServer } from "@/tests/setup/app-server";

import { BENCH_SECONDS, fixed, heading, load, table } from "./support";

export async function benchInquiry(server: AppServer, db: Database): Promise<void> {
  heading(`Inquiry submission: server action over HTTP, 20 connections, ${BENCH_SECONDS} s`);
  const id = await actionId("submitInquiryAction", "lib/inquiries/actions.ts");
  const before = await db.inquiry.count();
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
  let sent = 0;
  const result = await load({
    url: server.url,
    connections: 20,
    requests: [
      {
        method: "POST",
        path: "/anfrage",
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
  const stored = (await db.inquiry.count()) - before;
  const incomplete = await db.inquiry.count({ where: { outbox: { none: {} } } });
  table(
    ["req/s", "p50 / p99 ms", "2xx", "non-2xx / errors", "inquiries stored", "without their e-mails"],
    [
      [
        fixed(result.requests.average, 1),
        `${result.latency.p50} / ${result.latency.p99}`,
        result["2xx"],
        `${result.non2xx} / ${result.errors}`,
        stored,
        incomplete,
      ],
    ],
  );
}
