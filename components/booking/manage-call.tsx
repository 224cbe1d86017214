"use client";

import { useRouter } from "next/navigation";

import { ErrorSummary } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { useActionForm } from "@/components/form/use-action-form";
import { TitledSection } from "@/components/ui/titled-section";
import type { ActionResult } from "@/lib/action-result";
import type { CallBookedResult } from "@/lib/consultation/actions";
import { rescheduleCallSchema, type RescheduleCallInput } from "@/lib/consultation/schemas";
import type { Catalogue } from "@/lib/i18n/messages";

import { ConfirmActionButton } from "./confirm-action-button";
import { SlotPicker, type SlotOption } from "./slot-picker";

type ManageCallProps = {
  token: string;
  slots: SlotOption[];
  cancel: (input: { token: string }) => Promise<ActionResult<null>>;
  reschedule: (input: RescheduleCallInput) => Promise<ActionResult<CallBookedResult & { token: string }>>;
  /** The texts from the page's catalogue. */
  texts: Catalogue["pages"]["callBooking"]["manage"]["form"] &
    Pick<Catalogue["pages"]["shared"], "slotPicker" | "running" | "abort">;
};

export function ManageCall({ token, slots, cancel, reschedule, texts }: ManageCallProps) {
  const router = useRouter();
  const { form, onSubmit, pending, errorOf, summary } = useActionForm({
    schema: rescheduleCallSchema,
    action: reschedule,
    defaultValues: { token, startsAt: "" },
    // The old link is spent now; the new call has its own, also sent by e-mail.
    onSuccess: (data) => router.replace(`/termin/${data.token}?verschoben=1`),
  });
  return (
    <div className="space-y-12">
      <TitledSection id="verschieben-titel" title={texts.reschedule} className="space-y-4">
        {slots.length === 0 ? (
          <p>{texts.noOtherSlots}</p>
        ) : (
          <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-6">
            <ErrorSummary {...summary} />
            <fieldset disabled={pending}>
              <SlotPicker
                texts={texts.slotPicker}
                slots={slots}
                register={form.register("startsAt")}
                onDayChange={() => form.setValue("startsAt", "")}
                error={errorOf("startsAt")}
              />
            </fieldset>
            <SubmitButton pending={pending} pendingLabel={texts.rescheduling}>
              {texts.rescheduleSubmit}
            </SubmitButton>
          </form>
        )}
      </TitledSection>
      <TitledSection id="absagen-titel" title={texts.cancelTitle} className="space-y-4">
        <ConfirmActionButton
          label={texts.cancel}
          confirmLabel={texts.confirmCancel}
          question={texts.question}
          successMessage={texts.done}
          texts={texts}
          run={() => cancel({ token })}
          onDone={() => router.refresh()}
        />
      </TitledSection>
    </div>
  );
}
