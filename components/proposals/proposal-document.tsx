import { formatChf, formatDuration } from "@/lib/format";
import { greeting } from "@/lib/greeting";
import { AFTER_ACCEPTANCE_STEPS } from "@/lib/proposals/labels";
import { feeLabel, formatDateKey, paragraphsOf, vatLabel, type ProposalSnapshot } from "@/lib/proposals/snapshot";

function TextBlock({ text }: { text: string }) {
  return (
    <>
      {paragraphsOf(text).map((paragraph, index) => (
        <p key={index} className="whitespace-pre-line">
          {paragraph}
        </p>
      ))}
    </>
  );
}

function Part({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 break-inside-avoid-page">
      <h2 id={id} className="text-2xl font-bold text-brand-dark">
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * The proposal as the client reads it, on the letterhead: from a frozen version's snapshot (or
 * the draft's, in the preview). The PDF (lib/proposals/pdf.ts) prints the same sections.
 */
export function ProposalDocument({
  snapshot,
  headingLevel = 1,
  accepted = false,
}: {
  snapshot: ProposalSnapshot;
  headingLevel?: 1 | 2;
  /** Accepted: no validity and no invitation to accept, but what happens next. */
  accepted?: boolean;
}) {
  const Title = headingLevel === 1 ? "h1" : "h2";
  const price = snapshot.price;
  const client = [snapshot.client.organisationName, snapshot.client.department].filter(Boolean).join(", ");
  return (
    <article className="max-w-3xl space-y-8 rounded-lg border border-line bg-white p-6 sm:p-10 print:border-0 print:p-0">
      <header className="flex flex-wrap items-start justify-between gap-4 border-b border-line pb-6">
        <div>
          <p className="text-xl font-bold text-brand-dark">Anliegen</p>
          <p className="text-muted">Beratung und Training für Kundenorientierung</p>
          <p className="text-muted">{`${snapshot.consultant.name} · ${snapshot.consultant.email}`}</p>
        </div>
        <dl className="text-right text-sm">
          <dt className="sr-only">Referenz</dt>
          <dd>{snapshot.reference}</dd>
          <dt className="sr-only">Version</dt>
          <dd>{snapshot.version > 0 ? `Version ${snapshot.version}` : "Entwurf"}</dd>
        </dl>
      </header>
      <div className="space-y-3">
        <p className="text-muted">{`Offerte für ${client}`}</p>
        <Title className="text-3xl font-bold tracking-tight text-brand-dark">{snapshot.title}</Title>
        <p>{greeting(snapshot.client.contactName, snapshot.client.salutation)}</p>
        <p>
          Herzlichen Dank für Ihr Interesse. Gerne schlage ich Ihnen einen Kurs vor, der auf die Aufgaben und
          Situationen Ihres Teams zugeschnitten ist.
        </p>
      </div>

      <Part id="ausgangslage" title="Ausgangslage, wie ich sie verstehe">
        <TextBlock text={snapshot.situation} />
        {snapshot.roleNotes ? (
          <>
            <h3 className="font-semibold">Rollen im Kundenkontakt</h3>
            <TextBlock text={snapshot.roleNotes} />
          </>
        ) : null}
        {snapshot.rolePlaySituations ? (
          <>
            <h3 className="font-semibold">Typische Situationen für die Rollenspiele</h3>
            <TextBlock text={snapshot.rolePlaySituations} />
          </>
        ) : null}
      </Part>

      <Part id="ziele" title="Ziele">
        <ol className="list-decimal space-y-2 pl-6">
          {snapshot.goals.map((goal, index) => (
            <li key={index}>
              <span className="font-semibold">{goal.title}</span>
              {goal.description ? <span className="block text-muted">{goal.description}</span> : null}
            </li>
          ))}
        </ol>
      </Part>

      <Part id="programm" title="Programm">
        {snapshot.agenda.map((day) => (
          <table key={day.day} className="w-full border-collapse text-left">
            <caption className="pb-2 text-left font-semibold">{`Tag ${day.day}, ${day.start}–${day.end} Uhr`}</caption>
            <thead className="sr-only">
              <tr>
                <th scope="col">Zeit</th>
                <th scope="col">Inhalt</th>
                <th scope="col">Dauer</th>
              </tr>
            </thead>
            <tbody>
              {day.items.map((item, index) => (
                <tr
                  key={index}
                  className={`border-t border-line align-top ${item.kind === "BREAK" ? "text-muted" : ""}`}
                >
                  <td className="w-32 py-2 pr-4 tabular-nums">{`${item.start}–${item.end}`}</td>
                  <td className="py-2 pr-4">
                    <span className={item.kind === "BREAK" ? "" : "font-semibold"}>{item.title}</span>
                    {item.description ? <span className="block text-sm text-muted">{item.description}</span> : null}
                  </td>
                  <td className="w-28 py-2 text-right text-sm">{formatDuration(item.durationMinutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </Part>

      {snapshot.method ? (
        <Part id="methode" title="Methode">
          <TextBlock text={snapshot.method} />
        </Part>
      ) : null}

      <Part id="rahmen" title="Rahmen">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          <dt className="font-semibold">Kursort</dt>
          <dd>{snapshot.logistics.venue || "nach Absprache"}</dd>
          <dt className="font-semibold">Daten</dt>
          <dd>{snapshot.logistics.datesWished || "nach Absprache"}</dd>
          <dt className="font-semibold">Teilnehmende</dt>
          <dd>{snapshot.logistics.participants ? `${snapshot.logistics.participants} Personen` : "nach Absprache"}</dd>
        </dl>
      </Part>

      <Part id="preis" title="Preis">
        <table className="w-full max-w-xl border-collapse text-left">
          <caption className="sr-only">Preis mit Mehrwertsteuer</caption>
          <tbody>
            <PriceRow label={`Honorar (${feeLabel(price)})`} cents={price.feeCents} />
            <PriceRow label="Spesen" cents={price.expensesCents} />
            <PriceRow label="Total exkl. MWST" cents={price.netCents} />
            <PriceRow label={vatLabel(price)} cents={price.vatCents} />
            <tr className="border-y-2 border-ink">
              <th scope="row" className="py-1">
                Total inkl. MWST
              </th>
              <td className="py-1 text-right font-bold tabular-nums">{formatChf(price.totalCents)}</td>
            </tr>
          </tbody>
        </table>
        {price.purchaseOrderRef || price.costCentre ? (
          <p>
            {[
              price.purchaseOrderRef ? `Bestellnummer: ${price.purchaseOrderRef}` : "",
              price.costCentre ? `Kostenstelle: ${price.costCentre}` : "",
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
        ) : null}
        {accepted ? null : <p>{`Diese Offerte ist gültig bis ${formatDateKey(snapshot.validUntil)}.`}</p>}
      </Part>

      {/* Once accepted, the proposal's own next steps (which invite to accept) give way to what follows. */}
      {accepted ? (
        <Part id="naechste-schritte" title="So geht es weiter">
          <ul className="list-disc space-y-1 pl-6">
            {AFTER_ACCEPTANCE_STEPS.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </Part>
      ) : snapshot.nextSteps ? (
        <Part id="naechste-schritte" title="Nächste Schritte">
          <TextBlock text={snapshot.nextSteps} />
        </Part>
      ) : null}
      <p className="whitespace-pre-line">{`Freundliche Grüsse\n${snapshot.consultant.name}`}</p>
    </article>
  );
}

function PriceRow({ label, cents }: { label: string; cents: number }) {
  return (
    <tr className="border-t border-line">
      <th scope="row" className="py-1 font-normal">
        {label}
      </th>
      <td className="py-1 text-right tabular-nums">{formatChf(cents)}</td>
    </tr>
  );
}
