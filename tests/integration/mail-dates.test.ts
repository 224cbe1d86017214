// Every mail speaks Swiss dates and times in Europe/Zurich: no template may leak an ISO timestamp
// (the props carry them; only the de-CH formatters in lib/format.ts may turn them into text).
import { describe, expect, it } from "vitest";

import { getDb } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/outbox";
import { renderOutboxMessage } from "@/lib/mail/render";
import { mailTemplates, type MailTemplateName } from "@/lib/mail/templates";

const isoTimestamp = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
// 27.11.2026, or a deadline as people say it ("bis Freitag, 4. Dezember", decision 0028).
const swissDate =
  /\b\d{2}\.\d{2}\.\d{4}\b|\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/;

/** The sample props each template ships with (the same the mail preview shows). */
function previewProps(name: MailTemplateName): unknown {
  const component = mailTemplates[name].component as { PreviewProps?: unknown };
  return component.PreviewProps;
}

/** Whether the props hold a timestamp somewhere: then the mail must show it as a Swiss date. */
const holdsTimestamp = (props: unknown) => isoTimestamp.test(JSON.stringify(props));

const names = Object.keys(mailTemplates) as MailTemplateName[];

describe("dates in mails", () => {
  it.each(names)("%s renders every date de-CH, never as an ISO timestamp", async (name) => {
    const props = previewProps(name);
    expect(props, `${name} has no PreviewProps to render`).toBeDefined();
    // Through the outbox (sealed props) and the renderer that delivery uses.
    const message = await getDb().$transaction((tx) =>
      enqueueMail(tx, {
        template: name,
        props: props as never,
        to: "empfaenger@amt.example",
        idempotencyKey: `mail-dates:${name}`,
      }),
    );
    const rendered = await renderOutboxMessage(message, { db: getDb() });
    for (const [part, text] of [
      ["subject", rendered.subject],
      ["html", rendered.html],
      ["text", rendered.text],
    ] as const) {
      expect(text, `${name} ${part}`).not.toMatch(isoTimestamp);
    }
    if (holdsTimestamp(props)) expect(rendered.text, `${name} shows its date`).toMatch(swissDate);
  });
});
