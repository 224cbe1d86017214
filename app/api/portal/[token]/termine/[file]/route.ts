// /api/portal/<token>/termine/<session>.ics: one course day of the engagement as a calendar entry.
import { getDb } from "@/lib/db";
import { engagementDayCalendar } from "@/lib/proposals/engagement-calendar";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string; file: string }> }) {
  const { token, file } = await params;
  return engagementDayCalendar(getDb(), token, file);
}
