import Link from "next/link";
import type { ReactNode } from "react";

import { Button } from "@/components/ui/button";
import { signOutAdmin } from "@/lib/auth/actions";
import type { Viewer } from "@/lib/auth/rules";
import { canManageUsers } from "@/lib/auth/rules";

const sections = [
  { href: "/admin", label: "Übersicht" },
  { href: "/admin/anfragen", label: "Anfragen" },
  { href: "/admin/kurse", label: "Kurse" },
  { href: "/admin/termine", label: "Termine" },
  { href: "/admin/erstgespraeche", label: "Erstgespräche" },
  { href: "/admin/inhalte", label: "Inhalte" },
  { href: "/admin/e-mails", label: "E-Mails" },
];

export function AdminShell({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  const items = canManageUsers(viewer)
    ? [
        ...sections,
        { href: "/admin/benutzer", label: "Benutzer" },
        { href: "/admin/datenschutz", label: "Datenschutz" },
        { href: "/admin/geschaeftsangaben", label: "Geschäftsangaben" },
      ]
    : sections;
  return (
    <>
      <a
        href="#inhalt"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-brand focus:px-4 focus:py-2 focus:text-white"
      >
        Zum Inhalt springen
      </a>
      <header className="border-b border-line bg-brand-dark text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <Link href="/admin" className="text-lg font-bold text-white no-underline">
            Anliegen · Verwaltung
          </Link>
          <div className="flex items-center gap-4 text-sm">
            <span>{viewer.name ?? viewer.email}</span>
            <form action={signOutAdmin}>
              <Button type="submit" variant="inverse-outline" size="sm">
                Abmelden
              </Button>
            </form>
          </div>
        </div>
        <nav aria-label="Verwaltung" className="mx-auto max-w-7xl px-4 pb-2">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {items.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-white underline-offset-4 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="inhalt" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-8 focus:outline-none">
        {children}
      </main>
    </>
  );
}
