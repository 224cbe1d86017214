// The message catalogues (decision 0034): every language has exactly the keys of the de-CH source,
// every text is filled, German is Swiss (no "ß"), and the typed accessor finds what it is asked.
import { describe, expect, it } from "vitest";

import { dayWithTimes, DEFAULT_LANGUAGE, fill, LOCALE_OF, lookup, messagesFor, t } from "@/lib/i18n";
import { catalogues } from "@/lib/i18n/messages";
import { inquirySchemasFor, submitLeadershipInquirySchema } from "@/lib/inquiries/schemas";
import { challengeLabels, courseFormatLabels, salutationLabels } from "@/lib/labels";
import { CONNECTION_LOST_MESSAGE, TOO_MANY_ATTEMPTS_MESSAGE } from "@/lib/messages";
import { SITE_LANGUAGES } from "@/lib/site";

/** Every dotted key of a catalogue with its text. */
function entries(node: unknown, prefix = ""): [string, unknown][] {
  if (node === null || typeof node !== "object") return [[prefix, node]];
  return Object.entries(node).flatMap(([key, child]) => entries(child, prefix ? `${prefix}.${key}` : key));
}

const source = entries(catalogues["de-CH"]);

describe("message catalogues", () => {
  it("has a catalogue for every value of the [lang] segment", () => {
    for (const lang of SITE_LANGUAGES) expect(catalogues).toHaveProperty([LOCALE_OF[lang]]);
    expect(LOCALE_OF[DEFAULT_LANGUAGE]).toBe("de-CH");
  });

  it("gives every language exactly the keys of de-CH, each with a text", () => {
    const sourceKeys = source.map(([key]) => key).sort();
    expect(sourceKeys.length).toBeGreaterThan(20);
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      const found = entries(catalogue);
      expect(found.map(([key]) => key).sort(), locale).toEqual(sourceKeys);
      const blank = found.filter(([, text]) => typeof text !== "string" || !text.trim());
      expect(blank, locale).toEqual([]);
    }
  });

  it("writes Swiss Standard German: no ß in de-CH", () => {
    expect(source.filter(([, text]) => String(text).includes("ß"))).toEqual([]);
  });

  it("finds a text by its typed key and fills its placeholders", () => {
    expect(t("de", "site.header.menu")).toBe("Menü");
    expect(t("de", "site.navigation.openDates")).toBe("Offene Kursdaten");
    expect(messagesFor("de").site.skipToContent).toBe("Zum Inhalt springen");
    expect(lookup(catalogues["de-CH"], "site.nowhere")).toBeUndefined();
    expect(lookup(catalogues["de-CH"], "site")).toBeUndefined();
    expect(lookup(catalogues["de-CH"], "constructor")).toBeUndefined();
  });

  it("fills a page's texts the way the pages showed them before the move", () => {
    const { pages } = messagesFor("de");
    expect(t("de", "pages.inquiry.prefilled", { course: "Telefon" })).toBe(
      "Sie fragen den Kurs «Telefon» an. Sie können ihn unten ändern.",
    );
    expect(fill(pages.booking.waitlistPosition, { position: 3 })).toBe(" (Position 3)");
    expect(dayWithTimes(pages.shared.dateTimeRange, "2026-11-27T08:00:00Z", "2026-11-27T16:30:00Z")).toBe(
      "Freitag, 27.11.2026, 09:00–17:30 Uhr",
    );
  });

  it("builds the inquiry schemas from the catalogue it is given, so browser and server refuse in one language", () => {
    const { validation } = messagesFor("de").pages.inquiryForm;
    const refusal = (schema: typeof submitLeadershipInquirySchema) =>
      schema.safeParse({ attendees: "x" }).error?.issues.find((issue) => issue.path[0] === "attendees")?.message;
    expect(refusal(submitLeadershipInquirySchema)).toBe(validation.attendees);
    const other = inquirySchemasFor({ ...validation, attendees: "Veuillez indiquer qui participe." });
    expect(refusal(other.submitLeadershipInquirySchema)).toBe("Veuillez indiquer qui participe.");
  });

  it("is what the common messages of lib/messages.ts say", () => {
    expect(CONNECTION_LOST_MESSAGE).toBe(t("de", "common.connectionLost"));
    expect(TOO_MANY_ATTEMPTS_MESSAGE).toBe(t("de", "common.tooManyAttempts"));
  });

  it("is what the enumerations' labels of lib/labels.ts say", () => {
    expect(courseFormatLabels.ONE_DAY).toBe(t("de", "labels.courseFormat.ONE_DAY"));
    expect(challengeLabels).toBe(messagesFor("de").labels.challenge);
    expect(salutationLabels.NEUTRAL).toBe("Ohne Anrede");
  });
});
