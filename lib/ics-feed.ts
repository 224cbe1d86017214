// A calendar subscription: several events in one VCALENDAR with METHOD:PUBLISH, as calendar apps
// expect for a feed. Each event is written by lib/ics.ts, so times, time zone and escaping are the
// same as in a single invitation; only the envelope differs.
import { buildIcs, escapeText, foldLine, type IcsEvent } from "@/lib/ics";

const CRLF = "\r\n";

function split(ics: string): { head: string[]; event: string[] } {
  const lines = ics.trimEnd().split(CRLF);
  const begin = lines.indexOf("BEGIN:VEVENT");
  const end = lines.indexOf("END:VEVENT");
  return { head: lines.slice(0, begin), event: lines.slice(begin, end + 1) };
}

export function buildIcsFeed(name: string, events: readonly IcsEvent[], now = new Date()): string {
  const parts = events.map((event) => split(buildIcs(event, now)));
  // The header (with the Zurich time zone) is the same for every event; an empty feed still has it.
  const head = (parts[0]?.head ?? split(buildIcs(placeholder, now)).head).map((line) =>
    line.startsWith("METHOD:") ? "METHOD:PUBLISH" : line,
  );
  const lines = [
    ...head,
    foldLine(`X-WR-CALNAME:${escapeText(name)}`),
    ...parts.flatMap((part) => part.event),
    "END:VCALENDAR",
  ];
  return lines.join(CRLF) + CRLF;
}

const placeholder: IcsEvent = {
  uid: "feed",
  sequence: 0,
  startsAt: "2000-01-01T00:00:00Z",
  endsAt: "2000-01-01T01:00:00Z",
  summary: "",
  organizer: { name: "", email: "" },
  method: "REQUEST",
};
