import { describe, expect, it } from "vitest";

import { isCurrentSection } from "@/components/layout/navigation";
import { describe as describeText, pageMetadata, shareImagePath } from "@/lib/seo/metadata";
import { buildSitemap } from "@/lib/seo/sitemap";
import { courseJsonLd, organizationJsonLd } from "@/lib/seo/structured-data";

describe("page metadata", () => {
  it("gives title, description, canonical address and Open Graph data", () => {
    const metadata = pageMetadata({ title: "Kurse", description: "Alle Kurse.", path: "/kurse" });
    expect(metadata).toMatchObject({
      title: "Kurse",
      description: "Alle Kurse.",
      alternates: { canonical: "/kurse" },
      openGraph: { title: "Kurse | Anliegen", url: "/kurse", locale: "de_CH", siteName: "Anliegen", type: "website" },
    });
  });

  it("links a share card: the site's by default, a course's or field's own when given", () => {
    const site = pageMetadata({ title: "Kurse", description: "Alle Kurse.", path: "/kurse" });
    expect(site.openGraph?.images).toEqual([{ url: "/api/teilen", width: 1200, height: 630, alt: "Kurse" }]);
    expect(site.twitter).toMatchObject({ card: "summary_large_image", images: site.openGraph?.images });
    const course = pageMetadata({
      title: "Telefon",
      description: "-",
      path: "/kurse/telefon",
      image: shareImagePath({ kurs: "professionell-telefonieren" }),
    });
    expect(course.openGraph?.images).toEqual([
      expect.objectContaining({ url: "/api/teilen?kurs=professionell-telefonieren" }),
    ]);
  });

  it("shortens long descriptions at a word boundary", () => {
    const text = "Wort ".repeat(60);
    const short = describeText(text);
    expect(short.length).toBeLessThanOrEqual(160);
    expect(short).toMatch(/Wort…$/);
    expect(describeText("  Kurz  und\nklar ")).toBe("Kurz und klar");
  });
});

describe("sitemap", () => {
  it("lists the fixed pages, published content pages with an address, courses, modules and fields", () => {
    const entries = buildSitemap("https://anliegen.example", {
      courses: [{ slug: "telefon", updatedAt: "2026-11-01T10:00:00.000Z" }],
      modules: [{ slug: "aktiv-zuhoeren", updatedAt: "2026-10-01T10:00:00.000Z" }],
      pages: [
        { slug: "impressum", updatedAt: "2026-09-01T10:00:00.000Z" },
        { slug: "ohne-adresse", updatedAt: "2026-09-01T10:00:00.000Z" },
      ],
      fields: [{ slug: "kirchgemeinden", updatedAt: "2026-08-01T10:00:00.000Z" }],
    });
    const urls = entries.map((entry) => entry.url);
    expect(urls).toEqual(
      expect.arrayContaining([
        "https://anliegen.example/",
        "https://anliegen.example/kurse",
        "https://anliegen.example/inhalte",
        "https://anliegen.example/geschichten",
        "https://anliegen.example/kundenstimmen",
        "https://anliegen.example/termine",
        "https://anliegen.example/impressum",
        "https://anliegen.example/kurse/telefon",
        "https://anliegen.example/inhalte/aktiv-zuhoeren",
        "https://anliegen.example/taetigkeitsfelder/kirchgemeinden",
      ]),
    );
    expect(urls).not.toContain("https://anliegen.example/ohne-adresse");
    expect(entries.find((entry) => entry.url.endsWith("/kurse/telefon"))?.lastModified).toBe(
      "2026-11-01T10:00:00.000Z",
    );
  });
});

describe("structured data", () => {
  it("describes the organisation", () => {
    expect(organizationJsonLd("https://anliegen.example")).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Organization",
      url: "https://anliegen.example/",
      knowsLanguage: "de-CH",
    });
  });

  it("describes a course with its provider, goals and dated instances", () => {
    const data = courseJsonLd(
      {
        slug: "telefon",
        title: "Am Telefon",
        summary: "Gelassen telefonieren.",
        languages: ["DE", "FR"],
        goals: [{ title: "Gespräche beenden" }],
        sessions: [{ startsAt: "2027-03-01T07:30:00.000Z", endsAt: "2027-03-01T16:00:00.000Z", location: "Bern" }],
      },
      "https://anliegen.example",
    );
    expect(data).toMatchObject({
      "@type": "Course",
      name: "Am Telefon",
      url: "https://anliegen.example/kurse/telefon",
      inLanguage: ["de", "fr"],
      teaches: ["Gespräche beenden"],
      provider: { "@type": "Organization", name: expect.stringContaining("Anliegen") },
      hasCourseInstance: [
        { "@type": "CourseInstance", startDate: "2027-03-01T07:30:00.000Z", location: { name: "Bern" } },
      ],
    });
  });

  it("leaves out course instances when there are no open dates", () => {
    const data = courseJsonLd(
      { slug: "a", title: "A", summary: "", languages: ["DE"], goals: [], sessions: [] },
      "https://anliegen.example",
    );
    expect(data).not.toHaveProperty("hasCourseInstance");
  });
});

describe("navigation", () => {
  it("marks a section as current on its page and the pages below it", () => {
    expect(isCurrentSection("/kurse", "/kurse")).toBe(true);
    expect(isCurrentSection("/kurse/telefon", "/kurse")).toBe(true);
    expect(isCurrentSection("/kursebuch", "/kurse")).toBe(false);
    expect(isCurrentSection(null, "/kurse")).toBe(false);
  });
});
