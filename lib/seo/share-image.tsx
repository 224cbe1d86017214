import "server-only";

import { readFile } from "node:fs/promises";
import path from "node:path";

import { ImageResponse } from "next/og";

import { SITE_NAME } from "./metadata";

// The card a shared link shows in Teams, mail or social networks: 1200 x 630, the site's colours
// and its typeface, read from the installed @fontsource package (no font is fetched from the net;
// satori reads WOFF, not WOFF2).
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

const fontFile = (weight: 400 | 700) =>
  path.join(process.cwd(), `node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff`);

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }[]> | undefined;

function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: "Source Sans 3",
      data: await readFile(fontFile(weight)),
      weight,
      style: "normal" as const,
    })),
  );
  return fonts;
}

export type ShareImageInput = { eyebrow: string; title: string; byline: string };

export async function renderShareImage({ eyebrow, title, byline }: ShareImageInput): Promise<ImageResponse> {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "#e3eef1",
        color: "#143c49",
        fontFamily: "Source Sans 3",
      }}
    >
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 32, fontWeight: 700, color: "#1f5566", textTransform: "uppercase" }}>{eyebrow}</div>
        <div style={{ marginTop: 24, fontSize: title.length > 60 ? 60 : 72, fontWeight: 700, lineHeight: 1.1 }}>
          {title}
        </div>
      </div>
      <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", fontSize: 32 }}>
        <div style={{ display: "flex", color: "#1c2a33" }}>{byline}</div>
        <div
          style={{
            display: "flex",
            padding: "12px 28px",
            borderRadius: 12,
            background: "#1f5566",
            color: "#ffffff",
            fontWeight: 700,
          }}
        >
          {SITE_NAME}
        </div>
      </div>
    </div>,
    {
      ...SHARE_IMAGE_SIZE,
      fonts: await loadFonts(),
      // Titles change rarely; a day keeps cards cheap and still follows an edit soon enough.
      headers: { "cache-control": "public, max-age=86400" },
    },
  );
}
