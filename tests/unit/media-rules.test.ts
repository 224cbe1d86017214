import { describe, expect, it } from "vitest";

import {
  detectUploadType,
  dimensionProblem,
  imagePath,
  isContentHash,
  MAX_UPLOAD_BYTES,
  slotOf,
  storedSize,
  UPLOAD_MESSAGES,
  uploadNotice,
  uploadNoticeCode,
  uploadProblem,
} from "@/lib/media/rules";

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe("detectUploadType", () => {
  it("tells JPEG, PNG and WebP by their first bytes", () => {
    expect(detectUploadType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0))).toBe("image/jpeg");
    expect(detectUploadType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe("image/png");
    expect(detectUploadType(ascii("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).toBe("image/webp");
  });

  it("refuses SVG, GIF, PDF, other RIFF files and what is too short to tell", () => {
    expect(detectUploadType(ascii('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(detectUploadType(ascii('<?xml version="1.0"?><svg/>'))).toBeNull();
    expect(detectUploadType(ascii("GIF89a"))).toBeNull();
    expect(detectUploadType(ascii("%PDF-1.7"))).toBeNull();
    expect(detectUploadType(ascii("RIFF\u0000\u0000\u0000\u0000WAVEfmt "))).toBeNull();
    expect(detectUploadType(bytes(0xff, 0xd8))).toBeNull();
    expect(detectUploadType(bytes())).toBeNull();
  });
});

describe("uploadProblem", () => {
  it("names an empty, too large or foreign file in German", () => {
    expect(uploadProblem(bytes())).toBe(UPLOAD_MESSAGES.empty);
    const huge = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    huge.set([0xff, 0xd8, 0xff]);
    expect(uploadProblem(huge)).toBe(UPLOAD_MESSAGES.tooLarge);
    expect(uploadProblem(ascii("<svg/>"))).toBe(UPLOAD_MESSAGES.wrongType);
    expect(uploadProblem(bytes(0xff, 0xd8, 0xff, 0xdb))).toBeNull();
  });
});

describe("dimensions", () => {
  it("asks for a minimum size per place", () => {
    expect(dimensionProblem("course", 800, 450)).toBeNull();
    expect(dimensionProblem("course", 799, 600)).toBe(
      "Das Bild ist 799 × 600 Pixel gross; nötig sind mindestens 800 × 450 Pixel.",
    );
    expect(dimensionProblem("portrait", 400, 399)).toMatch(/mindestens 400 × 400 Pixel/);
    expect(dimensionProblem("course", 10_000, 7_000)).toMatch(/höchstens 60 Megapixel/);
  });

  it("scales down to the stored width, keeping the proportions, and never enlarges", () => {
    expect(storedSize("course", 4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(storedSize("portrait", 3000, 4000)).toEqual({ width: 1200, height: 1600 });
    expect(storedSize("course", 900, 500)).toEqual({ width: 900, height: 500 });
  });
});

describe("addresses", () => {
  it("has one slot per place and serves by the content hash only", () => {
    expect(slotOf({ kind: "portrait" })).toBe("portrait");
    expect(slotOf({ kind: "course", courseId: "abc" })).toBe("course:abc");
    const hash = "a".repeat(64);
    expect(isContentHash(hash)).toBe(true);
    expect(isContentHash("A".repeat(64))).toBe(false);
    expect(isContentHash("../etc/passwd")).toBe(false);
    expect(imagePath(hash)).toBe(`/api/bilder/${hash}`);
  });

  it("writes no ß", () => {
    expect(JSON.stringify(UPLOAD_MESSAGES)).not.toMatch(/ß/);
  });
});

describe("the outcome of a form posted without script", () => {
  const refused = (message: string, field = "file") => ({
    ok: false as const,
    message,
    fieldErrors: { [field]: [message] },
  });

  it("travels as a code, never as text, and reads back as the same message", () => {
    expect(uploadNoticeCode({ ok: true, withFile: true })).toBe("gespeichert");
    expect(uploadNoticeCode({ ok: true, withFile: false })).toBe("beschreibung");
    expect(uploadNoticeCode(refused(UPLOAD_MESSAGES.wrongType))).toBe("wrongType");
    expect(uploadNotice("course", "wrongType")).toEqual({
      tone: "error",
      message: UPLOAD_MESSAGES.wrongType,
      field: "file",
    });
    expect(uploadNotice("course", "beschreibung-fehlt")?.field).toBe("altText");
    const small = dimensionProblem("course", 500, 500) ?? "";
    expect(uploadNoticeCode(refused(small))).toBe("tooSmall");
    expect(uploadNoticeCode(refused("Höchstens 250 Zeichen.", "altText"))).toBe("beschreibung-fehlt");
    expect(uploadNoticeCode({ ok: false, message: "Diesen Kurs gibt es nicht mehr.", fieldErrors: {} })).toBe("fehler");
    expect(uploadNotice("portrait", "gespeichert")?.message).toBe("Porträt gespeichert; «Über mich» zeigt es sofort.");
    expect(uploadNotice("course", "fehler")?.message).toMatch(/^Das Bild wurde nicht gespeichert\. JPEG, PNG/);
  });

  it("shows nothing for an unknown code or none", () => {
    expect(uploadNotice("course", undefined)).toBeNull();
    expect(uploadNotice("course", "Ihr Konto ist gesperrt")).toBeNull();
    expect(uploadNotice("course", "toString")).toBeNull();
  });
});
