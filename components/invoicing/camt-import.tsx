"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";

import { FormField, inputClasses } from "@/components/form/form-field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { Button } from "@/components/ui/button";
import { Heading } from "@/components/ui/heading";
import { Table, TableCell, TableRow } from "@/components/ui/table";
import type { ActionResult } from "@/lib/action-result";
import { formatChf, formatDate } from "@/lib/format";
import type { CamtBooking, CamtPreview, CamtRow, CamtRowStatus } from "@/lib/invoicing/camt-rules";
import { CAMT_MAX_CHARACTERS } from "@/lib/invoicing/schemas";

type Input = { fileName: string; xml: string };

const NO_FILE = "Bitte eine camt.054- oder camt.053-Datei auswählen.";
const TOO_LARGE = "Die Datei ist zu gross (höchstens 900 KB). Bitte einen kürzeren Zeitraum exportieren.";

const statusLabels: Record<CamtRowStatus, string> = {
  MATCHED: "Wird gebucht",
  DUPLICATE: "Bereits gebucht",
  UNMATCHED: "Nicht zugeordnet",
};
const bookedLabels: Record<CamtRowStatus, string> = { ...statusLabels, MATCHED: "Gebucht" };

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function summaryText(preview: CamtPreview): string {
  const { matched, matchedCents, duplicates, unmatched } = preview.summary;
  return [
    `${preview.kind}, Konto ${preview.accounts.join(", ")}`,
    `${count(matched, "Zahlung", "Zahlungen")} zugeordnet (${formatChf(matchedCents)})`,
    `${count(duplicates, "bereits gebucht", "bereits gebucht")}`,
    `${count(unmatched, "nicht zugeordnet", "nicht zugeordnet")}`,
  ].join(" · ");
}

function dateText(dateKey: string): string {
  return dateKey ? formatDate(new Date(`${dateKey}T12:00:00Z`)) : "–";
}

function amountText(row: CamtRow): string {
  const { amountCents, currency, credit } = row.transaction;
  if (amountCents === null) return "–";
  const amount =
    currency === "CHF" ? formatChf(amountCents) : `${currency} ${formatChf(amountCents).replace(/^CHF /, "")}`;
  return credit ? amount : `− ${amount}`;
}

function Rows({ rows, labels }: { rows: readonly CamtRow[]; labels: Record<CamtRowStatus, string> }) {
  return (
    <Table
      caption="Buchungen der Bankdatei mit Zuordnung"
      columns={["Nr.", "Datum", "Betrag", "Referenz", "Zahlende Stelle", "Rechnung", "Ergebnis"]}
    >
      {rows.map((row) => (
        <TableRow key={row.transaction.position}>
          <TableCell>{row.transaction.position}</TableCell>
          <TableCell className="whitespace-nowrap">{dateText(row.transaction.date)}</TableCell>
          <TableCell className="text-right whitespace-nowrap">{amountText(row)}</TableCell>
          <TableCell className="font-mono text-sm break-all">{row.transaction.reference ?? "–"}</TableCell>
          <TableCell>{row.transaction.debtorName || row.transaction.remittance || "–"}</TableCell>
          <TableCell className="whitespace-nowrap">
            {row.invoice ? (
              <Link href={`/admin/rechnungen/${row.invoice.id}`} className="text-brand underline">
                {row.invoice.number}
              </Link>
            ) : (
              "–"
            )}
          </TableCell>
          <TableCell>
            <span className={row.status === "MATCHED" ? "font-semibold text-success" : "font-semibold"}>
              {labels[row.status]}
            </span>
            {row.reason ? <span className="block text-sm">{row.reason}</span> : null}
          </TableCell>
        </TableRow>
      ))}
    </Table>
  );
}

/**
 * Upload a bank file, see what it would book, then book it. The file is read in the browser and
 * sent as text twice (preview, booking); the server classifies it again when booking, so what it
 * books is what is still open then.
 */
export function CamtImport({
  preview: previewAction,
  book: bookAction,
}: {
  preview: (input: Input) => Promise<ActionResult<CamtPreview>>;
  book: (input: Input) => Promise<ActionResult<CamtBooking>>;
}) {
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const [input, setInput] = useState<Input | null>(null);
  const [preview, setPreview] = useState<CamtPreview | null>(null);
  const [booking, setBooking] = useState<CamtBooking | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  function failed(result: Extract<ActionResult<unknown>, { ok: false }>) {
    const atField = result.fieldErrors.xml?.[0] ?? result.fieldErrors.fileName?.[0];
    setFileError(atField ?? result.message);
    setFormError(atField ? "Die Datei wurde nicht eingelesen; es wurde nichts gebucht." : null);
    fileRef.current?.focus();
  }

  async function onPreview(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFileError(undefined);
    setFormError(null);
    setDone(null);
    setPreview(null);
    setBooking(null);
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setFileError(NO_FILE);
      fileRef.current?.focus();
      return;
    }
    if (file.size > CAMT_MAX_CHARACTERS) {
      setFileError(TOO_LARGE);
      fileRef.current?.focus();
      return;
    }
    setPending(true);
    try {
      const next = { fileName: file.name, xml: await file.text() };
      const result = await previewAction(next);
      if (!result.ok) return failed(result);
      setInput(next);
      setPreview(result.data);
    } catch {
      setFormError("Die Verbindung ist unterbrochen. Bitte versuchen Sie es noch einmal.");
    } finally {
      setPending(false);
    }
  }

  async function onBook() {
    if (!input) return;
    setPending(true);
    setFormError(null);
    try {
      const result = await bookAction(input);
      if (!result.ok) return failed(result);
      setBooking(result.data);
      setPreview(null);
      setDone(result.message ?? "Gebucht.");
      router.refresh();
    } catch {
      setFormError("Die Verbindung ist unterbrochen. Bitte versuchen Sie es noch einmal.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onPreview} noValidate aria-busy={pending} className="space-y-4">
        <FormField
          id="xml"
          label="Bankdatei (camt.054 oder camt.053)"
          hint="Die XML-Datei aus dem E-Banking: Gutschriftsanzeige (camt.054) oder Kontoauszug (camt.053). Vor dem Buchen sehen Sie, was zugeordnet wird."
          required
          error={fileError}
        >
          {(control) => (
            <input
              {...control}
              ref={fileRef}
              name="xml"
              type="file"
              accept=".xml,application/xml,text/xml"
              className={inputClasses}
              onChange={() => {
                setFileError(undefined);
                setPreview(null);
              }}
            />
          )}
        </FormField>
        <SubmitButton pending={pending && !preview} pendingLabel="Wird gelesen …">
          Vorschau anzeigen
        </SubmitButton>
      </form>
      <FormMessage message={formError} tone="error" />
      <FormMessage message={done} tone="success" />

      {preview ? (
        <section aria-labelledby="vorschau" className="space-y-4">
          <Heading level={2} id="vorschau">
            Vorschau
          </Heading>
          <p>{summaryText(preview)}</p>
          <Rows rows={preview.rows} labels={statusLabels} />
          {preview.summary.matched > 0 ? (
            <Button onClick={onBook} disabled={pending}>
              {pending
                ? "Wird gebucht …"
                : `${count(preview.summary.matched, "Zahlung", "Zahlungen")} über ${formatChf(preview.summary.matchedCents)} buchen`}
            </Button>
          ) : (
            <p className="font-semibold">Diese Datei enthält keine Zahlung, die gebucht werden kann.</p>
          )}
        </section>
      ) : null}

      {booking ? (
        <section aria-labelledby="gebucht" className="space-y-4">
          <Heading level={2} id="gebucht">
            Gebucht
          </Heading>
          <Rows rows={booking.rows} labels={bookedLabels} />
        </section>
      ) : null}
    </div>
  );
}
