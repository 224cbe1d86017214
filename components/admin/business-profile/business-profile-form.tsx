"use client";

import { useFieldArray } from "react-hook-form";

import { useSavedNotice } from "@/components/admin/use-saved-notice";
import { FormField, inputClasses } from "@/components/form/form-field";
import { FormFooter } from "@/components/form/form-footer";
import { SelectOptions } from "@/components/form/select-options";
import { useActionForm, type FormAction } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { businessProfileSchema, type BusinessProfileFormInput } from "@/lib/business-profile/schemas";

type TextPart = {
  name: Exclude<keyof BusinessProfileFormInput, "vatRates" | "vatRegistered" | "invoiceText" | "reminderText">;
  label: string;
  hint?: string;
  type?: string;
  autoComplete?: string;
  options?: { value: string; label: string }[];
};

const sections: { legend: string; parts: TextPart[] }[] = [
  {
    legend: "Person und Geschäft",
    parts: [
      { name: "name", label: "Verantwortliche Person", hint: "z. B. «Markus Beispiel»", autoComplete: "name" },
      { name: "businessName", label: "Name des Geschäfts", hint: "So, wie er auf Rechnungen und im Impressum steht" },
    ],
  },
  {
    legend: "Adresse",
    parts: [
      { name: "street", label: "Strasse", autoComplete: "address-line1" },
      { name: "houseNumber", label: "Hausnummer" },
      { name: "postcode", label: "Postleitzahl", autoComplete: "postal-code" },
      { name: "city", label: "Ort", autoComplete: "address-level2" },
      { name: "country", label: "Land", hint: "Ländercode, z. B. CH" },
    ],
  },
  {
    legend: "Kontakt",
    parts: [
      { name: "email", label: "E-Mail-Adresse", type: "email", autoComplete: "email" },
      { name: "phone", label: "Telefon", hint: "z. B. +41 31 123 45 67", type: "tel", autoComplete: "tel" },
      { name: "website", label: "Website", hint: "z. B. https://anliegen.ch", type: "url", autoComplete: "url" },
    ],
  },
  {
    legend: "Zahlungsverbindung",
    parts: [
      { name: "iban", label: "IBAN oder QR-IBAN", hint: "Schweizer Konto, z. B. CH93 0076 2011 6238 5295 7" },
      { name: "bankName", label: "Bank" },
      {
        name: "referenceType",
        label: "Zahlungsreferenz im QR-Einzahlungsschein",
        hint: "QR-IBAN: QR-Referenz; normale IBAN: Creditor Reference",
        options: [
          { value: "QRR", label: "QR-Referenz (mit QR-IBAN)" },
          { value: "SCOR", label: "Creditor Reference SCOR (mit normaler IBAN)" },
        ],
      },
      { name: "paymentTermDays", label: "Zahlungsfrist in Tagen", type: "number" },
    ],
  },
];

const fieldsetClasses = "grid gap-6 rounded-lg border border-line p-4 sm:grid-cols-2";
const legendClasses = "px-1 text-lg font-semibold text-brand-dark";

export function BusinessProfileForm({
  current,
  action,
}: {
  current: BusinessProfileFormInput;
  action: FormAction<typeof businessProfileSchema, null>;
}) {
  const { done, onSuccess } = useSavedNotice();
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: businessProfileSchema,
    action,
    defaultValues: current,
    onSuccess,
  });
  const rates = useFieldArray({ control: form.control, name: "vatRates" });
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-6">
      <fieldset disabled={pending} className="space-y-6">
        {sections.map((section) => (
          <fieldset key={section.legend} className={fieldsetClasses}>
            <legend className={legendClasses}>{section.legend}</legend>
            {section.parts.map((part) => (
              <FormField key={part.name} id={part.name} label={part.label} hint={part.hint} error={errorOf(part.name)}>
                {(control) =>
                  part.options ? (
                    <select {...control} {...form.register(part.name)} className={inputClasses}>
                      <SelectOptions options={part.options} />
                    </select>
                  ) : (
                    <input
                      {...control}
                      {...form.register(part.name)}
                      type={part.type ?? "text"}
                      autoComplete={part.autoComplete}
                      className={inputClasses}
                    />
                  )
                }
              </FormField>
            ))}
          </fieldset>
        ))}
        <fieldset className={fieldsetClasses}>
          <legend className={legendClasses}>Mehrwertsteuer</legend>
          <div className="sm:col-span-2">
            <label className="flex items-center gap-2 font-semibold text-ink">
              <input type="checkbox" {...form.register("vatRegistered")} className="size-5" />
              Mehrwertsteuerpflichtig
            </label>
          </div>
          <FormField
            id="uid"
            label="UID"
            hint="z. B. CHE-123.456.789 MWST"
            error={errorOf("uid")}
            className="sm:col-span-2"
          >
            {(control) => <input {...control} {...form.register("uid")} type="text" className={inputClasses} />}
          </FormField>
          <div className="space-y-4 sm:col-span-2" role="group" aria-labelledby="mwst-saetze">
            <p id="mwst-saetze" className="font-semibold text-ink">
              MWST-Sätze
            </p>
            <p className="text-sm text-muted">Jede Rechnung nimmt den Satz, der an ihrem Datum gilt, und behält ihn.</p>
            {rates.fields.map((field, index) => (
              <div key={field.id} className="grid items-end gap-4 sm:grid-cols-[1fr_1fr_auto]">
                <FormField
                  id={`vatRates.${index}.percent`}
                  label={`Satz ${index + 1} in Prozent`}
                  error={errorOf(`vatRates.${index}.percent`)}
                  required
                >
                  {(control) => (
                    <input
                      {...control}
                      {...form.register(`vatRates.${index}.percent`)}
                      inputMode="decimal"
                      className={inputClasses}
                    />
                  )}
                </FormField>
                <FormField
                  id={`vatRates.${index}.validFrom`}
                  label={`Satz ${index + 1} gilt ab`}
                  error={errorOf(`vatRates.${index}.validFrom`)}
                  required
                >
                  {(control) => (
                    <input
                      {...control}
                      {...form.register(`vatRates.${index}.validFrom`)}
                      type="date"
                      className={inputClasses}
                    />
                  )}
                </FormField>
                <Button variant="secondary" size="sm" onClick={() => rates.remove(index)}>
                  Satz {index + 1} entfernen
                </Button>
              </div>
            ))}
            <Button variant="secondary" size="sm" onClick={() => rates.append({ percent: "8.1", validFrom: "" })}>
              MWST-Satz hinzufügen
            </Button>
            {errorOf("vatRates") ? (
              <p className="text-sm font-semibold text-danger">
                <span aria-hidden="true">⚠ </span>
                {errorOf("vatRates")}
              </p>
            ) : null}
          </div>
        </fieldset>
        <fieldset className={fieldsetClasses}>
          <legend className={legendClasses}>Textbausteine</legend>
          <FormField
            id="invoiceText"
            label="Text auf Rechnungen"
            hint="Steht über den Positionen, z. B. ein Dank für den Auftrag"
            error={errorOf("invoiceText")}
            className="sm:col-span-2"
          >
            {(control) => <textarea {...control} {...form.register("invoiceText")} rows={4} className={inputClasses} />}
          </FormField>
          <FormField
            id="reminderText"
            label="Text in Zahlungserinnerungen"
            error={errorOf("reminderText")}
            className="sm:col-span-2"
          >
            {(control) => (
              <textarea {...control} {...form.register("reminderText")} rows={4} className={inputClasses} />
            )}
          </FormField>
        </fieldset>
      </fieldset>
      <FormFooter error={formError} success={done} pending={pending} pendingLabel="Wird gespeichert …">
        Einstellungen speichern
      </FormFooter>
    </form>
  );
}
