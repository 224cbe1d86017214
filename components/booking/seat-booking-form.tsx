"use client";

import { useEffect, useRef, useState } from "react";
import { useFieldArray } from "react-hook-form";

import { ErrorSummary } from "@/components/form/error-summary";
import { FormField, inputClasses } from "@/components/form/form-field";
import { FormMessage } from "@/components/form/form-message";
import { Honeypot } from "@/components/form/honeypot";
import { PersonFields } from "@/components/form/person-fields";
import { SubmitButton } from "@/components/form/submit-button";
import { TextField } from "@/components/form/text-field";
import { useActionForm, type FormAction } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import { TitledSection } from "@/components/ui/titled-section";
import { bookingPlacement, type SessionAvailability } from "@/lib/booking/rules";
import { bookSeatsSchema, MAX_SEATS_PER_BOOKING } from "@/lib/booking/schemas";
import { formatTime, pluralText } from "@/lib/format";
import { DEFAULT_SALUTATION } from "@/lib/greeting";
import { fill } from "@/lib/i18n/fill";
import type { Catalogue } from "@/lib/i18n/messages";

type Placed = {
  status: "HELD" | "WAITLISTED";
  waitlistPosition: number | null;
  /** Why the booking waits, as the rule said when it was placed. */
  waitlistReason: string | null;
  email: string;
  holdExpiresAt: string;
};

type SeatBookingFormProps = {
  sessionId: string;
  /** The session's seats as the one rule reads them; it also says where a booking of N people goes. */
  availability: SessionAvailability;
  action: FormAction<typeof bookSeatsSchema, Placed>;
  /** The form's texts from the page's catalogue. */
  texts: Catalogue["pages"]["sessions"]["booking"]["form"];
};

export function SeatBookingForm({ sessionId, availability, action, texts }: SeatBookingFormProps) {
  const [placed, setPlaced] = useState<Placed | null>(null);
  const { form, onSubmit, pending, errorOf, fieldProps, summary } = useActionForm({
    schema: bookSeatsSchema,
    action,
    defaultValues: {
      sessionId,
      salutation: DEFAULT_SALUTATION,
      contactName: "",
      email: "",
      phone: "",
      organisation: "",
      billingReference: "",
      participants: [{ name: "", email: "" }],
      website: "",
    },
    draftKey: `anliegen:buchung:${sessionId}`,
    onSuccess: (data) => setPlaced(data),
  });
  const participants = useFieldArray({ control: form.control, name: "participants" });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (placed) heading.current?.focus();
  }, [placed]);

  if (placed) {
    return (
      <div role="status" className="rounded-lg border-2 border-success bg-white p-6">
        <h2 ref={heading} tabIndex={-1} className="text-2xl font-bold text-brand-dark focus:outline-none">
          {placed.status === "HELD" ? texts.held : texts.waitlisted}
        </h2>
        <p className="mt-3">
          {placed.status === "HELD"
            ? fill(texts.heldUntil, { time: formatTime(placed.holdExpiresAt) })
            : `${placed.waitlistReason ?? texts.fullyBooked} ${fill(texts.waitlistPosition, { position: String(placed.waitlistPosition) })}`}
        </p>
        <p className="mt-3 font-semibold">{fill(texts.confirmByMail, { email: placed.email })}</p>
      </div>
    );
  }

  const count = participants.fields.length;
  const limit = Math.min(availability.capacity, MAX_SEATS_PER_BOOKING);
  const placement = bookingPlacement(availability, count);
  const toWaitlist = placement.placement === "WAITLISTED";
  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-8">
      <ErrorSummary {...summary} />
      <fieldset disabled={pending} className="space-y-8">
        <TitledSection id="teilnehmende-titel" title={texts.participants} className="space-y-4">
          <p className="text-muted">{texts.onePerPerson}</p>
          <ol className="space-y-4">
            {participants.fields.map((field, index) => (
              <li key={field.id} className="rounded-lg border border-line bg-white p-4">
                <fieldset className="space-y-4">
                  <legend className="font-semibold">{fill(texts.person, { number: index + 1 })}</legend>
                  <FormField
                    id={`participants.${index}.name`}
                    label={texts.name}
                    required
                    error={errorOf(`participants.${index}.name`)}
                  >
                    {(control) => (
                      <input {...control} {...form.register(`participants.${index}.name`)} className={inputClasses} />
                    )}
                  </FormField>
                  <FormField
                    id={`participants.${index}.email`}
                    label={texts.email}
                    required
                    error={errorOf(`participants.${index}.email`)}
                  >
                    {(control) => (
                      <input
                        {...control}
                        {...form.register(`participants.${index}.email`)}
                        type="email"
                        className={inputClasses}
                      />
                    )}
                  </FormField>
                  {count > 1 ? (
                    <Button variant="danger-link" onClick={() => participants.remove(index)}>
                      {fill(texts.removePerson, { number: index + 1 })}
                    </Button>
                  ) : null}
                </fieldset>
              </li>
            ))}
          </ol>
          {count < limit ? (
            <Button variant="secondary" onClick={() => participants.append({ name: "", email: "" })}>
              {texts.addPerson}
            </Button>
          ) : null}
          <p className="font-semibold" aria-live="polite" id="participants">
            {pluralText(count, texts.seat, texts.seats)}
            {toWaitlist ? texts.toWaitlist : ""}
          </p>
          {placement.reason ? <p className="text-muted">{placement.reason}</p> : null}
          <FormMessage message={errorOf("participants")} tone="error" />
        </TitledSection>
        <TitledSection id="kontakt-titel" title={texts.contact} className="space-y-6">
          <PersonFields
            field={fieldProps}
            name="contactName"
            nameLabel={texts.yourName}
            emailLabel={texts.yourEmail}
            emailHint={texts.yourEmailHint}
          />
          <TextField {...fieldProps("phone")} label={texts.phone} type="tel" autoComplete="tel" />
          <TextField {...fieldProps("organisation")} label={texts.organisation} required autoComplete="organization" />
          <TextField
            {...fieldProps("billingReference")}
            label={texts.billingReference}
            hint={texts.billingReferenceHint}
          />
          <Honeypot register={form.register("website")} />
        </TitledSection>
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={texts.submitting}>
        {toWaitlist ? texts.submitWaitlist : texts.submit}
      </SubmitButton>
    </form>
  );
}
