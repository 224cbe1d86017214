import { describe, expect, it } from "vitest";

import { parseInput } from "@/lib/action-result";
import { getDb } from "@/lib/db";
import { visitor } from "@/lib/db/actor";
import { emptyInquiry, submitInquirySchema } from "@/lib/inquiries/schemas";
import { submitInquiry } from "@/lib/inquiries/service";
import { hashManageToken } from "@/lib/manage-token";

import { freePort, makeJobsDue, runJobs, smtpTransport } from "../setup/jobs";
import { smtpSinksPerTest } from "../setup/smtp-sink";

// Monday 23.11.2026, 10:30 in Zurich: the first answer is due on Wednesday 25.11.2026, 10:30.
const NOW = new Date("2026-11-23T09:30:00Z");

const sink = smtpSinksPerTest();

function submit(email: string) {
  return submitInquiry(
    getDb(),
    visitor,
    parseInput(submitInquirySchema, {
      ...emptyInquiry(),
      organisationName: "Betreibungsamt Thun",
      organisationKind: "CANTONAL_OFFICE",
      contactName: "Zoë Müller-Brügger",
      email,
      phone: "+41 (0)33 123 45 67",
      participants: "8",
      challenges: ["NEGATIVE_DECISIONS", "PHONE_STRESS"],
      challengesOther: "Pfändungen <b>ankündigen</b>",
      format: "HALF_DAY",
      message: "Bitte rufen Sie mich am Vormittag an.",
      privacyConsent: true,
    }),
    NOW,
  );
}

const addresses = (field: { value: { address?: string }[] } | { value: { address?: string }[] }[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((entry) => entry.value.map((value) => value.address));

describe("inquiry e-mails", () => {
  it("sends the confirmation to the requester and the notification to the consultant, each with HTML and text", async () => {
    const smtp = await sink();
    const { reference } = await submit("zoe@verwaltung.example");

    await runJobs(smtpTransport(smtp.url));
    const mails = await smtp.waitFor(2);
    const confirmation = mails.find((mail) => addresses(mail.to).includes("zoe@verwaltung.example"));
    const notification = mails.find((mail) => addresses(mail.to).includes("markus@anliegen.example"));

    expect(confirmation?.subject).toBe(`Ihre Anfrage ${reference} ist eingegangen`);
    expect(addresses(confirmation?.replyTo)).toEqual(["markus@anliegen.example"]);
    expect(confirmation?.text).toContain(reference);
    expect(confirmation?.text).toContain("bis Mittwoch, 25. November bei Ihnen");
    // The call link carries the inquiry's token (only its hash is stored), never the guessable reference.
    const token = /\/erstgespraech\?anfrage=([A-Za-z0-9_-]{43})/.exec(confirmation?.text ?? "")?.[1];
    expect(token).toBeDefined();
    expect(confirmation?.text).not.toContain(`anfrage=${reference}`);
    const stored = await getDb().inquiry.findUniqueOrThrow({ where: { reference } });
    expect(stored.callTokenHash).toBe(hashManageToken(token!));
    expect(confirmation?.html).toContain(reference);
    expect(confirmation?.html).toContain('lang="de-CH"');
    // Nobody has confirmed the address: nothing the visitor typed goes to it (no spam relay).
    for (const typed of [
      "Zoë",
      "Müller-Brügger",
      "Betreibungsamt",
      "Pfändungen",
      "ankündigen",
      "Vormittag",
      "33 123",
    ]) {
      expect(confirmation?.text, typed).not.toContain(typed);
      expect(confirmation?.html, typed).not.toContain(typed);
      expect(confirmation?.subject, typed).not.toContain(typed);
    }

    expect(notification?.subject).toBe(`Neue Anfrage ${reference}: Betreibungsamt Thun`);
    expect(addresses(notification?.replyTo)).toEqual(["zoe@verwaltung.example"]);
    expect(notification?.text).toContain("+41 (0)33 123 45 67");
    expect(notification?.text).toContain("Bitte rufen Sie mich am Vormittag an.");
    expect(notification?.text).toContain("Negative Entscheide oder Sanktionen mitteilen");
    // The visitor's words are text, never markup.
    expect(notification?.html).toContain("Pfändungen &lt;b&gt;ankündigen&lt;/b&gt;");
    expect(notification?.text).toContain(`/admin/anfragen/${reference}`);
    expect(notification?.html).toContain(reference);

    const rows = await getDb().outboxMessage.findMany({ where: { inquiry: { reference } } });
    expect(rows.map((row) => [row.status, row.attempts])).toEqual([
      ["SENT", 1],
      ["SENT", 1],
    ]);
  });

  it("accepts the inquiry while the SMTP server is down and delivers each mail exactly once when it is back", async () => {
    const db = getDb();
    const port = await freePort();
    const { reference } = await submit("anna@verwaltung.example");
    expect(await db.inquiry.count({ where: { reference } })).toBe(1);

    await runJobs(smtpTransport(`smtp://127.0.0.1:${port}`));
    const waiting = await db.outboxMessage.findMany({ where: { inquiry: { reference } } });
    expect(waiting.map((row) => row.status)).toEqual(["RETRYING", "RETRYING"]);
    expect(waiting.every((row) => /ECONNREFUSED|connect/i.test(row.lastError ?? ""))).toBe(true);

    const smtp = await sink(port);
    for (let round = 0; round < 3; round++) {
      await makeJobsDue();
      await runJobs(smtpTransport(smtp.url));
    }
    await smtp.waitFor(2);
    const ours = smtp.messages.filter((mail) => mail.subject?.includes(reference));
    expect(ours.map((mail) => addresses(mail.to)[0]).sort()).toEqual([
      "anna@verwaltung.example",
      "markus@anliegen.example",
    ]);
    const sent = await db.outboxMessage.findMany({ where: { inquiry: { reference } } });
    expect(sent.map((row) => [row.status, row.attempts])).toEqual([
      ["SENT", 2],
      ["SENT", 2],
    ]);
  });
});
