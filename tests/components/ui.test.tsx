import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";

import { ActionButton } from "@/components/ui/action-button";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Heading } from "@/components/ui/heading";
import { Table, TableCell, TableRow } from "@/components/ui/table";
import { CONNECTION_LOST_MESSAGE } from "@/lib/messages";

import { expectNoAxeViolations } from "./support/axe";

const router = vi.hoisted(() => ({ push: vi.fn(), refresh: vi.fn() }));
vi.mock("next/navigation", () => ({ useRouter: () => router }));

describe("Button", () => {
  it("is a button that does not submit its form unless asked to", async () => {
    const submit = vi.fn((event: Event) => event.preventDefault());
    const { container } = render(
      <form onSubmit={(event) => submit(event.nativeEvent)}>
        <Button variant="danger-outline" size="sm">
          Entfernen
        </Button>
        <Button type="submit">Speichern</Button>
      </form>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Entfernen" }));
    expect(submit).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole("button", { name: "Speichern" }));
    expect(submit).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("button", { name: "Entfernen" }).className).toContain("text-danger");
    await expectNoAxeViolations(container);
  });
});

describe("Heading", () => {
  it("renders the level asked for, with the page look for an h1 unless another is chosen", async () => {
    const { container } = render(
      <>
        <Heading>Anfragen</Heading>
        <Heading level={2}>Offen</Heading>
        <Heading level={3} size="section">
          Heute
        </Heading>
      </>,
    );
    const h1 = screen.getByRole("heading", { level: 1, name: "Anfragen" });
    expect(h1.className).toBe("text-3xl font-bold text-brand-dark");
    expect(screen.getByRole("heading", { level: 2, name: "Offen" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: "Heute" }).className).toContain("text-xl");
    await expectNoAxeViolations(container);
  });
});

describe("Table", () => {
  it("names itself by its caption, heads its columns and rows with scope, and scrolls by keyboard on phones", async () => {
    const { container } = render(
      <Table caption="Konten der Verwaltung" columns={["Name", "Rolle"]}>
        <TableRow>
          <TableCell rowHeader>Anna Muster</TableCell>
          <TableCell>Inhaberin</TableCell>
        </TableRow>
      </Table>,
    );
    const table = screen.getByRole("table", { name: "Konten der Verwaltung" });
    const region = screen.getByRole("region", { name: "Konten der Verwaltung" });
    expect(region).toHaveAttribute("tabindex", "0");
    expect(region).toContainElement(table);
    const columns = within(table).getAllByRole("columnheader");
    expect(columns.map((cell) => cell.textContent)).toEqual(["Name", "Rolle"]);
    expect(columns.every((cell) => cell.getAttribute("scope") === "col")).toBe(true);
    expect(within(table).getByRole("rowheader", { name: "Anna Muster" })).toHaveAttribute("scope", "row");
    expect(within(table).getByRole("cell", { name: "Inhaberin" })).toBeInTheDocument();
    await expectNoAxeViolations(container);
  });
});

function DialogHarness({ onClose }: { onClose?: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Details</Button>
      <Dialog
        open={open}
        title="Termin verschieben"
        onClose={() => {
          onClose?.();
          setOpen(false);
        }}
      >
        <p>Der Termin wird allen Teilnehmenden neu gemeldet.</p>
      </Dialog>
    </>
  );
}

describe("Dialog", () => {
  it("opens named by its title, takes the focus, closes on Escape and gives the focus back", async () => {
    const onClose = vi.fn();
    const { container } = render(<DialogHarness onClose={onClose} />);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    const opener = screen.getByRole("button", { name: "Details" });
    await userEvent.click(opener);

    const dialog = screen.getByRole("dialog", { name: "Termin verschieben" });
    expect(dialog.tagName).toBe("DIALOG");
    expect(dialog).toHaveTextContent("Der Termin wird allen Teilnehmenden neu gemeldet.");
    expect(within(dialog).getByRole("button", { name: "Schliessen" })).toHaveFocus();
    await expectNoAxeViolations(container);

    await userEvent.keyboard("{Escape}");
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it("closes with its close button", async () => {
    render(<DialogHarness />);
    await userEvent.click(screen.getByRole("button", { name: "Details" }));
    await userEvent.click(screen.getByRole("button", { name: "Schliessen" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});

describe("ActionButton", () => {
  it("shows progress while the action runs, then refreshes the page", async () => {
    router.refresh.mockClear();
    let resolve: (value: { ok: true }) => void = () => {};
    const action = vi.fn(() => new Promise<{ ok: true }>((done) => (resolve = done)));
    render(
      <ActionButton action={action} pendingLabel="Wird gesendet …" accessibleName="Gehalten: Anna Muster">
        Gehalten
      </ActionButton>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Gehalten: Anna Muster" }));
    expect(screen.getByRole("button", { name: "Gehalten: Anna Muster" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Gehalten: Anna Muster" })).toHaveTextContent("Wird gesendet …");
    resolve({ ok: true });
    await vi.waitFor(() => expect(router.refresh).toHaveBeenCalledTimes(1));
    expect(screen.getByRole("button", { name: "Gehalten: Anna Muster" })).toBeEnabled();
    expect(screen.getByRole("alert")).toHaveTextContent("");
  });

  it("reads out a refusal and does not refresh; a lost connection gets its own message", async () => {
    router.refresh.mockClear();
    const action = vi
      .fn()
      .mockResolvedValueOnce({ ok: false, message: "Der Kurs wird noch verwendet." })
      .mockRejectedValueOnce(new TypeError("fetch failed"));
    render(<ActionButton action={action}>Löschen</ActionButton>);
    await userEvent.click(screen.getByRole("button", { name: "Löschen" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Der Kurs wird noch verwendet.");
    await userEvent.click(screen.getByRole("button", { name: "Löschen" }));
    await vi.waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(CONNECTION_LOST_MESSAGE));
    expect(router.refresh).not.toHaveBeenCalled();
  });

  it("asks in a dialog first when confirmation is needed, and does nothing when cancelled", async () => {
    router.refresh.mockClear();
    const action = vi.fn().mockResolvedValue({ ok: true, message: "3 Demotermine entfernt." });
    const { container } = render(
      <ActionButton
        layout="block"
        variant="danger"
        action={action}
        confirm={{
          title: "Demodaten entfernen",
          question: "Alle Demotermine ohne Buchungen entfernen?",
          confirmLabel: "Entfernen",
        }}
      >
        Demodaten entfernen
      </ActionButton>,
    );
    await userEvent.click(screen.getByRole("button", { name: "Demodaten entfernen" }));
    let dialog = screen.getByRole("dialog", { name: "Demodaten entfernen" });
    expect(dialog).toHaveTextContent("Alle Demotermine ohne Buchungen entfernen?");
    await expectNoAxeViolations(container);
    await userEvent.click(within(dialog).getByRole("button", { name: "Abbrechen" }));
    expect(action).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole("button", { name: "Demodaten entfernen" }));
    dialog = screen.getByRole("dialog", { name: "Demodaten entfernen" });
    await userEvent.click(within(dialog).getByRole("button", { name: "Entfernen" }));
    expect(action).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole("status")).toHaveTextContent("3 Demotermine entfernt.");
    expect(router.refresh).toHaveBeenCalledTimes(1);
  });
});
