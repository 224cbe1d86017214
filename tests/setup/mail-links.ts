// Every absolute link in a received mail (HTML attributes and plain text), for tests that check
// where a mail points.
import type { ParsedMail } from "mailparser";

export function linksInMail(mail: ParsedMail): string[] {
  const html = typeof mail.html === "string" ? mail.html : "";
  const fromHtml = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((match) => match[1]!.replaceAll("&amp;", "&"));
  const fromText = (mail.text ?? "").match(/https?:\/\/[^\s<>")\]]+/g) ?? [];
  return [...fromHtml, ...fromText].filter((link) => /^[a-z][a-z0-9+.-]*:/i.test(link) && !link.startsWith("mailto:"));
}
