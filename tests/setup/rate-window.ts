// Rate limits count in fixed windows on the clock (lib/rate-limit.ts). A test that fills a window
// must not straddle two, so it waits for a fresh window when the current one is about to end.
export async function awayFromWindowEdge(windowSeconds: number, neededSeconds: number): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < neededSeconds * 1000) await new Promise((resolve) => setTimeout(resolve, left + 500));
}
