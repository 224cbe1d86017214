"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";

import { ErrorSummary } from "@/components/form/error-summary";
import { FormField, inputClasses } from "@/components/form/form-field";
import { Honeypot } from "@/components/form/honeypot";
import { SalutationField } from "@/components/form/salutation-field";
import { SubmitButton } from "@/components/form/submit-button";
import { EmailField, TextField } from "@/components/form/text-field";
import { useActionForm, type FormAction } from "@/components/form/use-action-form";
import { TitledSection } from "@/components/ui/titled-section";
import type { ActionResult } from "@/lib/action-result";
import type { CallBookedResult } from "@/lib/consultation/actions";
import { TOPIC_MAX } from "@/lib/consultation/limits";
import type { bookCallSchema } from "@/lib/consultation/schemas";
import { formatTime } from "@/lib/format";
import type { Salutation } from "@/lib/generated/prisma/enums";
import { DEFAULT_SALUTATION } from "@/lib/greeting";
import { dayWithTimes, fill } from "@/lib/i18n/fill";
import type { Catalogue } from "@/lib/i18n/messages";

import { SlotPicker, type SlotOption } from "./slot-picker";

const loadSchema = () => import("@/lib/consultation/schemas").then((module) => module.bookCallSchema);

type CallBookingFormProps = {
  slots: SlotOption[];
  /** The form's texts from the page's catalogue; `dateTimeRange` words the reserved slot. */
  texts: Catalogue["pages"]["callBooking"]["book"]["form"] & {
    dateTimeRange: string;
    slotPicker: Catalogue["pages"]["shared"]["slotPicker"];
  };
  action: FormAction<typeof bookCallSchema, CallBookedResult>;
  /** The same booking as a form post: used when JavaScript is off (the browser posts the form itself). */
  formAction: (
    previous: ActionResult<CallBookedResult> | null,
    formData: FormData,
  ) => Promise<ActionResult<CallBookedResult>>;
  /** From the inquiry the token in the confirmation mail belongs to. */
  prefill?: {
    salutation: Salutation;
    name: string;
    organisation: string;
    email: string;
    phone: string;
    topic: string;
    inquiryToken?: string;
  };
};

export function CallBookingForm({ slots, texts, action, formAction, prefill }: CallBookingFormProps) {
  const [bookedByScript, setBooked] = useState<CallBookedResult | null>(null);
  // Without JavaScript the browser posts the form to formAction and the page shows its result.
  const [posted, nativeAction] = useActionState(formAction, null);
  const booked = bookedByScript ?? (posted?.ok ? posted.data : null);
  const { form, onSubmit, pending, errorOf, fieldProps, summary } = useActionForm({
    // Loaded after hydration: zod stays out of the page's first-load JavaScript (decision 0016).
    schema: loadSchema,
    action,
    defaultValues: {
      startsAt: "",
      salutation: prefill?.salutation ?? DEFAULT_SALUTATION,
      name: prefill?.name ?? "",
      organisation: prefill?.organisation ?? "",
      email: prefill?.email ?? "",
      phone: prefill?.phone ?? "",
      topic: prefill?.topic ?? "",
      inquiryToken: prefill?.inquiryToken ?? "",
      website: "",
    },
    onSuccess: (data) => setBooked(data),
  });
  const startsAt = form.register("startsAt");
  const topic = form.watch("topic");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (booked) heading.current?.focus();
  }, [booked]);

  if (booked) {
    const start = new Date(booked.startsAt);
    return (
      <div className="rounded-lg border-2 border-success bg-white p-6" role="status">
        <h2 ref={heading} tabIndex={-1} className="text-2xl font-bold text-brand-dark focus:outline-none">
          {texts.reserved}
        </h2>
        <p className="mt-3 text-lg">{`${dayWithTimes(texts.dateTimeRange, start, booked.endsAt)}.`}</p>
        <p className="mt-2 font-semibold">
          {fill(texts.confirmByMail, { email: booked.email }) +
            (booked.holdExpiresAt ? fill(texts.heldUntil, { time: formatTime(booked.holdExpiresAt) }) : "")}
        </p>
      </div>
    );
  }

  if (slots.length === 0) {
    return (
      <p className="rounded-lg bg-sand p-6">
        {texts.noSlots.before}{" "}
        <Link href="/anfrage" className="font-semibold text-brand underline">
          {texts.noSlots.link}
        </Link>
        {texts.noSlots.after}
      </p>
    );
  }

  return (
    <form action={nativeAction} onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-8">
      <ErrorSummary {...summary} message={summary.message ?? (posted && !posted.ok ? postedError(posted) : null)} />
      <fieldset disabled={pending} className="space-y-8">
        <TitledSection id="zeit-titel" title={texts.chooseTime} className="space-y-4">
          <SlotPicker
            texts={texts.slotPicker}
            slots={slots}
            register={startsAt}
            onDayChange={() => form.setValue("startsAt", "")}
            error={errorOf("startsAt")}
          />
        </TitledSection>
        <TitledSection id="angaben-titel" title={texts.yourDetails} className="space-y-6">
          <SalutationField
            register={form.register("salutation")}
            error={errorOf("salutation")}
            initial={prefill?.salutation}
          />
          <TextField {...fieldProps("name")} label={texts.name} required autoComplete="name" />
          <TextField {...fieldProps("organisation")} label={texts.organisation} required autoComplete="organization" />
          <EmailField {...fieldProps("email")} label={texts.email} required />
          <TextField
            {...fieldProps("phone")}
            label={texts.phone}
            required
            hint={texts.phoneHint}
            type="tel"
            autoComplete="tel"
          />
          <FormField
            id="topic"
            label={texts.topic}
            hint={texts.topicHint}
            error={errorOf("topic")}
            counter={{ value: topic, max: TOPIC_MAX }}
          >
            {(control) => <textarea {...control} {...form.register("topic")} rows={4} className={inputClasses} />}
          </FormField>
          <Honeypot register={form.register("website")} />
          <input type="hidden" {...form.register("inquiryToken")} />
        </TitledSection>
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={texts.submitting} worksWithoutScript>
        {texts.submit}
      </SubmitButton>
    </form>
  );
}

/** A refusal after a plain form post, with the field messages spelled out (no field can show them). */
function postedError(result: { message: string; fieldErrors: Record<string, string[]> }): string {
  const details = Object.values(result.fieldErrors).map((messages) => messages[0]);
  return [result.message, ...details].join(" ");
}
