/** The team's registration link (decision 0031), for the client contact to pass on. */
export function RegistrationLinkNote({ url }: { url: string }) {
  return (
    <div className="space-y-2">
      <p>
        Ihr Team meldet sich über diesen Link an, einmal für alle Kurstage. Bitte leiten Sie ihn an die Teilnehmenden
        weiter:
      </p>
      <p className="rounded-md border border-line bg-white p-3 font-mono text-sm break-all">
        <a href={url} className="font-semibold text-brand underline" id="anmeldelink">
          {url}
        </a>
      </p>
    </div>
  );
}
