import { useId, type ComponentProps, type ReactNode } from "react";

type TableProps = {
  /** What the table lists; read out by screen readers, shown only when `showCaption` is set. */
  caption: string;
  showCaption?: boolean;
  columns: readonly string[];
  className?: string;
  children: ReactNode;
};

/**
 * An accessible data table: a caption, column headers with scope, and on narrow screens a
 * keyboard-scrollable region named by the caption instead of a page that scrolls sideways.
 */
export function Table({ caption, showCaption = false, columns, className = "", children }: TableProps) {
  const captionId = useId();
  return (
    // A scrollable region must be reachable by keyboard (WCAG 2.1.1), and is then named by its caption.
    <div role="region" aria-labelledby={captionId} tabIndex={0} className={`overflow-x-auto ${className}`.trim()}>
      <table className="w-full border-collapse bg-white text-left">
        <caption id={captionId} className={showCaption ? "p-2 text-left font-semibold" : "sr-only"}>
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-line">
            {columns.map((column) => (
              <th key={column} scope="col" className="p-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function TableRow({ className = "", ...props }: ComponentProps<"tr">) {
  return <tr {...props} className={`border-b border-line align-top ${className}`.trim()} />;
}

/** A data cell; `rowHeader` makes it the header of its row (a `th` with scope="row"). */
export function TableCell({
  rowHeader = false,
  className = "",
  ...props
}: ComponentProps<"td"> & { rowHeader?: boolean }) {
  return rowHeader ? (
    <th scope="row" {...props} className={`p-2 ${className}`.trim()} />
  ) : (
    <td {...props} className={`p-2 ${className}`.trim()} />
  );
}
