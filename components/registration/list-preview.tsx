import { Table, TableCell, TableRow } from "@/components/ui/table";

export type PreviewRow = {
  line: number;
  /** "Neu", "Schon angemeldet" or "Fehler". */
  state: string;
  name: string;
  email: string;
  function: string;
  errors: string[];
};

/** The lines of a pasted list or a file as they will be read: who is new, who is known, what is wrong. */
export function ListPreview({ caption, rows }: { caption: string; rows: PreviewRow[] }) {
  return (
    <Table caption={caption} showCaption columns={["Zeile", "Ergebnis", "Name", "E-Mail", "Funktion"]}>
      {rows.map((row) => (
        <TableRow key={row.line} className={row.errors.length > 0 ? "bg-sand" : ""}>
          <TableCell className="tabular-nums">{row.line}</TableCell>
          {row.errors.length > 0 ? (
            <TableCell colSpan={4}>
              <span className="font-semibold text-danger">{row.state}: </span>
              {row.errors.join(" ")}
            </TableCell>
          ) : (
            <>
              <TableCell>{row.state}</TableCell>
              <TableCell>{row.name}</TableCell>
              <TableCell className="break-all">{row.email}</TableCell>
              <TableCell>{row.function}</TableCell>
            </>
          )}
        </TableRow>
      ))}
    </Table>
  );
}
