"use client";

import { useEffect, useState } from "react";

import { formatCount } from "@/lib/format";
import { fill } from "@/lib/i18n/fill";
import type { Catalogue } from "@/lib/i18n/messages";
import { form } from "@/lib/i18n/messages/de-CH/form";

/** The counter's words in one language; de-CH unless a form passes another. */
export type CharacterCountTexts = Catalogue["form"]["characterCount"];

/** From this share of the limit on, the count is also announced to screen readers. */
export const ANNOUNCE_FROM_SHARE = 0.9;
/** Announcements wait until typing pauses for this long, so not every keystroke is read out. */
export const ANNOUNCE_DELAY_MS = 700;

/** The limit as the field's hint says it: "Höchstens 4'000 Zeichen." */
export const characterLimitText = (max: number, texts: CharacterCountTexts = form.characterCount) =>
  fill(texts.limit, { max: formatCount(max) });

/** "Noch 3'950 Zeichen möglich" / "12 Zeichen zu viel" ("Zeichen" is the same in both numbers). */
export function characterCountText(
  length: number,
  max: number,
  texts: CharacterCountTexts = form.characterCount,
): string {
  const rest = max - length;
  if (rest >= 0) return fill(texts.remaining, { count: formatCount(rest) });
  return fill(texts.over, { count: formatCount(-rest) });
}

export const characterLimitId = (id: string) => `${id}-zeichen`;

/**
 * The live counter under a text field with a limit (the character count of public-sector design
 * systems): the limit is part of the field's description from the start, the visible count follows
 * every keystroke, and a polite live region speaks it only near the limit and after a pause. The
 * field takes more than the limit, so nothing pasted is cut off silently; the schema refuses it.
 */
export function CharacterCount({
  id,
  value,
  max,
  texts = form.characterCount,
}: {
  id: string;
  value: string;
  max: number;
  texts?: CharacterCountTexts;
}) {
  const length = value.length;
  const over = length > max;
  const near = length >= max * ANNOUNCE_FROM_SHARE;
  const [announced, setAnnounced] = useState("");

  useEffect(() => {
    const timer = window.setTimeout(
      () => setAnnounced(near ? characterCountText(length, max, texts) : ""),
      ANNOUNCE_DELAY_MS,
    );
    return () => window.clearTimeout(timer);
  }, [length, max, near, texts]);

  return (
    <>
      <p id={characterLimitId(id)} className="sr-only">
        {characterLimitText(max, texts)}
      </p>
      <p
        aria-hidden="true"
        data-testid={`${id}-zaehler`}
        className={`mt-1 text-sm ${over ? "font-semibold text-danger" : near ? "font-semibold text-ink" : "text-muted"}`}
      >
        {characterCountText(length, max, texts)}
      </p>
      <div aria-live="polite" className="sr-only">
        {announced}
      </div>
    </>
  );
}
