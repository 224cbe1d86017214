// Pure rules of uploaded pictures (decision 0033): what an upload may be, how large it is stored,
// where each picture belongs and at which address it is served.
import { MAX_UPLOAD_BYTES } from "@/lib/body-limit.mjs";

/** The largest upload accepted (before resizing); the upload route's body limit is derived from it. */
export { MAX_UPLOAD_BYTES };

/** Where a picture is shown: the consultant's portrait, or the picture of one course. */
export type ImageTarget = { kind: "portrait" } | { kind: "course"; courseId: string };

export type ImagePurpose = ImageTarget["kind"];

/** The types an upload may have, told by their first bytes, never by the name or the browser's claim. */
export type UploadType = "image/jpeg" | "image/png" | "image/webp";

/**
 * Per purpose: the smallest picture that still looks sharp where it is shown, and the width it is
 * stored at (larger ones are scaled down; next/image then serves smaller copies per screen).
 */
export const IMAGE_LIMITS: Record<ImagePurpose, { minWidth: number; minHeight: number; storedWidth: number }> = {
  portrait: { minWidth: 400, minHeight: 400, storedWidth: 1200 },
  course: { minWidth: 800, minHeight: 450, storedWidth: 1600 },
};

/** The stored encoding: WebP at this quality; next/image offers AVIF or WebP to browsers from it. */
export const STORED_MIME_TYPE = "image/webp";
export const STORED_QUALITY = 82;

/** A decompression bomb stops here: more pixels than a 60-megapixel camera takes are refused. */
export const MAX_PIXELS = 60_000_000;

export const ALT_TEXT_MIN = 5;
export const ALT_TEXT_MAX = 250;

export const UPLOAD_MESSAGES = {
  missing: "Bitte wählen Sie ein Bild aus (JPEG, PNG oder WebP).",
  empty: "Die Datei ist leer. Bitte wählen Sie ein Bild aus.",
  tooLarge: "Das Bild ist grösser als 8 MB. Bitte wählen Sie eine kleinere Datei.",
  wrongType: "Diese Datei ist kein JPEG-, PNG- oder WebP-Bild. Andere Formate (auch SVG) sind nicht möglich.",
  unreadable: "Die Datei lässt sich nicht als Bild lesen. Bitte speichern Sie sie neu als JPEG oder PNG.",
  tooSmall: "Das Bild ist zu klein für diese Stelle. Bitte wählen Sie ein grösseres.",
  notForm: "Bitte senden Sie das Bild über das Formular auf dieser Seite.",
  signedOut: "Sie sind nicht mehr angemeldet. Bitte melden Sie sich an und laden Sie das Bild noch einmal hoch.",
  notAllowed: "Das Porträt kann nur der Inhaber des Kontos ändern.",
  foreignOrigin: "Diese Anfrage kam nicht von dieser Website und wurde nicht ausgeführt.",
} as const;

/** Where an upload went, for a form posted without script: the page shows it after the redirect back. */
export type UploadNotice = { tone: "success" | "error"; message: string; field?: "file" | "altText" };

type UploadMessageKey = keyof typeof UPLOAD_MESSAGES;
export type UploadNoticeCode = "gespeichert" | "beschreibung" | "beschreibung-fehlt" | "fehler" | UploadMessageKey;

/**
 * The code the redirect carries in the address (?bild=...): never the message itself, so a link
 * cannot make the admin page say whatever its author wrote. A refusal that names no known
 * message (a dimension, a missing description) becomes the nearest known one or "fehler".
 */
export function uploadNoticeCode(
  result: { ok: true; withFile: boolean } | { ok: false; message: string; fieldErrors: Record<string, string[]> },
): UploadNoticeCode {
  if (result.ok) return result.withFile ? "gespeichert" : "beschreibung";
  if (result.fieldErrors.altText) return "beschreibung-fehlt";
  const fileError = result.fieldErrors.file?.[0] ?? result.message;
  const known = (Object.keys(UPLOAD_MESSAGES) as UploadMessageKey[]).find((key) => UPLOAD_MESSAGES[key] === fileError);
  if (known) return known;
  if (fileError.startsWith("Das Bild ist ") && fileError.includes("Pixel")) return "tooSmall";
  return "fehler";
}

/** The message of a code from the address; null for none or an unknown one. */
export function uploadNotice(purpose: ImagePurpose, code: string | undefined): UploadNotice | null {
  if (code === "gespeichert") {
    return {
      tone: "success",
      message:
        purpose === "course"
          ? "Bild gespeichert; die Kursseite zeigt es sofort."
          : "Porträt gespeichert; «Über mich» zeigt es sofort.",
    };
  }
  if (code === "beschreibung") return { tone: "success", message: "Bildbeschreibung gespeichert." };
  if (code === "beschreibung-fehlt") {
    return {
      tone: "error",
      message: `Bitte beschreiben Sie in ${ALT_TEXT_MIN} bis ${ALT_TEXT_MAX} Zeichen, was auf dem Bild zu sehen ist.`,
      field: "altText",
    };
  }
  if (code === "fehler") return { tone: "error", message: `Das Bild wurde nicht gespeichert. ${uploadHint(purpose)}` };
  if (code && Object.hasOwn(UPLOAD_MESSAGES, code)) {
    return { tone: "error", message: UPLOAD_MESSAGES[code as UploadMessageKey], field: "file" };
  }
  return null;
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const JPEG = [0xff, 0xd8, 0xff] as const;
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const RIFF = [0x52, 0x49, 0x46, 0x46] as const; // "RIFF"
const WEBP = [0x57, 0x45, 0x42, 0x50] as const; // "WEBP" at offset 8

/** The type of an upload by its magic bytes; null for anything else (SVG, GIF, PDF, HEIC, text). */
export function detectUploadType(bytes: Uint8Array): UploadType | null {
  if (startsWith(bytes, JPEG)) return "image/jpeg";
  if (startsWith(bytes, PNG)) return "image/png";
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return "image/webp";
  return null;
}

/** What is wrong with an upload before it is decoded: its size and its type; null when it may be decoded. */
export function uploadProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return UPLOAD_MESSAGES.empty;
  if (bytes.length > MAX_UPLOAD_BYTES) return UPLOAD_MESSAGES.tooLarge;
  if (!detectUploadType(bytes)) return UPLOAD_MESSAGES.wrongType;
  return null;
}

/** A German message when the decoded picture is too small for its place; null when it is large enough. */
export function dimensionProblem(purpose: ImagePurpose, width: number, height: number): string | null {
  if (width * height > MAX_PIXELS) {
    return `Das Bild ist ${width} × ${height} Pixel gross; höchstens 60 Megapixel sind möglich. Bitte verkleinern Sie es.`;
  }
  const { minWidth, minHeight } = IMAGE_LIMITS[purpose];
  if (width >= minWidth && height >= minHeight) return null;
  return `Das Bild ist ${width} × ${height} Pixel gross; nötig sind mindestens ${minWidth} × ${minHeight} Pixel.`;
}

/** The size a picture is stored at: scaled down to the purpose's width, never enlarged. */
export function storedSize(purpose: ImagePurpose, width: number, height: number): { width: number; height: number } {
  const maxWidth = IMAGE_LIMITS[purpose].storedWidth;
  if (width <= maxWidth) return { width, height };
  return { width: maxWidth, height: Math.max(1, Math.round((height * maxWidth) / width)) };
}

/** The row key of a target: one picture per place. */
export function slotOf(target: ImageTarget): string {
  return target.kind === "portrait" ? "portrait" : `course:${target.courseId}`;
}

const HASH_PATTERN = /^[0-9a-f]{64}$/;

export function isContentHash(value: string): boolean {
  return HASH_PATTERN.test(value);
}

/** The address a stored picture is served at; it changes whenever the bytes change, so it may be cached forever. */
export function imagePath(contentHash: string): string {
  return `/api/bilder/${contentHash}`;
}

/** What a page needs to render a picture with next/image (width and height reserve its space). */
export type PublicImage = { src: string; width: number; height: number; alt: string };

export function toPublicImage(row: {
  contentHash: string;
  width: number;
  height: number;
  altText: string;
}): PublicImage {
  return { src: imagePath(row.contentHash), width: row.width, height: row.height, alt: row.altText };
}

/** The upload field's hint: which files, how large at most, how large at least. */
export function uploadHint(purpose: ImagePurpose): string {
  const { minWidth, minHeight } = IMAGE_LIMITS[purpose];
  return `JPEG, PNG oder WebP, höchstens 8 MB, mindestens ${minWidth} × ${minHeight} Pixel. Grössere Bilder werden verkleinert.`;
}
