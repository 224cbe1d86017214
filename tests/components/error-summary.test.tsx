import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";

import {
  ANNOUNCE_DELAY_MS,
  CharacterCount,
  characterCountText,
  characterLimitText,
} from "@/components/form/character-count";
import { ErrorSummary, summaryHeading } from "@/components/form/error-summary";
import { FormField, inputClasses } from "@/components/form/form-field";

afterEach(() => vi.useRealTimers());

describe("error summary", () => {
  it("counts the refused fields by Intl.PluralRules", () => {
    expect(summaryHeading(1)).toBe("Bitte korrigieren Sie 1 Angabe");
    expect(summaryHeading(2)).toBe("Bitte korrigieren Sie 2 Angaben");
  });

  function Demo({ attempt, message }: { attempt: number; message?: string }) {
    const focusField = (name: string) => document.getElementById(name)?.focus();
    return (
      <form>
        <ErrorSummary
          attempt={attempt}
          message={message}
          genericMessage="Bitte prüfen Sie die markierten Angaben."
          focusField={focusField}
          entries={[
            { name: "name", message: "Bitte geben Sie Ihren Namen an." },
            { name: "email", message: "Bitte geben Sie Ihre E-Mail-Adresse an." },
          ]}
        />
        <FormField id="name" label="Name" required error="Bitte geben Sie Ihren Namen an.">
          {(control) => <input {...control} className={inputClasses} />}
        </FormField>
        <FormField id="email" label="E-Mail" required error="Bitte geben Sie Ihre E-Mail-Adresse an.">
          {(control) => <input {...control} className={inputClasses} />}
        </FormField>
      </form>
    );
  }

  it("takes the focus after each failed submit and links every error to its field", async () => {
    const { rerender } = render(<Demo attempt={1} message="Bitte prüfen Sie die markierten Angaben." />);
    const alert = screen.getByRole("alert");
    expect(within(alert).getByRole("heading", { level: 2 })).toHaveTextContent("Bitte korrigieren Sie 2 Angaben");
    // The generic message only repeats the heading: left out.
    expect(alert).not.toHaveTextContent("Bitte prüfen Sie");
    const summary = alert.closest("[tabindex='-1']");
    expect(summary).toHaveFocus();
    expect(summary).toHaveAccessibleName("Bitte korrigieren Sie 2 Angaben");

    const link = within(alert).getByRole("link", { name: "Bitte geben Sie Ihre E-Mail-Adresse an." });
    expect(link).toHaveAttribute("href", "#email");
    await userEvent.click(link);
    expect(screen.getByLabelText(/E-Mail/)).toHaveFocus();
    // The message also stands beside the field, and the field says it is invalid.
    expect(screen.getByLabelText(/E-Mail/)).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText(/E-Mail/)).toHaveAccessibleDescription(
      "Fehler: Bitte geben Sie Ihre E-Mail-Adresse an.",
    );

    // A correction on the way does not pull the focus back; the next failed submit does.
    rerender(<Demo attempt={1} message="Dieser Platz ist nicht mehr frei." />);
    expect(screen.getByLabelText(/E-Mail/)).toHaveFocus();
    rerender(<Demo attempt={2} message="Dieser Platz ist nicht mehr frei." />);
    expect(screen.getByRole("alert").closest("[tabindex='-1']")).toHaveFocus();
    // A message that says more than the heading is shown under it.
    expect(screen.getByRole("alert")).toHaveTextContent("Dieser Platz ist nicht mehr frei.");
    // One that a link already says is not repeated.
    rerender(<Demo attempt={2} message="Bitte geben Sie Ihren Namen an." />);
    expect(within(screen.getByRole("alert")).getAllByText("Bitte geben Sie Ihren Namen an.")).toHaveLength(1);
  });

  it("shows a form-level message alone as its heading, and nothing without an error", () => {
    const { rerender } = render(
      <ErrorSummary attempt={1} entries={[]} message="Die Verbindung ist unterbrochen." focusField={vi.fn()} />,
    );
    expect(screen.getByRole("heading", { name: "Die Verbindung ist unterbrochen." })).toBeInTheDocument();
    expect(screen.queryByRole("link")).toBeNull();
    rerender(<ErrorSummary attempt={1} entries={[]} message={null} focusField={vi.fn()} />);
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("keeps the line of a field's message when there is none, so nothing below it moves", () => {
    const { container, rerender } = render(
      <FormField id="name" label="Name" required>
        {(control) => <input {...control} />}
      </FormField>,
    );
    const slot = container.querySelector("p.min-h-5");
    expect(slot).toBeInTheDocument();
    expect(slot).toBeEmptyDOMElement();
    rerender(
      <FormField id="name" label="Name" required error="Bitte geben Sie Ihren Namen an.">
        {(control) => <input {...control} />}
      </FormField>,
    );
    expect(container.querySelector("p.min-h-5")).toHaveTextContent("Bitte geben Sie Ihren Namen an.");
  });
});

describe("character count", () => {
  it("words the limit and the rest in de-CH", () => {
    expect(characterLimitText(4000)).toBe("Höchstens 4'000 Zeichen.");
    expect(characterCountText(0, 4000)).toBe("Noch 4'000 Zeichen möglich");
    expect(characterCountText(3999, 4000)).toBe("Noch 1 Zeichen möglich");
    expect(characterCountText(5012, 4000)).toBe("1'012 Zeichen zu viel");
  });

  function Counted({ initial = "" }: { initial?: string }) {
    const [value, setValue] = useState(initial);
    return (
      <FormField id="text" label="Text" counter={{ value, max: 100 }}>
        {(control) => <textarea {...control} value={value} onChange={(event) => setValue(event.target.value)} />}
      </FormField>
    );
  }

  it("says the limit with the field from the start and follows every keystroke", async () => {
    render(<Counted />);
    const field = screen.getByLabelText(/Text/);
    expect(field).toHaveAccessibleDescription("Höchstens 100 Zeichen.");
    expect(screen.getByTestId("text-zaehler")).toHaveTextContent("Noch 100 Zeichen möglich");
    await userEvent.type(field, "Guten Tag");
    expect(screen.getByTestId("text-zaehler")).toHaveTextContent("Noch 91 Zeichen möglich");
  });

  it("announces the count politely, only near the limit and once typing pauses", async () => {
    vi.useFakeTimers();
    const { rerender } = render(<CharacterCount id="text" value={"x".repeat(50)} max={100} />);
    const live = document.querySelector("[aria-live='polite']")!;
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(live).toBeEmptyDOMElement();

    rerender(<CharacterCount id="text" value={"x".repeat(95)} max={100} />);
    expect(live).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(live).toHaveTextContent("Noch 5 Zeichen möglich");

    rerender(<CharacterCount id="text" value={"x".repeat(103)} max={100} />);
    act(() => vi.advanceTimersByTime(ANNOUNCE_DELAY_MS));
    expect(live).toHaveTextContent("3 Zeichen zu viel");
    expect(screen.getByTestId("text-zaehler")).toHaveClass("text-danger");
  });
});
