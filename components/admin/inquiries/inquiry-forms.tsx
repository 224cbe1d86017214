"use client";

import { useMemo, useState } from "react";

import { useSavedNotice } from "@/components/admin/use-saved-notice";
import { FormField, inputClasses } from "@/components/form/form-field";
import { FormFooter } from "@/components/form/form-footer";
import { SelectOptions } from "@/components/form/select-options";
import { useActionForm } from "@/components/form/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import type { InquiryStatus } from "@/lib/generated/prisma/enums";
import {
  changeInquiryStatusSchema,
  inquiryNoteSchema,
  inquiryReplySchema,
  type ChangeInquiryStatusInput,
  type InquiryNoteInput,
  type InquiryReplyInput,
} from "@/lib/inquiries/admin-schemas";
import { inquiryStatusLabels } from "@/lib/inquiries/rules";

type Action<I> = (input: I) => Promise<ActionResult<null>>;

type StatusProps = { inquiryId: string; options: readonly InquiryStatus[]; action: Action<ChangeInquiryStatusInput> };

export function InquiryStatusForm({ inquiryId, options, action }: StatusProps) {
  const { done, onSuccess } = useSavedNotice();
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: changeInquiryStatusSchema,
    action,
    // No status is preselected: moving an inquiry is a deliberate choice.
    defaultValues: { inquiryId, to: "" as InquiryStatus, note: "" },
    onSuccess: (data, message) => {
      form.reset({ inquiryId, to: "" as InquiryStatus, note: "" });
      onSuccess(data, message);
    },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
      <fieldset disabled={pending} className="space-y-4">
        <FormField id="status-neu" label="Neuer Status" required error={errorOf("to")}>
          {(control) => (
            <select {...control} {...form.register("to")} className={inputClasses}>
              <SelectOptions
                empty="Bitte wählen"
                options={options.map((status) => ({ value: status, label: inquiryStatusLabels[status] }))}
              />
            </select>
          )}
        </FormField>
        <FormField
          id="status-notiz"
          label="Notiz zur Änderung"
          hint="Steht im Verlauf; die anfragende Person sieht sie nicht."
          error={errorOf("note")}
        >
          {(control) => <textarea {...control} {...form.register("note")} rows={3} className={inputClasses} />}
        </FormField>
      </fieldset>
      <FormFooter error={formError} success={done} pending={pending} pendingLabel="Wird gespeichert …">
        Status ändern
      </FormFooter>
    </form>
  );
}

export function InquiryNoteForm({ inquiryId, action }: { inquiryId: string; action: Action<InquiryNoteInput> }) {
  const { done, onSuccess } = useSavedNotice();
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: inquiryNoteSchema,
    action,
    defaultValues: { inquiryId, body: "" },
    draftKey: `anfrage-notiz-${inquiryId}`,
    onSuccess: (data, message) => {
      form.reset({ inquiryId, body: "" });
      onSuccess(data, message);
    },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
      <fieldset disabled={pending}>
        <FormField id="notiz-text" label="Interne Notiz" required error={errorOf("body")}>
          {(control) => <textarea {...control} {...form.register("body")} rows={3} className={inputClasses} />}
        </FormField>
      </fieldset>
      <FormFooter error={formError} success={done} pending={pending} pendingLabel="Wird gespeichert …">
        Notiz speichern
      </FormFooter>
    </form>
  );
}

type ReplyProps = {
  inquiryId: string;
  recipient: string;
  defaultSubject: string;
  defaultBody: string;
  action: Action<InquiryReplyInput>;
};

export function InquiryReplyForm({ inquiryId, recipient, defaultSubject, defaultBody, action }: ReplyProps) {
  const { done, onSuccess } = useSavedNotice();
  // A new id per composed answer: resending the same form after a lost connection sends one mail.
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const defaultValues = useMemo(
    () => ({ inquiryId, requestId, subject: defaultSubject, body: defaultBody }),
    [inquiryId, requestId, defaultSubject, defaultBody],
  );
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: inquiryReplySchema,
    action,
    defaultValues,
    draftKey: `anfrage-antwort-${inquiryId}`,
    onSuccess: (data, message) => {
      const next = crypto.randomUUID();
      setRequestId(next);
      form.reset({ inquiryId, requestId: next, subject: defaultSubject, body: defaultBody });
      onSuccess(data, message);
    },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
      <p>{`An: ${recipient}`}</p>
      <fieldset disabled={pending} className="space-y-4">
        <FormField id="antwort-betreff" label="Betreff" required error={errorOf("subject")}>
          {(control) => <input {...control} {...form.register("subject")} className={inputClasses} />}
        </FormField>
        <FormField id="antwort-text" label="Nachricht" required error={errorOf("body")}>
          {(control) => <textarea {...control} {...form.register("body")} rows={10} className={inputClasses} />}
        </FormField>
      </fieldset>
      <FormFooter error={formError} success={done} pending={pending} pendingLabel="Wird gesendet …">
        Antwort senden
      </FormFooter>
    </form>
  );
}
