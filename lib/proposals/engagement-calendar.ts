// The calendar files of an engagement's dates behind a portal link: one per course day and a
// subscription with all of them. Read-only; a link that opens nothing gets a 404.
import type { Database } from "@/lib/db/client";
import { buildIcs } from "@/lib/ics";
import { buildIcsFeed } from "@/lib/ics-feed";

import { engagementSessionIcs, getEngagementView } from "./engagement";

const NOT_FOUND = "Kein Kalendereintrag für diesen Link.";

function calendarResponse(body: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}

export async function engagementDayCalendar(db: Database, token: string, file: string): Promise<Response> {
  const sessionId = file.endsWith(".ics") ? file.slice(0, -4) : "";
  const view = await getEngagementView(db, token);
  const session = view.state === "OK" ? view.sessions.find((entry) => entry.id === sessionId) : undefined;
  if (!session) return new Response(NOT_FOUND, { status: 404 });
  return calendarResponse(buildIcs(engagementSessionIcs(session, token)), "kurstag.ics");
}

export async function engagementFeedCalendar(db: Database, token: string): Promise<Response> {
  const view = await getEngagementView(db, token);
  if (view.state !== "OK") return new Response(NOT_FOUND, { status: 404 });
  const events = view.sessions.map((session) => engagementSessionIcs(session, token));
  return calendarResponse(buildIcsFeed(`Kurs ${view.proposal.snapshot.title}`, events), "kurstermine.ics");
}
