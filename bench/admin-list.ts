// The admin inquiry list with 10,000 inquiries: server time per page (HTTP, signed in) and the
// SQL statements each page request sends, counted by a relay in front of PostgreSQL.
import { createAdminUser } from "@/lib/auth/users";
import type { Database } from "@/lib/db/client";
import { signInAdmin, startAppServer, type AppServer } from "@/tests/setup/app-server";

import { startStatementCounter } from "./statement-counter";
import { fixed, heading, percentile, table } from "./support";

const TOTAL = 10_000;
const ROUNDS = Number(process.env.BENCH_ADMIN_ROUNDS ?? 20);
const PAGES = [
  "/admin/anfragen",
  "/admin/anfragen?page=250",
  "/admin/anfragen?status=offen&sort=faellig",
  "/admin/anfragen?q=Muster",
];

async function fillInquiries(db: Database): Promise<number> {
  const missing = TOTAL - (await db.inquiry.count());
  if (missing > 0) {
    await db.$executeRaw`
      INSERT INTO "Inquiry" (id, reference, "organisationName", "organisationKind", "contactName", email,
        "privacyConsentAt", status, "receivedAt", "responseDueAt", "updatedAt")
      SELECT gen_random_uuid(), 'ANF-B-' || lpad(n::text, 5, '0'), 'Amt ' || n, 'MUNICIPAL_OFFICE',
        CASE WHEN n % 100 = 0 THEN 'Hans Muster' ELSE 'Person ' || n END, 'person' || n || '@amt.example',
        now() - n * interval '1 hour',
        (ARRAY['NEW','IN_CLARIFICATION','PROPOSAL_SENT','CLOSED'])[1 + n % 4]::"InquiryStatus",
        now() - n * interval '1 hour', now() - n * interval '1 hour' + interval '2 days', now()
      FROM generate_series(1, ${missing}::int) AS n`;
    await db.$executeRawUnsafe('ANALYZE "Inquiry"');
  }
  return db.inquiry.count();
}

export async function benchAdminList(databaseUrl: string, db: Database, port: number): Promise<void> {
  const count = await fillInquiries(db);
  heading(`Admin inquiry list with ${count.toLocaleString("en")} inquiries: ${ROUNDS} requests per page, signed in`);
  const owner = {
    email: "bench.owner@anliegen.example",
    name: "Bench",
    password: "Bench-Passwort-2026",
    role: "OWNER" as const,
  };
  await createAdminUser(db, owner);
  const counter = await startStatementCounter(databaseUrl);
  // Its own server without the in-app worker, so only page requests reach the database.
  let server: AppServer | undefined;
  try {
    server = await startAppServer({ port, databaseUrl: counter.url, env: { WORKER_IN_APP: "false" } });
    const cookie = await signInAdmin(server, owner.email, owner.password);
    const rows: (string | number)[][] = [];
    for (const page of PAGES) {
      const times: number[] = [];
      const statements: number[] = [];
      let status = 0;
      for (let round = 0; round < ROUNDS + 2; round++) {
        counter.reset();
        const started = performance.now();
        const response = await fetch(`${server.url}${page}`, { headers: { cookie }, redirect: "manual" });
        await response.text();
        const ms = performance.now() - started;
        status = response.status;
        // The first two warm up code loading and the connection pool.
        if (round >= 2) {
          times.push(ms);
          statements.push(counter.count());
        }
      }
      times.sort((x, y) => x - y);
      rows.push([
        page,
        status,
        `${fixed(percentile(times, 50), 0)} ms`,
        `${fixed(percentile(times, 99), 0)} ms`,
        `${Math.min(...statements)}-${Math.max(...statements)}`,
      ]);
    }
    table(["page", "HTTP", "server time p50", "p99", "SQL statements per request"], rows);
  } finally {
    await server?.stop();
    await counter.stop();
  }
}
