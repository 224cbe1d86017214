// Every template in the registry, rendered as delivery renders it (sealed in the outbox, opened by
// renderOutboxMessage): the site's typeface, each link once in the plain text, a formal greeting,
// and client mails signed by the consultant from the business profile (never a placeholder).
import { beforeEach, describe, expect, it } from "vitest";

import { emptyBusinessProfile } from "@/lib/business-profile/schemas";
import { saveBusinessProfile } from "@/lib/business-profile/service";
import { getDb } from "@/lib/db";
import { systemActor } from "@/lib/db/actor";
import { enqueueMail } from "@/lib/mail/outbox";
import { renderOutboxMessage } from "@/lib/mail/render";
import { mailTemplates, type MailTemplateName } from "@/lib/mail/templates";

const names = Object.keys(mailTemplates) as MailTemplateName[];

/**
 * Mails to the consultant (new inquiry, digest, sign-in) and free text he writes himself (message,
 * which carries his own sign-off) are not signed by the template.
 */
const unsigned = new Set<MailTemplateName>(["message", "sign-in-link", "inquiry-notification", "inquiry-digest"]);

function previewProps(name: MailTemplateName): Record<string, unknown> {
  return (mailTemplates[name].component as { PreviewProps?: Record<string, unknown> }).PreviewProps ?? {};
}

/** A client mail: its template signs, and (call mails) it goes to the visitor, not the consultant. */
const isClientMail = (name: MailTemplateName) =>
  !unsigned.has(name) && (previewProps(name).recipient ?? "visitor") === "visitor";

let sequence = 0;
async function render(name: MailTemplateName, props: Record<string, unknown> = previewProps(name)) {
  const message = await getDb().$transaction((tx) =>
    enqueueMail(tx, {
      template: name,
      props: props as never,
      to: "empfaenger@amt.example",
      idempotencyKey: `mail-layout:${name}:${++sequence}`,
    }),
  );
  return renderOutboxMessage(message, { db: getDb() });
}

const urls = (text: string) => text.match(/https?:\/\/[^\s)]+/g) ?? [];

beforeEach(async () => {
  await getDb().businessProfile.deleteMany();
});

describe("mail layout", () => {
  it.each(names)("%s: site typeface, each link once, formal greeting, no placeholder", async (name) => {
    const rendered = await render(name);
    // Quoted: unquoted "Source Sans 3" is invalid CSS and the mail falls back to Times.
    expect(rendered.html).toContain("font-family:&quot;Source Sans 3&quot;, &quot;Segoe UI&quot;, Roboto");
    const links = urls(rendered.text);
    for (const url of new Set(links)) {
      expect(
        links.filter((link) => link === url),
        `${name}: ${url} once in the text`,
      ).toHaveLength(1);
    }
    for (const part of [rendered.html, rendered.text]) {
      expect(part).not.toContain("Grüezi");
      expect(part).not.toContain("Markus Muster");
    }
    if (isClientMail(name)) {
      expect(rendered.text).toMatch(/^Guten Tag\b/m);
      // Without a name in the profile, the site signs.
      expect(rendered.text.trimEnd()).toMatch(/Freundliche Grüsse\nAnliegen$/);
    }
  });

  it.each(names.filter(isClientMail))("%s ends with the consultant's sign-off from the profile", async (name) => {
    await saveBusinessProfile(getDb(), systemActor("test"), {
      ...emptyBusinessProfile,
      vatRates: [],
      name: "Zoë Brügger",
    });
    expect((await render(name)).text.trimEnd()).toMatch(/\nFreundliche Grüsse\nZoë Brügger$/);

    await saveBusinessProfile(getDb(), systemActor("test"), {
      ...emptyBusinessProfile,
      vatRates: [],
      name: "Zoë Brügger",
      email: "zoe@anliegen.example",
      phone: "031 123 45 67",
    });
    expect((await render(name)).text.trimEnd()).toMatch(
      /\nFreundliche Grüsse\nZoë Brügger\nzoe@anliegen\.example\n031 123 45 67$/,
    );
  });

  /** The props a client mail greets by: the person's name under whichever key the template reads. */
  const nameKey = (name: MailTemplateName) =>
    (["contactName", "name"] as const).find((key) => typeof previewProps(name)[key] === "string");
  // The inquiry confirmation greets without a name: nothing the visitor typed goes to an unconfirmed address (0018).
  const greetedByName = names.filter((name) => isClientMail(name) && nameKey(name));

  it("greets by name in every client mail that knows the person", () => {
    expect(greetedByName).toEqual(
      expect.arrayContaining(["invoice-issued", "course-certificate", "feedback-thanks", "follow-up-check"]),
    );
    expect(names.filter((name) => isClientMail(name) && !nameKey(name))).toEqual(["inquiry-confirmation"]);
  });

  it.each(greetedByName)(
    "%s greets formally: Frau/Herr with the family name, or the full name without a salutation",
    async (name) => {
      const key = nameKey(name)!;
      const greet = async (salutation: string | undefined) =>
        (await render(name, { ...previewProps(name), [key]: "Zoë Anna Müller", salutation })).text;
      expect(await greet("MS")).toMatch(/^Guten Tag Frau Müller$/m);
      expect(await greet("MR")).toMatch(/^Guten Tag Herr Müller$/m);
      expect(await greet("NEUTRAL")).toMatch(/^Guten Tag Zoë Anna Müller$/m);
      // A mail queued before salutations existed greets with the full name.
      expect(await greet(undefined)).toMatch(/^Guten Tag Zoë Anna Müller$/m);
    },
  );

  it("keeps the line breaks of a reply in the plain text, the sign-off on its own lines", async () => {
    const rendered = await render("message", {
      subject: "Ihre Anfrage ANF-2026-0001",
      body: "Guten Tag Frau Müller\n\nGerne rufe ich Sie am Montag an.\nBis dann.\n\nFreundliche Grüsse\nMarkus Muster\nAnliegen",
      reference: "ANF-2026-0001",
    });
    expect(rendered.text).toContain("Guten Tag Frau Müller\n\nGerne rufe ich Sie am Montag an.\nBis dann.");
    expect(rendered.text).toContain("\nFreundliche Grüsse\nMarkus Muster\nAnliegen\n");
  });
});
