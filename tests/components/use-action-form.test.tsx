import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { FormField, inputClasses } from "@/components/form/form-field";
import { FormMessage } from "@/components/form/form-message";
import type { SchemaSource } from "@/components/form/schema-resolver";
import { SubmitButton } from "@/components/form/submit-button";
import { CONNECTION_LOST_MESSAGE, useActionForm } from "@/components/form/use-action-form";
import type { ActionResult } from "@/lib/action-result";

const schema = z.object({
  name: z.string().trim().min(1, "Bitte geben Sie Ihren Namen an."),
  email: z.email("Bitte geben Sie eine gültige E-Mail-Adresse an."),
});

function DemoForm({
  action,
  draftKey,
  lockWhileSending = false,
  source = schema,
}: {
  action: (input: z.output<typeof schema>) => Promise<ActionResult<{ id: string }>>;
  draftKey?: string;
  lockWhileSending?: boolean;
  source?: SchemaSource<typeof schema>;
}) {
  const { form, onSubmit, pending, formError, errorOf } = useActionForm({
    schema: source,
    action,
    defaultValues: { name: "", email: "" },
    draftKey,
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <FormMessage message={formError} tone="error" />
      <fieldset disabled={lockWhileSending && pending}>
        <FormField id="name" label="Name" required error={errorOf("name")}>
          {(control) => <input {...control} {...form.register("name")} className={inputClasses} />}
        </FormField>
        <FormField id="email" label="E-Mail" required error={errorOf("email")}>
          {(control) => <input {...control} type="email" {...form.register("email")} className={inputClasses} />}
        </FormField>
      </fieldset>
      <SubmitButton pending={pending}>Senden</SubmitButton>
    </form>
  );
}

afterEach(() => window.localStorage.clear());

describe("useActionForm", () => {
  it("validates with a schema loaded on demand, and leaves it to the server when loading fails", async () => {
    const action = vi.fn().mockResolvedValue({ ok: true, data: { id: "1" } });
    const { unmount } = render(<DemoForm action={action} source={() => Promise.resolve(schema)} />);
    await userEvent.click(screen.getByRole("button", { name: "Senden" }));
    await waitFor(() =>
      expect(screen.getByLabelText(/Name/)).toHaveAccessibleDescription(/Bitte geben Sie Ihren Namen an/),
    );
    expect(action).not.toHaveBeenCalled();
    unmount();

    render(<DemoForm action={action} source={() => Promise.reject(new TypeError("Failed to fetch"))} />);
    await userEvent.type(screen.getByLabelText(/Name/), "Zoë");
    await userEvent.click(screen.getByRole("button", { name: "Senden" }));
    await waitFor(() => expect(action).toHaveBeenCalledWith({ name: "Zoë", email: "" }));
  });

  it("shows German errors beside each field without calling the server", async () => {
    const action = vi.fn();
    render(<DemoForm action={action} />);
    await userEvent.click(screen.getByRole("button", { name: "Senden" }));

    expect(await screen.findByText("Bitte geben Sie Ihren Namen an.")).toBeInTheDocument();
    const name = screen.getByLabelText(/Name/);
    expect(name).toHaveAttribute("aria-invalid", "true");
    expect(name).toHaveAccessibleDescription(/Bitte geben Sie Ihren Namen an/);
    expect(screen.getByRole("alert")).toHaveTextContent("Bitte prüfen Sie die markierten Angaben.");
    expect(action).not.toHaveBeenCalled();
  });

  it("puts the server's field errors at their fields and keeps every input", async () => {
    const action = vi.fn(async () => ({
      ok: false as const,
      message: "Diese Adresse ist gesperrt.",
      fieldErrors: { email: ["Diese Adresse ist gesperrt."] },
    }));
    render(<DemoForm action={action} />);
    await userEvent.type(screen.getByLabelText(/Name/), "Zoë Müller-Brügger");
    await userEvent.type(screen.getByLabelText(/E-Mail/), "zoe@amt.example");
    await userEvent.click(screen.getByRole("button", { name: "Senden" }));

    await waitFor(() => expect(screen.getByLabelText(/E-Mail/)).toHaveAccessibleDescription(/gesperrt/));
    await waitFor(() => expect(screen.getByLabelText(/E-Mail/)).toHaveFocus());
    expect(screen.getByLabelText(/Name/)).toHaveValue("Zoë Müller-Brügger");
    expect(screen.getByLabelText(/E-Mail/)).toHaveValue("zoe@amt.example");
    expect(action).toHaveBeenCalledWith({ name: "Zoë Müller-Brügger", email: "zoe@amt.example" });
  });

  it("keeps the focus in the field when the submit button is pressed, so no message moves it away", async () => {
    render(<DemoForm action={vi.fn()} />);
    const name = screen.getByLabelText(/Name/);
    await userEvent.type(name, "Z");
    const pressAccepted = fireEvent.mouseDown(screen.getByRole("button", { name: "Senden" }));
    expect(pressAccepted).toBe(false);
    expect(name).toHaveFocus();
    expect(screen.queryByText("Bitte geben Sie Ihren Namen an.")).not.toBeInTheDocument();
  });

  it("focuses the rejected field once a form locked while sending is unlocked again", async () => {
    const action = vi.fn(async () => ({
      ok: false as const,
      message: "Bitte prüfen Sie die markierten Angaben.",
      fieldErrors: { name: ["Dieser Name ist zu lang."] },
    }));
    render(<DemoForm action={action} lockWhileSending />);
    await userEvent.type(screen.getByLabelText(/Name/), "Zoë");
    await userEvent.type(screen.getByLabelText(/E-Mail/), "zoe@amt.example");
    await userEvent.click(screen.getByRole("button", { name: "Senden" }));

    await waitFor(() => expect(screen.getByLabelText(/Name/)).toHaveFocus());
    expect(screen.getByLabelText(/Name/)).toHaveAccessibleDescription(/zu lang/);
    expect(screen.getByLabelText(/Name/)).toBeEnabled();
  });

  it("keeps the input and a draft when the connection fails, and drops the draft once stored", async () => {
    const action = vi
      .fn<(input: z.output<typeof schema>) => Promise<ActionResult<{ id: string }>>>()
      .mockRejectedValueOnce(new TypeError("Failed to fetch"))
      .mockResolvedValueOnce({ ok: true, data: { id: "1" } });
    const { unmount } = render(<DemoForm action={action} draftKey="entwurf-test" />);
    await userEvent.type(screen.getByLabelText(/Name/), "Zoë");
    await userEvent.type(screen.getByLabelText(/E-Mail/), "zoe@amt.example");
    await userEvent.click(screen.getByRole("button", { name: "Senden" }));

    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent(CONNECTION_LOST_MESSAGE));
    expect(JSON.parse(window.localStorage.getItem("entwurf-test") ?? "{}")).toEqual({
      name: "Zoë",
      email: "zoe@amt.example",
    });

    unmount();
    render(<DemoForm action={action} draftKey="entwurf-test" />);
    await waitFor(() => expect(screen.getByLabelText(/Name/)).toHaveValue("Zoë"));
    await userEvent.click(screen.getByRole("button", { name: "Senden" }));
    await waitFor(() => expect(window.localStorage.getItem("entwurf-test")).toBeNull());
  });
});
