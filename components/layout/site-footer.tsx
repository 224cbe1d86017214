import Link from "next/link";

import { Container } from "@/components/ui/container";

const links = [
  { href: "/kontakt", label: "Kontakt" },
  { href: "/erstgespraech", label: "Erstgespräch buchen" },
  { href: "/termine", label: "Offene Kursdaten" },
  { href: "/kundenstimmen", label: "Kundenstimmen" },
  { href: "/impressum", label: "Impressum" },
  { href: "/datenschutz", label: "Datenschutz" },
];

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-line bg-sand">
      <Container className="flex flex-col gap-6 py-10 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <p className="font-bold text-brand-dark">Anliegen</p>
          <p className="text-muted">Beratung und Training für Kundenorientierung</p>
        </div>
        <nav aria-label="Fusszeile">
          <ul className="grid grid-cols-2 gap-x-8 gap-y-2">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-ink hover:text-brand hover:underline">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </Container>
    </footer>
  );
}
