"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormField, inputClasses } from "@/components/form/form-field";
import { FormFooter } from "@/components/form/form-footer";
import { useActionForm } from "@/components/form/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { businessProfileSchema, type BusinessProfileInput } from "@/lib/business-profile/schemas";

const parts: { name: keyof BusinessProfileInput; label: string; hint?: string; type?: string }[] = [
  { name: "name", label: "Verantwortliche Person", hint: "z. B. «Markus Beispiel»" },
  { name: "businessName", label: "Name des Geschäfts", hint: "So, wie er im Impressum stehen soll" },
  { name: "street", label: "Strasse und Hausnummer" },
  { name: "postcode", label: "Postleitzahl" },
  { name: "city", label: "Ort" },
  { name: "email", label: "E-Mail-Adresse", type: "email" },
  { name: "phone", label: "Telefon", hint: "z. B. +41 31 123 45 67", type: "tel" },
  { name: "uid", label: "UID oder MWST-Nummer", hint: "Nur falls vorhanden, z. B. CHE-123.456.789 MWST" },
];

export function BusinessProfileForm({
  current,
  action,
}: {
  current: BusinessProfileInput;
  action: (input: BusinessProfileInput) => Promise<ActionResult<null>>;
}) {
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: businessProfileSchema,
    action,
    defaultValues: current,
    onSuccess: (_data, message) => {
      setDone(message ?? "Gespeichert.");
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-6">
      <fieldset disabled={pending} className="grid gap-6 sm:grid-cols-2">
        <legend className="sr-only">Geschäftsangaben</legend>
        {parts.map((part) => (
          <FormField key={part.name} id={part.name} label={part.label} hint={part.hint} error={errorOf(part.name)}>
            {(control) => (
              <input {...control} {...form.register(part.name)} type={part.type ?? "text"} className={inputClasses} />
            )}
          </FormField>
        ))}
      </fieldset>
      <FormFooter error={formError} success={done} pending={pending} pendingLabel="Wird gespeichert …">
        Angaben speichern
      </FormFooter>
    </form>
  );
}
