"use client";

import { useMemo, useState } from "react";

import { RegistrationLinkNote } from "@/components/engagement/registration-link-note";
import { FormField, inputClasses } from "@/components/form/form-field";
import { FormMessage } from "@/components/form/form-message";
import { Button } from "@/components/ui/button";
import { Table, TableCell, TableRow } from "@/components/ui/table";
import { useServerAction } from "@/components/ui/use-server-action";
import type { ActionResult } from "@/lib/action-result";
import { pluralText } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Catalogue } from "@/lib/i18n/messages";
import { parseParticipantList, PORTAL_DELIMITERS } from "@/lib/registration/parse-participants";

import { ListPreview } from "./list-preview";
import { RemoveParticipantButton } from "./remove-participant-button";

type Participant = { id: string; name: string; function: string; waitlistRank: number | null };

type PortalParticipantsProps = {
  token: string;
  /** From the page's catalogue. */
  texts: Catalogue["pages"]["portal"]["participants"];
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

/**
 * The client contact's participant list: who is registered or waiting, removing someone until the
 * cut-off, and adding a list pasted from Excel with a preview of every line before it is sent.
 */
export function PortalParticipants(props: PortalParticipantsProps) {
  const { texts } = props;
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
        {fill(texts.title, { count: seated.length })}
      </h2>
      {waiting.length > 0 ? <p>{fill(texts.waiting, { count: waiting.length })}</p> : null}
      {props.registrationUrl ? (
        <RegistrationLinkNote url={props.registrationUrl} text={texts.registrationLink} />
      ) : null}
      {props.seatsLine ? <p>{props.seatsLine}</p> : null}
      {props.participants.length === 0 ? (
        <p className="text-muted">{texts.nobody}</p>
      ) : (
        // On a phone the four columns fit only with smaller text and padding; else "Entfernen" is cut off.
        <Table
          caption={texts.caption}
          columns={[texts.name, texts.function, texts.status, texts.change]}
          className="max-sm:text-sm max-sm:[&_td]:px-1 max-sm:[&_th]:px-1"
        >
          {props.participants.map((person) => (
            <TableRow key={person.id}>
              <TableCell rowHeader>{person.name}</TableCell>
              <TableCell>{person.function || "–"}</TableCell>
              <TableCell>
                {person.waitlistRank === null
                  ? texts.registered
                  : fill(texts.waitlisted, { rank: person.waitlistRank })}
              </TableCell>
              <TableCell>
                {props.canRemove ? (
                  <RemoveParticipantButton
                    words={{
                      label: texts.remove,
                      accessibleName: fill(texts.removeName, { name: person.name }),
                      pending: texts.removing,
                      title: texts.removeTitle,
                      question: fill(texts.removeQuestion, { name: person.name }),
                      confirmLabel: texts.removeConfirm,
                    }}
                    remove={() => props.remove({ token: props.token, registrationId: person.id })}
                  />
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
          <h3 className="text-xl font-bold text-brand-dark">{texts.add}</h3>
          <FormField
            id="teilnehmende-liste"
            label={texts.list}
            required
            hint={texts.listHint}
            error={parsed?.listError ?? (hasErrors ? texts.correctLines : undefined)}
          >
            {(control) => (
              <textarea
                {...control}
                name="list"
                rows={6}
                value={list}
                onChange={(event) => setList(event.target.value)}
                placeholder={texts.example}
                className={`${inputClasses} font-mono text-sm`}
                disabled={pending}
              />
            )}
          </FormField>
          {parsed && parsed.listError === null ? (
            <ListPreview
              caption={fill(texts.preview, { readable: parsed.people.length, lines: parsed.lines.length })}
              rows={parsed.lines.map((line) =>
                line.ok
                  ? { line: line.line, state: texts.stateNew, errors: [], ...line.person }
                  : {
                      line: line.line,
                      state: texts.stateError,
                      name: "",
                      email: "",
                      function: "",
                      errors: line.errors,
                    },
              )}
            />
          ) : null}
          <FormMessage message={error} tone="error" />
          <FormMessage message={success} tone="success" />
          <Button type="submit" disabled={pending || !parsed || hasErrors}>
            {pending
              ? texts.registering
              : parsed
                ? fill(texts.registerCount, { people: pluralText(parsed.people.length, texts.person, texts.people) })
                : texts.registerPeople}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
