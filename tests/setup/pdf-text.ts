// The text of a PDF as a reader gets it, through poppler's pdftotext (Debian's poppler-utils);
// pages are separated by form feeds.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

export async function pdfText(pdf: Uint8Array): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "pdf-text-"));
  try {
    const file = path.join(dir, "in.pdf");
    await writeFile(file, pdf);
    const { stdout } = await promisify(execFile)("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"]);
    return stdout;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The pages of a PDF's text. */
export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  return (await pdfText(pdf)).split("\f").filter((page) => page.trim().length > 0);
}
