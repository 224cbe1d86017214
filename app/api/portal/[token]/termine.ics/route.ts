// /api/portal/<token>/termine.ics: a calendar subscription with every date of the engagement.
import { getDb } from "@/lib/db";
import { engagementFeedCalendar } from "@/lib/proposals/engagement-calendar";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return engagementFeedCalendar(getDb(), token);
}
