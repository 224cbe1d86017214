import { describe, expect, it } from "vitest";

import { isMailboxId } from "@/lib/mail/mailbox";
import { mailboxFileName, smtpOptionsFromUrl } from "@/lib/mail/transport";

describe("dev mailbox file names", () => {
  it("sort in the order the mails were written", () => {
    const earlier = mailboxFileName(new Date("2026-11-27T09:59:59.999Z"));
    const later = mailboxFileName(new Date("2026-11-27T10:00:00.000Z"));
    expect([later, earlier].sort()).toEqual([earlier, later]);
  });

  it("are the only ids the mailbox reader accepts", () => {
    expect(isMailboxId(mailboxFileName().replace(/\.eml$/, ""))).toBe(true);
    expect(isMailboxId("../../etc/passwd")).toBe(false);
    expect(isMailboxId("20261127T100000000Z-abc")).toBe(false);
  });
});

describe("SMTP_URL", () => {
  it("reads host, port, TLS mode and credentials", () => {
    expect(smtpOptionsFromUrl("smtps://kurse%40anliegen.ch:g%3Aheim@mail.example.ch")).toMatchObject({
      host: "mail.example.ch",
      port: 465,
      secure: true,
      auth: { user: "kurse@anliegen.ch", pass: "g:heim" },
    });
    expect(smtpOptionsFromUrl("smtp://127.0.0.1:2525")).toMatchObject({ port: 2525, secure: false, auth: undefined });
  });

  it("rejects other schemes", () => {
    expect(() => smtpOptionsFromUrl("http://mail.example.ch")).toThrow(/smtp:\/\//);
  });
});
