"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import {
  useForm,
  type DefaultValues,
  type FieldErrors,
  type Path,
  type UseFormRegisterReturn,
  type UseFormReturn,
} from "react-hook-form";
import type { z } from "zod";

import type { ActionResult } from "@/lib/action-result";
import { CHECK_INPUT_MESSAGE, CONNECTION_LOST_FORM_MESSAGE } from "@/lib/messages";

import { fieldIdOf, type ErrorSummaryProps, type SummaryEntry } from "./error-summary";
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
  /** The id, registration and error of a field, as TextField and the other fields take them. */
  fieldProps: (name: Path<z.input<S>>) => { id: string; register: UseFormRegisterReturn; error: string | undefined };
  /** Everything <ErrorSummary> shows: the refused fields in form order, the message, the focus. */
  summary: ErrorSummaryProps;
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
    // Checked when sent, as public-sector forms do: no message appears while the visitor moves
    // between fields; after a failed submit a corrected field loses its message as it is typed.
    mode: "onSubmit",
    reValidateMode: "onChange",
    // The focus goes to the error summary, which links to each field.
    shouldFocusError: false,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const restored = useRef(false);
  // Each failed submit counts up; the error summary takes the focus when it changes (the fieldset
  // is disabled while sending, the summary above it is not).
  const [attempt, setAttempt] = useState(0);
  // What the summary lists is taken when a submit fails and kept until the next one: a field
  // corrected on the way loses its own message, but the summary above does not shrink under the
  // pointer (the public-sector pattern).
  const [entries, setEntries] = useState<SummaryEntry[]>([]);
  const { isSubmitting } = form.formState;

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
      setEntries([]);
      let result: ActionResult<R>;
      try {
        result = await action(values);
      } catch {
        setFormError(CONNECTION_LOST_MESSAGE);
        setAttempt((count) => count + 1);
        return;
      }
      if (!result.ok) {
        const entries = Object.entries(result.fieldErrors).filter(([name]) => name !== "_form");
        entries.forEach(([name, messages]) => {
          form.setError(name as Path<z.input<S>>, { type: "server", message: messages[0] });
        });
        setFormError(result.message);
        // The hook's formState is the rendered snapshot; the server's own list is current.
        setEntries(
          sortedEntries(entries.map(([name, messages]) => ({ name, message: messages[0] ?? "", element: null }))),
        );
        setAttempt((count) => count + 1);
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

  const focusField = useCallback(
    (name: string) => {
      const element = errorElement(form.formState.errors, name) ?? fieldElement(name);
      if (!element) return;
      // The label (or the group's legend) scrolls into view with the field, as in GOV.UK's summary.
      const caption = captionOf(element);
      // (Test DOMs have no scrolling.)
      if (typeof caption?.scrollIntoView === "function") caption.scrollIntoView({ block: "start" });
      focusable(element)?.focus({ preventScroll: Boolean(caption) });
    },
    [form],
  );

  const firstField = entries[0]?.name;

  // A form without an <ErrorSummary> (admin forms) focuses its first refused field instead, once
  // sending has ended (a disabled input ignores focus). The summary, a child, has focused itself
  // before this effect runs.
  const handledAttempt = useRef(0);
  useEffect(() => {
    if (isSubmitting || attempt === handledAttempt.current) return;
    handledAttempt.current = attempt;
    if (document.activeElement?.closest("[data-error-summary]")) return;
    if (firstField) focusField(firstField);
  }, [attempt, isSubmitting, firstField, focusField]);

  return {
    form,
    onSubmit: form.handleSubmit(submit, (errors) => {
      setFormError(CHECK_INPUT_MESSAGE);
      setEntries(summaryEntries(errors));
      setAttempt((count) => count + 1);
    }),
    pending: isSubmitting,
    formError,
    errorOf,
    fieldProps: (name) => ({ id: name, register: form.register(name), error: errorOf(name) }),
    summary: { entries, message: formError, attempt, focusField, genericMessage: CHECK_INPUT_MESSAGE },
  };
}

/** The element of a field: by its id (dots become dashes), else the first control with its name. */
function fieldElement(name: string): HTMLElement | null {
  return (
    document.getElementById(fieldIdOf(name)) ?? document.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`)
  );
}

/** The element react-hook-form registered for a field with an error (a server error on an unregistered name has none). */
function errorElement(errors: FieldErrors, name: string): HTMLElement | null {
  const error = name
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors) as
    { ref?: unknown } | undefined;
  return error?.ref instanceof HTMLElement ? error.ref : null;
}

/** What names the field: the legend of a group of boxes, else its label. */
function captionOf(element: HTMLElement): HTMLElement | null {
  const group = element.matches("[type=checkbox], [type=radio], fieldset") ? element.closest("fieldset") : null;
  const legend = group?.querySelector<HTMLElement>("legend");
  if (legend) return legend;
  if (element.id) {
    const label = document.querySelector<HTMLElement>(`label[for="${CSS.escape(element.id)}"]`);
    if (label) return label;
  }
  return element.closest<HTMLElement>("label");
}

const FOCUSABLE = "input:not([type=hidden]), select, textarea, button, a[href], [tabindex]";

/** The field itself, or the first control inside a group; a message without a control gets a temporary tab stop. */
function focusable(element: HTMLElement): HTMLElement | null {
  if (element.matches(FOCUSABLE)) return element;
  const inner = element.querySelector<HTMLElement>(FOCUSABLE);
  if (inner) return inner;
  element.setAttribute("tabindex", "-1");
  return element;
}

/** react-hook-form's nested errors as a flat list, sorted by where the fields stand in the page. */
function summaryEntries(errors: FieldErrors): SummaryEntry[] {
  const found: FoundEntry[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (!node || typeof node !== "object") return;
    const error = node as { message?: unknown; ref?: unknown };
    if (typeof error.message === "string" && error.message) {
      const name = path.join(".");
      if (name && name !== "root") {
        const ref = error.ref instanceof HTMLElement ? error.ref : null;
        found.push({ name, message: error.message, element: ref });
      }
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key === "ref" || key === "types") continue;
      walk(child, [...path, key]);
    }
  };
  walk(errors, []);
  return sortedEntries(found);
}

type FoundEntry = { name: string; message: string; element: HTMLElement | null };

/** In the order the fields stand in the page (an element found by id or name when none is known). */
function sortedEntries(found: FoundEntry[]): SummaryEntry[] {
  for (const entry of found) entry.element ??= fieldElement(entry.name);
  return found
    .map((entry, index) => ({ ...entry, index }))
    .sort((a, b) => {
      if (a.element && b.element && a.element !== b.element) {
        return a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      }
      return a.index - b.index;
    })
    .map(({ name, message, element }) => ({ name, message, targetId: element?.id || undefined }));
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
