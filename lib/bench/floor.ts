import "server-only";

// The floor of the inquiry benchmark (issue 18, decision 0038) exists only where the bench starts
// the server with BENCH_FLOOR=1. It is read from the process on every call, not through the app's
// settings (lib/env.ts): it is no setting of the app, and production never sets it.

export const BENCH_FLOOR_REFUSAL = "Diese Seite gibt es nicht.";

export function isBenchFloorEnabled(source: Record<string, string | undefined> = process.env): boolean {
  return source.BENCH_FLOOR === "1";
}
