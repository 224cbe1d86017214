import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { CourseCard } from "@/components/content/course-card";
import { messagesFor } from "@/lib/i18n";

const texts = messagesFor("de").pages.content.courseCard;

const course = {
  slug: "professionell-telefonieren",
  title: "Professionell und gelassen am Telefon",
  summary: "Stimme, Formulierungen und Werkzeuge.",
  audience: "Mitarbeitende in Kundendiensten",
  durationNote: "1 Tag",
  formats: ["ONE_DAY", "HALF_DAY"] as const,
  goals: [{ goal: { title: "Gespräche gut beenden" } }, { goal: { title: "Stress bewältigen" } }],
};

describe("CourseCard", () => {
  it("links the title to the course page and shows audience, duration and goals", () => {
    render(<CourseCard course={{ ...course, formats: [...course.formats] }} texts={texts} />);

    const link = screen.getByRole("link", { name: course.title });
    expect(link).toHaveAttribute("href", "/kurse/professionell-telefonieren");
    expect(screen.getByRole("heading", { level: 3, name: course.title })).toBeInTheDocument();
    expect(screen.getByText(course.audience)).toBeInTheDocument();
    expect(screen.getByText("1 Tag (1 Tag, Halbtag)")).toBeInTheDocument();
    const goals = within(screen.getByRole("list")).getAllByRole("listitem");
    expect(goals.map((item) => item.textContent)).toEqual(["Gespräche gut beenden", "Stress bewältigen"]);
  });

  it("omits the goal list when a course has none", () => {
    render(
      <CourseCard course={{ ...course, formats: [...course.formats], goals: [] }} headingLevel={2} texts={texts} />,
    );
    expect(screen.queryByRole("list")).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2 })).toBeInTheDocument();
  });
});
