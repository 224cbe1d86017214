import { describe, expect, it } from "vitest";

import { parseRichText, plainText, splitLinks } from "@/lib/rich-text";

describe("page body format", () => {
  it("splits paragraphs at blank lines and keeps line breaks inside one (addresses)", () => {
    expect(parseRichText("Erster Absatz\nzweite Zeile\n\n\nZweiter Absatz")).toEqual([
      { type: "paragraph", lines: ["Erster Absatz", "zweite Zeile"] },
      { type: "paragraph", lines: ["Zweiter Absatz"] },
    ]);
  });

  it('reads "## " as a heading and "- " as list items, also without blank lines around them', () => {
    expect(parseRichText("## Adresse\nMarkus Muster\n3000 Bern\n- eins\n- zwei\nDanach Text")).toEqual([
      { type: "heading", text: "Adresse" },
      { type: "paragraph", lines: ["Markus Muster", "3000 Bern"] },
      { type: "list", items: ["eins", "zwei"] },
      { type: "paragraph", lines: ["Danach Text"] },
    ]);
  });

  it("starts a new list after a blank line and ignores Windows line endings and stray spaces", () => {
    expect(parseRichText("- a\r\n\r\n  - b  \n##   \n")).toEqual([
      { type: "list", items: ["a"] },
      { type: "list", items: ["b"] },
    ]);
  });

  it('reads "> " lines as one quotation with a paragraph per line and "> — Name" as its source', () => {
    expect(parseRichText("Davor\n> Erster Satz.\n> Zweiter Satz.\n> — Mahatma Gandhi\nDanach")).toEqual([
      { type: "paragraph", lines: ["Davor"] },
      { type: "quote", lines: ["Erster Satz.", "Zweiter Satz."], source: "Mahatma Gandhi" },
      { type: "paragraph", lines: ["Danach"] },
    ]);
    expect(plainText("> Nur ein Satz.")).toBe("Nur ein Satz.");
  });

  it("keeps markup as plain text", () => {
    expect(parseRichText("<script>alert(1)</script>")).toEqual([
      { type: "paragraph", lines: ["<script>alert(1)</script>"] },
    ]);
  });

  it("gives the text without markup for descriptions", () => {
    expect(plainText("## Titel\nText hier\n- a\n- b")).toBe("Titel Text hier a, b");
    expect(parseRichText("")).toEqual([]);
  });
});

describe("links in page bodies", () => {
  it("links e-mail addresses and Swiss phone numbers, and nothing else", () => {
    expect(splitLinks("E-Mail: kontakt@anliegen.example, Telefon +41 31 000 00 00.")).toEqual([
      { type: "text", text: "E-Mail: " },
      { type: "link", text: "kontakt@anliegen.example", href: "mailto:kontakt@anliegen.example" },
      { type: "text", text: ", Telefon " },
      { type: "link", text: "+41 31 000 00 00", href: "tel:+41310000000" },
      { type: "text", text: "." },
    ]);
    expect(splitLinks("javascript:alert(1) https://example.org")).toEqual([
      { type: "text", text: "javascript:alert(1) https://example.org" },
    ]);
    expect(splitLinks("")).toEqual([]);
  });
});
