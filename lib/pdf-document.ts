// What every PDF of the app shares: the site's typeface from the installed font package (no
// download at run time), its colours and margin, and the bytes collected into one Buffer.
import path from "node:path";

const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "source-sans-3", "files");

export const pdfColors = { ink: "#1c2a33", muted: "#4a5a64", brand: "#1f5566", line: "#d9d3c7" };
export const PDF_MARGIN = 56;

type PdfDoc = PDFKit.PDFDocument;

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
