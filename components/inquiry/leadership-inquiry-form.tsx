"use client";

import { useState } from "react";

import type { FormAction } from "@/components/form/use-action-form";
import type { InquirySubmitted } from "@/lib/inquiries/actions";
import { ATTENDEES_MAX_LENGTH, emptyLeadershipInquiry, MESSAGE_MAX_LENGTH } from "@/lib/inquiries/choices";
import type { submitLeadershipInquirySchema } from "@/lib/inquiries/schemas";

import {
  ContactSection,
  type InquiryTexts,
  MessageSection,
  OrganisationSection,
  Section,
  TextAreaField,
  TextField,
} from "./form-parts";
import { InquiryFormShell } from "./inquiry-form-shell";
import { useInquiryForm } from "./use-inquiry-form";

const loadSchema = () => import("@/lib/inquiries/schemas").then((module) => module.submitLeadershipInquirySchema);

export const LEADERSHIP_DRAFT_KEY = "anliegen:fuehrungskultur-entwurf";

export type LeadershipInquiryFormProps = {
  action: FormAction<typeof submitLeadershipInquirySchema, InquirySubmitted>;
  /** The form's texts from the page's catalogue (inquiryTexts), passed by the server page. */
  texts: InquiryTexts;
};

/** The inquiry for leadership work (Führungskultur): team size, what should change, who takes part. */
export function LeadershipInquiryForm({ action, texts }: LeadershipInquiryFormProps) {
  const { leadership } = texts;
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
    <InquiryFormShell inquiry={inquiry} texts={texts}>
      <OrganisationSection field={field} texts={texts.organisation}>
        <TextField
          {...field("teamSize")}
          label={leadership.teamSize}
          hint={leadership.teamSizeHint}
          inputMode="numeric"
        />
      </OrganisationSection>

      <ContactSection field={field} texts={texts.contact} />

      <Section id="fuehrung" title={leadership.title} intro={leadership.intro}>
        <TextAreaField
          {...field("desiredChange")}
          label={leadership.desiredChange}
          hint={leadership.desiredChangeHint}
          required
          rows={6}
          max={MESSAGE_MAX_LENGTH}
          value={desiredChange}
        />
        <TextAreaField
          {...field("attendees")}
          label={leadership.attendees}
          hint={leadership.attendeesHint}
          required
          rows={2}
          max={ATTENDEES_MAX_LENGTH}
          value={attendees}
        />
        <TextField {...field("preferredPeriod")} label={texts.preferredPeriod} hint={texts.preferredPeriodHint} />
      </Section>

      <MessageSection inquiry={inquiry} value={message} texts={texts} />
    </InquiryFormShell>
  );
}
