"use client";

import { useEffect, useRef } from "react";

import { fillPlural } from "@/lib/i18n/fill";
import type { Catalogue } from "@/lib/i18n/messages";
import { form } from "@/lib/i18n/messages/de-CH/form";

/** The summary's words in one language; de-CH unless a form passes another. */
export type ErrorSummaryTexts = Catalogue["form"]["errorSummary"];

export type SummaryEntry = {
  /** The field's name in the form (react-hook-form path, e.g. "email" or "agenda.0.title"). */
  name: string;
  message: string;
  /** The id of the field's element, when known; else derived from the name. */
  targetId?: string;
};

export type ErrorSummaryProps = {
  /** The refused fields in the order the form shows them. */
  entries: SummaryEntry[];
  /** The form-level message; with refused fields it is shown only when it says more than the heading. */
  message?: string | null;
  /** Counts failed submits: each new one moves the focus to the summary. */
  attempt: number;
  /** Moves the focus to a field (react-hook-form's setFocus, or a lookup by id). */
  focusField: (name: string) => void;
  /** The message that only repeats "check the marked fields": left out under the heading. */
  genericMessage?: string;
  id?: string;
  texts?: ErrorSummaryTexts;
};

/** "agenda.0.title" -> "agenda-0-title": the id convention of the form fields. */
export const fieldIdOf = (name: string) => name.replace(/\./g, "-");

/** "Bitte korrigieren Sie 1 Angabe" / "… 3 Angaben", by Intl.PluralRules. */
export function summaryHeading(count: number, texts: ErrorSummaryTexts = form.errorSummary): string {
  return fillPlural(count, texts.heading);
}

/**
 * The error summary of public-sector design systems (GOV.UK, the Swiss federal design system): at
 * the top of the form, a heading with the count, one link per refused field that moves the focus
 * to it, and the focus on the summary after every failed submit. Each message also stands beside
 * its field (FormField). Without refused fields the form-level message is the heading.
 */
export function ErrorSummary({
  entries,
  message,
  attempt,
  focusField,
  genericMessage,
  id = "fehlerliste",
  texts = form.errorSummary,
}: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = entries.length > 0 || Boolean(message);

  useEffect(() => {
    if (attempt > 0 && ref.current) ref.current.focus();
    // Only a new failed submit moves the focus, not a field corrected on the way.
  }, [attempt]);

  if (!visible) return <div ref={ref} tabIndex={-1} data-error-summary hidden />;
  const heading = entries.length > 0 ? summaryHeading(entries.length, texts) : message;
  // Said once: not under the heading when it only repeats "check the marked fields" or a field's own message.
  const detail =
    entries.length > 0 && message && message !== genericMessage && !entries.some((entry) => entry.message === message)
      ? message
      : null;
  return (
    <div
      ref={ref}
      id={id}
      tabIndex={-1}
      data-error-summary
      aria-labelledby={`${id}-titel`}
      className="rounded-md border-4 border-danger bg-white p-4 focus:outline-4 focus:outline-offset-2 focus:outline-brand-dark sm:p-5"
    >
      <div role="alert">
        <h2 id={`${id}-titel`} className="text-xl font-bold text-danger">
          {heading}
        </h2>
        {detail ? <p className="mt-2 font-semibold">{detail}</p> : null}
        {entries.length > 0 ? (
          <ul className="mt-3 list-none space-y-2">
            {entries.map((entry) => (
              <li key={entry.name}>
                <a
                  href={`#${entry.targetId ?? fieldIdOf(entry.name)}`}
                  className="font-semibold text-danger underline underline-offset-2 hover:no-underline"
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(entry.name);
                  }}
                >
                  {entry.message}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
