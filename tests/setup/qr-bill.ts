// Reads a QR-bill the way a banking app would: the PDF's last page rasterised by pdftoppm
// (poppler-utils) and the QR code decoded by jsQR. Shared by the integration and e2e tests.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import jsQR from "jsqr";
import { PNG } from "pngjs";

const run = promisify(execFile);

/** Rasterises the PDF's last page at 150 dpi; the QR code's text and the page as PNG. */
export async function decodeQrBill(pdf: Buffer): Promise<{ text: string; png: Buffer }> {
  const dir = await mkdtemp(path.join(tmpdir(), "rechnung-"));
  try {
    await writeFile(path.join(dir, "rechnung.pdf"), pdf);
    await run("pdftoppm", ["-r", "150", "-png", path.join(dir, "rechnung.pdf"), path.join(dir, "seite")]);
    const pages = (await readdir(dir)).filter((file) => file.endsWith(".png")).sort();
    const png = await readFile(path.join(dir, pages.at(-1)!));
    const image = PNG.sync.read(png);
    const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
    if (!code) throw new Error("No QR code found on the last page");
    return { text: code.data, png };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The payload's fields, one per line (SIX IG QR-bill 2.3, 4.2). */
export function qrBillFields(text: string): string[] {
  return text.split(/\r?\n/);
}
