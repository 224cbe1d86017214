import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ComponentProps } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { CatalogueForm } from "@/components/admin/catalogue/catalogue-form";
import { emptyValues } from "@/components/admin/catalogue/form-specs";
import { CatalogueRowActions } from "@/components/admin/catalogue/row-actions";
import { InquiryReplyForm, InquiryStatusForm } from "@/components/admin/inquiries/inquiry-forms";
import { failure, success } from "@/lib/action-result";

const router = vi.hoisted(() => ({ push: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

vi.setConfig({ testTimeout: 30_000 });
afterEach(() => window.localStorage.clear());

const INQUIRY_ID = "0190f000-0000-7000-8000-000000000001";
const options = {
  fields: [{ id: "0190f000-0000-7000-8000-0000000000f1", label: "Öffentliche Verwaltung" }],
  themes: [],
  goals: [],
  modules: [],
  stories: [],
  testimonials: [],
};

type CatalogueFormProps = ComponentProps<typeof CatalogueForm>;

/** The form of one kind: a new item with the test's options unless the test says otherwise. */
function catalogueForm(props: Pick<CatalogueFormProps, "kind" | "defaultValues"> & Partial<CatalogueFormProps>) {
  return <CatalogueForm id={null} options={options} editBase="/x" action={vi.fn()} {...props} />;
}

describe("the catalogue form", () => {
  it("names missing input at its field, shows a server refusal there too, and opens the new item once saved", async () => {
    const action = vi
      .fn()
      .mockResolvedValueOnce(
        failure("Diesen Referenzkunden gibt es schon.", { name: ["Diesen Referenzkunden gibt es schon."] }),
      )
      .mockResolvedValueOnce(success({ id: "0190f000-0000-7000-8000-0000000000aa" }, "Referenzkunde gespeichert."));
    render(
      catalogueForm({
        kind: "referenzen",
        defaultValues: emptyValues.referenzen,
        editBase: "/admin/inhalte/referenzen",
        action,
      }),
    );
    await userEvent.click(screen.getByRole("button", { name: "Speichern" }));
    // The first validation may wait for the schema's chunk (decision 0016).
    await vi.waitFor(() =>
      expect(screen.getByRole("textbox", { name: /^Name/ })).toHaveAccessibleDescription(
        /Bitte geben Sie den Namen an\./,
      ),
    );
    expect(action).not.toHaveBeenCalled();

    await userEvent.type(screen.getByRole("textbox", { name: /^Name/ }), "Bundesamt für Landwirtschaft");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: /^Art der Organisation/ }), "FEDERAL_OFFICE");
    await userEvent.click(screen.getByRole("button", { name: "Speichern" }));
    await vi.waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("Diesen Referenzkunden gibt es schon."));
    expect(screen.getByRole("textbox", { name: /^Name/ })).toHaveValue("Bundesamt für Landwirtschaft");
    expect(action).toHaveBeenCalledWith(
      expect.objectContaining({ name: "Bundesamt für Landwirtschaft", kind: "FEDERAL_OFFICE", published: true }),
    );

    await userEvent.click(screen.getByRole("button", { name: "Speichern" }));
    await vi.waitFor(() =>
      expect(router.push).toHaveBeenCalledWith("/admin/inhalte/referenzen/0190f000-0000-7000-8000-0000000000aa"),
    );
  });

  it("asks for the slug only when an item is created", () => {
    const { rerender } = render(catalogueForm({ kind: "felder", defaultValues: emptyValues.felder }));
    expect(screen.getByRole("textbox", { name: /^Kurzadresse/ })).toBeInTheDocument();
    rerender(
      catalogueForm({
        kind: "felder",
        id: "0190f000-0000-7000-8000-0000000000f1",
        defaultValues: { ...emptyValues.felder, slug: "verwaltung" },
      }),
    );
    expect(screen.queryByRole("textbox", { name: /^Kurzadresse/ })).not.toBeInTheDocument();
  });

  it("shows a page body as the public page will read it while it is typed", async () => {
    render(
      catalogueForm({
        kind: "seiten",
        id: "0190f000-0000-7000-8000-0000000000b1",
        defaultValues: { title: "Kontakt", lead: "", body: "" },
        editBase: "/admin/inhalte/seiten",
      }),
    );
    const body = screen.getByRole("textbox", { name: /^Text der Seite/ });
    expect(body).toHaveAccessibleDescription(/«## » am Zeilenanfang: Zwischentitel/);
    await userEvent.type(body, "## Adresse{Enter}{Enter}Bahnhofstrasse 1{Enter}8001 Zürich{Enter}{Enter}- <b>fett</b>");
    const preview = screen.getByRole("region", { name: "Vorschau: Text der Seite" });
    expect(within(preview).getByRole("heading", { level: 2, name: "Adresse" })).toBeInTheDocument();
    expect(within(preview).getByText(/Bahnhofstrasse 1/)).toHaveTextContent("Bahnhofstrasse 18001 Zürich");
    // Markup is shown as typed, never interpreted.
    expect(within(preview).getByRole("listitem")).toHaveTextContent("<b>fett</b>");
  });
});

describe("the inquiry forms", () => {
  it("offer only the allowed next statuses and ask for a deliberate choice", async () => {
    const action = vi.fn().mockResolvedValue(success(null, "Der Status ist jetzt «Abgelehnt»."));
    render(
      <InquiryStatusForm
        inquiryId={INQUIRY_ID}
        options={["IN_CLARIFICATION", "DECLINED", "CANCELLED"]}
        action={action}
      />,
    );
    expect(screen.getAllByRole("option").map((option) => option.textContent)).toEqual([
      "Bitte wählen",
      "In Klärung",
      "Abgelehnt",
      "Storniert",
    ]);
    await userEvent.click(screen.getByRole("button", { name: "Status ändern" }));
    await vi.waitFor(() =>
      expect(screen.getByRole("combobox", { name: /^Neuer Status/ })).toHaveAccessibleDescription(
        /Bitte wählen Sie den neuen Status\./,
      ),
    );
    expect(action).not.toHaveBeenCalled();
    await userEvent.selectOptions(screen.getByRole("combobox", { name: /^Neuer Status/ }), "DECLINED");
    await userEvent.type(screen.getByRole("textbox", { name: /^Notiz zur Änderung/ }), "Kein Budget");
    await userEvent.click(screen.getByRole("button", { name: "Status ändern" }));
    expect(await screen.findByText("Der Status ist jetzt «Abgelehnt».")).toBeInTheDocument();
    expect(action).toHaveBeenCalledWith({ inquiryId: INQUIRY_ID, to: "DECLINED", note: "Kein Budget" });
    expect(screen.getByRole("combobox", { name: /^Neuer Status/ })).toHaveValue("");
  });

  it("keep a reply on failure and send it again with the same request id", async () => {
    const action = vi
      .fn()
      .mockResolvedValueOnce(failure("Der Dienst ist gerade nicht erreichbar."))
      .mockResolvedValueOnce(success(null, "Die Antwort ist unterwegs."));
    render(
      <InquiryReplyForm
        inquiryId={INQUIRY_ID}
        recipient="Zoë <zoe@amt.example>"
        defaultSubject="Ihre Anfrage ANF-2026-0001"
        defaultBody=""
        action={action}
      />,
    );
    await userEvent.type(screen.getByRole("textbox", { name: /^Nachricht/ }), "Gerne rufe ich Sie an.");
    await userEvent.click(screen.getByRole("button", { name: "Antwort senden" }));
    expect(await screen.findByText("Der Dienst ist gerade nicht erreichbar.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /^Nachricht/ })).toHaveValue("Gerne rufe ich Sie an.");

    await userEvent.click(screen.getByRole("button", { name: "Antwort senden" }));
    expect(await screen.findByText("Die Antwort ist unterwegs.")).toBeInTheDocument();
    const [first, second] = action.mock.calls.map(([input]) => input as { requestId: string; subject: string });
    expect(first?.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(second?.requestId).toBe(first?.requestId);
    expect(second?.subject).toBe("Ihre Anfrage ANF-2026-0001");
    // The composer is empty again for the next answer.
    expect(screen.getByRole("textbox", { name: /^Nachricht/ })).toHaveValue("");
  });
});

describe("the catalogue row actions", () => {
  it("asks in a dialog before deleting and reads out a refusal beside the row", async () => {
    const remove = vi.fn().mockResolvedValue(failure("«Öffentliche Verwaltung» wird noch verwendet (2 Kurse)."));
    const move = vi.fn().mockResolvedValue(success(null));
    render(
      <CatalogueRowActions
        kind="felder"
        id={INQUIRY_ID}
        title="Öffentliche Verwaltung"
        published
        first
        last={false}
        abilities={{ reorder: true, publish: true, remove: true }}
        move={move}
        publish={vi.fn()}
        remove={remove}
      />,
    );
    expect(screen.getByRole("button", { name: "Öffentliche Verwaltung nach oben" })).toBeDisabled();
    await userEvent.click(screen.getByRole("button", { name: "Öffentliche Verwaltung nach unten" }));
    expect(move).toHaveBeenCalledWith({ kind: "felder", id: INQUIRY_ID, direction: "down" });
    await vi.waitFor(() => expect(router.refresh).toHaveBeenCalled());

    await userEvent.click(screen.getByRole("button", { name: "Öffentliche Verwaltung löschen" }));
    const dialog = screen.getByRole("dialog", { name: "Öffentliche Verwaltung löschen" });
    expect(dialog).toHaveTextContent("«Öffentliche Verwaltung» endgültig löschen?");
    await userEvent.click(within(dialog).getByRole("button", { name: "Löschen" }));
    expect(remove).toHaveBeenCalledWith({ kind: "felder", id: INQUIRY_ID });
    expect(await screen.findByText("«Öffentliche Verwaltung» wird noch verwendet (2 Kurse).")).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});
