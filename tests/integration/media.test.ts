// Uploaded pictures (decision 0033): an admin uploads, replaces and removes a course's picture and
// the owner his portrait; the bytes are checked (type by magic bytes, size, dimensions), stored
// resized as WebP in PostgreSQL and served by their content hash with immutable caching.
import { createHash } from "node:crypto";

import sharp from "sharp";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { getDb } from "@/lib/db";

import { createAdmins, createCourse } from "../setup/admin-fixtures";
import { cache, signedIn as session } from "../setup/admin-session";

vi.mock("@/lib/auth/session", async () => (await import("../setup/admin-session")).sessionModule);
vi.mock("next/cache", async () => (await import("../setup/admin-session")).cacheModule);

const { saveCourseImageAction, deleteCourseImageAction, savePortraitAction, deletePortraitAction } =
  await import("@/lib/media/admin-actions");
const { getCourseImageForAdmin } = await import("@/lib/media/admin-queries");
const { getPortrait } = await import("@/lib/media/queries");
const { getCourse, listCatalogueCourses } = await import("@/lib/catalogue/queries");
const { GET } = await import("@/app/api/bilder/[hash]/route");
const { UPLOAD_MESSAGES } = await import("@/lib/media/rules");

let owner: string;
let staff: string;
let courseId: string;

async function picture(width: number, height: number, format: "jpeg" | "png" | "webp" = "jpeg") {
  const base = sharp({ create: { width, height, channels: 3, background: { r: 20, g: 90, b: 140 } } });
  return new Uint8Array(await base[format]().toBuffer());
}

function form(bytes: Uint8Array | null, altText = "Eine Kursgruppe im Gespräch", name = "bild.jpg") {
  const data = new FormData();
  data.set("altText", altText);
  data.set("file", bytes ? new File([bytes.slice()], name) : new File([], ""));
  return data;
}

async function serve(hash: string, headers: Record<string, string> = {}) {
  return GET(new Request(`http://localhost/api/bilder/${hash}`, { headers }), { params: Promise.resolve({ hash }) });
}

async function storedRow() {
  return getDb().siteImage.findUniqueOrThrow({ where: { slot: `course:${courseId}` } });
}

beforeAll(async () => {
  ({ ownerId: owner, staffId: staff } = await createAdmins(getDb()));
  courseId = (await createCourse(getDb(), "telefon")).id;
});

beforeEach(() => {
  session.userId = staff;
  cache.tags.length = 0;
});

describe("a course picture", () => {
  it("is stored resized as WebP without metadata, addressed by its hash, and shown on the course", async () => {
    const result = await saveCourseImageAction({ courseId }, form(await picture(2400, 1350)));
    expect(result).toMatchObject({ ok: true, message: "Bild gespeichert; die Kursseite zeigt es sofort." });
    expect(cache.tags).toContain("courses");

    const row = await storedRow();
    expect(row).toMatchObject({
      mimeType: "image/webp",
      width: 1600,
      height: 900,
      altText: "Eine Kursgruppe im Gespräch",
    });
    expect(row.byteSize).toBe(row.data.byteLength);
    expect(row.contentHash).toBe(createHash("sha256").update(row.data).digest("hex"));
    const decoded = await sharp(row.data).metadata();
    expect(decoded).toMatchObject({ format: "webp", width: 1600, height: 900 });
    expect(decoded.exif).toBeUndefined();

    const audit = await getDb().auditLog.findFirst({ where: { action: "image.saved", entityId: row.id } });
    expect(audit?.actorId).toBe(staff);

    const image = {
      src: `/api/bilder/${row.contentHash}`,
      width: 1600,
      height: 900,
      alt: "Eine Kursgruppe im Gespräch",
    };
    expect(await getCourseImageForAdmin(courseId)).toEqual(image);
    expect((await getCourse("telefon"))?.image).toEqual({
      contentHash: row.contentHash,
      width: 1600,
      height: 900,
      altText: "Eine Kursgruppe im Gespräch",
    });
    expect((await listCatalogueCourses())[0]?.image?.contentHash).toBe(row.contentHash);
  });

  it("is served with its type, an ETag and immutable caching, and 304 to a browser that has it", async () => {
    const row = await storedRow();
    const response = await serve(row.contentHash);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/webp");
    expect(response.headers.get("etag")).toBe(`"${row.contentHash}"`);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-length")).toBe(String(row.byteSize));
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(row.data))).toBe(true);

    const again = await serve(row.contentHash, { "if-none-match": `W/"other", "${row.contentHash}"` });
    expect(again.status).toBe(304);
    expect(again.headers.get("etag")).toBe(`"${row.contentHash}"`);
    expect(await again.text()).toBe("");

    expect((await serve("0".repeat(64))).status).toBe(404);
    expect((await serve("../../etc/passwd")).status).toBe(404);
  });

  it("turns an upright camera photo upright (EXIF orientation) and keeps a smaller one at its size", async () => {
    const sideways = new Uint8Array(
      await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#886644" } })
        .jpeg()
        .withMetadata({ orientation: 6 })
        .toBuffer(),
    );
    expect((await saveCourseImageAction({ courseId }, form(sideways))).ok).toBe(true);
    expect(await storedRow()).toMatchObject({ width: 900, height: 1200 });

    expect(
      (await saveCourseImageAction({ courseId }, form(await picture(1000, 600, "png"), undefined, "x.png"))).ok,
    ).toBe(true);
    expect(await storedRow()).toMatchObject({ width: 1000, height: 600 });
  });

  it("refuses what is not a JPEG, PNG or WebP by its bytes, too large, too small or unreadable, at the field", async () => {
    const before = await storedRow();
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="900" height="600"></svg>');
    const gif = new Uint8Array(
      await sharp({ create: { width: 900, height: 600, channels: 3, background: "red" } })
        .gif()
        .toBuffer(),
    );
    const textNamedJpeg = new TextEncoder().encode("Das ist kein Bild, nur ein Text mit der Endung .jpg");
    const truncated = (await picture(1200, 800)).slice(0, 400);
    const huge = new Uint8Array(8 * 1024 * 1024 + 1);
    huge.set([0xff, 0xd8, 0xff]);

    const cases: [Uint8Array, string][] = [
      [svg, UPLOAD_MESSAGES.wrongType],
      [gif, UPLOAD_MESSAGES.wrongType],
      [textNamedJpeg, UPLOAD_MESSAGES.wrongType],
      [truncated, UPLOAD_MESSAGES.unreadable],
      [huge, UPLOAD_MESSAGES.tooLarge],
      [await picture(600, 600), "Das Bild ist 600 × 600 Pixel gross; nötig sind mindestens 800 × 450 Pixel."],
    ];
    for (const [bytes, message] of cases) {
      const result = await saveCourseImageAction({ courseId }, form(bytes, undefined, "bild.jpg"));
      expect(result).toMatchObject({ ok: false, fieldErrors: { file: [message] } });
    }
    // The picture before is untouched.
    expect((await storedRow()).contentHash).toBe(before.contentHash);
  });

  it("requires a German description, and a file when there is no picture yet", async () => {
    const result = await saveCourseImageAction({ courseId }, form(await picture(900, 600), "  "));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors.altText?.[0]).toMatch(/was auf dem Bild zu sehen ist/);

    const other = await createCourse(getDb(), "schalter", "Am Schalter");
    const noFile = await saveCourseImageAction({ courseId: other.id }, form(null));
    expect(noFile).toMatchObject({ ok: false, fieldErrors: { file: [UPLOAD_MESSAGES.missing] } });

    const unknown = await saveCourseImageAction(
      { courseId: "0190b1a4-0000-7000-8000-00000000abcd" },
      form(await picture(900, 600)),
    );
    expect(unknown).toMatchObject({ ok: false, message: "Diesen Kurs gibt es nicht mehr." });
  });

  it("changes only its description without a new file", async () => {
    const before = await storedRow();
    const result = await saveCourseImageAction({ courseId }, form(null, "Teilnehmende am Schalter"));
    expect(result).toMatchObject({ ok: true, message: "Bildbeschreibung gespeichert." });
    expect(await storedRow()).toMatchObject({ contentHash: before.contentHash, altText: "Teilnehmende am Schalter" });
  });

  it("is replaced by a new upload: the old address answers 404, the new one the new bytes", async () => {
    const before = await storedRow();
    expect((await saveCourseImageAction({ courseId }, form(await picture(1800, 1000, "webp")))).ok).toBe(true);
    const after = await storedRow();
    expect(after.id).toBe(before.id);
    expect(after.contentHash).not.toBe(before.contentHash);
    expect((await serve(before.contentHash)).status).toBe(404);
    expect((await serve(after.contentHash)).status).toBe(200);
    expect(await getDb().siteImage.count()).toBe(1);
  });

  it("is removed on request and with its course", async () => {
    const { contentHash } = await storedRow();
    expect(await deleteCourseImageAction({ courseId })).toMatchObject({ ok: true, message: "Bild entfernt." });
    expect(await getDb().siteImage.count({ where: { courseId } })).toBe(0);
    expect((await serve(contentHash)).status).toBe(404);
    expect((await getCourse("telefon"))?.image).toBeNull();
    expect(await getDb().auditLog.count({ where: { action: "image.deleted" } })).toBe(1);

    const doomed = await createCourse(getDb(), "vergaenglich", "Vergänglich");
    expect((await saveCourseImageAction({ courseId: doomed.id }, form(await picture(900, 600)))).ok).toBe(true);
    await getDb().course.delete({ where: { id: doomed.id } });
    expect(await getDb().siteImage.count({ where: { slot: `course:${doomed.id}` } })).toBe(0);
  });
});

describe("the portrait", () => {
  it("is the owner's to upload and remove; staff do not reach it", async () => {
    session.userId = staff;
    await expect(savePortraitAction(form(await picture(800, 1000)))).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_HTTP_ERROR_FALLBACK;404"),
    });

    session.userId = owner;
    const result = await savePortraitAction(form(await picture(900, 1200), "Markus Muster, lächelnd"));
    expect(result).toMatchObject({ ok: true });
    expect(cache.tags).toContain("pages");
    const portrait = await getPortrait();
    expect(portrait).toMatchObject({ width: 900, height: 1200, alt: "Markus Muster, lächelnd" });
    expect(portrait?.src).toMatch(/^\/api\/bilder\/[0-9a-f]{64}$/);

    expect(await savePortraitAction(form(await picture(300, 300)))).toMatchObject({
      ok: false,
      fieldErrors: { file: ["Das Bild ist 300 × 300 Pixel gross; nötig sind mindestens 400 × 400 Pixel."] },
    });

    expect(await deletePortraitAction()).toMatchObject({ ok: true });
    expect(await getPortrait()).toBeNull();
  });
});
