"use client";

import { useState } from "react";

import type { FormAction } from "@/components/form/use-action-form";
import type { InquirySubmitted } from "@/lib/inquiries/actions";
import { ATTENDEES_MAX_LENGTH, emptyLeadershipInquiry, MESSAGE_MAX_LENGTH } from "@/lib/inquiries/choices";
import type { submitLeadershipInquirySchema } from "@/lib/inquiries/schemas";

import { ContactSection, MessageSection, OrganisationSection, Section, TextAreaField, TextField } from "./form-parts";
import { InquiryFormShell } from "./inquiry-form-shell";
import { useInquiryForm } from "./use-inquiry-form";

const loadSchema = () => import("@/lib/inquiries/schemas").then((module) => module.submitLeadershipInquirySchema);

export const LEADERSHIP_DRAFT_KEY = "anliegen:fuehrungskultur-entwurf";

export type LeadershipInquiryFormProps = {
  action: FormAction<typeof submitLeadershipInquirySchema, InquirySubmitted>;
};

/** The inquiry for leadership work (Führungskultur): team size, what should change, who takes part. */
export function LeadershipInquiryForm({ action }: LeadershipInquiryFormProps) {
  const [defaultValues] = useState(emptyLeadershipInquiry);
  const inquiry = useInquiryForm({
    schema: loadSchema,
    action,
    defaultValues,
    draftKey: LEADERSHIP_DRAFT_KEY,
  });
  const { form, fieldProps: field } = inquiry;
  const [desiredChange, attendees, message] = form.watch(["desiredChange", "attendees", "message"]);

  return (
    <InquiryFormShell inquiry={inquiry}>
      <OrganisationSection field={field}>
        <TextField
          {...field("teamSize")}
          label="Grösse des Teams"
          hint="Wie viele Menschen arbeiten im Team oder in der Organisation, um die es geht? Ungefähr genügt."
          inputMode="numeric"
        />
      </OrganisationSection>

      <ContactSection field={field} />

      <Section
        id="fuehrung"
        title="Ihr Anliegen zur Führung"
        intro="Damit ich verstehe, wo Sie stehen und was Sie erreichen möchten."
      >
        <TextAreaField
          {...field("desiredChange")}
          label="Was soll sich verändern?"
          hint="Zum Beispiel in der Zusammenarbeit, in der Haltung gegenüber der Kundschaft oder in der Art, wie geführt wird."
          required
          rows={6}
          max={MESSAGE_MAX_LENGTH}
          value={desiredChange}
        />
        <TextAreaField
          {...field("attendees")}
          label="Wer nimmt teil?"
          hint="Zum Beispiel die Geschäftsleitung, die Teamleitenden oder das ganze Team mit seiner Führung."
          required
          rows={2}
          max={ATTENDEES_MAX_LENGTH}
          value={attendees}
        />
        <TextField
          {...field("preferredPeriod")}
          label="Gewünschter Zeitraum"
          hint="Zum Beispiel «Frühling 2027» oder «vor den Sommerferien»."
        />
      </Section>

      <MessageSection inquiry={inquiry} value={message} />
    </InquiryFormShell>
  );
}
