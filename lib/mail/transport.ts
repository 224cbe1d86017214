// Delivers rendered e-mails. With SMTP_URL they go over SMTP; without, each message is written
// as one RFC 5322 .eml file to the dev mailbox folder, so no mail is ever silently dropped.
import { randomBytes } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";

import { createTransport, type SendMailOptions } from "nodemailer";

export type MailAttachment = { filename: string; content: string | Buffer; contentType: string };

export type OutgoingMail = {
  from: string;
  to: string;
  replyTo?: string;
  subject: string;
  html: string;
  text: string;
  attachments?: MailAttachment[];
  /** Stable per logical message, so a retried delivery can be recognised downstream. */
  messageId?: string;
};

export type DeliveryResult = { messageId: string; location: string };

export type MailTransport = {
  kind: "smtp" | "mailbox";
  send: (mail: OutgoingMail) => Promise<DeliveryResult>;
  close: () => void;
};

export type TransportConfig = { smtpUrl?: string; mailDir: string };

function toNodemailer(mail: OutgoingMail): SendMailOptions {
  return {
    from: mail.from,
    to: mail.to,
    replyTo: mail.replyTo,
    subject: mail.subject,
    html: mail.html,
    text: mail.text,
    attachments: mail.attachments,
    messageId: mail.messageId,
  };
}

/** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://host:465 (TLS from the start). */
export function smtpOptionsFromUrl(smtpUrl: string) {
  const url = new URL(smtpUrl);
  if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
    throw new Error("SMTP_URL must start with smtp:// or smtps://");
  }
  const secure = url.protocol === "smtps:";
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  };
}

function createSmtpTransport(smtpUrl: string): MailTransport {
  const options = smtpOptionsFromUrl(smtpUrl);
  const transporter = createTransport(options);
  return {
    kind: "smtp",
    send: async (mail) => {
      const info = await transporter.sendMail(toNodemailer(mail));
      return { messageId: info.messageId, location: `smtp://${options.host}:${options.port}` };
    },
    close: () => transporter.close(),
  };
}

/** File names sort by time, so the newest mail is listed first without reading the files. */
export function mailboxFileName(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace(".", "");
  return `${stamp}-${randomBytes(4).toString("hex")}.eml`;
}

function createMailboxTransport(mailDir: string): MailTransport {
  const transporter = createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    kind: "mailbox",
    send: async (mail) => {
      const info = await transporter.sendMail(toNodemailer(mail));
      await mkdir(mailDir, { recursive: true });
      const file = path.join(mailDir, mailboxFileName());
      // Write then rename, so the mailbox never shows a half-written message.
      await writeFile(`${file}.tmp`, info.message as Buffer);
      await rename(`${file}.tmp`, file);
      return { messageId: info.messageId, location: file };
    },
    close: () => {},
  };
}

export function createMailTransport(config: TransportConfig): MailTransport {
  return config.smtpUrl ? createSmtpTransport(config.smtpUrl) : createMailboxTransport(path.resolve(config.mailDir));
}
