import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { CourseCatalogue } from "@/components/content/course-catalogue";
import type { CatalogueCourse } from "@/lib/catalogue/queries";
import { messagesFor } from "@/lib/i18n";

// The catalogue reads its filters through Next's useSearchParams; here it reads the jsdom address,
// which the component itself updates with history.replaceState (as Next's router would reflect).
vi.mock("next/navigation", () => ({
  useSearchParams: () => new URLSearchParams(window.location.search),
}));

const fields = [
  { slug: "oeffentliche-verwaltung", name: "Öffentliche Verwaltung", summary: "Beraten, kontrollieren, entscheiden." },
  { slug: "kundendienst", name: "Kundendienst", summary: "Schnell eine kompetente Person erreichen." },
  { slug: "kirchgemeinden", name: "Kirchgemeinden", summary: "Auch Mitglieder haben Anliegen." },
];

const base = { summary: "", audience: "Teams", durationNote: "1 Tag", goals: [], moduleTitles: [], image: null };

const courses: CatalogueCourse[] = [
  {
    ...base,
    slug: "verwaltung",
    title: "Souverän im Kundenkontakt der öffentlichen Verwaltung",
    formats: ["TWO_DAYS", "SERIES"],
    fields: [fields[0]!],
    goals: [{ goal: { title: "Gespräche gut beenden" } }],
    moduleTitles: ["Sanktionen aussprechen"],
  },
  {
    ...base,
    slug: "telefon",
    title: "Professionell und gelassen am Telefon",
    formats: ["ONE_DAY", "HALF_DAY"],
    fields: [fields[1]!, fields[2]!],
    moduleTitles: ["Die Stimme am Telefon"],
  },
  {
    ...base,
    slug: "schwierig",
    title: "Schwierige Kundensituationen gelassen meistern",
    summary: "Vorwürfe und Ärger",
    formats: ["ONE_DAY"],
    fields: [fields[0]!, fields[2]!],
  },
];

function renderCatalogue() {
  return render(<CourseCatalogue courses={courses} fields={fields} texts={texts} />);
}

const shownTitles = () => screen.queryAllByRole("heading", { level: 2 }).map((heading) => heading.textContent);
const status = () => screen.getByRole("status");

beforeEach(() => {
  window.history.replaceState(null, "", "/kurse");
});

// The texts the page passes from the de-CH catalogue.
const { pages } = messagesFor("de");
const texts = { ...pages.courses.catalogue.filter, card: pages.content.courseCard };

describe("course catalogue", () => {
  it("shows every published course with a count that screen readers hear", () => {
    renderCatalogue();
    expect(shownTitles()).toEqual(courses.map((course) => course.title));
    expect(status()).toHaveTextContent("3 Kurse gefunden");
    expect(screen.queryByRole("button", { name: "Filter zurücksetzen" })).not.toBeInTheDocument();
  });

  it("filters by field of activity and puts the filter into the address to share it", async () => {
    const user = userEvent.setup();
    renderCatalogue();

    await user.selectOptions(screen.getByLabelText("Tätigkeitsfeld"), "Kirchgemeinden");

    expect(shownTitles()).toEqual([courses[1]!.title, courses[2]!.title]);
    expect(status()).toHaveTextContent("2 Kurse gefunden");
    expect(window.location.search).toBe("?feld=kirchgemeinden");
    expect(screen.getByText("Auch Mitglieder haben Anliegen.")).toBeInTheDocument();
  });

  it("combines field and format", async () => {
    const user = userEvent.setup();
    renderCatalogue();

    await user.selectOptions(screen.getByLabelText("Tätigkeitsfeld"), "Öffentliche Verwaltung");
    await user.selectOptions(screen.getByLabelText("Format"), "1 Tag");

    expect(shownTitles()).toEqual([courses[2]!.title]);
    expect(status()).toHaveTextContent("1 Kurs gefunden");
    expect(window.location.search).toBe("?feld=oeffentliche-verwaltung&format=ein-tag");
  });

  it("searches as you type, through goals and modules too", async () => {
    const user = userEvent.setup();
    renderCatalogue();

    await user.type(screen.getByRole("searchbox", { name: "Suchen" }), "sanktionen");
    expect(shownTitles()).toEqual([courses[0]!.title]);
    expect(window.location.search).toBe("?suche=sanktionen");

    await user.clear(screen.getByRole("searchbox", { name: "Suchen" }));
    await user.type(screen.getByRole("searchbox", { name: "Suchen" }), "arger");
    expect(shownTitles()).toEqual([courses[2]!.title]);
  });

  it("opens a shared filtered view as it was shared", () => {
    window.history.replaceState(null, "", "/kurse?format=halbtag&suche=Telefon");
    renderCatalogue();

    expect(screen.getByLabelText("Format")).toHaveValue("HALF_DAY");
    expect(screen.getByRole("searchbox", { name: "Suchen" })).toHaveValue("Telefon");
    expect(shownTitles()).toEqual([courses[1]!.title]);
  });

  it("says so when nothing matches, points to an inquiry, and resets all filters", async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, "", "/kurse?feld=kundendienst&format=zwei-tage");
    renderCatalogue();

    expect(status()).toHaveTextContent("Kein Kurs gefunden");
    expect(shownTitles()).toEqual([]);
    expect(screen.getByRole("link", { name: "Kurs anfragen" })).toHaveAttribute("href", "/anfrage");

    await user.click(screen.getByRole("button", { name: "Filter zurücksetzen" }));

    expect(shownTitles()).toHaveLength(3);
    expect(window.location.search).toBe("");
    expect(screen.getByLabelText("Tätigkeitsfeld")).toHaveValue("");
  });

  // Choosing an option with the arrow keys needs a real browser: the e2e suite covers it.
  it("reaches every control with the Tab key, in reading order", async () => {
    const user = userEvent.setup();
    renderCatalogue();

    await user.tab();
    expect(screen.getByRole("searchbox", { name: "Suchen" })).toHaveFocus();
    await user.keyboard("Telefon");
    await user.tab();
    expect(screen.getByLabelText("Tätigkeitsfeld")).toHaveFocus();
    await user.tab();
    const format = screen.getByLabelText("Format");
    expect(format).toHaveFocus();
    await user.selectOptions(format, "Halbtag");

    expect(format).toHaveValue("HALF_DAY");
    expect(shownTitles()).toEqual([courses[1]!.title]);
    expect(window.location.search).toBe("?format=halbtag&suche=Telefon");
  });

  it("follows a link to another filtered view while it stays on the page", () => {
    const { rerender } = renderCatalogue();
    // A soft navigation to /kurse?feld=kundendienst keeps the component mounted.
    window.history.replaceState(null, "", "/kurse?feld=kundendienst");
    rerender(<CourseCatalogue courses={courses} fields={fields} texts={texts} />);

    expect(screen.getByLabelText("Tätigkeitsfeld")).toHaveValue("kundendienst");
    expect(shownTitles()).toEqual([courses[1]!.title]);
  });

  it("links each card to its course page", () => {
    renderCatalogue();
    const list = screen.getByRole("list", { name: "Gefundene Kurse" });
    expect(within(list).getByRole("link", { name: courses[1]!.title })).toHaveAttribute("href", "/kurse/telefon");
  });
});
