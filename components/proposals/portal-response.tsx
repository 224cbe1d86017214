"use client";

import { useRouter } from "next/navigation";

import { ErrorSummary } from "@/components/form/error-summary";
import { FieldError, FormField, inputClasses } from "@/components/form/form-field";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import {
  acceptProposalSchema,
  CHANGE_REQUEST_MAX,
  requestChangesSchema,
  type AcceptProposalInput,
  type RequestChangesInput,
} from "@/lib/proposals/schemas";

type PortalResponseProps = {
  token: string;
  proposalId: string;
  organisationName: string;
  accept: (input: AcceptProposalInput) => Promise<ActionResult<null>>;
  requestChanges: (input: RequestChangesInput) => Promise<ActionResult<null>>;
};

/** Accept the proposal (who, in which function) or ask for changes; the page then shows the new state. */
export function PortalResponse(props: PortalResponseProps) {
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <AcceptForm {...props} />
      <ChangesForm {...props} />
    </div>
  );
}

function AcceptForm({ token, proposalId, organisationName, accept }: PortalResponseProps) {
  const router = useRouter();
  const { form, onSubmit, pending, errorOf, summary } = useActionForm({
    schema: acceptProposalSchema,
    action: accept,
    // The confirmation box starts unticked: the schema accepts only a ticked one.
    defaultValues: { token, proposalId, name: "", role: "" },
    onSuccess: () => router.refresh(),
  });
  return (
    <section aria-labelledby="annehmen-titel" className="space-y-4 rounded-lg border border-line bg-white p-6">
      <h2 id="annehmen-titel" className="text-2xl font-bold text-brand-dark">
        Offerte annehmen
      </h2>
      <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
        <ErrorSummary {...summary} id="annehmen-fehler" />
        <fieldset disabled={pending} className="space-y-4">
          <FormField id="accept-name" label="Ihr Name" required error={errorOf("name")}>
            {(control) => (
              <input {...control} {...form.register("name")} autoComplete="name" className={inputClasses} />
            )}
          </FormField>
          <FormField id="accept-role" label="Ihre Funktion" required error={errorOf("role")}>
            {(control) => (
              <input
                {...control}
                {...form.register("role")}
                autoComplete="organization-title"
                className={inputClasses}
              />
            )}
          </FormField>
          <div>
            <label className="flex items-start gap-3">
              <input
                type="checkbox"
                {...form.register("confirm")}
                aria-invalid={Boolean(errorOf("confirm"))}
                aria-describedby={errorOf("confirm") ? "accept-confirm-fehler" : undefined}
                className="mt-1 h-5 w-5 accent-brand"
              />
              <span>{`Ich nehme die Offerte im Namen meiner Organisation (${organisationName}) verbindlich an.`}</span>
            </label>
            <FieldError id="accept-confirm-fehler" message={errorOf("confirm")} />
          </div>
        </fieldset>
        <SubmitButton pending={pending}>Offerte annehmen</SubmitButton>
      </form>
    </section>
  );
}

function ChangesForm({ token, proposalId, requestChanges }: PortalResponseProps) {
  const router = useRouter();
  const { form, onSubmit, pending, errorOf, summary } = useActionForm({
    schema: requestChangesSchema,
    action: requestChanges,
    defaultValues: { token, proposalId, message: "" },
    draftKey: `portal-aenderung:${proposalId}`,
    onSuccess: () => router.refresh(),
  });
  return (
    <section aria-labelledby="aendern-titel" className="space-y-4 rounded-lg border border-line bg-white p-6">
      <h2 id="aendern-titel" className="text-2xl font-bold text-brand-dark">
        Änderungen wünschen
      </h2>
      <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
        <ErrorSummary {...summary} id="aendern-fehler" />
        <fieldset disabled={pending}>
          <FormField
            id="changes-message"
            label="Was soll ich anpassen?"
            required
            hint="Zum Beispiel Ziele, Programm, Daten oder Anzahl Teilnehmende."
            error={errorOf("message")}
            counter={{ value: form.watch("message"), max: CHANGE_REQUEST_MAX }}
          >
            {(control) => <textarea {...control} {...form.register("message")} rows={6} className={inputClasses} />}
          </FormField>
        </fieldset>
        <SubmitButton pending={pending}>Änderungswunsch senden</SubmitButton>
      </form>
    </section>
  );
}
