import { getDb } from "@/lib/db";
import { isDevToolsEnabled } from "@/lib/env";
import { runAfterCourse } from "@/lib/jobs/after-course";

// POST /dev/after-course with {"now": "<ISO instant>"}: runs the hourly after-course job once as if
// the clock showed that instant (certificates and feedback links after a course, follow-ups when
// due). For development and the e2e suite; 404 wherever dev tools are off (production).
export async function POST(request: Request): Promise<Response> {
  if (!isDevToolsEnabled()) return new Response("Not found", { status: 404 });
  const body: unknown = await request.json().catch(() => null);
  const raw = body && typeof body === "object" && "now" in body ? String(body.now) : "";
  const now = new Date(raw);
  if (!raw || Number.isNaN(now.getTime())) {
    return Response.json({ ok: false, message: "Bitte einen Zeitpunkt angeben (ISO 8601)." }, { status: 400 });
  }
  return Response.json({ ok: true, ...(await runAfterCourse(getDb(), now)) });
}
