"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

import { FormField, inputClasses } from "@/components/form/form-field";
import { FormMessage } from "@/components/form/form-message";
import { Honeypot } from "@/components/form/honeypot";
import { PersonFields } from "@/components/form/person-fields";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import { useActionForm } from "@/components/form/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { DEFAULT_SALUTATION } from "@/lib/greeting";
import { fill } from "@/lib/i18n/fill";
import type { Catalogue } from "@/lib/i18n/messages";
import type { RegisteredByLink } from "@/lib/registration/actions";
import { registerByLinkSchema, type RegisterByLinkInput } from "@/lib/registration/schemas";

type TeamRegistrationFormProps = {
  token: string;
  /** New registrations join the waiting list (all seats taken, or others wait already). */
  full: boolean;
  days: number;
  action: (input: RegisterByLinkInput) => Promise<ActionResult<RegisteredByLink>>;
  /** The form's texts from the page's catalogue. */
  texts: Catalogue["pages"]["registration"]["form"];
};

/** One team member registers once for all days of the in-house course (decision 0031). */
export function TeamRegistrationForm({ token, full, days, action, texts }: TeamRegistrationFormProps) {
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
            ? texts.alreadyRegistered
            : waiting
              ? texts.waitlisted
              : texts.registered}
        </h2>
        <p className="mt-3">
          {waiting
            ? fill(texts.waitlistPosition, { position: String(done.waitlistPosition) })
            : days > 1
              ? fill(texts.seatForDays, { count: days })
              : texts.seatConfirmed}
        </p>
        <p className="mt-3">
          {fill(
            done.outcome === "ALREADY_REGISTERED"
              ? texts.alreadyRegisteredWith
              : waiting
                ? texts.confirmationTo
                : texts.confirmationWithCalendarTo,
            { email: done.email },
          )}
        </p>
      </div>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-8">
      <fieldset disabled={pending} className="space-y-6">
        <legend className="sr-only">{texts.legend}</legend>
        <PersonFields
          field={fieldProps}
          name="name"
          nameLabel={texts.name}
          emailLabel={texts.email}
          emailHint={texts.emailHint}
        />
        <TextField
          {...fieldProps("function")}
          label={texts.function}
          required
          hint={texts.functionHint}
          autoComplete="organization-title"
        />
        <FormField id="situation" label={texts.situation} hint={texts.situationHint} error={errorOf("situation")}>
          {(control) => <textarea {...control} {...form.register("situation")} rows={4} className={inputClasses} />}
        </FormField>
        <FormField id="wish" label={texts.wish} hint={texts.wishHint} error={errorOf("wish")}>
          {(control) => <textarea {...control} {...form.register("wish")} rows={3} className={inputClasses} />}
        </FormField>
        <Honeypot register={form.register("website")} />
      </fieldset>
      <p className="text-sm text-muted">
        {texts.privacy.before}{" "}
        <Link href="/datenschutz" className="font-semibold text-brand underline">
          {texts.privacy.link}
        </Link>
        {texts.privacy.after}
      </p>
      <FormMessage message={formError} tone="error" />
      <SubmitButton pending={pending} pendingLabel={texts.submitting}>
        {full ? texts.submitWaitlist : days > 1 ? fill(texts.submitDays, { count: days }) : texts.submit}
      </SubmitButton>
    </form>
  );
}
