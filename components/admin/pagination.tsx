import Link from "next/link";

/** Previous and next links of a paged admin list; the page builds each address. */
export function Pagination({
  page,
  pageCount,
  href,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Seiten" className="mt-6 flex gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} className="font-semibold text-brand underline">
          Vorherige Seite
        </Link>
      ) : null}
      {page < pageCount ? (
        <Link href={href(page + 1)} className="font-semibold text-brand underline">
          Nächste Seite
        </Link>
      ) : null}
    </nav>
  );
}
