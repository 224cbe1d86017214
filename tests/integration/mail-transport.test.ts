import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { listMailbox } from "@/lib/mail/mailbox";
import { createMailTransport, type OutgoingMail } from "@/lib/mail/transport";

import { startSmtpSink, type SmtpSink } from "../setup/smtp-sink";

const mail: OutgoingMail = {
  from: "Anliegen <kurse@anliegen.example>",
  to: "Zoë Müller-Brügger <zoe@verwaltung.example>",
  replyTo: "markus@anliegen.example",
  subject: "Ihre Anfrage ANF-2026-0001: Grüsse aus Bern",
  html: "<p>Grüezi Frau Müller-Brügger</p><p>Kosten: CHF 1'250.00</p>",
  text: "Grüezi Frau Müller-Brügger\n\nKosten: CHF 1'250.00",
  attachments: [
    { filename: "termin.ics", content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", contentType: "text/calendar" },
  ],
};

describe("SMTP transport", () => {
  let sink: SmtpSink;
  beforeAll(async () => {
    sink = await startSmtpSink();
  });
  afterAll(() => sink.stop());

  it("delivers subject, both parts and attachments to a real SMTP server", async () => {
    const transport = createMailTransport({ smtpUrl: sink.url, mailDir: "unused" });
    const result = await transport.send(mail);
    transport.close();

    const [received] = await sink.waitFor(1);
    expect(result.messageId).toMatch(/@/);
    expect(received?.subject).toBe(mail.subject);
    expect(received?.to && !Array.isArray(received.to) ? received.to.value[0]?.address : null).toBe(
      "zoe@verwaltung.example",
    );
    expect(received?.text).toContain("Grüezi Frau Müller-Brügger");
    expect(received?.html).toContain("<p>Kosten: CHF 1'250.00</p>");
    expect(received?.attachments.map((attachment) => attachment.filename)).toEqual(["termin.ics"]);
  });
});

describe("dev mailbox transport", () => {
  let mailDir: string;
  beforeAll(async () => {
    mailDir = await mkdtemp(path.join(os.tmpdir(), "anliegen-mail-"));
  });
  afterAll(() => rm(mailDir, { recursive: true, force: true }));

  it("writes each mail as one RFC 5322 .eml file with HTML and text parts, listed newest first", async () => {
    const transport = createMailTransport({ mailDir });
    await transport.send(mail);
    await transport.send({ ...mail, subject: "Zweite Nachricht" });

    const files = (await readdir(mailDir)).sort();
    expect(files).toHaveLength(2);
    expect(files.every((file) => file.endsWith(".eml"))).toBe(true);
    const raw = await readFile(path.join(mailDir, files[0] ?? ""), "utf8");
    expect(raw).toMatch(/^Content-Type: multipart\/mixed/m);
    expect(raw).toMatch(/Content-Type: text\/plain; charset=utf-8/);
    expect(raw).toMatch(/Content-Type: text\/html; charset=utf-8/);

    const listed = await listMailbox(mailDir);
    expect(listed.map((entry) => entry.subject)).toEqual(["Zweite Nachricht", mail.subject]);
    expect(listed[1]?.to).toContain("zoe@verwaltung.example");
    expect(listed[1]?.text).toContain("CHF 1'250.00");
    expect(listed[1]?.html).toContain("Grüezi");
    expect(listed[1]?.attachments[0]?.filename).toBe("termin.ics");
  });
});
