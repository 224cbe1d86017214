import localFont from "next/font/local";

// Self-hosted from the @fontsource-variable package: no request to a font CDN, ever.
export const sans = localFont({
  src: [
    {
      path: "../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2",
      style: "normal",
      weight: "200 900",
    },
    {
      path: "../node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-italic.woff2",
      style: "italic",
      weight: "200 900",
    },
  ],
  variable: "--font-source-sans",
  display: "swap",
});
