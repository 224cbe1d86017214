import { describe, expect, it } from "vitest";

import { applyCorrections, normalise, omissions, sourceSentences, visibleText } from "../setup/source-text";

describe("the consultant's text as sentences", () => {
  const sentences = sourceSentences();

  it("applies exactly the listed corrections", () => {
    expect(applyCorrections("Die öffentliche Verwatung; Mahatma Ghandi; wird ert sich; Außenstehender")).toBe(
      "Die öffentliche Verwaltung; Mahatma Gandhi; wird er sich; Aussenstehender",
    );
    // Whole words only: "ert" inside a word stays.
    expect(applyCorrections("erteilen Wert")).toBe("erteilen Wert");
    expect(sentences.join(" ")).not.toMatch(/ß|Verwatung|Ghandi|Contat /);
  });

  it("splits paragraphs into sentences but keeps abbreviations whole", () => {
    expect(sentences).toContain("Er ist nicht von uns abhängig.");
    expect(sentences).toContain(
      "Bei einem Malergeschäft zählt z.B. die saubere und perfekt Ausführung des neuen Hausanstrichs und natürlich auch ob die Rechnung den vereinbarten Rahmen erfüllt.",
    );
    expect(sentences).toContain("Auf einem kantonalen Passamt");
    expect(sentences.length).toBeGreaterThan(100);
  });

  it("lists only omissions that are sentences of the source, each with a reason", () => {
    for (const omission of omissions) {
      expect(sentences).toContain(normalise(omission.text));
      expect(omission.reason.length).toBeGreaterThan(20);
    }
  });

  it("reads a page as a visitor does: no markup, scripts or comments, quotes and dashes unified", () => {
    const html =
      '<p>Sie haben – und das <!-- -->macht es – oft «Hüte»&nbsp;&amp; mehr.</p><script>self.x("Geheim")</script>';
    expect(visibleText(html)).toBe("Sie haben - und das macht es - oft Hüte & mehr.");
  });
});
