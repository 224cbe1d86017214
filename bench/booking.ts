// 200 simultaneous attempts for the last 12 seats through the real server action over HTTP:
// latency distribution, and the correctness check (exactly 12 held or confirmed, the rest waitlisted).
import type { Database } from "@/lib/db/client";
import { actionId, callAction, clientAddress, type AppServer } from "@/tests/setup/app-server";

import { fixed, heading, percentile, table } from "./support";

export async function benchBooking(server: AppServer, db: Database): Promise<{ correct: boolean }> {
  heading("Booking: 200 simultaneous attempts for 12 seats (server action over HTTP)");
  const course = await db.course.findFirstOrThrow({ where: { published: true } });
  const startsAt = new Date(Date.now() + 40 * 24 * 3_600_000);
  const session = await db.courseSession.create({
    data: {
      courseId: course.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 8 * 3_600_000),
      location: "Bern",
      capacity: 12,
    },
  });
  const id = await actionId("bookSeatsAction", "lib/booking/actions.ts");
  const started = performance.now();
  const calls = await Promise.all(
    Array.from({ length: 200 }, (_, index) => {
      const email = `bench${index}@amt.example`;
      return callAction(
        server,
        `/termine/${session.id}`,
        id,
        [
          {
            sessionId: session.id,
            contactName: `Person ${index}`,
            email,
            phone: "",
            organisation: "Betreibungsamt Thun",
            billingReference: "",
            participants: [{ name: `Person ${index}`, email }],
            website: "",
          },
        ],
        { clientAddress: clientAddress(index + 1) },
      );
    }),
  );
  const wallMs = performance.now() - started;
  const latencies = calls.map((call) => call.ms).sort((a, b) => a - b);
  const results = calls.map((call) => call.result as { ok?: boolean; data?: { status?: string } } | null);
  // Since decision 0019 a seat is first held until the booker confirms it from the mail.
  const seated = results.filter((result) => ["HELD", "CONFIRMED"].includes(result?.data?.status ?? "")).length;
  const waitlisted = results.filter((result) => result?.data?.status === "WAITLISTED").length;
  const failed = calls.filter((call, index) => call.status !== 200 || !results[index]?.ok).length;
  const stored = await db.courseSession.findUniqueOrThrow({ where: { id: session.id } });
  const rows = await db.booking.groupBy({ by: ["status"], where: { sessionId: session.id }, _count: true });
  const count = (status: string) => rows.find((row) => row.status === status)?._count ?? 0;
  const correct =
    seated === 12 &&
    waitlisted === 188 &&
    failed === 0 &&
    stored.seatsTaken === 12 &&
    count("HELD") + count("CONFIRMED") === 12;
  table(
    [
      "attempts",
      "wall time",
      "p50",
      "p90",
      "p99",
      "max",
      "held or confirmed",
      "waitlisted",
      "failed",
      "seats taken",
      "check",
    ],
    [
      [
        200,
        `${fixed(wallMs, 0)} ms`,
        `${fixed(percentile(latencies, 50), 0)} ms`,
        `${fixed(percentile(latencies, 90), 0)} ms`,
        `${fixed(percentile(latencies, 99), 0)} ms`,
        `${fixed(latencies.at(-1) ?? NaN, 0)} ms`,
        `${seated} (db ${count("HELD") + count("CONFIRMED")})`,
        `${waitlisted} (db ${count("WAITLISTED")})`,
        failed,
        `${stored.seatsTaken} / ${stored.capacity}`,
        correct ? "correct" : "WRONG",
      ],
    ],
  );
  return { correct };
}
