// Renders public/favicon.svg into the PNG icons and favicon.ico (PNG-in-ICO) in Chromium, so the
// icons need no image tool beyond the browser the e2e tests use. Run: node scripts/assets/render-icons.mjs
import { readFile, writeFile } from "node:fs/promises";

import { chromium } from "@playwright/test";

const svg = await readFile("public/favicon.svg", "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND"],
});
const page = await browser.newPage();

/** The icon at `size` pixels; opaque fills the rounded corners (iOS rounds the icon itself). */
async function png(size, opaque = false) {
  await page.setViewportSize({ width: 600, height: 600 });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">` +
      `<div id="icon" style="width:${size}px;height:${size}px;display:flex;background:${opaque ? "#1f5566" : "transparent"}">` +
      `${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</div></body></html>`,
  );
  return page.locator("#icon").screenshot({ omitBackground: !opaque, type: "png" });
}

await writeFile("public/apple-touch-icon.png", await png(180, true));
await writeFile("public/icon-192.png", await png(192));
await writeFile("public/icon-512.png", await png(512));

// ICO with PNG images: a 6-byte header, a 16-byte entry per image, then the PNG data.
const images = [];
for (const size of [16, 32, 48]) images.push({ size, data: await png(size) });
const header = Buffer.alloc(6 + 16 * images.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(images.length, 4);
let offset = header.length;
images.forEach(({ size, data }, index) => {
  const entry = 6 + 16 * index;
  header.writeUInt8(size, entry);
  header.writeUInt8(size, entry + 1);
  header.writeUInt16LE(1, entry + 4);
  header.writeUInt16LE(32, entry + 6);
  header.writeUInt32LE(data.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += data.length;
});
await writeFile("public/favicon.ico", Buffer.concat([header, ...images.map((image) => image.data)]));
await browser.close();
