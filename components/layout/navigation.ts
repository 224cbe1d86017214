// The public site's navigation, shared by header and footer.
export type NavigationItem = { href: string; label: string };

export const mainNavigation: NavigationItem[] = [
  { href: "/kurse", label: "Kurse" },
  // The public dates are what a visitor with a seat to book looks for first: not only in the footer.
  { href: "/termine", label: "Offene Kursdaten" },
  { href: "/inhalte", label: "Inhalte und Themen" },
  { href: "/geschichten", label: "Geschichten" },
  { href: "/fuehrungskultur", label: "Führungskultur" },
  { href: "/ueber-mich", label: "Über mich" },
  { href: "/kontakt", label: "Kontakt" },
];

export const footerNavigation: { title: string; items: NavigationItem[] }[] = [
  {
    title: "Angebot",
    items: [
      { href: "/kurse", label: "Kurse" },
      { href: "/inhalte", label: "Inhalte und Themen" },
      { href: "/termine", label: "Offene Kursdaten" },
      { href: "/fuehrungskultur", label: "Führungskultur" },
    ],
  },
  {
    title: "Erfahrungen",
    items: [
      { href: "/geschichten", label: "Geschichten aus dem Kundenkontakt" },
      { href: "/kundenstimmen", label: "Kundenstimmen" },
      { href: "/ueber-mich", label: "Über mich" },
    ],
  },
  {
    title: "Kontakt",
    items: [
      { href: "/anfrage", label: "Kurs anfragen" },
      { href: "/erstgespraech", label: "Erstgespräch buchen" },
      { href: "/kontakt", label: "Kontakt" },
    ],
  },
  {
    title: "Rechtliches",
    items: [
      { href: "/impressum", label: "Impressum" },
      { href: "/datenschutz", label: "Datenschutz" },
    ],
  },
];

/** True when `pathname` is the item's page or a page below it (/kurse/xyz belongs to /kurse). */
export function isCurrentSection(pathname: string | null, href: string): boolean {
  if (!pathname) return false;
  return pathname === href || pathname.startsWith(`${href}/`);
}
