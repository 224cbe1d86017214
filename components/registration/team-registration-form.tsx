"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

import { FormField, inputClasses } from "@/components/form/form-field";
import { FormMessage } from "@/components/form/form-message";
import { Honeypot } from "@/components/form/honeypot";
import { SalutationField } from "@/components/form/salutation-field";
import { SubmitButton } from "@/components/form/submit-button";
import { EmailField, TextField } from "@/components/form/text-field";
import { useActionForm } from "@/components/form/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { DEFAULT_SALUTATION } from "@/lib/greeting";
import type { RegisteredByLink } from "@/lib/registration/actions";
import { registerByLinkSchema, type RegisterByLinkInput } from "@/lib/registration/schemas";

type TeamRegistrationFormProps = {
  token: string;
  /** New registrations join the waiting list (all seats taken, or others wait already). */
  full: boolean;
  days: number;
  action: (input: RegisterByLinkInput) => Promise<ActionResult<RegisteredByLink>>;
};

/** One team member registers once for all days of the in-house course (decision 0031). */
export function TeamRegistrationForm({ token, full, days, action }: TeamRegistrationFormProps) {
  const [done, setDone] = useState<RegisteredByLink | null>(null);
  const router = useRouter();
  const { form, onSubmit, pending, formError, errorOf, fieldProps } = useActionForm({
    schema: registerByLinkSchema,
    action,
    defaultValues: {
      token,
      salutation: DEFAULT_SALUTATION,
      name: "",
      email: "",
      function: "",
      situation: "",
      wish: "",
      website: "",
    },
    draftKey: `anliegen:anmeldung:${token.slice(0, 8)}`,
    onSuccess: (data) => {
      setDone(data);
      // The seat line beside the form is read again, so it counts this registration too.
      router.refresh();
    },
  });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (done) heading.current?.focus();
  }, [done]);

  if (done) {
    const waiting = done.status === "WAITLISTED";
    return (
      <div role="status" className="rounded-lg border-2 border-success bg-white p-6">
        <h2 ref={heading} tabIndex={-1} className="text-2xl font-bold text-brand-dark focus:outline-none">
          {done.outcome === "ALREADY_REGISTERED"
            ? "Sie sind bereits angemeldet"
            : waiting
              ? "Sie stehen auf der Warteliste"
              : "Sie sind angemeldet"}
        </h2>
        <p className="mt-3">
          {waiting
            ? `Alle Plätze sind vergeben. Sie stehen an Stelle ${done.waitlistPosition} der Warteliste und erhalten einen Platz, sobald einer frei wird.`
            : days > 1
              ? `Ihr Platz gilt für alle ${days} Kurstage.`
              : "Ihr Platz ist bestätigt."}
        </p>
        <p className="mt-3">
          {done.outcome === "ALREADY_REGISTERED"
            ? `Mit der Adresse ${done.email} besteht bereits eine Anmeldung; es hat sich nichts geändert.`
            : `Die Bestätigung${waiting ? "" : " mit den Kalendereinträgen"} geht an ${done.email}.`}
        </p>
      </div>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-8">
      <fieldset disabled={pending} className="space-y-6">
        <legend className="sr-only">Ihre Anmeldung</legend>
        <SalutationField register={form.register("salutation")} error={errorOf("salutation")} />
        <TextField {...fieldProps("name")} label="Vorname und Name" required autoComplete="name" />
        <EmailField
          {...fieldProps("email")}
          label="E-Mail-Adresse"
          required
          hint="Hierhin gehen die Bestätigung mit den Kalendereinträgen und die Erinnerung."
        />
        <TextField
          {...fieldProps("function")}
          label="Funktion"
          required
          hint="Zum Beispiel «Sachbearbeiterin Schalter» oder «Teamleiter»."
          autoComplete="organization-title"
        />
        <FormField
          id="situation"
          label="Eine typische schwierige Situation aus Ihrer Arbeit"
          hint="Hilft, den Kurs und die Rollenspiele auf Ihren Alltag abzustimmen; ohne Namen von Kundinnen und Kunden."
          error={errorOf("situation")}
        >
          {(control) => <textarea {...control} {...form.register("situation")} rows={4} className={inputClasses} />}
        </FormField>
        <FormField id="wish" label="Was möchten Sie aus dem Kurs mitnehmen?" hint="Freiwillig." error={errorOf("wish")}>
          {(control) => <textarea {...control} {...form.register("wish")} rows={3} className={inputClasses} />}
        </FormField>
        <Honeypot register={form.register("website")} />
      </fieldset>
      <p className="text-sm text-muted">
        Was mit Ihren Angaben geschieht und wer sie sieht, steht in der{" "}
        <Link href="/datenschutz" className="font-semibold text-brand underline">
          Datenschutzerklärung
        </Link>
        .
      </p>
      <FormMessage message={formError} tone="error" />
      <SubmitButton pending={pending} pendingLabel="Wird angemeldet …">
        {full ? "Auf die Warteliste setzen" : days > 1 ? `Für alle ${days} Kurstage anmelden` : "Anmelden"}
      </SubmitButton>
    </form>
  );
}
