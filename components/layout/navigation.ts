// The public site's navigation, shared by header and footer; its labels come from the language's
// message catalogue (decision 0034).
import type { Catalogue } from "@/lib/i18n/messages";

export type NavigationItem = { href: string; label: string };

type NavigationLabels = Catalogue["site"]["navigation"];

// Where each navigation entry leads; its label has the same key in the catalogue. The stories page
// is named shorter in the main navigation than in the footer.
const HREFS = {
  courses: "/kurse",
  openDates: "/termine",
  library: "/inhalte",
  stories: "/geschichten",
  storiesLong: "/geschichten",
  testimonials: "/kundenstimmen",
  leadership: "/fuehrungskultur",
  about: "/ueber-mich",
  contact: "/kontakt",
  inquire: "/anfrage",
  bookCall: "/erstgespraech",
  imprint: "/impressum",
  privacy: "/datenschutz",
} satisfies Partial<Record<keyof NavigationLabels, string>>;

type Entry = keyof typeof HREFS;

const items = (nav: NavigationLabels, entries: Entry[]): NavigationItem[] =>
  entries.map((entry) => ({ href: HREFS[entry], label: nav[entry] }));

export function mainNavigation({ site: { navigation: nav } }: Catalogue): NavigationItem[] {
  // The public dates are what a visitor with a seat to book looks for first: not only in the footer.
  return items(nav, ["courses", "openDates", "library", "stories", "leadership", "about", "contact"]);
}

export function footerNavigation({
  site: { navigation: nav, footerGroups: groups },
}: Catalogue): { title: string; items: NavigationItem[] }[] {
  return [
    { title: groups.offer, items: items(nav, ["courses", "library", "openDates", "leadership"]) },
    { title: groups.experience, items: items(nav, ["storiesLong", "testimonials", "about"]) },
    { title: groups.contact, items: items(nav, ["inquire", "bookCall", "contact"]) },
    { title: groups.legal, items: items(nav, ["imprint", "privacy"]) },
  ];
}

/** True when `pathname` is the item's page or a page below it (/kurse/xyz belongs to /kurse). */
export function isCurrentSection(pathname: string | null, href: string): boolean {
  if (!pathname) return false;
  return pathname === href || pathname.startsWith(`${href}/`);
}
