import { getDb } from "@/lib/db";
import { checkHealth } from "@/lib/health";
import { inAppWorkerState } from "@/lib/jobs/app-worker";

// For load balancers and monitoring: 200 while this instance can serve, 503 when it cannot.
export const dynamic = "force-dynamic";

export async function GET() {
  const report = await checkHealth(getDb(), inAppWorkerState());
  return Response.json(report, {
    status: report.status === "unavailable" ? 503 : 200,
    headers: { "cache-control": "no-store" },
  });
}
