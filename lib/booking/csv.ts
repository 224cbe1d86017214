// Participant lists for Excel as Swiss offices use it: UTF-8 with a byte-order mark (without it
// Excel reads umlauts as Windows-1252) and semicolons, the list separator of de-CH Excel.
export const CSV_BOM = "\uFEFF";

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  // A leading =, +, - or @ would make Excel evaluate the cell as a formula.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function buildCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return CSV_BOM + [header, ...rows].map((row) => row.map(csvCell).join(";")).join("\r\n") + "\r\n";
}
