"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useWatch } from "react-hook-form";

import { FormMessage } from "@/components/form/form-message";
import type { Submitted } from "@/components/form/schema-resolver";
import { useActionForm, type FormAction } from "@/components/form/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import type { LibraryGoal, LibraryModule } from "@/lib/proposals/library";
import { designSchema, type DesignFormValues } from "@/lib/proposals/schemas";
import type { ProposalMailPreview } from "@/lib/proposals/service";

import { BasicsSection } from "./designer/basics-section";
import { FrameSection } from "./designer/frame-section";
import { GoalsSection } from "./designer/goals-section";
import { MailPreview } from "./designer/mail-preview";
import { PriceSection } from "./designer/price-section";
import { ProgrammeSection } from "./designer/programme-section";
import { useDesignPreview } from "./designer/use-design-preview";

type DesignerFormProps = {
  defaultValues: DesignFormValues;
  library: { goals: LibraryGoal[]; modules: LibraryModule[] };
  vatRateBasisPoints: number;
  recipient: string;
  /** The client's own words from the inquiry: a suggestion for the situation, never sent as is. */
  inquiryMessage: string | null;
  canSend: boolean;
  save: FormAction<typeof designSchema, null>;
  preview: FormAction<typeof designSchema, ProposalMailPreview>;
  send: FormAction<typeof designSchema, { version: number }>;
};

type Intent = "save" | "preview" | "send";

/** The course designer: its sections share one form; saving, previewing the mail and sending are its three intents. */
export function DesignerForm(props: DesignerFormProps) {
  const router = useRouter();
  // The ref decides the action at submit time; the state only labels the pending button.
  // Sending takes two steps: "preview" renders the mail as the client will get it, "send" confirms.
  const intent = useRef<Intent>("save");
  const [intentLabel, setIntentLabel] = useState<Intent>("save");
  const choose = (value: Intent) => {
    intent.current = value;
    setIntentLabel(value);
  };
  const [notice, setNotice] = useState<string | null>(null);
  const [mailPreview, setMailPreview] = useState<ProposalMailPreview | null>(null);
  const showPreview = async (input: Submitted<typeof designSchema>) => {
    const result = await props.preview(input);
    if (result.ok) setMailPreview(result.data);
    return result;
  };
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: designSchema,
    action: (input: Submitted<typeof designSchema>): Promise<ActionResult<unknown>> =>
      intent.current === "send"
        ? props.send(input)
        : intent.current === "preview"
          ? showPreview(input)
          : props.save(input),
    defaultValues: props.defaultValues,
    draftKey: `konzept:${props.defaultValues.designId}`,
    onSuccess: (_data, message) => {
      if (intent.current === "preview") {
        setNotice(null);
        return;
      }
      setMailPreview(null);
      setNotice(message ?? null);
      router.refresh();
    },
  });
  const values = useWatch({ control: form.control });
  const [addDay, setAddDay] = useState(1);
  const { schedule, times, warnings, price, days } = useDesignPreview(values, props.vatRateBasisPoints, addDay);
  const api = { form, errorOf };

  return (
    <form method="post" onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-10">
      {/* While the preview is open the draft stays as previewed: what is confirmed is what is sent. */}
      <fieldset disabled={pending || mailPreview !== null} className="space-y-10">
        <BasicsSection {...api} inquiryMessage={props.inquiryMessage} />
        <GoalsSection {...api} library={props.library.goals} />
        <ProgrammeSection
          {...api}
          library={props.library.modules}
          schedule={schedule}
          times={times}
          warnings={warnings}
          days={days}
          addDay={addDay}
          onAddDayChange={setAddDay}
        />
        <FrameSection {...api} />
        <PriceSection {...api} pricingMode={values.pricingMode} price={price} />
      </fieldset>
      <FormMessage message={formError} tone="error" />
      <FormMessage message={formError ? null : notice} tone="success" />
      <div className="flex flex-wrap items-center gap-4">
        <Button
          type="submit"
          variant="secondary"
          disabled={pending || mailPreview !== null}
          onClick={() => choose("save")}
        >
          {pending && intentLabel === "save" ? "Wird gespeichert …" : "Entwurf speichern"}
        </Button>
        {props.canSend && mailPreview === null ? (
          <Button type="submit" disabled={pending} onClick={() => choose("preview")}>
            {pending && intentLabel === "preview"
              ? "Vorschau wird erstellt …"
              : `Offerte an ${props.recipient} senden …`}
          </Button>
        ) : null}
      </div>
      {mailPreview ? (
        <MailPreview
          preview={mailPreview}
          pending={pending}
          onConfirm={() => choose("send")}
          onCancel={() => setMailPreview(null)}
        />
      ) : null}
    </form>
  );
}
