import type { UseFormRegisterReturn } from "react-hook-form";

import type { Catalogue } from "@/lib/i18n/messages";
import { form } from "@/lib/i18n/messages/de-CH/form";

import { SalutationField } from "./salutation-field";
import { EmailField, TextField } from "./text-field";

/** A field's id, registration and error by its name (useActionForm's fieldProps). */
type Field<K extends string> = (name: K) => { id: string; register: UseFormRegisterReturn; error?: string };

/**
 * Whom a booking, registration or inquiry is for: the salutation the mails greet with, the full name
 * and the e-mail address, in this order and with the browser's autofill for name and address.
 */
export function PersonFields<N extends "name" | "contactName">({
  field,
  name,
  texts = form.person,
  nameLabel = texts.name,
  emailLabel = texts.email,
  emailHint,
  salutationTexts,
}: {
  field: Field<"salutation" | "email" | N>;
  /** The form's name field. */
  name: N;
  nameLabel?: string;
  emailLabel?: string;
  /** What the address is used for, when the form says it. */
  emailHint?: string;
  /** The default labels in one language; de-CH unless a form passes another. */
  texts?: Catalogue["form"]["person"];
  salutationTexts?: Catalogue["form"]["salutation"];
}) {
  const salutation = field("salutation");
  return (
    <>
      <SalutationField register={salutation.register} error={salutation.error} texts={salutationTexts} />
      <TextField {...field(name)} label={nameLabel} required autoComplete="name" />
      <EmailField {...field("email")} label={emailLabel} required hint={emailHint} />
    </>
  );
}
