// Reads the dev mailbox folder (.eml files written by the mailbox transport), newest first.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { simpleParser } from "mailparser";

export type MailboxEntry = {
  id: string;
  date: Date | null;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  attachments: { filename: string; contentType: string; size: number }[];
};

const ID_PATTERN = /^[0-9TZ]+-[0-9a-f]{8}$/;

export function isMailboxId(id: string): boolean {
  return ID_PATTERN.test(id);
}

export async function listMailboxIds(mailDir: string, limit = 200): Promise<string[]> {
  const names = await readdir(mailDir).catch(() => [] as string[]);
  return names
    .filter((name) => name.endsWith(".eml"))
    .map((name) => name.slice(0, -4))
    .filter(isMailboxId)
    .sort()
    .reverse()
    .slice(0, limit);
}

export async function readMailboxEntry(mailDir: string, id: string): Promise<MailboxEntry | null> {
  if (!isMailboxId(id)) return null;
  const raw = await readFile(path.join(mailDir, `${id}.eml`)).catch(() => null);
  if (!raw) return null;
  const parsed = await simpleParser(raw);
  const addressText = (value: typeof parsed.to) =>
    (Array.isArray(value) ? value : value ? [value] : []).map((address) => address.text).join(", ");
  return {
    id,
    date: parsed.date ?? null,
    from: parsed.from?.text ?? "",
    to: addressText(parsed.to),
    subject: parsed.subject ?? "",
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : null,
    attachments: parsed.attachments.map((attachment) => ({
      filename: attachment.filename ?? "anhang",
      contentType: attachment.contentType,
      size: attachment.size,
    })),
  };
}

export async function listMailbox(mailDir: string, limit = 200): Promise<MailboxEntry[]> {
  const ids = await listMailboxIds(mailDir, limit);
  const entries = await Promise.all(ids.map((id) => readMailboxEntry(mailDir, id)));
  return entries.filter((entry): entry is MailboxEntry => entry !== null);
}
