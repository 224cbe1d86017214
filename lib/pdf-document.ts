// What every PDF of the app shares: the site's typeface from the installed font package (no
// download at run time), its colours and margin, and the bytes collected into one Buffer.
import path from "node:path";

import PDFDocument from "pdfkit";

const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "source-sans-3", "files");

export const pdfColors = { ink: "#1c2a33", muted: "#4a5a64", brand: "#1f5566", line: "#d9d3c7" };
export const PDF_MARGIN = 56;

type PdfDoc = PDFKit.PDFDocument;

/**
 * A new A4 document in German with the app's margin and the given metadata (the title shown by
 * viewers), its fonts registered, and its bytes once the caller has drawn it and called `doc.end()`.
 */
export function newA4Pdf(
  info: { title: string; author: string; subject: string },
  options: { autoFirstPage?: boolean; margin?: number } = {},
): { doc: PdfDoc; finished: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: "A4",
    margin: options.margin ?? PDF_MARGIN,
    lang: "de-CH",
    displayTitle: true,
    autoFirstPage: options.autoFirstPage ?? true,
    info: { Title: info.title, Author: info.author, Subject: info.subject },
  });
  return { doc, finished: collectPdf(doc) };
}

/**
 * Registers the "regular" and "bold" fonts on a new document and returns its bytes once the
 * caller has drawn it and called `doc.end()`.
 */
export function collectPdf(doc: PdfDoc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("regular", path.join(FONT_DIR, "source-sans-3-latin-400-normal.woff"));
  doc.registerFont("bold", path.join(FONT_DIR, "source-sans-3-latin-700-normal.woff"));
  return finished;
}
