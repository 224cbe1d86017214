"use client";

import { useRouter } from "next/navigation";
import type { ReactNode } from "react";

import { CheckboxField } from "@/components/form/checkbox-field";
import { ErrorSummary } from "@/components/form/error-summary";
import { FormField, inputClasses } from "@/components/form/form-field";
import type { Schema } from "@/components/form/schema-resolver";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm, type ActionForm } from "@/components/form/use-action-form";
import { TitledSection } from "@/components/ui/titled-section";
import type { ActionResult } from "@/lib/action-result";
import { fill } from "@/lib/i18n/fill";
import type { Catalogue } from "@/lib/i18n/messages";
import {
  acceptProposalSchema,
  CHANGE_REQUEST_MAX,
  requestChangesSchema,
  type AcceptProposalInput,
  type RequestChangesInput,
} from "@/lib/proposals/schemas";

type PortalResponseProps = {
  token: string;
  /** From the page's catalogue. */
  texts: Catalogue["pages"]["portal"]["response"];
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

function AcceptForm({ token, proposalId, organisationName, accept, texts }: PortalResponseProps) {
  const router = useRouter();
  const answer = useActionForm({
    schema: acceptProposalSchema,
    action: accept,
    // The confirmation box starts unticked: the schema accepts only a ticked one.
    defaultValues: { token, proposalId, name: "", role: "" },
    onSuccess: () => router.refresh(),
  });
  const { form, errorOf } = answer;
  return (
    <AnswerCard
      id="annehmen-titel"
      title={texts.accept}
      submit={texts.accept}
      answer={answer}
      fieldsetClassName="space-y-4"
      summaryId="annehmen-fehler"
    >
      <FormField id="accept-name" label={texts.name} required error={errorOf("name")}>
        {(control) => <input {...control} {...form.register("name")} autoComplete="name" className={inputClasses} />}
      </FormField>
      <FormField id="accept-role" label={texts.role} required error={errorOf("role")}>
        {(control) => (
          <input {...control} {...form.register("role")} autoComplete="organization-title" className={inputClasses} />
        )}
      </FormField>
      <CheckboxField errorId="accept-confirm-fehler" registration={form.register("confirm")} error={errorOf("confirm")}>
        {fill(texts.acceptConfirm, { organisation: organisationName })}
      </CheckboxField>
    </AnswerCard>
  );
}

function ChangesForm({ token, proposalId, requestChanges, texts }: PortalResponseProps) {
  const router = useRouter();
  const answer = useActionForm({
    schema: requestChangesSchema,
    action: requestChanges,
    defaultValues: { token, proposalId, message: "" },
    draftKey: `portal-aenderung:${proposalId}`,
    onSuccess: () => router.refresh(),
  });
  const { form, errorOf } = answer;
  return (
    <AnswerCard
      id="aendern-titel"
      title={texts.changes}
      submit={texts.changesSubmit}
      answer={answer}
      summaryId="aendern-fehler"
    >
      <FormField
        id="changes-message"
        label={texts.changesMessage}
        required
        hint={texts.changesHint}
        error={errorOf("message")}
        counter={{ value: form.watch("message"), max: CHANGE_REQUEST_MAX }}
      >
        {(control) => <textarea {...control} {...form.register("message")} rows={6} className={inputClasses} />}
      </FormField>
    </AnswerCard>
  );
}

/** One of the two answers in a card of its own: its heading, its fields and its button. */
function AnswerCard(props: {
  id: string;
  title: string;
  submit: string;
  answer: Pick<ActionForm<Schema>, "onSubmit" | "pending" | "summary">;
  /** The id of the card's error summary, unique on the page. */
  summaryId: string;
  fieldsetClassName?: string;
  children: ReactNode;
}) {
  return (
    <TitledSection id={props.id} title={props.title} className="space-y-4 rounded-lg border border-line bg-white p-6">
      <form
        method="post"
        onSubmit={props.answer.onSubmit}
        noValidate
        aria-busy={props.answer.pending}
        className="space-y-4"
      >
        <ErrorSummary {...props.answer.summary} id={props.summaryId} />
        <fieldset disabled={props.answer.pending} className={props.fieldsetClassName}>
          {props.children}
        </fieldset>
        <SubmitButton pending={props.answer.pending}>{props.submit}</SubmitButton>
      </form>
    </TitledSection>
  );
}
