"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormField, inputClasses } from "@/components/form/form-field";
import { FormMessage } from "@/components/form/form-message";
import { SalutationField } from "@/components/form/salutation-field";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { Table, TableCell, TableRow } from "@/components/ui/table";
import { useServerAction } from "@/components/ui/use-server-action";
import type { ActionResult } from "@/lib/action-result";
import { formatDate, pluralText } from "@/lib/format";
import type { ImportPreview } from "@/lib/registration/participant-rules";
import {
  adminAddParticipantSchema,
  type AdminAddParticipantInput,
  type AdminImportInput,
} from "@/lib/registration/participant-schemas";

import { ListPreview } from "./list-preview";
import { CONSULTANT_REMOVE_WORDS, RemoveParticipantButton } from "./remove-participant-button";

type Participant = {
  id: string;
  name: string;
  email: string;
  function: string;
  waitlistRank: number | null;
  source: "LINK" | "PORTAL" | "ADMIN";
  createdAt: Date;
};

type Action = (input: { registrationId: string }) => Promise<ActionResult<null>>;

const sourceLabels: Record<Participant["source"], string> = {
  LINK: "Anmeldelink",
  PORTAL: "Kundenportal",
  ADMIN: "von Ihnen",
};

const kindLabels: Record<ImportPreview["lines"][number]["kind"], string> = {
  NEW: "Neu",
  ALREADY_REGISTERED: "Schon angemeldet",
  ERROR: "Fehler",
};

/** The engagement's participants with what the consultant may change on each row. */
export function AdminParticipantTable(props: {
  participants: Participant[];
  remove: Action;
  toWaitlist: Action;
  seat: Action;
}) {
  if (props.participants.length === 0) return <p>Noch niemand ist angemeldet.</p>;
  return (
    <Table caption="Teilnehmende" columns={["Name", "E-Mail", "Funktion", "Status", "Quelle", "Ändern"]}>
      {props.participants.map((person) => (
        <TableRow key={person.id}>
          <TableCell rowHeader>{person.name}</TableCell>
          <TableCell className="break-all">{person.email}</TableCell>
          <TableCell>{person.function || "–"}</TableCell>
          <TableCell>{person.waitlistRank === null ? "Platz" : `Warteliste ${person.waitlistRank}`}</TableCell>
          <TableCell>{`${sourceLabels[person.source]}, ${formatDate(person.createdAt)}`}</TableCell>
          <TableCell className="space-y-2">
            <PlaceButton person={person} toWaitlist={props.toWaitlist} seat={props.seat} />{" "}
            <RemoveParticipantButton
              words={CONSULTANT_REMOVE_WORDS(person.name)}
              remove={() => props.remove({ registrationId: person.id })}
            />
          </TableCell>
        </TableRow>
      ))}
    </Table>
  );
}

/** One person, added by the consultant. */
export function AddParticipantForm(props: {
  inquiryId: string;
  action: (input: AdminAddParticipantInput) => Promise<ActionResult<null>>;
}) {
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: adminAddParticipantSchema,
    action: props.action,
    defaultValues: { inquiryId: props.inquiryId, salutation: "NEUTRAL", name: "", email: "", function: "" },
    onSuccess: (_data, message) => {
      setNotice(message ?? null);
      form.reset();
      router.refresh();
    },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="max-w-2xl space-y-4">
      <fieldset disabled={pending} className="space-y-4">
        <SalutationField register={form.register("salutation")} error={errorOf("salutation")} />
        <FormField id="teilnehmer-name" label="Name" required error={errorOf("name")}>
          {(control) => <input {...control} {...form.register("name")} autoComplete="off" className={inputClasses} />}
        </FormField>
        <FormField id="teilnehmer-email" label="E-Mail" required error={errorOf("email")}>
          {(control) => (
            <input {...control} {...form.register("email")} type="email" autoComplete="off" className={inputClasses} />
          )}
        </FormField>
        <FormField id="teilnehmer-funktion" label="Funktion" error={errorOf("function")}>
          {(control) => <input {...control} {...form.register("function")} className={inputClasses} />}
        </FormField>
      </fieldset>
      <FormMessage message={formError} tone="error" />
      <FormMessage message={notice} tone="success" />
      <SubmitButton pending={pending} pendingLabel="Wird angemeldet …">
        Person anmelden
      </SubmitButton>
    </form>
  );
}

/**
 * The CSV import: the file is read in the browser, the server answers what it would change (new,
 * already registered, errors per line), and only the confirmation writes. A file with bad lines
 * imports nothing unless the consultant ticks that the bad lines are skipped.
 */
export function ImportParticipantsForm(props: {
  inquiryId: string;
  preview: (input: AdminImportInput) => Promise<ActionResult<ImportPreview>>;
  importList: (input: AdminImportInput) => Promise<ActionResult<null>>;
}) {
  const [text, setText] = useState<string | null>(null);
  const [fileName, setFileName] = useState("");
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const previewing = useServerAction({ refresh: false });
  const importing = useServerAction({
    onSuccess: () => {
      setText(null);
      setPreview(null);
      setFileName("");
      setSkipInvalid(false);
    },
  });

  const readFile = async (file: File | undefined) => {
    setPreview(null);
    setReadError(null);
    setSkipInvalid(false);
    if (!file) return;
    setFileName(file.name);
    // UTF-8, with or without BOM (the parser drops it); a file in another encoding shows as U+FFFD.
    const content = new TextDecoder("utf-8").decode(await file.arrayBuffer());
    if (content.includes("\uFFFD")) {
      setReadError("Die Datei ist nicht in UTF-8 gespeichert. Bitte in Excel als «CSV UTF-8» speichern.");
      return;
    }
    setText(content);
    await previewing.run(async () => {
      const result = await props.preview({ inquiryId: props.inquiryId, text: content, skipInvalid: false });
      if (result.ok) setPreview(result.data);
      return result;
    });
  };

  const errors = preview?.counts.ERROR ?? 0;
  const canImport =
    preview !== null && preview.listError === null && preview.people.length > 0 && (errors === 0 || skipInvalid);

  return (
    <div className="max-w-4xl space-y-4">
      <FormField
        id="teilnehmende-datei"
        label="CSV-Datei"
        required
        hint="UTF-8, mit Semikolon oder Komma getrennt; Spalten Name (oder Vorname und Nachname), E-Mail, Funktion, optional Anrede. Nichts wird gespeichert, bevor Sie die Vorschau bestätigen."
        error={readError ?? previewing.error ?? undefined}
      >
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(event) => void readFile(event.target.files?.[0])}
            className={inputClasses}
          />
        )}
      </FormField>
      {previewing.pending ? <p role="status">Die Datei wird geprüft …</p> : null}
      {preview ? (
        <div className="space-y-4">
          {preview.listError ? (
            <FormMessage message={preview.listError} tone="error" />
          ) : (
            <>
              <p role="status" className="font-semibold">
                {`${fileName}: ${pluralText(preview.counts.NEW, "neue Person", "neue Personen")} (${preview.seated} mit Platz, ${preview.waitlisted} auf die Warteliste), ${preview.counts.ALREADY_REGISTERED} schon angemeldet, ${pluralText(errors, "Zeile", "Zeilen")} mit Fehlern.`}
              </p>
              <ListPreview
                caption="Vorschau des Imports"
                rows={preview.lines.map((line) => ({ ...line, state: kindLabels[line.kind] }))}
              />
              {errors > 0 ? (
                <div className="flex items-start gap-3">
                  <input
                    id="fehler-ueberspringen"
                    type="checkbox"
                    checked={skipInvalid}
                    onChange={(event) => setSkipInvalid(event.target.checked)}
                    className="mt-1 h-5 w-5 shrink-0"
                  />
                  <label htmlFor="fehler-ueberspringen">
                    {`Die ${pluralText(errors, "fehlerhafte Zeile", "fehlerhaften Zeilen")} überspringen und nur die übrigen importieren. Ohne dieses Häkchen wird nichts importiert.`}
                  </label>
                </div>
              ) : null}
            </>
          )}
          <FormMessage message={importing.error} tone="error" />
          <Button
            disabled={!canImport || importing.pending}
            onClick={() =>
              void importing.run(() => props.importList({ inquiryId: props.inquiryId, text: text ?? "", skipInvalid }))
            }
          >
            {importing.pending
              ? "Wird importiert …"
              : `${pluralText(preview.people.length, "Person", "Personen")} importieren`}
          </Button>
        </div>
      ) : null}
      <FormMessage message={importing.success} tone="success" />
    </div>
  );
}

/** Moves a seated person to the waiting list, or gives a waiting person a seat. */
function PlaceButton({
  person,
  toWaitlist,
  seat,
}: {
  person: { id: string; name: string; waitlistRank: number | null };
  toWaitlist: Action;
  seat: Action;
}) {
  const seated = person.waitlistRank === null;
  return (
    <ActionButton
      variant="secondary"
      size="sm"
      accessibleName={seated ? `${person.name} auf die Warteliste` : `${person.name} einen Platz geben`}
      pendingLabel={seated ? "Wird verschoben …" : "Wird platziert …"}
      action={() => (seated ? toWaitlist : seat)({ registrationId: person.id })}
    >
      {seated ? "Auf Warteliste" : "Platz geben"}
    </ActionButton>
  );
}
