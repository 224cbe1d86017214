import Link from "next/link";

import { Container } from "@/components/ui/container";
import { messagesFor } from "@/lib/i18n";
import type { SiteLanguage } from "@/lib/site";

import { footerNavigation } from "./navigation";

export function SiteFooter({ lang }: { lang: SiteLanguage }) {
  const messages = messagesFor(lang);
  const { brand, navigation } = messages.site;
  return (
    <footer className="border-t border-line bg-sand print:bg-white">
      <Container className="grid gap-8 py-10 md:grid-cols-[1fr_3fr]">
        <div>
          <p className="font-bold text-brand-dark">{brand.name}</p>
          <p className="text-muted">{brand.footerLine}</p>
        </div>
        <nav
          aria-label={navigation.footerLabel}
          className="grid grid-cols-1 gap-6 min-[400px]:grid-cols-2 lg:grid-cols-4 print:hidden"
        >
          {footerNavigation(messages).map((group) => (
            <div key={group.title}>
              <h2 className="text-sm font-semibold tracking-wide text-muted uppercase">{group.title}</h2>
              <ul className="mt-2 space-y-2">
                {group.items.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="text-ink underline-offset-4 hover:text-brand hover:underline">
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
      </Container>
    </footer>
  );
}
