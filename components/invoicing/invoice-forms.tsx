"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useFieldArray } from "react-hook-form";

import { ChoiceGroup } from "@/components/form/choice-group";
import { FormField, inputClasses } from "@/components/form/form-field";
import { FormFooter } from "@/components/form/form-footer";
import { SelectOptions } from "@/components/form/select-options";
import { useActionForm } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import { formatChf } from "@/lib/format";
import {
  createFromProposalSchema,
  creditNoteSchema,
  invoiceDraftSchema,
  paymentSchema,
  type InvoiceDraftFormInput,
} from "@/lib/invoicing/schemas";

const fieldsetClasses = "grid gap-6 rounded-lg border border-line p-4 sm:grid-cols-2";
const legendClasses = "px-1 text-lg font-semibold text-brand-dark";

type ProposalOption = { id: string; label: string };

/** An invoice from an accepted proposal: the whole, a deposit, or the rest after the deposits. */
export function CreateFromProposalForm({
  proposals,
  action,
}: {
  proposals: ProposalOption[];
  action: (input: unknown) => Promise<ActionResult<{ invoiceId: string }>>;
}) {
  const router = useRouter();
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: createFromProposalSchema,
    action,
    defaultValues: { proposalId: proposals[0]?.id ?? "", share: "FULL", depositPercent: 30 },
    onSuccess: (data) => router.push(`/admin/rechnungen/${data.invoiceId}`),
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
      <fieldset disabled={pending} className={fieldsetClasses}>
        <legend className={legendClasses}>Aus einem angenommenen Angebot</legend>
        <FormField id="proposalId" label="Angebot" error={errorOf("proposalId")} required className="sm:col-span-2">
          {(control) => (
            <select {...control} {...form.register("proposalId")} className={inputClasses}>
              <SelectOptions options={proposals.map((proposal) => ({ value: proposal.id, label: proposal.label }))} />
            </select>
          )}
        </FormField>
        <FormField id="share" label="In Rechnung stellen" error={errorOf("share")} required>
          {(control) => (
            <select {...control} {...form.register("share")} className={inputClasses}>
              <option value="FULL">Den ganzen Betrag</option>
              <option value="DEPOSIT">Eine Anzahlung</option>
              <option value="REST">Den Rest nach der Anzahlung</option>
            </select>
          )}
        </FormField>
        <FormField
          id="depositPercent"
          label="Anzahlung in Prozent"
          hint="Nur für eine Anzahlung"
          error={errorOf("depositPercent")}
        >
          {(control) => (
            <input {...control} {...form.register("depositPercent")} inputMode="numeric" className={inputClasses} />
          )}
        </FormField>
      </fieldset>
      <FormFooter error={formError} pending={pending} pendingLabel="Wird erstellt …">
        Rechnungsentwurf erstellen
      </FormFooter>
    </form>
  );
}

type TextField = {
  name: Exclude<keyof InvoiceDraftFormInput, "lines">;
  label: string;
  required?: boolean;
  hint?: string;
};

const buyerFields: TextField[] = [
  { name: "buyerName", label: "Organisation", required: true },
  { name: "buyerDepartment", label: "Abteilung" },
  { name: "buyerContact", label: "Kontaktperson" },
  { name: "buyerEmail", label: "E-Mail für die Rechnung", required: true },
  { name: "buyerStreet", label: "Strasse", required: true },
  { name: "buyerHouseNumber", label: "Hausnummer" },
  { name: "buyerPostcode", label: "Postleitzahl", required: true },
  { name: "buyerCity", label: "Ort", required: true },
  { name: "buyerCountry", label: "Land", required: true, hint: "Ländercode, z. B. CH" },
  { name: "buyerUid", label: "UID der Kundin", hint: "Für E-Rechnungen der Bundesverwaltung" },
];

const documentFields: TextField[] = [
  { name: "title", label: "Titel", required: true },
  { name: "purchaseOrderRef", label: "Bestellnummer der Kundin" },
  { name: "costCentre", label: "Kostenstelle" },
  { name: "serviceDates", label: "Kursdaten", hint: "z. B. 12.03.2027, 19.03.2027" },
];

/** Creates a free invoice, or edits a draft; the lines in francs, quantities with decimals. */
export function InvoiceDraftForm({
  current,
  action,
  submitLabel,
}: {
  current: InvoiceDraftFormInput;
  action: (input: unknown) => Promise<ActionResult<unknown>>;
  submitLabel: string;
}) {
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: invoiceDraftSchema,
    action,
    defaultValues: current,
    onSuccess: (data, message) => {
      const created = data as { invoiceId?: string } | null;
      if (created?.invoiceId) router.push(`/admin/rechnungen/${created.invoiceId}`);
      else {
        setDone(message ?? "Gespeichert.");
        router.refresh();
      }
    },
  });
  const lines = useFieldArray({ control: form.control, name: "lines" });
  const text = (field: TextField) => (
    <FormField
      key={field.name}
      id={field.name}
      label={field.label}
      hint={field.hint}
      required={field.required}
      error={errorOf(field.name)}
    >
      {(control) => <input {...control} {...form.register(field.name)} className={inputClasses} />}
    </FormField>
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-6">
      <fieldset disabled={pending} className="space-y-6">
        <fieldset className={fieldsetClasses}>
          <legend className={legendClasses}>Rechnung</legend>
          {documentFields.map(text)}
          <FormField id="introText" label="Einleitung" error={errorOf("introText")} className="sm:col-span-2">
            {(control) => <textarea {...control} {...form.register("introText")} rows={3} className={inputClasses} />}
          </FormField>
        </fieldset>
        <fieldset className={fieldsetClasses}>
          <legend className={legendClasses}>Rechnungsadresse</legend>
          {buyerFields.map(text)}
        </fieldset>
        <fieldset className="space-y-4 rounded-lg border border-line p-4">
          <legend className={legendClasses}>Positionen</legend>
          {lines.fields.map((field, index) => (
            <div key={field.id} className="grid gap-4 border-b border-line pb-4 sm:grid-cols-[2fr_1fr_1fr_1fr_auto]">
              <FormField
                id={`lines.${index}.description`}
                label={`Position ${index + 1}: Leistung`}
                required
                error={errorOf(`lines.${index}.description`)}
              >
                {(control) => (
                  <input {...control} {...form.register(`lines.${index}.description`)} className={inputClasses} />
                )}
              </FormField>
              <FormField
                id={`lines.${index}.quantity`}
                label="Menge"
                required
                error={errorOf(`lines.${index}.quantity`)}
              >
                {(control) => (
                  <input
                    {...control}
                    {...form.register(`lines.${index}.quantity`)}
                    inputMode="decimal"
                    className={inputClasses}
                  />
                )}
              </FormField>
              <FormField id={`lines.${index}.unit`} label="Einheit" error={errorOf(`lines.${index}.unit`)}>
                {(control) => <input {...control} {...form.register(`lines.${index}.unit`)} className={inputClasses} />}
              </FormField>
              <FormField
                id={`lines.${index}.unitPrice`}
                label="Preis CHF"
                required
                error={errorOf(`lines.${index}.unitPrice`)}
              >
                {(control) => (
                  <input
                    {...control}
                    {...form.register(`lines.${index}.unitPrice`)}
                    inputMode="decimal"
                    className={inputClasses}
                  />
                )}
              </FormField>
              <Button variant="secondary" size="sm" className="self-end" onClick={() => lines.remove(index)}>
                {`Position ${index + 1} entfernen`}
              </Button>
            </div>
          ))}
          <Button
            variant="secondary"
            size="sm"
            onClick={() => lines.append({ description: "", quantity: "1", unit: "", unitPrice: "" })}
          >
            Position hinzufügen
          </Button>
          {errorOf("lines") ? (
            <p className="text-sm font-semibold text-danger">
              <span aria-hidden="true">⚠ </span>
              {errorOf("lines")}
            </p>
          ) : null}
        </fieldset>
      </fieldset>
      <FormFooter error={formError} success={done} pending={pending} pendingLabel="Wird gespeichert …">
        {submitLabel}
      </FormFooter>
    </form>
  );
}

/** Books a payment: date and amount; a part payment leaves the rest open. */
export function PaymentForm({
  invoiceId,
  openAmount,
  today,
  action,
}: {
  invoiceId: string;
  openAmount: string;
  today: string;
  action: (input: unknown) => Promise<ActionResult<null>>;
}) {
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: paymentSchema,
    action,
    defaultValues: { invoiceId, paidOn: today, amount: openAmount, note: "" },
    onSuccess: (_data, message) => {
      setDone(message ?? "Gebucht.");
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
      <fieldset disabled={pending} className={fieldsetClasses}>
        <legend className={legendClasses}>Zahlung erfassen</legend>
        <FormField id="paidOn" label="Bezahlt am" required error={errorOf("paidOn")}>
          {(control) => <input {...control} {...form.register("paidOn")} type="date" className={inputClasses} />}
        </FormField>
        <FormField id="amount" label="Betrag CHF" required error={errorOf("amount")}>
          {(control) => (
            <input {...control} {...form.register("amount")} inputMode="decimal" className={inputClasses} />
          )}
        </FormField>
        <FormField id="note" label="Notiz" error={errorOf("note")} className="sm:col-span-2">
          {(control) => <input {...control} {...form.register("note")} className={inputClasses} />}
        </FormField>
      </fieldset>
      <FormFooter error={formError} success={done} pending={pending} pendingLabel="Wird gebucht …">
        Zahlung buchen
      </FormFooter>
    </form>
  );
}

/**
 * Corrects an issued invoice: a credit note over the open amount, chosen lines or an amount incl.
 * VAT, with the reason printed on it; never more than is open (decision 0030).
 */
export function CreditNoteForm({
  invoiceId,
  lines,
  openCents,
  action,
}: {
  invoiceId: string;
  /** The invoice's lines as they can be chosen: position and a label with the amount. */
  lines: { position: number; label: string }[];
  /** The open amount incl. VAT in centimes. */
  openCents: number;
  action: (input: unknown) => Promise<ActionResult<{ invoiceId: string }>>;
}) {
  const router = useRouter();
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: creditNoteSchema,
    action,
    defaultValues: { invoiceId, reason: "", scope: "FULL", positions: [], amount: "" },
    onSuccess: (data) => router.push(`/admin/rechnungen/${data.invoiceId}`),
  });
  const scope = form.watch("scope");
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
      <fieldset disabled={pending} className="space-y-4 rounded-lg border border-line p-4">
        <legend className={legendClasses}>Gutschrift ausstellen</legend>
        <ChoiceGroup id="scope" legend="Gutschreiben" required error={errorOf("scope")}>
          <div className="space-y-2">
            {(
              [
                ["FULL", `Den offenen Betrag (${formatChf(openCents)})`],
                ["LINES", "Einzelne Positionen"],
                ["AMOUNT", "Einen Betrag"],
              ] as const
            ).map(([value, label]) => (
              <div key={value} className="flex items-center gap-3">
                <input
                  id={`scope-${value}`}
                  type="radio"
                  value={value}
                  {...form.register("scope")}
                  className="h-5 w-5 shrink-0"
                />
                <label htmlFor={`scope-${value}`}>{label}</label>
              </div>
            ))}
          </div>
        </ChoiceGroup>
        {scope === "LINES" ? (
          <ChoiceGroup id="positions" legend="Positionen" required error={errorOf("positions")}>
            <div className="space-y-2">
              {lines.map((line) => (
                <div key={line.position} className="flex items-center gap-3">
                  <input
                    id={`position-${line.position}`}
                    type="checkbox"
                    value={String(line.position)}
                    {...form.register("positions")}
                    className="h-5 w-5 shrink-0"
                  />
                  <label htmlFor={`position-${line.position}`}>{line.label}</label>
                </div>
              ))}
            </div>
          </ChoiceGroup>
        ) : null}
        {scope === "AMOUNT" ? (
          <FormField
            id="creditAmount"
            label="Betrag CHF inkl. MWST"
            hint={`Höchstens der offene Betrag von ${formatChf(openCents)}.`}
            required
            error={errorOf("amount")}
          >
            {(control) => (
              <input {...control} {...form.register("amount")} inputMode="decimal" className={inputClasses} />
            )}
          </FormField>
        ) : null}
        <FormField id="reason" label="Grund" required error={errorOf("reason")}>
          {(control) => <textarea {...control} {...form.register("reason")} rows={2} className={inputClasses} />}
        </FormField>
      </fieldset>
      <FormFooter error={formError} pending={pending} pendingLabel="Wird ausgestellt …">
        Gutschrift ausstellen und senden
      </FormFooter>
    </form>
  );
}
