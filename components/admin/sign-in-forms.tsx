"use client";

import { useRouter } from "next/navigation";

import { ErrorSummary } from "@/components/form/error-summary";
import { FormField, inputClasses } from "@/components/form/form-field";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { TitledSection } from "@/components/ui/titled-section";
import { requestSignInLink, signInWithPassword } from "@/lib/auth/actions";
import { requestSignInLinkSchema, signInWithPasswordSchema } from "@/lib/auth/schemas";

export function SignInForms({ next }: { next: string | null }) {
  const router = useRouter();
  const link = useActionForm({
    schema: requestSignInLinkSchema,
    action: requestSignInLink,
    defaultValues: { email: "", next: next ?? undefined },
    onSuccess: ({ redirectTo }) => router.push(redirectTo),
  });
  const password = useActionForm({
    schema: signInWithPasswordSchema,
    action: signInWithPassword,
    defaultValues: { email: "", password: "", next: next ?? undefined },
    onSuccess: ({ redirectTo }) => {
      router.replace(redirectTo);
      router.refresh();
    },
  });

  return (
    <div className="mt-8 space-y-10">
      <TitledSection
        id="link-titel"
        title="Mit Anmeldelink"
        size="section"
        className="rounded-lg border border-line bg-white p-6"
      >
        <p className="mt-1 text-muted">Sie erhalten einen Link per E-Mail, ganz ohne Passwort.</p>
        <form method="post" onSubmit={link.onSubmit} noValidate className="mt-4 space-y-4">
          <ErrorSummary {...link.summary} id="link-fehler" />
          <FormField id="link-email" label="E-Mail-Adresse" required error={link.errorOf("email")}>
            {(control) => (
              <input
                {...control}
                type="email"
                autoComplete="email"
                {...link.form.register("email")}
                className={inputClasses}
              />
            )}
          </FormField>
          <SubmitButton pending={link.pending}>Anmeldelink senden</SubmitButton>
        </form>
      </TitledSection>

      <TitledSection
        id="passwort-titel"
        title="Mit Passwort"
        size="section"
        className="rounded-lg border border-line bg-white p-6"
      >
        <form method="post" onSubmit={password.onSubmit} noValidate className="mt-4 space-y-4">
          <ErrorSummary {...password.summary} id="passwort-fehler" />
          <FormField id="passwort-email" label="E-Mail-Adresse" required error={password.errorOf("email")}>
            {(control) => (
              <input
                {...control}
                type="email"
                autoComplete="username"
                {...password.form.register("email")}
                className={inputClasses}
              />
            )}
          </FormField>
          <FormField id="passwort" label="Passwort" required error={password.errorOf("password")}>
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="current-password"
                {...password.form.register("password")}
                className={inputClasses}
              />
            )}
          </FormField>
          <SubmitButton pending={password.pending} pendingLabel="Anmelden …">
            Anmelden
          </SubmitButton>
        </form>
      </TitledSection>
    </div>
  );
}
