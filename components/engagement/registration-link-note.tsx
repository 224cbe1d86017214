/** The team's registration link (decision 0031), for the client contact to pass on. */
export function RegistrationLinkNote({ url, text }: { url: string; text: string }) {
  return (
    <div className="space-y-2">
      <p>{text}</p>
      <p className="rounded-md border border-line bg-white p-3 font-mono text-sm break-all">
        <a href={url} className="font-semibold text-brand underline" id="anmeldelink">
          {url}
        </a>
      </p>
    </div>
  );
}
