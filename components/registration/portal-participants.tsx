"use client";

import { useMemo, useState } from "react";

import { RegistrationLinkNote } from "@/components/engagement/registration-link-note";
import { FormField, inputClasses } from "@/components/form/form-field";
import { FormMessage } from "@/components/form/form-message";
import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { Table, TableCell, TableRow } from "@/components/ui/table";
import { useServerAction } from "@/components/ui/use-server-action";
import type { ActionResult } from "@/lib/action-result";
import { pluralText } from "@/lib/format";
import { parseParticipantList, PORTAL_DELIMITERS } from "@/lib/registration/parse-participants";

import { ListPreview } from "./list-preview";

type Participant = { id: string; name: string; function: string; waitlistRank: number | null };

type PortalParticipantsProps = {
  token: string;
  participants: Participant[];
  /** "Noch 3 Plätze frei." or the waiting-list line. */
  seatsLine: string | null;
  canRemove: boolean;
  removalNote: string;
  /** The team's registration link (decision 0031), when there is one. */
  registrationUrl?: string | null;
  /** False before the dates are set: nobody can be registered yet. */
  canAdd: boolean;
  add: (input: { token: string; list: string }) => Promise<ActionResult<null>>;
  remove: (input: { token: string; registrationId: string }) => Promise<ActionResult<null>>;
};

const EXAMPLE = "Anna Müller\tanna.mueller@firma.ch\tTeamleiterin";

/**
 * The client contact's participant list: who is registered or waiting, removing someone until the
 * cut-off, and adding a list pasted from Excel with a preview of every line before it is sent.
 */
export function PortalParticipants(props: PortalParticipantsProps) {
  const [list, setList] = useState("");
  const { pending, run, error, success } = useServerAction({ onSuccess: () => setList("") });
  const parsed = useMemo(
    () => (list.trim() === "" ? null : parseParticipantList(list, { delimiters: PORTAL_DELIMITERS })),
    [list],
  );
  const hasErrors = parsed !== null && (parsed.listError !== null || parsed.errors.length > 0);
  const seated = props.participants.filter((person) => person.waitlistRank === null);
  const waiting = props.participants.filter((person) => person.waitlistRank !== null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!parsed || hasErrors) return;
    await run(() => props.add({ token: props.token, list }));
  };

  return (
    <section aria-labelledby="teilnehmende-titel" className="space-y-4">
      <h2 id="teilnehmende-titel" className="text-2xl font-bold text-brand-dark">
        {`Angemeldete Teilnehmende (${seated.length})`}
      </h2>
      {waiting.length > 0 ? <p>{`Auf der Warteliste: ${waiting.length}`}</p> : null}
      {props.registrationUrl ? <RegistrationLinkNote url={props.registrationUrl} /> : null}
      {props.seatsLine ? <p>{props.seatsLine}</p> : null}
      {props.participants.length === 0 ? (
        <p className="text-muted">Noch niemand ist angemeldet.</p>
      ) : (
        // On a phone the four columns fit only with smaller text and padding; else "Entfernen" is cut off.
        <Table
          caption="Angemeldete Teilnehmende"
          columns={["Name", "Funktion", "Status", "Ändern"]}
          className="max-sm:text-sm max-sm:[&_td]:px-1 max-sm:[&_th]:px-1"
        >
          {props.participants.map((person) => (
            <TableRow key={person.id}>
              <TableCell rowHeader>{person.name}</TableCell>
              <TableCell>{person.function || "–"}</TableCell>
              <TableCell>
                {person.waitlistRank === null ? "angemeldet" : `Warteliste, Platz ${person.waitlistRank}`}
              </TableCell>
              <TableCell>
                {props.canRemove ? (
                  <ActionButton
                    variant="secondary"
                    size="sm"
                    accessibleName={`${person.name} entfernen`}
                    pendingLabel="Wird entfernt …"
                    confirm={{
                      title: "Teilnehmerin oder Teilnehmer entfernen",
                      question: `${person.name} von diesem Kurs abmelden? Die Person erhält keine weiteren Nachrichten zum Kurs.`,
                      confirmLabel: "Abmelden",
                    }}
                    action={() => props.remove({ token: props.token, registrationId: person.id })}
                  >
                    Entfernen
                  </ActionButton>
                ) : (
                  "–"
                )}
              </TableCell>
            </TableRow>
          ))}
        </Table>
      )}
      <p className="text-sm text-muted">{props.removalNote}</p>

      {props.canAdd ? (
        <form method="post" onSubmit={(event) => void submit(event)} noValidate className="max-w-3xl space-y-4">
          <h3 className="text-xl font-bold text-brand-dark">Teilnehmende hinzufügen</h3>
          <FormField
            id="teilnehmende-liste"
            label="Liste aus Excel einfügen"
            required
            hint="Pro Zeile eine Person: Name, E-Mail und Funktion, durch Tabulator (aus Excel kopiert) oder Semikolon getrennt. Eine Kopfzeile ist erlaubt. Jede Person erhält eine Bestätigung mit den Kalendereinträgen."
            error={parsed?.listError ?? (hasErrors ? "Bitte korrigieren Sie die markierten Zeilen." : undefined)}
          >
            {(control) => (
              <textarea
                {...control}
                name="list"
                rows={6}
                value={list}
                onChange={(event) => setList(event.target.value)}
                placeholder={EXAMPLE}
                className={`${inputClasses} font-mono text-sm`}
                disabled={pending}
              />
            )}
          </FormField>
          {parsed && parsed.listError === null ? (
            <ListPreview
              caption={`Vorschau: ${parsed.people.length} von ${parsed.lines.length} Zeilen lesbar`}
              rows={parsed.lines.map((line) =>
                line.ok
                  ? { line: line.line, state: "Neu", errors: [], ...line.person }
                  : { line: line.line, state: "Fehler", name: "", email: "", function: "", errors: line.errors },
              )}
            />
          ) : null}
          <FormMessage message={error} tone="error" />
          <FormMessage message={success} tone="success" />
          <Button type="submit" disabled={pending || !parsed || hasErrors}>
            {pending
              ? "Wird angemeldet …"
              : parsed
                ? `${pluralText(parsed.people.length, "Person", "Personen")} anmelden`
                : "Personen anmelden"}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
