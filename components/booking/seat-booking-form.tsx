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
};

export function SeatBookingForm({ sessionId, availability, action }: SeatBookingFormProps) {
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
          {placed.status === "HELD" ? "Ihre Plätze sind reserviert" : "Sie stehen auf der Warteliste"}
        </h2>
        <p className="mt-3">
          {placed.status === "HELD"
            ? `Ich halte Ihre Plätze bis ${formatTime(new Date(placed.holdExpiresAt))} Uhr für Sie frei.`
            : `${placed.waitlistReason ?? "Der Termin ist ausgebucht."} Sie sind auf Position ${placed.waitlistPosition} der Warteliste und rücken automatisch nach, sobald Plätze frei werden.`}
        </p>
        <p className="mt-3 font-semibold">
          {`Bitte bestätigen Sie Ihre Buchung über den Link in der E-Mail an ${placed.email}. Ohne Bestätigung verfällt sie.`}
        </p>
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
        <TitledSection id="teilnehmende-titel" title="Teilnehmende" className="space-y-4">
          <p className="text-muted">Ein Platz pro Person.</p>
          <ol className="space-y-4">
            {participants.fields.map((field, index) => (
              <li key={field.id} className="rounded-lg border border-line bg-white p-4">
                <fieldset className="space-y-4">
                  <legend className="font-semibold">{`Person ${index + 1}`}</legend>
                  <FormField
                    id={`participants.${index}.name`}
                    label="Vorname und Name"
                    required
                    error={errorOf(`participants.${index}.name`)}
                  >
                    {(control) => (
                      <input {...control} {...form.register(`participants.${index}.name`)} className={inputClasses} />
                    )}
                  </FormField>
                  <FormField
                    id={`participants.${index}.email`}
                    label="E-Mail-Adresse"
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
                      {`Person ${index + 1} entfernen`}
                    </Button>
                  ) : null}
                </fieldset>
              </li>
            ))}
          </ol>
          {count < limit ? (
            <Button variant="secondary" onClick={() => participants.append({ name: "", email: "" })}>
              Weitere Person hinzufügen
            </Button>
          ) : null}
          <p className="font-semibold" aria-live="polite" id="participants">
            {pluralText(count, "Platz", "Plätze")}
            {toWaitlist ? " – diese Buchung kommt auf die Warteliste." : ""}
          </p>
          {placement.reason ? <p className="text-muted">{placement.reason}</p> : null}
          <FormMessage message={errorOf("participants")} tone="error" />
        </TitledSection>
        <TitledSection id="kontakt-titel" title="Kontakt und Rechnung" className="space-y-6">
          <PersonFields
            field={fieldProps}
            name="contactName"
            nameLabel="Ihr Name"
            emailLabel="Ihre E-Mail-Adresse"
            emailHint="Hierhin gehen die Bestätigung und der Link zum Stornieren."
          />
          <TextField {...fieldProps("phone")} label="Telefon" type="tel" autoComplete="tel" />
          <TextField {...fieldProps("organisation")} label="Organisation" required autoComplete="organization" />
          <TextField
            {...fieldProps("billingReference")}
            label="Rechnungsreferenz"
            hint="Zum Beispiel Kostenstelle oder Bestellnummer."
          />
          <Honeypot register={form.register("website")} />
        </TitledSection>
      </fieldset>
      <SubmitButton pending={pending} pendingLabel="Wird gebucht …">
        {toWaitlist ? "Auf die Warteliste setzen" : "Verbindlich buchen"}
      </SubmitButton>
    </form>
  );
}
