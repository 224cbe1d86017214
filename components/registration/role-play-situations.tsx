import type { SituationGroup } from "@/lib/registration/participants-queries";

/**
 * The participants' answers beside the designer's agenda: typical difficult situations and what
 * they want to take away, grouped by function, so the consultant can tune role plays and modules.
 */
export function RolePlaySituations({ groups, participants }: { groups: SituationGroup[]; participants: number }) {
  const answered = groups.reduce((sum, group) => sum + group.entries.length, 0);
  return (
    <aside aria-labelledby="situationen-titel" className="space-y-4 rounded-lg border border-line bg-white p-4">
      <h2 id="situationen-titel" className="text-xl font-bold text-brand-dark">
        Situationen für Rollenspiele
      </h2>
      {answered === 0 ? (
        <p className="text-muted">
          {participants === 0
            ? "Noch niemand ist angemeldet. Die Antworten der Teilnehmenden erscheinen hier."
            : "Noch niemand hat eine Situation oder einen Wunsch angegeben."}
        </p>
      ) : (
        <>
          <p className="text-sm text-muted">{`${answered} von ${participants} Teilnehmenden haben geantwortet.`}</p>
          {groups.map((group) => (
            <section key={group.function || "ohne"} className="space-y-2">
              <h3 className="font-bold">{`${group.function || "Ohne Funktion"} (${group.entries.length})`}</h3>
              <ul className="space-y-3">
                {group.entries.map((entry, index) => (
                  <li key={`${entry.name}-${index}`} className="border-l-4 border-sand pl-3 text-sm">
                    <span className="block font-semibold">{entry.name}</span>
                    {entry.situation ? (
                      <span className="block whitespace-pre-line">
                        <span className="font-semibold">Situation: </span>
                        {entry.situation}
                      </span>
                    ) : null}
                    {entry.wish ? (
                      <span className="block whitespace-pre-line">
                        <span className="font-semibold">Wunsch: </span>
                        {entry.wish}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </aside>
  );
}
