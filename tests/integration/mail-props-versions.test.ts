// A template's props may change while mails wait in the outbox. Each row stores the version of its
// props (rows from before versions hold bare props: version 1), and rendering upgrades old props
// to the template's current shape. Props that fit no version fail at once, without retries.
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

import { SessionReminderEmail } from "@/emails/session-reminder";
import { getDb } from "@/lib/db";
import { enqueueMail, scheduleDelivery } from "@/lib/mail/outbox";
import { renderOutboxMessage, renderWithTemplate } from "@/lib/mail/render";
import { openMailPayload, sealMailProps } from "@/lib/mail/sealed-payload";
import { sessionReminderProps } from "@/lib/mail/template-props";
import { defineTemplate, mailTemplates } from "@/lib/mail/templates";
import { InvalidStoredJsonError } from "@/lib/versioned-json";

import reminderV1 from "../fixtures/mail/session-reminder-v1.json";
import { pendingJobs, runJobs, smtpTransport } from "../setup/jobs";
import { startSmtpSink, type SmtpSink } from "../setup/smtp-sink";

const sinks: SmtpSink[] = [];
afterEach(async () => {
  await Promise.all(sinks.splice(0).map((sink) => sink.stop()));
});

/** An outbox row as the code before versioned props wrote it: the bare props, sealed. */
async function legacyRow(key: string, props: unknown) {
  const db = getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.outboxMessage.create({
      data: {
        idempotencyKey: key,
        template: "session-reminder",
        payload: sealMailProps("session-reminder", props),
        recipient: "juerg.baertschi@amt.example",
      },
    });
    await scheduleDelivery(tx, row.id);
    return row;
  });
}

/** The reminder queued by today's code: an envelope at version 1. */
function queuedReminder(key: string) {
  return getDb().$transaction((tx) =>
    enqueueMail(tx, {
      template: "session-reminder",
      props: reminderV1,
      to: "juerg.baertschi@amt.example",
      idempotencyKey: key,
    }),
  );
}

/**
 * The reminder as it might look after a change: the recipient became an object and a preparation
 * note was added. Mails queued at version 1 are upgraded by the registered step.
 */
const sessionV1 = mailTemplates["session-reminder"].props;
const sessionReminderV2 = defineTemplate({
  props: sessionV1.next(
    z.object({
      recipient: z.object({ name: z.string() }),
      session: sessionReminderProps.shape.session,
      preparation: z.string(),
    }),
    (v1) => ({ recipient: { name: v1.name }, session: v1.session, preparation: "Keine Vorbereitung nötig." }),
  ),
  component: ({ recipient, session, preparation, sender }) =>
    SessionReminderEmail({ name: `${recipient.name} (${preparation})`, session, sender }),
  subject: ({ recipient, session }) => `Erinnerung für ${recipient.name}: ${session.courseTitle}`,
});

describe("versioned mail props", () => {
  it("renders a mail queued before props had versions, and one queued now, as version 1", async () => {
    const legacy = await legacyRow("reminder-legacy", reminderV1);
    const current = await queuedReminder("reminder-now");
    for (const row of [legacy, current]) {
      const rendered = await renderOutboxMessage(row);
      expect(rendered.subject).toBe("Erinnerung: Schwierige Kundengespräche am Schalter");
      expect(rendered.text).toContain("Guten Tag Jürg Bärtschi");
      expect(rendered.text).toContain("Bollwerk 15, 3011 Bern");
    }
  });

  it("stores the recipient's locale, and renders rows queued before locales word for word as de-CH", async () => {
    const current = await queuedReminder("reminder-locale-now");
    expect(openMailPayload(current.template, current.payload)).toMatchObject({ version: 1, locale: "de-CH" });
    const withoutLocale = await legacyRow("reminder-locale-before", {
      template: "session-reminder",
      version: 1,
      props: reminderV1,
    });
    const legacy = await legacyRow("reminder-locale-legacy", reminderV1);
    const [expected, ...others] = await Promise.all(
      [current, withoutLocale, legacy].map((row) => renderOutboxMessage(row)),
    );
    for (const rendered of others) expect(rendered).toEqual(expected);
    expect(expected!.html).toContain('lang="de-CH"');
  });

  it("still renders a version 1 payload after the template moved to version 2", async () => {
    const db = getDb();
    const legacy = await legacyRow("reminder-legacy-v2", reminderV1);
    const current = await queuedReminder("reminder-now-v2");
    expect(sessionReminderV2.props.version).toBe(2);
    for (const row of [legacy, current]) {
      const rendered = await renderWithTemplate(sessionReminderV2, row.template, row.payload, { db });
      expect(rendered.subject).toBe("Erinnerung für Jürg Bärtschi: Schwierige Kundengespräche am Schalter");
      expect(rendered.text).toContain("Guten Tag Jürg Bärtschi (Keine Vorbereitung nötig.)");
    }

    // A mail written at version 2 renders with version 2; code that knows only version 1 says why it cannot.
    const v2Payload = sealMailProps("session-reminder", {
      template: "session-reminder",
      version: 2,
      props: { recipient: { name: "Zoë Müller" }, session: reminderV1.session, preparation: "Fall mitbringen." },
    });
    const v2 = await renderWithTemplate(sessionReminderV2, "session-reminder", v2Payload);
    expect(v2.text).toContain("Guten Tag Zoë Müller (Fall mitbringen.)");
    await expect(renderOutboxMessage({ template: "session-reminder", payload: v2Payload })).rejects.toThrow(
      'Mail "session-reminder": version 2 is unknown (known: 1 to 1).',
    );
  });

  it("marks a mail whose props fit no version as failed after one attempt, with the reason, and never retries it", async () => {
    const db = getDb();
    await db.outboxMessage.updateMany({ data: { status: "SENT" } }); // earlier tests' mails are not this test's
    await db.$executeRawUnsafe("DELETE FROM graphile_worker._private_jobs");
    const smtp = await startSmtpSink();
    sinks.push(smtp);
    const broken = await legacyRow("reminder-broken", { name: "Jürg Bärtschi", session: { courseTitle: 42 } });
    const good = await legacyRow("reminder-good", reminderV1);
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);

    await runJobs(smtpTransport(smtp.url));

    // The operator's log names the row; the reason stays in the row (the e-mail log), not the log.
    expect(logged.mock.calls.map((args) => args.join(" ")).join("\n")).toContain(broken.id);

    const failed = await db.outboxMessage.findUniqueOrThrow({ where: { id: broken.id } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: 1, sentAt: null });
    expect(failed.lastError).toContain('InvalidStoredJsonError: Mail "session-reminder" does not match version 1');
    expect(failed.lastError).toMatch(/session\.courseTitle/);
    expect(failed.lastError).toMatch(/session\.address/);
    expect((await pendingJobs("deliver-mail")).map((job) => job.key)).not.toContain(`mail:${broken.id}`);

    // The worker went on: the good mail of the same run was delivered.
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: good.id } })).toMatchObject({ status: "SENT" });
    const received = await smtp.waitFor(1);
    expect(received.map((mail) => mail.subject)).toEqual(["Erinnerung: Schwierige Kundengespräche am Schalter"]);
  });

  it("refuses to queue props that do not fit the template, so the change that caused the mail fails too", async () => {
    const db = getDb();
    const notAReminder: typeof reminderV1 = JSON.parse('{"name":"Jürg Bärtschi"}');
    await expect(
      db.$transaction((tx) =>
        enqueueMail(tx, {
          template: "session-reminder",
          props: notAReminder,
          to: "juerg.baertschi@amt.example",
          idempotencyKey: "reminder-refused",
        }),
      ),
    ).rejects.toThrow(InvalidStoredJsonError);
    expect(await db.outboxMessage.count({ where: { idempotencyKey: "reminder-refused" } })).toBe(0);
  });
});
