"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition, type FormEvent } from "react";

import { StoredImage } from "@/components/content/stored-image";
import { FormField, inputClasses } from "@/components/form/form-field";
import { FormMessage } from "@/components/form/form-message";
import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action-result";
import {
  ALT_TEXT_MAX,
  MAX_UPLOAD_BYTES,
  UPLOAD_MESSAGES,
  type PublicImage,
  type UploadNotice,
} from "@/lib/media/rules";
import { CONNECTION_LOST_MESSAGE } from "@/lib/messages";

type ImageUploadProps = {
  /** The section's heading, e.g. "Bild des Kurses". */
  title: string;
  /** The remove button's label, which also names the picture, e.g. "Porträt entfernen". */
  removeLabel: string;
  /** What the picture should show and how large it must be at least. */
  hint: string;
  current: PublicImage | null;
  /** The upload route (app/api/admin/bilder/...): fetched with script, the form's action without. */
  uploadUrl: string;
  /** The outcome of a form posted without script, which the route redirected back here. */
  notice: UploadNotice | null;
  remove: () => Promise<ActionResult<null>>;
};

type Outcome = { tone: "error" | "success"; message: string; fieldErrors: Record<string, string[]> };

/** The route's answer in the one result shape; a proxy's bare 413 or error page becomes one too. */
async function resultOf(response: Response): Promise<ActionResult<null>> {
  const body: unknown = await response.json().catch(() => null);
  if (body && typeof body === "object" && typeof (body as { ok?: unknown }).ok === "boolean") {
    return body as ActionResult<null>;
  }
  if (response.status === 413) {
    return { ok: false, message: UPLOAD_MESSAGES.tooLarge, fieldErrors: { file: [UPLOAD_MESSAGES.tooLarge] } };
  }
  return { ok: false, message: CONNECTION_LOST_MESSAGE, fieldErrors: {} };
}

/**
 * Upload, replace or remove one picture (course picture, portrait), with its required German
 * alternative text. The file is checked on the server (type by its bytes, size, dimensions); a
 * too large file is refused here already, before it is sent. A refusal keeps what was entered.
 * Without script the browser posts the form to the same route, which redirects back with the
 * outcome (`notice`).
 */
export function ImageUpload({ title, removeLabel, hint, current, uploadUrl, notice, remove }: ImageUploadProps) {
  const id = useId();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome | null>(
    notice
      ? {
          tone: notice.tone,
          message: notice.message,
          fieldErrors: notice.field ? { [notice.field]: [notice.message] } : {},
        }
      : null,
  );
  const fileError = outcome?.fieldErrors.file?.[0];
  const altError = outcome?.fieldErrors.altText?.[0];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const file = formData.get("file");
    if (file instanceof File && file.size > MAX_UPLOAD_BYTES) {
      setOutcome({
        tone: "error",
        message: UPLOAD_MESSAGES.tooLarge,
        fieldErrors: { file: [UPLOAD_MESSAGES.tooLarge] },
      });
      return;
    }
    startTransition(async () => {
      try {
        const response = await fetch(uploadUrl, {
          method: "POST",
          body: formData,
          headers: { Accept: "application/json" },
        });
        const result = await resultOf(response);
        if (!result.ok) {
          setOutcome({ tone: "error", message: result.message, fieldErrors: result.fieldErrors });
          return;
        }
        setOutcome({ tone: "success", message: result.message ?? "Gespeichert.", fieldErrors: {} });
        const input = form.current?.elements.namedItem("file");
        if (input instanceof HTMLInputElement) input.value = "";
        router.refresh();
      } catch {
        setOutcome({ tone: "error", message: CONNECTION_LOST_MESSAGE, fieldErrors: {} });
      }
    });
  }

  return (
    <section aria-labelledby={`${id}-titel`} className="rounded-lg border border-line bg-white p-5">
      <h2 id={`${id}-titel`} className="text-xl font-bold text-brand-dark">
        {title}
      </h2>
      {current ? (
        <figure className="mt-4">
          <StoredImage image={current} sizes="320px" className="w-80 max-w-full rounded-md border border-line" />
          <figcaption className="mt-2 text-sm text-muted">
            {`Aktuell: ${current.width} × ${current.height} Pixel. Bildbeschreibung: ${current.alt}`}
          </figcaption>
        </figure>
      ) : (
        <p className="mt-2 text-muted">Noch kein Bild hochgeladen.</p>
      )}
      <form
        ref={form}
        action={uploadUrl}
        method="post"
        encType="multipart/form-data"
        onSubmit={submit}
        noValidate
        className="mt-4 space-y-4"
      >
        <fieldset disabled={pending} className="space-y-4">
          <FormField
            id={`${id}-datei`}
            label={current ? "Neues Bild (ersetzt das aktuelle)" : "Bild"}
            hint={hint}
            required={!current}
            error={fileError}
          >
            {(control) => (
              <input
                {...control}
                type="file"
                name="file"
                accept="image/jpeg,image/png,image/webp"
                className={`${inputClasses} file:mr-4 file:rounded-md file:border-0 file:bg-brand-soft file:px-3 file:py-1`}
              />
            )}
          </FormField>
          <FormField
            id={`${id}-beschreibung`}
            label="Bildbeschreibung für Screenreader"
            hint="Was ist auf dem Bild zu sehen? Zum Beispiel: «Der Berater im Gespräch mit einer Kursgruppe»."
            required
            error={altError}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                name="altText"
                maxLength={ALT_TEXT_MAX}
                defaultValue={current?.alt ?? ""}
                className={inputClasses}
              />
            )}
          </FormField>
          <Button type="submit">
            {pending ? "Wird gespeichert …" : current ? "Bild aktualisieren" : "Bild hochladen"}
          </Button>
        </fieldset>
      </form>
      <div className="mt-3">
        <FormMessage message={outcome?.message} tone={outcome?.tone ?? "success"} />
      </div>
      {current ? (
        <div className="mt-4">
          <ActionButton
            variant="secondary"
            action={remove}
            confirm={{
              title: `${removeLabel}?`,
              question: "Die öffentlichen Seiten zeigen danach kein Bild mehr an dieser Stelle.",
              confirmLabel: "Entfernen",
            }}
            layout="block"
          >
            {removeLabel}
          </ActionButton>
        </div>
      ) : null}
    </section>
  );
}
