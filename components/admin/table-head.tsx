/** The caption (for screen readers) and column headings of an admin table. */
export function TableHead({ caption, columns }: { caption: string; columns: string[] }) {
  return (
    <>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-line">
          {columns.map((column) => (
            <th key={column} scope="col" className="p-2">
              {column}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
