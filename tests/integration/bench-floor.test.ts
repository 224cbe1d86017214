// The bench's floor action (decision 0038) writes only while the server runs the bench
// (BENCH_FLOOR=1); anywhere else, production included, it refuses and writes nothing.
import { afterEach, describe, expect, it, vi } from "vitest";

import { benchFloorAction } from "@/lib/bench/actions";
import { BENCH_FLOOR_REFUSAL } from "@/lib/bench/floor";
import { getDb } from "@/lib/db";

const floorRows = () => getDb().auditLog.count({ where: { action: "bench.floor" } });

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("bench floor action", () => {
  it("refuses without BENCH_FLOOR=1 and writes nothing", async () => {
    const before = await floorRows();
    for (const value of [undefined, "", "0", "true"]) {
      vi.stubEnv("BENCH_FLOOR", value);
      expect(await benchFloorAction()).toMatchObject({ ok: false, message: BENCH_FLOOR_REFUSAL });
    }
    expect(await floorRows()).toBe(before);
  });

  it("writes one row in one transaction with BENCH_FLOOR=1", async () => {
    const before = await floorRows();
    vi.stubEnv("BENCH_FLOOR", "1");
    const answer = await benchFloorAction();
    expect(answer).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    expect(await floorRows()).toBe(before + 1);
  });
});
