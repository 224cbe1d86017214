// The public site's navigation, shared by header and footer; its labels come from the language's
// message catalogue (decision 0034).
import type { Catalogue } from "@/lib/i18n/messages";

export type NavigationItem = { href: string; label: string };

export function mainNavigation({ site: { navigation: nav } }: Catalogue): NavigationItem[] {
  return [
    { href: "/kurse", label: nav.courses },
    // The public dates are what a visitor with a seat to book looks for first: not only in the footer.
    { href: "/termine", label: nav.openDates },
    { href: "/inhalte", label: nav.library },
    { href: "/geschichten", label: nav.stories },
    { href: "/fuehrungskultur", label: nav.leadership },
    { href: "/ueber-mich", label: nav.about },
    { href: "/kontakt", label: nav.contact },
  ];
}

export function footerNavigation({
  site: { navigation: nav, footerGroups: groups },
}: Catalogue): { title: string; items: NavigationItem[] }[] {
  return [
    {
      title: groups.offer,
      items: [
        { href: "/kurse", label: nav.courses },
        { href: "/inhalte", label: nav.library },
        { href: "/termine", label: nav.openDates },
        { href: "/fuehrungskultur", label: nav.leadership },
      ],
    },
    {
      title: groups.experience,
      items: [
        { href: "/geschichten", label: nav.storiesLong },
        { href: "/kundenstimmen", label: nav.testimonials },
        { href: "/ueber-mich", label: nav.about },
      ],
    },
    {
      title: groups.contact,
      items: [
        { href: "/anfrage", label: nav.inquire },
        { href: "/erstgespraech", label: nav.bookCall },
        { href: "/kontakt", label: nav.contact },
      ],
    },
    {
      title: groups.legal,
      items: [
        { href: "/impressum", label: nav.imprint },
        { href: "/datenschutz", label: nav.privacy },
      ],
    },
  ];
}

/** True when `pathname` is the item's page or a page below it (/kurse/xyz belongs to /kurse). */
export function isCurrentSection(pathname: string | null, href: string): boolean {
  if (!pathname) return false;
  return pathname === href || pathname.startsWith(`${href}/`);
}
