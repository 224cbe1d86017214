import { describe, expect, it } from "vitest";

import { attributionFor, averageText, initialsOf, summariseGoals, summariseRatings } from "@/lib/feedback/rules";
import { emptyFeedback, feedbackSchema } from "@/lib/feedback/schemas";

describe("rating figures", () => {
  it("counts each rating and averages to one decimal, ignoring what is off the scale", () => {
    expect(summariseRatings([5, 4, 4, 2])).toEqual({ count: 4, average: 3.8, distribution: [0, 1, 0, 2, 1] });
    expect(summariseRatings([3, 0, 6, 2.5])).toEqual({ count: 1, average: 3, distribution: [0, 0, 1, 0, 0] });
    expect(summariseRatings([])).toEqual({ count: 0, average: null, distribution: [0, 0, 0, 0, 0] });
    expect(averageText(4.5)).toBe("4.5");
    expect(averageText(null)).toBe("–");
  });

  it("summarises per goal in the order asked", () => {
    const goals = summariseGoals([
      {
        goals: [
          { title: "Zuhören", rating: 5 },
          { title: "Nein sagen", rating: 2 },
        ],
      },
      { goals: [{ title: "Zuhören", rating: 3 }] },
    ]);
    expect(goals.map((goal) => [goal.title, goal.summary.average, goal.summary.count])).toEqual([
      ["Zuhören", 4, 2],
      ["Nein sagen", 2, 1],
    ]);
  });
});

describe("consent forms", () => {
  it("names the author exactly in the chosen form", () => {
    expect(attributionFor("FULL_NAME", "Zoë Müller-Brügger", "Passamt Zug")).toEqual({
      authorName: "Zoë Müller-Brügger",
      organisation: "Passamt Zug",
    });
    expect(attributionFor("INITIALS_OFFICE", "Zoë Müller-Brügger", "Passamt Zug").authorName).toBe("Z. M.-B.");
    expect(attributionFor("ANONYMOUS_OFFICE", "Zoë Müller-Brügger", "Passamt Zug")).toEqual({
      authorName: "Kursteilnehmerin oder Kursteilnehmer",
      organisation: "Passamt Zug",
    });
    expect(initialsOf(" anna  gfeller ")).toBe("A. G.");
  });

  const base = { ...emptyFeedback("x".repeat(43)), overallRating: "4", goalRatings: ["5"] };

  it("needs consent, a form and an office for a quote, and refuses full name with an anonymous answer", () => {
    expect(feedbackSchema.safeParse(base).success).toBe(true);
    const paths = (input: object) =>
      feedbackSchema.safeParse(input).error?.issues.map((issue) => issue.path.join(".")) ?? [];
    expect(paths({ ...base, quote: "Hilfreich." })).toEqual(["consent", "quoteForm", "office"]);
    expect(
      paths({
        ...base,
        quote: "Hilfreich.",
        consent: true,
        quoteForm: "FULL_NAME",
        office: "Steueramt",
        anonymous: true,
      }),
    ).toEqual(["quoteForm"]);
    expect(paths({ ...base, overallRating: "" })).toEqual(["overallRating"]);
    expect(paths({ ...base, goalRatings: ["7"] })).toEqual(["goalRatings.0"]);
  });
});
