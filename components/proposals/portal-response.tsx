"use client";

import { useRouter } from "next/navigation";

import { CheckboxField } from "@/components/form/checkbox-field";
import { FormField, inputClasses } from "@/components/form/form-field";
import { FormFooter } from "@/components/form/form-footer";
import { useActionForm } from "@/components/form/use-action-form";
import { TitledSection } from "@/components/ui/titled-section";
import type { ActionResult } from "@/lib/action-result";
import {
  acceptProposalSchema,
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
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: acceptProposalSchema,
    action: accept,
    // The confirmation box starts unticked: the schema accepts only a ticked one.
    defaultValues: { token, proposalId, name: "", role: "" },
    onSuccess: () => router.refresh(),
  });
  return (
    <TitledSection
      id="annehmen-titel"
      title="Offerte annehmen"
      className="space-y-4 rounded-lg border border-line bg-white p-6"
    >
      <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
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
          <CheckboxField
            errorId="accept-confirm-fehler"
            registration={form.register("confirm")}
            error={errorOf("confirm")}
          >
            {`Ich nehme die Offerte im Namen meiner Organisation (${organisationName}) verbindlich an.`}
          </CheckboxField>
        </fieldset>
        <FormFooter error={formError} pending={pending}>
          Offerte annehmen
        </FormFooter>
      </form>
    </TitledSection>
  );
}

function ChangesForm({ token, proposalId, requestChanges }: PortalResponseProps) {
  const router = useRouter();
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: requestChangesSchema,
    action: requestChanges,
    defaultValues: { token, proposalId, message: "" },
    draftKey: `portal-aenderung:${proposalId}`,
    onSuccess: () => router.refresh(),
  });
  return (
    <TitledSection
      id="aendern-titel"
      title="Änderungen wünschen"
      className="space-y-4 rounded-lg border border-line bg-white p-6"
    >
      <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
        <fieldset disabled={pending}>
          <FormField
            id="changes-message"
            label="Was soll ich anpassen?"
            required
            hint="Zum Beispiel Ziele, Programm, Daten oder Anzahl Teilnehmende."
            error={errorOf("message")}
          >
            {(control) => <textarea {...control} {...form.register("message")} rows={6} className={inputClasses} />}
          </FormField>
        </fieldset>
        <FormFooter error={formError} pending={pending}>
          Änderungswunsch senden
        </FormFooter>
      </form>
    </TitledSection>
  );
}
