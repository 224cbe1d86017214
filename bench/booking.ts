// 200 simultaneous attempts for the last 12 seats through the real server action over HTTP:
// latency distribution, and the correctness check (exactly 12 held or confirmed, the rest waitlisted).
// Its yardstick (decision 0038): 200 simultaneous calls of the bench's floor action (one insert in
// one transaction) on the same server right after, so the burst's time is read against what the
// framework and the database need for 200 actions on this machine.
import type { Database } from "@/lib/db/client";
import { actionId, callAction, clientAddress, type AppServer } from "@/tests/setup/app-server";
import { createTestSession } from "@/tests/setup/booking-fixtures";

import { fixed, heading, percentile, table } from "./support";

export async function benchBooking(server: AppServer, db: Database): Promise<{ correct: boolean }> {
  heading("Booking: 200 simultaneous attempts for 12 seats (server action over HTTP)");
  const course = await db.course.findFirstOrThrow({ where: { published: true } });
  const startsAt = new Date(Date.now() + 40 * 24 * 3_600_000).toISOString();
  const session = await createTestSession(course.id, 12, startsAt, db);
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
  const floorId = await actionId("benchFloorAction", "lib/bench/actions.ts");
  const floorStarted = performance.now();
  const floorCalls = await Promise.all(
    Array.from({ length: 200 }, (_, index) =>
      callAction(server, "/dev/bench-floor", floorId, [], { clientAddress: clientAddress(index + 1) }),
    ),
  );
  const floorWallMs = performance.now() - floorStarted;
  const floorLatencies = floorCalls.map((call) => call.ms).sort((a, b) => a - b);
  const floorFailed = floorCalls.filter((call) => call.status !== 200).length;
  const correct =
    seated === 12 &&
    waitlisted === 188 &&
    failed === 0 &&
    stored.seatsTaken === 12 &&
    count("HELD") + count("CONFIRMED") === 12;
  const timings = (wall: number, sorted: number[]) => [
    `${fixed(wall, 0)} ms`,
    ...[50, 90, 99].map((p) => `${fixed(percentile(sorted, p), 0)} ms`),
    `${fixed(sorted.at(-1) ?? NaN, 0)} ms`,
  ];
  table(
    [
      "200 simultaneous",
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
        "bookings",
        ...timings(wallMs, latencies),
        `${seated} (db ${count("HELD") + count("CONFIRMED")})`,
        `${waitlisted} (db ${count("WAITLISTED")})`,
        failed,
        `${stored.seatsTaken} / ${stored.capacity}`,
        correct ? "correct" : "WRONG",
      ],
      ["floor actions (one insert)", ...timings(floorWallMs, floorLatencies), "-", "-", floorFailed, "-", "-"],
    ],
  );
  console.log(
    `p99 of the bookings / p99 of the floor: ${fixed(percentile(latencies, 99) / percentile(floorLatencies, 99), 2)}.\n`,
  );
  return { correct };
}
