// The tiny plain-text format of editable page bodies: a blank line separates paragraphs, a line
// starting with "## " is a heading, lines starting with "- " are list items, and other lines that
// follow each other form one paragraph whose line breaks are kept (addresses). Lines starting with
// "> " form a quotation, one paragraph per line; a last "> — Name" line names its source. The result is
// plain data: it is rendered as React text, never as HTML.

export type RichTextBlock =
  | { type: "heading"; text: string }
  | { type: "paragraph"; lines: string[] }
  | { type: "list"; items: string[] }
  | { type: "quote"; lines: string[]; source: string };

const quoteSource = /^[—–-]\s+/;

export function parseRichText(source: string): RichTextBlock[] {
  const blocks: RichTextBlock[] = [];
  let current: RichTextBlock | null = null;

  const close = () => {
    if (current) blocks.push(current);
    current = null;
  };

  for (const rawLine of source.replace(/\r\n?/g, "\n").split("\n")) {
    const line = rawLine.trim();
    if (line === "") {
      close();
    } else if (line === "##" || line.startsWith("## ")) {
      close();
      const text = line.slice(2).trim();
      if (text) blocks.push({ type: "heading", text });
    } else if (line === ">" || line.startsWith("> ")) {
      if (current?.type !== "quote") {
        close();
        current = { type: "quote", lines: [], source: "" };
      }
      const text = line.slice(1).trim();
      if (quoteSource.test(text)) current.source = text.replace(quoteSource, "");
      else if (text) current.lines.push(text);
    } else if (line.startsWith("- ")) {
      if (current?.type !== "list") {
        close();
        current = { type: "list", items: [] };
      }
      current.items.push(line.slice(2).trim());
    } else {
      if (current?.type !== "paragraph") {
        close();
        current = { type: "paragraph", lines: [] };
      }
      current.lines.push(line);
    }
  }
  close();
  return blocks;
}

/** The text without markup, e.g. for a meta description. */
export function plainText(source: string): string {
  return parseRichText(source)
    .map((block) =>
      block.type === "heading" ? block.text : block.type === "list" ? block.items.join(", ") : block.lines.join(" "),
    )
    .join(" ");
}

export type InlineSegment = { type: "text"; text: string } | { type: "link"; text: string; href: string };

// E-mail addresses and Swiss phone numbers (+41 ...) become links: a visitor on a phone taps them.
const linkPattern = /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(\+41(?:[\s\u00a0]?\d){9})/g;

/** Splits a line into text and links (mailto:, tel:); nothing else is ever turned into markup. */
export function splitLinks(line: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let last = 0;
  for (const match of line.matchAll(linkPattern)) {
    const [text, email] = match;
    if (match.index > last) segments.push({ type: "text", text: line.slice(last, match.index) });
    const href = email ? `mailto:${email}` : `tel:${text.replace(/[\s\u00a0]/g, "")}`;
    segments.push({ type: "link", text, href });
    last = match.index + text.length;
  }
  if (last < line.length) segments.push({ type: "text", text: line.slice(last) });
  return segments;
}
