/** The .ics download of a call or booking, keyed by its manage token. */
export function CalendarLink({ token }: { token: string }) {
  return (
    <p>
      <a href={`/api/kalender/${token}.ics`} className="font-semibold text-brand underline">
        Kalendereintrag herunterladen (.ics)
      </a>
    </p>
  );
}
