"use client";

import { useState } from "react";

import { FormField, inputClasses } from "@/components/form/form-field";
import { FormFooter } from "@/components/form/form-footer";
import { FormMessage } from "@/components/form/form-message";
import { useActionForm } from "@/components/form/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { followUpSchema, type FollowUpInput } from "@/lib/follow-up/schemas";

type FollowUpFormProps = { token: string; action: (input: FollowUpInput) => Promise<ActionResult<null>> };

export function FollowUpForm({ token, action }: FollowUpFormProps) {
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: followUpSchema,
    action,
    defaultValues: { token, whatChanged: "", stillWrong: "", wantsSession: false, sessionWish: "" },
    draftKey: `nachbereitung:${token.slice(0, 8)}`,
    onSuccess: (_data, message) => setDone(message ?? "Herzlichen Dank!"),
  });
  if (done) return <FormMessage message={done} tone="success" />;
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-6">
      <fieldset disabled={pending} className="space-y-6">
        <FormField
          id="veraendert"
          label="Was hat sich in der täglichen Arbeit verändert?"
          required
          error={errorOf("whatChanged")}
        >
          {(control) => <textarea {...control} {...form.register("whatChanged")} rows={5} className={inputClasses} />}
        </FormField>
        <FormField id="schief" label="Welche Situationen laufen noch schief?" error={errorOf("stillWrong")}>
          {(control) => <textarea {...control} {...form.register("stillWrong")} rows={5} className={inputClasses} />}
        </FormField>
        <label className="flex items-start gap-3">
          <input type="checkbox" {...form.register("wantsSession")} className="mt-1 h-5 w-5 accent-brand" />
          <span>Wir wünschen eine Folgeveranstaltung.</span>
        </label>
        <FormField
          id="folgewunsch"
          label="Was soll die Folgeveranstaltung behandeln?"
          hint="Nur nötig, wenn Sie eine Folgeveranstaltung wünschen."
          error={errorOf("sessionWish")}
        >
          {(control) => <textarea {...control} {...form.register("sessionWish")} rows={4} className={inputClasses} />}
        </FormField>
      </fieldset>
      <FormFooter error={formError} pending={pending}>
        Antworten senden
      </FormFooter>
    </form>
  );
}
