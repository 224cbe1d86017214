// CSV for Excel and bookkeeping tools as Swiss offices use them: UTF-8 with a byte-order mark
// (without it Excel reads umlauts as Windows-1252) and semicolons, the list separator of de-CH
// Excel. Used by the participant lists and the bookkeeping export (decision 0030).
export const CSV_BOM = "\uFEFF";

/** A plain number as a bookkeeping column holds it ("-1250.00"): never a formula, kept as it is. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  // A leading =, +, - or @ would make Excel evaluate the cell as a formula.
  if (/^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function buildCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return CSV_BOM + [header, ...rows].map((row) => row.map(csvCell).join(";")).join("\r\n") + "\r\n";
}
