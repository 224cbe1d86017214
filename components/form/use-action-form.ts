"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useForm, type DefaultValues, type Path, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";

import type { ActionResult } from "@/lib/action-result";
import { CONNECTION_LOST_FORM_MESSAGE } from "@/lib/messages";

import { schemaResolver, type Schema, type SchemaSource, type Submitted } from "./schema-resolver";

/** Kept under this name for the forms and their tests; the wording lives in lib/messages.ts. */
export const CONNECTION_LOST_MESSAGE = CONNECTION_LOST_FORM_MESSAGE;

/**
 * The action a form sends to: it gets the parsed values, or the typed ones if zod could not be
 * loaded, and parses them again on the server (every server action takes `unknown`).
 */
export type FormAction<S extends Schema, R> = (input: Submitted<S>) => Promise<ActionResult<R>>;

type Options<S extends Schema, R> = {
  /** The schema or its loader; a loader keeps zod out of the page's first-load JavaScript. */
  schema: SchemaSource<S>;
  action: FormAction<S, R>;
  defaultValues: DefaultValues<z.input<S>>;
  /** Keeps what the visitor typed in localStorage under this key until it is stored on the server. */
  draftKey?: string;
  onSuccess?: (data: R, message?: string) => void;
};

export type ActionForm<S extends Schema> = {
  form: UseFormReturn<z.input<S>, unknown, Submitted<S>>;
  onSubmit: (event?: React.BaseSyntheticEvent) => Promise<void>;
  pending: boolean;
  formError: string | null;
  /** The first error message of a field, client- or server-side. */
  errorOf: (name: string) => string | undefined;
};

/**
 * react-hook-form with the same zod schema the server action parses, and the server's field
 * errors mapped back onto the fields. The form never clears on failure; with a draft key its
 * values also survive a reload or a lost connection until the server confirms them.
 */
export function useActionForm<S extends Schema, R>(options: Options<S, R>): ActionForm<S> {
  const { schema, action, defaultValues, draftKey, onSuccess } = options;
  const [resolver] = useState(() => schemaResolver(schema));
  useEffect(() => resolver.preload(), [resolver]);
  const form = useForm<z.input<S>, unknown, Submitted<S>>({
    resolver,
    defaultValues,
    mode: "onBlur",
    reValidateMode: "onChange",
  });
  const [formError, setFormError] = useState<string | null>(null);
  const restored = useRef(false);
  // The fieldset is disabled while sending, and a disabled input ignores focus: the first field
  // the server rejected is focused once sending has ended.
  const [fieldToFocus, setFieldToFocus] = useState<Path<z.input<S>> | null>(null);
  const { isSubmitting } = form.formState;

  useEffect(() => {
    if (!isSubmitting && fieldToFocus) form.setFocus(fieldToFocus);
  }, [isSubmitting, fieldToFocus, form]);

  useEffect(() => {
    if (!draftKey || restored.current) return;
    restored.current = true;
    const saved = readDraft(draftKey);
    if (saved) form.reset({ ...defaultValues, ...saved } as DefaultValues<z.input<S>>);
  }, [draftKey, defaultValues, form]);

  useEffect(() => {
    if (!draftKey) return;
    return form.subscribe({ formState: { values: true }, callback: ({ values }) => writeDraft(draftKey, values) });
  }, [draftKey, form]);

  const submit = useCallback(
    async (values: Submitted<S>) => {
      setFormError(null);
      setFieldToFocus(null);
      let result: ActionResult<R>;
      try {
        result = await action(values);
      } catch {
        setFormError(CONNECTION_LOST_MESSAGE);
        return;
      }
      if (!result.ok) {
        const entries = Object.entries(result.fieldErrors).filter(([name]) => name !== "_form");
        entries.forEach(([name, messages]) => {
          form.setError(name as Path<z.input<S>>, { type: "server", message: messages[0] });
        });
        setFieldToFocus((entries[0]?.[0] as Path<z.input<S>> | undefined) ?? null);
        setFormError(result.message);
        return;
      }
      if (draftKey) clearDraft(draftKey);
      onSuccess?.(result.data, result.message);
    },
    [action, draftKey, form, onSuccess],
  );

  const errorOf = useCallback(
    (name: string) => {
      const error = name
        .split(".")
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], form.formState.errors);
      return (error as { message?: string } | undefined)?.message;
    },
    [form.formState.errors],
  );

  return {
    form,
    onSubmit: form.handleSubmit(submit, () => setFormError("Bitte prüfen Sie die markierten Angaben.")),
    pending: isSubmitting,
    formError,
    errorOf,
  };
}

function readDraft(key: string): Record<string, unknown> | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function writeDraft(key: string, values: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(values));
  } catch {
    // Private mode or a full storage: the form still works, only the draft is not kept.
  }
}

function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // See writeDraft.
  }
}
