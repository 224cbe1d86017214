import Link from "next/link";

import { Container } from "@/components/ui/container";
import { LinkButton } from "@/components/ui/link-button";

const navigation = [
  { href: "/kurse", label: "Kurse" },
  { href: "/inhalte", label: "Inhalte und Themen" },
  { href: "/geschichten", label: "Geschichten" },
  { href: "/fuehrungskultur", label: "Führungskultur" },
  { href: "/ueber-mich", label: "Über mich" },
];

export function SiteHeader() {
  return (
    <header className="border-b border-line bg-paper">
      <a
        href="#inhalt"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-brand focus:px-4 focus:py-2 focus:text-white"
      >
        Zum Inhalt springen
      </a>
      <Container className="flex flex-wrap items-center justify-between gap-4 py-4">
        <Link href="/" className="text-2xl font-bold tracking-tight text-brand-dark no-underline">
          Anliegen
          <span className="block text-sm font-normal text-muted">Kundenorientierung, die im Alltag trägt</span>
        </Link>
        <nav aria-label="Hauptnavigation" className="no-print">
          <ul className="flex flex-wrap items-center gap-x-5 gap-y-2">
            {navigation.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="font-medium text-ink hover:text-brand hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
            <li>
              <LinkButton href="/anfrage">Kurs anfragen</LinkButton>
            </li>
          </ul>
        </nav>
      </Container>
    </header>
  );
}
