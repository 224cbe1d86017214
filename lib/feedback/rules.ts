// Pure rules of course feedback (decision 0027): rating figures and the consented forms of a quote.
import type { QuoteFormValue } from "./schemas";

export const RATING_SCALE = [1, 2, 3, 4, 5] as const;

export const ratingLabels: Record<number, string> = {
  1: "trifft nicht zu",
  2: "trifft eher nicht zu",
  3: "teils, teils",
  4: "trifft eher zu",
  5: "trifft voll zu",
};

export type RatingSummary = {
  count: number;
  /** Rounded to one decimal; null without answers. */
  average: number | null;
  /** How many answers gave 1, 2, 3, 4, 5 (index 0 is rating 1). */
  distribution: [number, number, number, number, number];
};

export function summariseRatings(values: readonly number[]): RatingSummary {
  const distribution: RatingSummary["distribution"] = [0, 0, 0, 0, 0];
  let sum = 0;
  for (const value of values) {
    if (!Number.isInteger(value) || value < 1 || value > 5) continue;
    distribution[value - 1]! += 1;
    sum += value;
  }
  const count = distribution.reduce((total, n) => total + n, 0);
  return { count, average: count ? Math.round((sum / count) * 10) / 10 : null, distribution };
}

/** "4.5" or "–": the de-CH figure of an average (a point, as the Swiss write decimals). */
export function averageText(average: number | null): string {
  return average === null ? "–" : average.toFixed(1);
}

/** "A. G." from "Anna Gfeller", "Z. M.-B." from "Zoë Müller-Brügger". */
export function initialsOf(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((part) =>
      part
        .split("-")
        .map((piece) => `${piece.charAt(0).toUpperCase()}.`)
        .join("-"),
    )
    .join(" ");
}

/** How the testimonial names the author, exactly in the form the participant consented to. */
export function attributionFor(
  form: QuoteFormValue,
  name: string,
  office: string,
): { authorName: string; organisation: string } {
  switch (form) {
    case "FULL_NAME":
      return { authorName: name, organisation: office };
    case "INITIALS_OFFICE":
      return { authorName: initialsOf(name), organisation: office };
    case "ANONYMOUS_OFFICE":
      return { authorName: "Kursteilnehmerin oder Kursteilnehmer", organisation: office };
  }
}

/** Per course goal: the summary of its ratings, in the order the goals were asked. */
export function summariseGoals(
  answers: readonly { goals: readonly { title: string; rating: number }[] }[],
): { title: string; summary: RatingSummary }[] {
  const byTitle = new Map<string, number[]>();
  for (const answer of answers) {
    for (const goal of answer.goals) {
      byTitle.set(goal.title, [...(byTitle.get(goal.title) ?? []), goal.rating]);
    }
  }
  return [...byTitle.entries()].map(([title, values]) => ({ title, summary: summariseRatings(values) }));
}
