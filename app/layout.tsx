import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";

import { getEnv } from "@/lib/env";

import { sans } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(getEnv().APP_URL),
  title: {
    default: "Anliegen – Kundenorientierung, die im Alltag trägt",
    template: "%s | Anliegen",
  },
  description:
    "Massgeschneiderte Kurse für Teams in öffentlichen Verwaltungen, Kundendiensten und Kirchgemeinden: schwierige Kundenkontakte am Telefon und am Schalter gelassen meistern.",
  // Static files in public/ (rendered from favicon.svg by scripts/assets/render-icons.mjs).
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "48x48" },
      { url: "/favicon.svg", type: "image/svg+xml" },
    ],
    apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
  },
  manifest: "/site.webmanifest",
};

export const viewport: Viewport = {
  themeColor: "#1f5566",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="de-CH" className={sans.variable}>
      <body className="min-h-screen antialiased">{children}</body>
    </html>
  );
}
