/** The .ics download of a call or booking, keyed by its read-only calendar token (never the manage token). */
export function CalendarLink({ calendarToken, label }: { calendarToken: string; label: string }) {
  return (
    <p>
      <a href={`/api/kalender/${calendarToken}.ics`} className="font-semibold text-brand underline">
        {label}
      </a>
    </p>
  );
}
