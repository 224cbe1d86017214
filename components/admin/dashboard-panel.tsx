import Link from "next/link";

/** One entry: what it is (a link to where it is handled, if any) and a line of detail. */
export type PanelItem = {
  key: string;
  title: string;
  href?: string;
  detail?: string;
  /** "overdue": a deadline has passed; "error": something failed. */
  tone?: "muted" | "error" | "overdue";
};

const detailClasses: Record<NonNullable<PanelItem["tone"]>, string> = {
  muted: "block text-sm text-muted",
  error: "block text-sm text-danger",
  overdue: "block text-sm font-semibold text-danger",
};

type PanelProps = {
  id: string;
  title: string;
  /** Shown beside the title; the list may show fewer than there are. */
  count?: number;
  empty: string;
  more?: { href: string; label: string };
  items: PanelItem[];
};

/** One thing that may need the consultant today: a titled list with a link to where it is handled. */
export function DashboardPanel({ id, title, count, empty, more, items }: PanelProps) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-line bg-white p-5">
      <h2 id={id} className="text-xl font-bold text-brand-dark">
        {title}
        {count !== undefined ? <span className="ml-2 font-normal text-muted">{`(${count})`}</span> : null}
      </h2>
      {items.length === 0 ? (
        <p className="mt-3 text-muted">{empty}</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {items.map((item) => (
            <li key={item.key}>
              {item.href ? (
                <Link href={item.href} className="font-semibold text-brand underline">
                  {item.title}
                </Link>
              ) : (
                item.title
              )}
              {item.detail ? <span className={detailClasses[item.tone ?? "muted"]}>{item.detail}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {more ? (
        <p className="mt-4">
          <Link href={more.href} className="font-semibold text-brand underline">
            {more.label}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
