"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, useRef, useState } from "react";

import { Button } from "@/components/ui/button";

import { isCurrentSection, type NavigationItem } from "./navigation";

/**
 * The main navigation: a row of links on wide screens, a menu behind a button on narrow ones.
 * The button says whether the menu is open (aria-expanded); Escape closes it and returns focus.
 */
export function MainNavigation({
  items,
  label,
  menuLabel,
}: {
  items: NavigationItem[];
  /** The navigation landmark's name and the menu button's text, from the language's catalogue. */
  label: string;
  menuLabel: string;
}) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  const [lastPathname, setLastPathname] = useState(pathname);

  // Following a link closes the menu.
  if (pathname !== lastPathname) {
    setLastPathname(pathname);
    setOpen(false);
  }

  return (
    <nav
      aria-label={label}
      className="print:hidden"
      onKeyDown={(event) => {
        if (event.key === "Escape" && open) {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <Button
        ref={buttonRef}
        variant="secondary"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
        className="lg:hidden"
      >
        <span aria-hidden="true" className="text-xl leading-none">
          {open ? "×" : "≡"}
        </span>
        {menuLabel}
      </Button>
      <ul
        id={listId}
        // Narrow screens: a panel over the page, below the header (the header's container is its
        // positioning context). Wide screens: a plain row.
        className={`${open ? "flex" : "hidden"} absolute inset-x-0 top-full z-40 flex-col gap-1 border-b border-line bg-paper px-4 pb-4 shadow-md sm:px-6 lg:static lg:flex lg:flex-row lg:flex-wrap lg:items-center lg:gap-x-4 lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none`}
      >
        {items.map((item) => {
          const current = isCurrentSection(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`block min-h-11 py-2 font-medium text-ink hover:text-brand hover:underline lg:min-h-0 lg:py-1 ${current ? "underline decoration-2 underline-offset-8" : ""}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
