"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { FormField, inputClasses } from "@/components/form/form-field";
import { FormFooter } from "@/components/form/form-footer";
import { SelectOptions } from "@/components/form/select-options";
import { useActionForm } from "@/components/form/use-action-form";
import { ActionButton } from "@/components/ui/action-button";
import type { ActionResult } from "@/lib/action-result";
import { createUserSchema, userRoleLabels, type CreateUserInput, type UpdateUserInput } from "@/lib/auth/admin-schemas";
import type { UserRole } from "@/lib/generated/prisma/enums";

export function CreateUserForm({ action }: { action: (input: CreateUserInput) => Promise<ActionResult<null>> }) {
  const router = useRouter();
  const [done, setDone] = useState<string | null>(null);
  const empty = { email: "", name: "", role: "STAFF" as const, password: "" };
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: createUserSchema,
    action,
    defaultValues: empty,
    onSuccess: (_data, message) => {
      form.reset(empty);
      setDone(message ?? "Angelegt.");
      router.refresh();
    },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="max-w-xl space-y-4">
      <fieldset disabled={pending} className="space-y-4">
        <FormField id="benutzer-email" label="E-Mail-Adresse" required error={errorOf("email")}>
          {(control) => (
            <input {...control} {...form.register("email")} type="email" autoComplete="off" className={inputClasses} />
          )}
        </FormField>
        <FormField id="benutzer-name" label="Name" required error={errorOf("name")}>
          {(control) => <input {...control} {...form.register("name")} className={inputClasses} />}
        </FormField>
        <FormField id="benutzer-rolle" label="Rolle" required error={errorOf("role")}>
          {(control) => (
            <select {...control} {...form.register("role")} className={inputClasses}>
              <SelectOptions options={Object.entries(userRoleLabels).map(([value, label]) => ({ value, label }))} />
            </select>
          )}
        </FormField>
        <FormField
          id="benutzer-passwort"
          label="Passwort"
          hint="Leer lassen: Die Person meldet sich mit einem Link per E-Mail an."
          error={errorOf("password")}
        >
          {(control) => (
            <input
              {...control}
              {...form.register("password")}
              type="password"
              autoComplete="new-password"
              className={inputClasses}
            />
          )}
        </FormField>
      </fieldset>
      <FormFooter error={formError} success={done} pending={pending} pendingLabel="Wird angelegt …">
        Konto anlegen
      </FormFooter>
    </form>
  );
}

type RowProps = {
  id: string;
  label: string;
  role: UserRole;
  active: boolean;
  action: (input: UpdateUserInput) => Promise<ActionResult<null>>;
};

export function UserRowActions({ id, label, role, active, action }: RowProps) {
  const otherRole: UserRole = role === "OWNER" ? "STAFF" : "OWNER";
  return (
    <div className="flex flex-wrap gap-2">
      <ActionButton
        size="sm"
        variant="secondary"
        accessibleName={`${label}: Rolle ändern zu ${otherRole === "OWNER" ? "Inhaber" : "Mitarbeitende"}`}
        action={() => action({ id, role: otherRole })}
      >
        {otherRole === "OWNER" ? "Als Inhaber einsetzen" : "Als Mitarbeitende einsetzen"}
      </ActionButton>
      <ActionButton
        size="sm"
        variant={active ? "danger-outline" : "secondary"}
        accessibleName={`${label} ${active ? "deaktivieren" : "wieder aktivieren"}`}
        action={() => action({ id, active: !active })}
      >
        {active ? "Deaktivieren" : "Aktivieren"}
      </ActionButton>
    </div>
  );
}
