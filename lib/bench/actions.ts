"use server";

// The yardstick of the inquiry benchmark (decision 0038): a server action on the same server that
// does one insert in one transaction and nothing else, so the bench reports what share of that
// floor the inquiry form reaches. Without BENCH_FLOOR=1 it refuses before touching the database.
import { runAction, success, type ActionResult } from "@/lib/action-result";
import { getDb } from "@/lib/db";
import { inTransaction } from "@/lib/db/transaction";
import { AppError } from "@/lib/errors";

import { BENCH_FLOOR_REFUSAL, isBenchFloorEnabled } from "./floor";

export async function benchFloorAction(): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    if (!isBenchFloorEnabled()) throw new AppError("NOT_FOUND", BENCH_FLOOR_REFUSAL);
    const row = await inTransaction(getDb(), (tx) =>
      tx.auditLog.create({ data: { action: "bench.floor", entityType: "Bench" }, select: { id: true } }),
    );
    return success(row);
  });
}
