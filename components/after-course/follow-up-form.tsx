"use client";

import { useState } from "react";

import { ErrorSummary } from "@/components/form/error-summary";
import { FormField, inputClasses } from "@/components/form/form-field";
import { FormMessage } from "@/components/form/form-message";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { FOLLOW_UP_TEXT_MAX, followUpSchema, SESSION_WISH_MAX, type FollowUpInput } from "@/lib/follow-up/schemas";
import type { Catalogue } from "@/lib/i18n/messages";

type FollowUpFormProps = {
  token: string;
  action: (input: FollowUpInput) => Promise<ActionResult<null>>;
  /** The form's texts from the page's catalogue. */
  texts: Catalogue["pages"]["afterCourse"]["followUp"]["form"];
};

export function FollowUpForm({ token, action, texts }: FollowUpFormProps) {
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, pending, errorOf, summary } = useActionForm({
    schema: followUpSchema,
    action,
    defaultValues: { token, whatChanged: "", stillWrong: "", wantsSession: false, sessionWish: "" },
    draftKey: `nachbereitung:${token.slice(0, 8)}`,
    onSuccess: (_data, message) => setDone(message ?? texts.thanks),
  });
  const [whatChanged, stillWrong, sessionWish] = form.watch(["whatChanged", "stillWrong", "sessionWish"]);
  if (done) return <FormMessage message={done} tone="success" />;
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-6">
      <ErrorSummary {...summary} />
      <fieldset disabled={pending} className="space-y-6">
        <FormField
          id="veraendert"
          label={texts.whatChanged}
          required
          error={errorOf("whatChanged")}
          counter={{ value: whatChanged, max: FOLLOW_UP_TEXT_MAX }}
        >
          {(control) => <textarea {...control} {...form.register("whatChanged")} rows={5} className={inputClasses} />}
        </FormField>
        <FormField
          id="schief"
          label={texts.stillWrong}
          error={errorOf("stillWrong")}
          counter={{ value: stillWrong, max: FOLLOW_UP_TEXT_MAX }}
        >
          {(control) => <textarea {...control} {...form.register("stillWrong")} rows={5} className={inputClasses} />}
        </FormField>
        <label className="flex items-start gap-3">
          <input type="checkbox" {...form.register("wantsSession")} className="mt-1 h-5 w-5 accent-brand" />
          <span>{texts.wantsSession}</span>
        </label>
        <FormField
          id="folgewunsch"
          label={texts.sessionWish}
          hint={texts.sessionWishHint}
          error={errorOf("sessionWish")}
          counter={{ value: sessionWish, max: SESSION_WISH_MAX }}
        >
          {(control) => <textarea {...control} {...form.register("sessionWish")} rows={4} className={inputClasses} />}
        </FormField>
      </fieldset>
      <SubmitButton pending={pending}>{texts.submit}</SubmitButton>
    </form>
  );
}
