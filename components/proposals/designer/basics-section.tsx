import { useWatch } from "react-hook-form";

import { FormField, inputClasses } from "@/components/form/form-field";
import { TitledSection } from "@/components/ui/titled-section";
import { quotesInquiry } from "@/lib/proposals/rules";

import { InquiryWords } from "./inquiry-words";
import { textArea } from "./labels";
import type { DesignFormApi } from "./types";

/** Course title, the situation (with the inquiry's words beside it), roles and role-play situations. */
export function BasicsSection({ form, errorOf, inquiryMessage }: DesignFormApi & { inquiryMessage: string | null }) {
  const situation = useWatch({ control: form.control, name: "situation" });
  return (
    <TitledSection id="grundlagen-titel" title="Kurs und Ausgangslage" className="space-y-4">
      <FormField id="title" label="Titel des Kurses" required error={errorOf("title")}>
        {(control) => <input {...control} {...form.register("title")} className={inputClasses} />}
      </FormField>
      <div className="grid gap-4 lg:grid-cols-2">
        <FormField
          id="situation"
          label="Ausgangslage, wie ich sie verstehe"
          hint="Steht so in der Offerte, in Ihren Worten. Leerzeile für einen neuen Absatz."
          error={errorOf("situation")}
        >
          {(control) => <textarea {...control} {...form.register("situation")} className={textArea} rows={8} />}
        </FormField>
        {inquiryMessage ? (
          <InquiryWords
            message={inquiryMessage}
            quoted={quotesInquiry(String(situation ?? ""), inquiryMessage)}
            onTakeOver={() => {
              const current = form.getValues("situation").trim();
              form.setValue("situation", current ? `${current}\n\n${inquiryMessage}` : inquiryMessage, {
                shouldDirty: true,
              });
              form.setFocus("situation");
            }}
          />
        ) : null}
      </div>
      <FormField
        id="roleNotes"
        label="Rollen im Team"
        hint="Beraten, kontrollieren, Entscheide übermitteln, Sanktionen aussprechen …"
        error={errorOf("roleNotes")}
      >
        {(control) => <textarea {...control} {...form.register("roleNotes")} className={textArea} />}
      </FormField>
      <FormField
        id="rolePlaySituations"
        label="Typische Situationen für Rollenspiele"
        error={errorOf("rolePlaySituations")}
      >
        {(control) => <textarea {...control} {...form.register("rolePlaySituations")} className={textArea} />}
      </FormField>
    </TitledSection>
  );
}
